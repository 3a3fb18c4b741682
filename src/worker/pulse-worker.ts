/// <reference lib="webworker" />
// The worker side of crm-pulse/worker: runs the pure core on messages from the page, and
// the widgets' jobs (validation + core step) for the elements above their size threshold.
// It is the same code as the core (nothing is re-implemented), so results are identical.
import * as core from '../core/index.js';
import { PulseDataError } from '../core/errors.js';
import { jobHost } from './job-host.js';
import { WORKER_FUNCTIONS, type JobRequest, type WorkerRequest, type WorkerResponse } from './protocol.js';
import { widgetJobs } from './widget-jobs.js';

const allowed = new Set<string>(WORKER_FUNCTIONS);
const scope = self as unknown as DedicatedWorkerGlobalScope;
const jobs = jobHost(widgetJobs, (response) => scope.postMessage(response));

scope.onmessage = (event: MessageEvent<WorkerRequest | JobRequest>) => {
  if ('type' in event.data) {
    jobs(event.data);
    return;
  }
  const { id, fn, args } = event.data;
  let response: WorkerResponse;
  try {
    const target = (core as unknown as Record<string, unknown>)[fn];
    if (!allowed.has(fn) || typeof target !== 'function') throw new Error(`unknown function ${String(fn)}`);
    response = { id, ok: true, result: (target as (...a: unknown[]) => unknown)(...args) };
  } catch (error) {
    response =
      error instanceof PulseDataError
        ? { id, ok: false, name: error.name, message: error.message, issues: error.issues }
        : { id, ok: false, name: 'Error', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
