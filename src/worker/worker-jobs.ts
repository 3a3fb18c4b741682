import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyPart } from '../shared/lazy-part.js';
import { JobCancelledError, workerUsable } from './availability.js';
import { defaultWorkerUrl } from './locate.js';
import type { JobOutcome, WidgetJobName } from './protocol.js';

/** What an element asks the worker to run: its job and the job's parameters (structured-cloneable). */
export interface ElementJob {
  widget: WidgetJobName;
  params: unknown;
}

/**
 * What came back: the job's outcome with the element's result prepared from it (or the
 * error preparing it threw), or the input to compute on the main thread after all.
 */
export type JobArrival =
  | { outcome: JobOutcome & { ok: false } }
  | { outcome: JobOutcome & { ok: true }; prepared: { value: unknown } | { error: unknown } }
  | { fallback: unknown };

/** The job client (and its transport) load with the first input large enough for the worker. */
const client = lazyPart(() => import('./job-client.js'));

/** A macrotask later: the steps of taking in a result each get a task of their own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The worker side of an element's compute step, as a controller: starts a job, drops the
 * outcome of any job overtaken by newer input (a sequence number), and hands the current
 * outcome to the element's next update. When the worker cannot start or fails, the input
 * comes back as `fallback`, to be computed on the main thread.
 */
export class WorkerJobs implements ReactiveController {
  private seq = 0;
  private arrived?: JobArrival;
  /** Settles (never rejects) when the current job's outcome was handed over. */
  running?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A job is under way. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** The worker URL to use, or `null` when no worker can run (then compute on the main thread). */
  static url(explicit: string | undefined): string | URL | null {
    const url = explicit || defaultWorkerUrl();
    return workerUsable(url) ? url : null;
  }

  /** Forgets the job under way (new input): its outcome will be dropped. */
  cancel(): void {
    this.seq++;
    this.running = undefined;
    this.arrived = undefined;
  }

  /**
   * Starts `job` on `data` in the worker at `url`, replacing any job under way. `prepare`
   * turns the job's value into the element's result (the main-thread layout part); it runs
   * in a task of its own, between reading the last slice and rendering.
   */
  start(url: string | URL, job: ElementJob, data: unknown, prepare: (value: unknown) => unknown): void {
    this.cancel();
    const seq = this.seq;
    const live = () => seq === this.seq;
    // A failed import falls back to the main thread like a worker that cannot start.
    this.running = client
      .load()
      .then(({ runWidgetJob }) => runWidgetJob(url, job.widget, data, job.params, live))
      .then(
        async (outcome) => {
          if (!outcome.ok) {
            if (live()) this.arrived = { outcome };
            return;
          }
          await nextTask();
          if (!live()) return;
          let prepared: { value: unknown } | { error: unknown };
          try {
            prepared = { value: prepare(outcome.value) };
          } catch (error) {
            prepared = { error };
          }
          await nextTask();
          if (live()) this.arrived = { outcome, prepared };
        },
        (error: unknown) => {
          if (live() && !(error instanceof JobCancelledError)) this.arrived = { fallback: data };
        },
      )
      .finally(() => {
        if (!live()) return;
        this.running = undefined;
        this.host.requestUpdate();
      });
  }

  /** The outcome of the current job, once (in the element's update). */
  take(): JobArrival | undefined {
    const arrived = this.arrived;
    this.arrived = undefined;
    return arrived;
  }

  hostConnected(): void {}
}
