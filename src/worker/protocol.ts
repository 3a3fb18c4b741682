import type { PulseIssue } from '../core/errors.js';

/** The core functions a worker runs: every pure computation of crm-pulse. */
export const WORKER_FUNCTIONS = [
  'classifyAbc',
  'classifyXyz',
  'abcXyzMatrix',
  'compareAbcXyz',
  'lifecycleSegments',
  'rfmScores',
  'rfmSegments',
  'scoreTrafficLights',
  'poolMix',
  'debtDepth',
  'agingBuckets',
  'collection',
  'collectionKpi',
  'paymentWindow',
  'paymentDays',
  'funnel',
  'checklist',
  'channelShares',
  'roundShares',
] as const;

export type WorkerFunction = (typeof WORKER_FUNCTIONS)[number];

/** A call from the page. */
export interface WorkerRequest {
  id: number;
  fn: WorkerFunction;
  args: unknown[];
}

/** The answer: a result, or the error with its issues. */
export type WorkerResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; name: string; message: string; issues?: PulseIssue[] };

// ── Widget jobs: a widget's validation + core computation, run for the elements ─────────
// A job's input and result travel as a skeleton plus slices of their large arrays
// (see transport.ts), so neither side spends one long task cloning 50 000 rows.

/** The widgets whose computation runs in the worker. */
export const WIDGET_JOBS = [
  'channel-pie',
  'funnel',
  'lifecycle-grid',
  'traffic-light-pool',
  'abc-xyz-matrix',
  'debt-table',
] as const;

export type WidgetJobName = (typeof WIDGET_JOBS)[number];

/** What a widget job gives back: the core's result and the left-out part, or why nothing. */
export type JobOutcome =
  | { ok: true; value: unknown; issues: PulseIssue[] }
  | { ok: false; source: 'data' | 'compute'; issues: PulseIssue[] };

/** Page → worker. `job` opens a job, its slices follow, `run` starts it; `cancel` drops it. */
export type JobRequest =
  | {
      type: 'job';
      id: number;
      widget: WidgetJobName;
      params: unknown;
      /** The input with its large arrays taken out. */
      root: unknown;
      lengths: number[];
    }
  | { type: 'slice'; id: number; array: number; items: unknown[] }
  | { type: 'run'; id: number }
  | { type: 'cancel'; id: number };

/** Worker → page. `result` opens the outcome, its slices follow, `done` closes it. */
export type JobResponse =
  | { type: 'result'; id: number; root: unknown; lengths: number[] }
  | { type: 'slice'; id: number; array: number; items: unknown[] }
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; message: string };
