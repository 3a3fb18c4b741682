// The page side of the widget jobs: one worker per script URL, shared by every element of
// the page, started on the first large input. Inputs go out and outcomes come back as a
// skeleton plus slices (transport.ts), each cloned in its own short task.
import type { JobOutcome, JobRequest, JobResponse, WidgetJobName } from './protocol.js';
import { Assembly, join, sendSlices, split } from './transport.js';
import { broken, JobCancelledError, WorkerUnavailableError, workerUsable } from './availability.js';

export { JobCancelledError, WorkerUnavailableError, workerUsable };

/** Page time spent cloning input slices per task before it yields to other work. */
const INPUT_BUDGET_MS = 4;

interface Call {
  resolve: (outcome: JobOutcome) => void;
  reject: (error: unknown) => void;
  live: () => boolean;
  root?: unknown;
  assembly?: Assembly;
}

const connections = new Map<string, Connection>();

const pause = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof s?.yield === 'function' ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

class Connection {
  private readonly worker: Worker;
  private readonly calls = new Map<number, Call>();
  /** The worker answered once: it runs, so a later error is not "unavailable". */
  private answered = false;
  private next = 1;

  constructor(private readonly url: string) {
    this.worker = new Worker(url, { type: 'module', name: 'crm-pulse-widgets' });
    this.worker.onmessage = (event: MessageEvent<JobResponse>) => this.receive(event.data);
    this.worker.onerror = (event: Event) => {
      event.preventDefault();
      this.close(
        this.answered
          ? new Error(`crm-pulse worker failed: ${(event as ErrorEvent).message || 'error'}`)
          : new WorkerUnavailableError(`crm-pulse worker could not start (${url})`),
      );
    };
    this.worker.onmessageerror = () => this.close(new Error('crm-pulse worker: a message could not be read'));
  }

  run(widget: WidgetJobName, data: unknown, params: unknown, live: () => boolean): Promise<JobOutcome> {
    const id = this.next++;
    const { root, arrays } = split(data);
    const outcome = new Promise<JobOutcome>((resolve, reject) => {
      this.calls.set(id, { resolve, reject, live });
    });
    const abandon = (error: unknown) => {
      const call = this.calls.get(id);
      this.calls.delete(id);
      this.post({ type: 'cancel', id });
      call?.reject(error);
    };
    try {
      // Throws DataCloneError for input that cannot be cloned (functions, proxies).
      this.post({ type: 'job', id, widget, params, root, lengths: arrays.map((a) => a.length) });
    } catch (error) {
      this.calls.delete(id);
      return Promise.reject(error);
    }
    sendSlices(arrays, (array, items) => this.post({ type: 'slice', id, array, items }), {
      budgetMs: INPUT_BUDGET_MS,
      pause,
      live: () => this.calls.has(id) && live(),
    }).then(
      (sent) => {
        if (sent) this.post({ type: 'run', id });
        else if (this.calls.has(id)) abandon(new JobCancelledError('replaced by newer data'));
      },
      (error: unknown) => abandon(error),
    );
    return outcome;
  }

  private post(message: JobRequest): void {
    this.worker.postMessage(message);
  }

  private receive(message: JobResponse): void {
    this.answered = true;
    const call = this.calls.get(message.id);
    if (!call) return;
    if (!call.live()) {
      this.calls.delete(message.id);
      this.post({ type: 'cancel', id: message.id });
      call.reject(new JobCancelledError('replaced by newer data'));
      return;
    }
    switch (message.type) {
      case 'result':
        call.root = message.root;
        call.assembly = new Assembly(message.lengths);
        break;
      case 'slice':
        call.assembly?.add(message.array, message.items);
        break;
      case 'done':
        this.calls.delete(message.id);
        try {
          call.resolve(join(call.root, call.assembly?.arrays() ?? []) as JobOutcome);
        } catch (error) {
          call.reject(error);
        }
        break;
      case 'failed':
        this.calls.delete(message.id);
        call.reject(new Error(message.message));
        break;
    }
  }

  /** Ends the connection: pending jobs reject with `error`; the next job starts a new worker. */
  private close(error: Error): void {
    if (error instanceof WorkerUnavailableError) broken.add(this.url);
    if (connections.get(this.url) === this) connections.delete(this.url);
    this.worker.terminate();
    for (const call of this.calls.values()) call.reject(error);
    this.calls.clear();
  }
}

/**
 * Runs a widget's job in the worker at `url` (started on first use, shared by the page):
 * resolves with the outcome, rejects with {@link WorkerUnavailableError} when the worker
 * cannot start, {@link JobCancelledError} when `live()` turned false on the way, or the
 * error that stopped it (input that cannot be cloned, a crash). On any rejection the
 * element computes on the main thread instead.
 */
export function runWidgetJob(
  url: string | URL,
  widget: WidgetJobName,
  data: unknown,
  params: unknown,
  live: () => boolean = () => true,
): Promise<JobOutcome> {
  const key = String(url);
  if (!workerUsable(key)) return Promise.reject(new WorkerUnavailableError(`no worker for ${key}`));
  let connection = connections.get(key);
  if (!connection) {
    try {
      connection = new Connection(key);
    } catch (error) {
      // SecurityError: a file:// page, a cross-origin URL, CSP worker-src.
      broken.add(key);
      return Promise.reject(new WorkerUnavailableError(String(error)));
    }
    connections.set(key, connection);
  }
  return connection.run(widget, data, params, live);
}
