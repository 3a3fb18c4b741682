/// <reference lib="webworker" />
// The worker side of crm-pulse/worker: runs the pure core on messages from the page.
// It is the same code as the core (nothing is re-implemented), so results are identical.
import * as core from '../core/index.js';
import { PulseDataError } from '../core/errors.js';
import { WORKER_FUNCTIONS, type WorkerRequest, type WorkerResponse } from './protocol.js';

const allowed = new Set<string>(WORKER_FUNCTIONS);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
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
