import { describe, expect, it } from 'vitest';
import * as z from '../../src/core/internal/z.js';

// The in-house schema module keeps zod/mini's semantics where the library's messages depend
// on them (the expectations below were checked against zod 4.6 before it was removed).

const issuesOf = (schema: z.ZodMiniType, data: unknown) => {
  const r = schema.safeParse(data, { reportInput: true });
  return r.success ? [] : r.error.issues.map(({ code, path, message }) => ({ code, path, message }));
};

describe('objects', () => {
  const s = z.object({ a: z.string(), b: z.optional(z.number()), c: z.unknown() });

  it('strips unknown keys and leaves out an absent optional key', () => {
    expect(s.safeParse({ a: 'x', c: 1, extra: true })).toEqual({ success: true, data: { a: 'x', c: 1 } });
  });

  it('names every bad or missing field, in shape order', () => {
    expect(issuesOf(s, { b: 'x' })).toEqual([
      { code: 'invalid_type', path: ['a'], message: 'Invalid input' },
      { code: 'invalid_type', path: ['b'], message: 'Invalid input' },
      { code: 'invalid_type', path: ['c'], message: 'Invalid input' },
    ]);
    expect(issuesOf(s, [])).toEqual([{ code: 'invalid_type', path: [], message: 'Invalid input' }]);
  });

  it('keeps a present key whose value is undefined', () => {
    const r = z.object({ a: z.optional(z.string()) }).safeParse({ a: undefined });
    expect(r.success && Object.keys(r.data)).toEqual(['a']);
  });
});

describe('checks', () => {
  it('skip after an issue that stops, but not a `when` check', () => {
    const seen: string[] = [];
    const s = z.array(z.number()).check(
      z.check(() => void seen.push('plain')),
      z.check(() => void seen.push('when'), { when: () => true }),
      z.minLength(3),
    );
    expect(issuesOf(s, [1, 'x'])).toEqual([
      { code: 'invalid_type', path: [1], message: 'Invalid input' },
      { code: 'too_small', path: [], message: 'Invalid input' },
    ]);
    expect(seen).toEqual(['when']);
  });

  it('run on after a refinement issue (it continues), and stop after int()', () => {
    const s = z.number().check(
      z.refine((v) => v > 10, 'too low'),
      z.int(),
      z.gte(0),
    );
    expect(issuesOf(s, 5)).toEqual([{ code: 'custom', path: [], message: 'too low' }]);
    expect(issuesOf(s, -1.5)).toEqual([
      { code: 'custom', path: [], message: 'too low' },
      { code: 'invalid_type', path: [], message: 'Invalid input' },
    ]);
  });

  it('superRefine: addIssue continues, paths are relative to the checked value', () => {
    const s = z.object({ rows: z.array(z.string()) }).check(
      z.superRefine((v, ctx) => {
        ctx.addIssue({ message: 'first', path: ['rows', 0] });
        ctx.addIssue({ message: 'second' });
      }),
    );
    expect(issuesOf(s, { rows: ['a'] })).toEqual([
      { code: 'custom', path: ['rows', 0], message: 'first' },
      { code: 'custom', path: [], message: 'second' },
    ]);
  });

  it('a schema error words its own issues; a check issue keeps its message', () => {
    const s = z.string({ error: (iss) => `not a string: ${String(iss.input)}` }).check(z.regex(/^[A-Z]{3}$/));
    expect(issuesOf(s, 5)).toEqual([{ code: 'invalid_type', path: [], message: 'not a string: 5' }]);
    expect(issuesOf(s, 'usd')).toEqual([{ code: 'invalid_format', path: [], message: 'not a string: usd' }]);
  });
});

describe('unions and pipes', () => {
  const id = z.pipe(
    z.union([z.string().check(z.minLength(1)), z.number()], { error: () => 'not an id' }),
    z.transform((v) => String(v)),
  );

  it('take the first option that fits, then transform', () => {
    expect(id.safeParse(7)).toEqual({ success: true, data: '7' });
  });

  it('report the one option whose issues all continue', () => {
    expect(issuesOf(id, '')).toEqual([{ code: 'too_small', path: [], message: 'Invalid input' }]);
  });

  it('otherwise one invalid_union issue with every option`s issues', () => {
    const r = id.safeParse(true, { reportInput: true });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0];
    expect(issue).toMatchObject({ code: 'invalid_union', message: 'not an id', input: true });
    expect(issue.errors!.map((e) => e.map((i) => i.code))).toEqual([['invalid_type'], ['invalid_type']]);
  });

  it('a pipe stops at its input side; a transform may report with z.NEVER', () => {
    const half = z.pipe(
      z.number(),
      z.transform((v, ctx) => {
        if (v % 2) {
          ctx.issues.push({ code: 'custom', message: 'odd', input: v });
          return z.NEVER;
        }
        return v / 2;
      }),
    );
    expect(half.safeParse(4)).toEqual({ success: true, data: 2 });
    expect(issuesOf(half, 3)).toEqual([{ code: 'custom', path: [], message: 'odd' }]);
    expect(issuesOf(half, '4')).toEqual([{ code: 'invalid_type', path: [], message: 'Invalid input' }]);
  });
});

describe('toJSONSchema', () => {
  it('writes the input side as zod did: bare type unions collapse, pipes show their input', () => {
    const s = z.object({
      amount: z.optional(z.nullable(z.pipe(z.union([z.number(), z.string()]), z.transform(Number)))),
      id: z.union([z.string().check(z.minLength(1)), z.number()]),
      count: z.number().check(z.int(), z.gte(0)),
      kind: z.enum(['a', 'b']),
      tags: z.array(z.literal('x')).check(z.minLength(1)),
      labels: z.record(z.string(), z.string()),
    });
    expect(z.toJSONSchema(s)).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: {
        amount: { type: ['number', 'string', 'null'] },
        id: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'number' }] },
        count: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
        kind: { type: 'string', enum: ['a', 'b'] },
        tags: { minItems: 1, type: 'array', items: { type: 'string', const: 'x' } },
        labels: {
          type: 'object',
          propertyNames: { type: 'string' },
          additionalProperties: { type: 'string' },
        },
      },
      required: ['id', 'count', 'kind', 'tags', 'labels'],
    });
  });
});
