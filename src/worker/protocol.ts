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
