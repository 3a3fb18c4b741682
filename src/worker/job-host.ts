// The worker side of the widget jobs: collects a job's input (skeleton + slices), runs the
// widget's validation and core step, and sends the outcome back the same way.
import type { WidgetJob } from './job.js';
import { runJob } from './job.js';
import type { JobRequest, JobResponse, WidgetJobName } from './protocol.js';
import { Assembly, join, sendSlices, split } from './transport.js';

/**
 * Cloning cost per result slice in the worker, and at most this many items per slice: the
 * page spends up to ten times as long reading a slice as the worker spends writing it
 * (it allocates every object), so slices stay small and each read is a short task.
 */
const RESULT_BUDGET_MS = 2;
const RESULT_MAX_ITEMS = 250;

interface Open {
  widget: WidgetJobName;
  params: unknown;
  root: unknown;
  assembly: Assembly;
}

/**
 * Handles the job messages of one worker. `post` sends a response to the page.
 * Jobs run one after another, in the order they were started.
 */
export function jobHost(
  jobs: Readonly<Record<WidgetJobName, WidgetJob<never, unknown, never>>>,
  post: (response: JobResponse) => void,
): (request: JobRequest) => void {
  const open = new Map<number, Open>();
  const cancelled = new Set<number>();

  const run = async (id: number, job: Open): Promise<void> => {
    const target = jobs[job.widget];
    if (!target) {
      post({ type: 'failed', id, message: `unknown widget job ${String(job.widget)}` });
      return;
    }
    const outcome = runJob(target, join(job.root, job.assembly.arrays()), job.params as never);
    if (cancelled.delete(id)) return;
    const { root, arrays } = split(outcome);
    post({ type: 'result', id, root, lengths: arrays.map((a) => a.length) });
    const sent = await sendSlices(arrays, (array, items) => post({ type: 'slice', id, array, items }), {
      budgetMs: RESULT_BUDGET_MS,
      maxItems: RESULT_MAX_ITEMS,
      // A macrotask between bursts lets a `cancel` from the page arrive.
      pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
      live: () => !cancelled.has(id),
    });
    cancelled.delete(id);
    if (sent) post({ type: 'done', id });
  };

  let queue = Promise.resolve();
  return (request) => {
    switch (request.type) {
      case 'job':
        open.set(request.id, {
          widget: request.widget,
          params: request.params,
          root: request.root,
          assembly: new Assembly(request.lengths),
        });
        break;
      case 'slice':
        open.get(request.id)?.assembly.add(request.array, request.items);
        break;
      case 'run': {
        const job = open.get(request.id);
        open.delete(request.id);
        if (!job) break;
        const id = request.id;
        queue = queue
          .then(() => (cancelled.delete(id) ? undefined : run(id, job)))
          .catch((error: unknown) => {
            post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
          });
        break;
      }
      case 'cancel':
        // A job still being received is dropped now; one queued or running, when it comes up.
        if (!open.delete(request.id)) cancelled.add(request.id);
        break;
    }
  };
}
