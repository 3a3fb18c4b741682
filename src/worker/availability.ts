// What the page knows about the worker before loading the job client (loaded with the
// first large input): whether one may be tried, and the errors that end a job.

/** The worker cannot run here: no Worker, blocked by CSP `worker-src`, a `file://` page, a missing script. */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/** The element moved on (new data) before the job finished. */
export class JobCancelledError extends Error {
  override readonly name = 'JobCancelledError';
}

/** URLs whose worker never started: the elements compute on the main thread instead. */
export const broken = new Set<string>();

/** True when a worker may be tried for `url` (Worker exists and the URL did not fail before). */
export function workerUsable(url: string | URL | null | undefined): url is string | URL {
  return url != null && String(url) !== '' && typeof Worker === 'function' && !broken.has(String(url));
}
