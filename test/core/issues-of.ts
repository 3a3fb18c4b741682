import { expect } from 'vitest';
import { PulseDataError, type PulseIssue } from '../../src/core/errors.js';

/** The issues of the PulseDataError that `run` throws; fails when it throws nothing or something else. */
export function issuesOf(run: () => unknown): PulseIssue[] {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(PulseDataError);
    return (e as PulseDataError).issues;
  }
  throw new Error('expected a PulseDataError');
}
