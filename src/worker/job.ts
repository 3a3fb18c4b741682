import { PulseDataError } from '../core/errors.js';
import { validate } from '../core/schema.js';
import type { JobOutcome, WidgetJobName } from './protocol.js';

/** Whatever schema type `validate` accepts (the widgets' input schemas). */
export type JobSchema = Parameters<typeof validate>[0];

/**
 * The part of a widget's computation that may run in a worker: validation with the
 * widget's schema, then a pure core step with structured-cloneable parameters and result.
 * The element runs the same two steps on the main thread for small inputs, so both paths
 * give the same result and the same issues.
 */
export interface WidgetJob<TInput = never, TCore = unknown, TParams = unknown> {
  /** The widget's name (its tag without `pulse-`). */
  readonly widget: WidgetJobName;
  /** The schema the element validates `data` with. */
  readonly schema: JobSchema;
  /** Pure: validated input and parameters in, a structured-cloneable result out. May throw PulseDataError. */
  core(input: TInput, params: TParams): TCore;
}

/** Declares a widget job (a typed identity, so each `<name>.job.ts` reads the same). */
export function defineJob<TInput, TCore, TParams>(
  job: WidgetJob<TInput, TCore, TParams>,
): WidgetJob<TInput, TCore, TParams> {
  return job;
}

/**
 * Runs a job as the element's synchronous path does: lenient validation (bad rows left out
 * and listed), then the core step; a `PulseDataError` becomes its issues, any other error
 * one issue with its message.
 */
export function runJob<TInput, TCore, TParams>(
  job: WidgetJob<TInput, TCore, TParams>,
  data: unknown,
  params: TParams,
): JobOutcome {
  const checked = validate(job.schema, data);
  if (!checked.ok) return { ok: false, source: 'data', issues: checked.issues };
  try {
    return { ok: true, value: job.core(checked.value as TInput, params), issues: checked.issues };
  } catch (error) {
    return { ok: false, source: 'compute', issues: issuesOf(error) };
  }
}

/** The issues of a thrown error, as the element reports them. */
export function issuesOf(error: unknown): PulseDataError['issues'] {
  return error instanceof PulseDataError
    ? error.issues
    : [{ path: '', message: error instanceof Error ? error.message : String(error) }];
}
