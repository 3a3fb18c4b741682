import { PulseDataError } from '../core/errors.js';
import type * as Core from '../core/index.js';
import {
  WORKER_FUNCTIONS,
  type WorkerFunction,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol.js';

export { WORKER_FUNCTIONS, type WorkerFunction } from './protocol.js';

type CoreFunctions = Pick<typeof Core, Extract<WorkerFunction, keyof typeof Core>>;

/** The core's functions, asynchronous: each runs in the worker and resolves with its result. */
export type AsyncCore = {
  [K in keyof CoreFunctions]: CoreFunctions[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<R>
    : never;
};

/** A worker running the core, with the same functions as `crm-pulse/core`, asynchronous. */
export interface PulseWorker extends AsyncCore {
  /**
   * Calls a core function with explicit transferables (e.g. the buffers of typed arrays in
   * the arguments), which move to the worker instead of being copied.
   */
  call<K extends keyof CoreFunctions>(
    fn: K,
    args: Parameters<CoreFunctions[K]>,
    transfer?: Transferable[],
  ): Promise<ReturnType<CoreFunctions[K]>>;
  /** Stops the worker; pending calls reject. */
  terminate(): void;
}

/** Where to load the worker script from, and an optional ready-made Worker. */
export interface PulseWorkerOptions {
  /** URL of `pulse-worker.js` (default: next to this module, as published in `dist/`). */
  url?: string | URL;
  /** A Worker the host created itself (e.g. through its bundler's `?worker` import). */
  worker?: Worker;
}

/**
 * Starts a Web Worker that runs the crm-pulse core, so large inputs (a million rows) are
 * computed off the main thread and the page never freezes. Errors come back as the same
 * `PulseDataError` with every issue.
 *
 * @example
 * import { createPulseWorker } from 'crm-pulse/worker';
 * const pulse = createPulseWorker();
 * const matrix = await pulse.abcXyzMatrix(rows);
 * pulse.terminate();
 */
export function createPulseWorker(options: PulseWorkerOptions = {}): PulseWorker {
  // Built from parts so bundlers leave the URL to run time (the file sits next to this one in dist/).
  const url = options.url ?? new URL(['.', 'pulse-worker.js'].join('/'), import.meta.url);
  const worker = options.worker ?? new Worker(url, { type: 'module', name: 'crm-pulse' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let next = 1;

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) call.resolve(message.result);
    else if (message.issues) call.reject(new PulseDataError(message.issues));
    else call.reject(new Error(message.message));
  };
  worker.onerror = (event: ErrorEvent) => {
    const error = new Error(`crm-pulse worker failed: ${event.message || 'could not load'}`);
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };

  const call = (fn: WorkerFunction, args: unknown[], transfer: Transferable[] = []): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      const request: WorkerRequest = { id, fn, args };
      worker.postMessage(request, transfer);
    });

  const api: Record<string, unknown> = {
    call,
    terminate() {
      worker.terminate();
      const error = new Error('crm-pulse worker terminated');
      for (const c of pending.values()) c.reject(error);
      pending.clear();
    },
  };
  for (const fn of WORKER_FUNCTIONS) api[fn] = (...args: unknown[]) => call(fn, args);
  return api as unknown as PulseWorker;
}
