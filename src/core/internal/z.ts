// A small schema library with the call shapes of the zod/mini functions crm-pulse used
// (`z.object`, `z.pipe`, `.check(z.superRefine(...))`, `z.input<typeof s>` ...), so the
// schemas read as before while the bundle carries ~3 KB instead of zod's ~15 KB.
//
// Semantics follow zod 4 where the library's messages depend on them:
// - a schema parses, then runs its checks; a check is skipped once an issue that does not
//   `continue` was raised, unless it has a `when` (then it runs unless explicitly aborted);
// - a union returns the first option without issues, else the one option whose issues all
//   `continue`, else an `invalid_union` issue carrying every option's issues;
// - a pipe stops at the first issue of its input side;
// - an object strips unknown keys; a key an optional schema leaves out stays out.
// Issues are the zod shapes (`code`, `path`, `input`, `expected`, `values`, `minimum` ...);
// core/schema.ts words them. `toJSONSchema` (build time only) writes the same JSON Schema
// (draft 2020-12, io "input") as zod's did.
//
// Nothing here touches the DOM; nothing is global but the schemas themselves.

/** The fields of an issue (zod's shapes: which ones are set depends on `code`). */
interface IssueFields {
  code: string;
  path?: PropertyKey[];
  message?: string;
  input?: unknown;
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  errors?: Issue[][];
  [key: string]: unknown;
}

/** An issue as raised: its fields, plus what raised it. */
export interface RawIssue extends IssueFields {
  /** `true`: later checks still run (refinements); anything else stops them. */
  continue?: boolean;
  /** @internal what raised the issue (its `error` words it). */
  inst?: { e?: ErrorFn };
  /** @internal the schema whose check raised it. */
  schema?: { e?: ErrorFn };
}

/** A finished issue: a path and a message. */
export interface Issue extends IssueFields {
  path: PropertyKey[];
  message: string;
}

/** Words an issue; `undefined` falls back to the next error map. */
export type ErrorFn = (issue: RawIssue) => string | undefined | { message: string };

/** What a check, transform or refinement sees: the value and the issues so far. */
export interface ParsePayload<T = unknown> {
  value: T;
  issues: RawIssue[];
  /** @internal set when a pipe stopped. */
  aborted?: boolean;
}

/** The context of a `superRefine`: a payload with `addIssue` (a custom issue that continues). */
export interface RefinementCtx<T = unknown> extends ParsePayload<T> {
  addIssue(issue: Partial<RawIssue>): void;
}

/** Options of checks and refinements. */
export interface CheckParams {
  error?: string | ErrorFn;
  message?: string;
  /** Runs the check even after issues that stop others (not after an explicit abort). */
  when?: (payload: ParsePayload) => boolean;
  /** The check's own issues stop later checks. */
  abort?: boolean;
  /** Where a refinement's issue points, relative to the checked value. */
  path?: PropertyKey[];
}

/** Options of a schema: `error` words its own issues. */
export interface SchemaParams {
  error?: string | ErrorFn;
  message?: string;
}

/** A check attached with `.check()`. */
export interface Check<in T = unknown> {
  /** @internal runs the check. */
  f: (payload: RefinementCtx<T>) => void;
  /** @internal `when`. */
  w?: (payload: ParsePayload) => boolean;
  /** @internal error map. */
  e?: ErrorFn;
  /** @internal JSON Schema keywords it adds (minLength, minimum, pattern ...). */
  j?: JsonCheck;
  /** @internal metadata merged into the JSON Schema. */
  m?: Record<string, unknown>;
}

interface JsonCheck {
  min?: number;
  max?: number;
  int?: boolean;
  pattern?: string;
}

export type SafeParseResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: { issues: Issue[] } };

type Kind =
  | 'string'
  | 'number'
  | 'boolean'
  | 'unknown'
  | 'custom'
  | 'enum'
  | 'array'
  | 'object'
  | 'record'
  | 'union'
  | 'pipe'
  | 'transform'
  | 'optional'
  | 'nullable';

/** A custom predicate or a transform. */
type Fn = (value: never, payload: ParsePayload) => unknown;

/**
 * The payload of one run. A class, so `addIssue` lives on the prototype, and its issue list
 * is made on first use: most values raise none, and 50 000 rows make many payloads.
 */
class Payload<T = unknown> implements RefinementCtx<T> {
  declare aborted?: boolean;
  constructor(
    public value: T,
    /** The issues, if any was raised yet. */
    public i?: RawIssue[],
  ) {}
  get issues(): RawIssue[] {
    return (this.i ??= []);
  }
  addIssue(issue: Partial<RawIssue>): void {
    issue.code ??= 'custom';
    if (!('input' in issue)) issue.input = this.value;
    issue.continue ??= true;
    this.issues.push(issue as RawIssue);
  }
}

/** How many issues `p` holds. */
const count = (p: Payload) => p.i?.length ?? 0;

const toErrorFn = (p?: string | SchemaParams | CheckParams): ErrorFn | undefined => {
  const error = typeof p === 'string' ? p : (p?.error ?? p?.message);
  return typeof error === 'string' ? () => error : error;
};

/** Any issue from `start` on that does not continue (or an explicit stop) aborts. */
const aborted = (p: Payload, start = 0): boolean => {
  if (p.aborted) return true;
  const issues = p.i ?? [];
  for (let i = start; i < issues.length; i++) if (issues[i].continue !== true) return true;
  return false;
};

const isObject = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** zod's test: an object literal (of any realm) or an object without prototype. */
const isPlainObject = (v: unknown): v is Record<PropertyKey, unknown> => {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
};

/** Prefixes the issues of a child's run with its key and adds them to `into`. */
const prefixed = (into: Payload, key: PropertyKey, from: Payload) => {
  for (const issue of from.i!) {
    (issue.path ??= []).unshift(key);
    into.issues.push(issue);
  }
};

/**
 * A schema: parses a value into its output type `O` (the JSON a host sends is `I`).
 * Build one with the functions of this module; `.check()` returns a copy with more checks.
 */
export class ZodMiniType<O = unknown, I = unknown> {
  /** Type only: the output type. */
  declare readonly _zo: O;
  /** Type only: the input type. */
  declare readonly _zi: I;
  /** @internal checks. */
  c: Check[] = [];
  /** @internal an absent key is allowed (on input) / left out (on output). */
  oi: boolean;
  /** @internal */
  oo: boolean;
  /** @internal an object's keys. */
  keys?: string[];

  /**
   * @internal use the builder functions. `t`: inner/element/in schema, `u`: out/value
   * schema, `o`: options, shape or enum values, `f`: predicate or transform.
   */
  constructor(
    readonly k: Kind,
    readonly e?: ErrorFn,
    readonly t?: ZodMiniType,
    readonly u?: ZodMiniType,
    readonly o?: unknown,
    readonly f?: Fn,
  ) {
    const options = k === 'union' ? (o as ZodMiniType[]) : [];
    this.oi =
      k === 'optional' ||
      k === 'transform' ||
      (k === 'nullable' || k === 'pipe' ? t!.oi : options.some((s) => s.oi));
    this.oo =
      k === 'optional' || (k === 'nullable' ? t!.oo : k === 'pipe' ? u!.oo : options.some((s) => s.oo));
    if (k === 'object') this.keys = Object.keys(o as object).filter((key) => key !== '__proto__');
  }

  /** A copy of this schema with `checks` run after it (in order). */
  check(...checks: Check<O>[]): this {
    const copy = Object.assign(Object.create(ZodMiniType.prototype), this) as this;
    copy.c = [...this.c, ...(checks as unknown as Check[])];
    return copy;
  }

  /** Parses `data`: the output, or every issue found. `reportInput` keeps each issue's input. */
  safeParse(data: unknown, params?: { reportInput?: boolean }): SafeParseResult<O> {
    const r = run(this, new Payload(data));
    if (!count(r)) return { success: true, data: r.value as O };
    const report = params?.reportInput === true;
    return { success: false, error: { issues: r.i!.map((i) => finalize(i, report)) } };
  }
}

/** Words an issue the way zod does: its message, its raiser's error map, its schema's, or "Invalid input". */
function finalize(issue: RawIssue, reportInput: boolean): Issue {
  const { inst } = issue;
  let { schema } = issue;
  // A schema that raised an issue owns it; z.custom is a schema and a check at once.
  if (inst instanceof ZodMiniType) schema = inst.k === 'custom' ? (schema ?? inst) : inst;
  const fromSchema = schema !== inst ? schema?.e : undefined;
  const worded = issue.message || (inst?.e?.(issue) ?? fromSchema?.(issue) ?? 'Invalid input');
  const out = {} as Issue;
  for (const key of Object.keys(issue)) {
    if (!/^(inst|schema|continue|input|__proto__)$/.test(key)) out[key] = issue[key];
  }
  out.path ??= [];
  out.message = typeof worded === 'string' ? worded : worded.message;
  if (reportInput) out.input = issue.input;
  return out;
}

function run(s: ZodMiniType, p: Payload): Payload {
  p = parse(s, p);
  if (s.c.length === 0) return p;
  let stopped = aborted(p);
  for (const check of s.c) {
    if (check.w) {
      if (p.aborted || p.i?.some((i) => i.continue === false) || !check.w(p)) continue;
    } else if (stopped) continue;
    const before = count(p);
    check.f(p);
    const after = count(p);
    if (after === before) continue;
    for (let i = before; i < after; i++) p.i![i].schema ??= s;
    stopped ||= aborted(p, before);
  }
  return p;
}

const invalidType = (s: ZodMiniType, p: Payload, expected: string) => {
  p.issues.push({ code: 'invalid_type', expected, input: p.value, inst: s });
  return p;
};

function parse(s: ZodMiniType, p: Payload): Payload {
  const v = p.value;
  switch (s.k) {
    case 'string':
    case 'boolean':
      return typeof v === s.k ? p : invalidType(s, p, s.k);
    case 'number':
      // x - x is 0 only for a finite number.
      return typeof v === 'number' && v - v === 0 ? p : invalidType(s, p, 'number');
    case 'unknown':
      return p;
    case 'custom':
      if (!(s.f as (v: unknown) => unknown)(v))
        p.issues.push({ code: 'custom', input: v, inst: s, path: [], continue: false });
      return p;
    case 'enum':
      if (!(s.o as readonly unknown[]).includes(v))
        p.issues.push({ code: 'invalid_value', values: s.o as readonly unknown[], input: v, inst: s });
      return p;
    case 'optional':
      return v === undefined ? p : run(s.t!, p);
    case 'nullable':
      return v === null ? p : run(s.t!, p);
    case 'transform':
      p.value = s.f!(v as never, p);
      return p;
    case 'pipe': {
      const left = run(s.t!, p);
      if (count(left)) {
        left.aborted = true;
        return left;
      }
      return run(s.u!, new Payload(left.value));
    }
    case 'array': {
      if (!Array.isArray(v)) return invalidType(s, p, 'array');
      const out: unknown[] = new Array(v.length);
      const element = s.t!;
      for (let i = 0; i < v.length; i++) {
        const r = run(element, new Payload(v[i]));
        if (count(r)) prefixed(p, i, r);
        out[i] = r.value;
      }
      p.value = out;
      return p;
    }
    case 'object': {
      if (!isObject(v)) return invalidType(s, p, 'object');
      const out: Record<string, unknown> = {};
      const shape = s.o as Record<string, ZodMiniType>;
      for (const key of s.keys!) {
        const field = shape[key];
        const present = key in v;
        if (!present && field.oi && field.oo) continue;
        const r = run(field, new Payload(v[key]));
        const failed = count(r) > 0;
        if (failed) prefixed(p, key, r);
        if (!present && !field.oi) {
          if (!failed)
            p.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
        } else if (r.value !== undefined || present) out[key] = r.value;
      }
      p.value = out;
      return p;
    }
    case 'record': {
      if (!isPlainObject(v)) return invalidType(s, p, 'record');
      const out: Record<PropertyKey, unknown> = {};
      for (const key of Reflect.ownKeys(v)) {
        if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
        const k = run(s.t!, new Payload(key));
        if (count(k)) {
          const issues = k.i!.map((i) => finalize(i, false));
          p.issues.push({ code: 'invalid_key', origin: 'record', issues, input: key, path: [key], inst: s });
          continue;
        }
        const r = run(s.u!, new Payload(v[key]));
        if (count(r)) prefixed(p, key, r);
        if (k.value !== '__proto__') out[k.value as PropertyKey] = r.value;
      }
      p.value = out;
      return p;
    }
    case 'union': {
      const options = s.o as ZodMiniType[];
      if (options.length === 1) return run(options[0], p);
      const results: Payload[] = [];
      for (const option of options) {
        const r = run(option, new Payload(v));
        if (!count(r)) return r;
        results.push(r);
      }
      const going = results.filter((r) => !aborted(r));
      if (going.length === 1) return going[0];
      const errors = results.map((r) => r.i!.map((i) => finalize(i, true)));
      p.issues.push({ code: 'invalid_union', input: v, inst: s, errors });
      return p;
    }
  }
}

// ── Types ────────────────────────────────────────────────────────────────────────────

/** The output type of a schema (`z.output<typeof schema>`). */
export type output<T> = T extends { readonly _zo: infer O } ? O : unknown;
/** The input type of a schema (`z.input<typeof schema>`): the JSON a host sends. */
export type input<T> = T extends { readonly _zi: infer I } ? I : unknown;

/** A schema whose key may be left out of an object (`z.optional`). */
export interface ZodMiniOptional<T extends ZodMiniType = ZodMiniType> extends ZodMiniType<
  output<T> | undefined,
  input<T> | undefined
> {
  /** Type only. */
  readonly _zq: true;
}

type Shape = Readonly<Record<string, ZodMiniType>>;
type Flat<T> = { -readonly [K in keyof T]: T[K] } & {};
type OptionalKeys<S> = { [K in keyof S]: S[K] extends { readonly _zq: true } ? K : never }[keyof S];
type ObjectOf<S extends Shape, Side extends 'o' | 'i'> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Side extends 'o' ? output<S[K]> : input<S[K]> } & {
    [K in OptionalKeys<S>]?: Side extends 'o' ? output<S[K]> : input<S[K]>;
  }
>;

/** An object schema; `shape` is its fields. */
export interface ZodMiniObject<S extends Shape = Shape> extends ZodMiniType<
  ObjectOf<S, 'o'>,
  ObjectOf<S, 'i'>
> {
  /** The fields. */
  readonly o: S;
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace core {
  /** zod's name of {@link RefinementCtx}. */
  type $RefinementCtx<T = unknown> = RefinementCtx<T>;
  /** zod's name of {@link Issue}. */
  type $ZodIssue = Issue;
  /** zod's name of {@link CheckParams}. */
  type $ZodCustomParams = CheckParams;
}

// ── Schemas ──────────────────────────────────────────────────────────────────────────

const make = <O, I = O>(
  k: Kind,
  params?: string | SchemaParams,
  t?: ZodMiniType,
  u?: ZodMiniType,
  o?: unknown,
  f?: Fn,
) => new ZodMiniType(k, toErrorFn(params), t, u, o, f) as ZodMiniType<O, I>;

/** A string. */
export const string = (params?: string | SchemaParams) => make<string>('string', params);
/** A finite number (not NaN, not Infinity). */
export const number = (params?: string | SchemaParams) => make<number>('number', params);
/** `true` or `false`. */
export const boolean = (params?: string | SchemaParams) => make<boolean>('boolean', params);
/** Anything, passed through. */
export const unknown = () => make<unknown>('unknown');
/** Any value `fn` accepts (an issue that stops checks otherwise); passed through. */
export const custom = <T>(fn?: (value: unknown) => unknown, params?: string | SchemaParams) =>
  make<T>('custom', params, undefined, undefined, undefined, (fn ?? (() => true)) as Fn);
/** One of `values` (an array, or the values of an enum-like object). */
const enum_ = <const T extends readonly (string | number)[] | Readonly<Record<string, string | number>>>(
  values: T,
  params?: string | SchemaParams,
) =>
  make<T extends readonly unknown[] ? T[number] : T[keyof T]>(
    'enum',
    params,
    undefined,
    undefined,
    Array.isArray(values) ? values : Object.values(values),
  );
export { enum_ as enum };
/** Exactly `value`. */
export const literal = <const T extends string | number | boolean | null>(
  value: T,
  params?: string | SchemaParams,
) => make<T>('enum', params, undefined, undefined, [value]);
/** An array of `element`. */
export const array = <T extends ZodMiniType>(element: T, params?: string | SchemaParams) =>
  make<output<T>[], input<T>[]>('array', params, element);
/** An object with `shape`'s fields; unknown keys are left out of the output. */
export const object = <S extends Shape>(shape: S, params?: string | SchemaParams) =>
  make('object', params, undefined, undefined, shape) as unknown as ZodMiniObject<S>;
/** An object of `value`s by `key` (a plain object only). */
export const record = <K extends ZodMiniType<PropertyKey, PropertyKey>, V extends ZodMiniType>(
  key: K,
  value: V,
  params?: string | SchemaParams,
) => make<Record<output<K>, output<V>>, Record<input<K>, input<V>>>('record', params, key, value);
/** Any of `options` (the first that fits). */
export const union = <const T extends readonly ZodMiniType[]>(options: T, params?: string | SchemaParams) =>
  make<output<T[number]>, input<T[number]>>('union', params, undefined, undefined, options);
/** `left`, then `right` on its output (only when `left` raised no issue). */
export const pipe = <
  const A extends ZodMiniType,
  B extends ZodMiniType<unknown, output<A>> = ZodMiniType<unknown, output<A>>,
>(
  left: A,
  // The second member gives a transform's parameter its type (zod's signature).
  right: B | ZodMiniType<unknown, output<A>>,
) => make<output<B>, input<A>>('pipe', undefined, left, right);
/** Replaces the value by `fn(value, payload)`; `payload.issues.push` reports a problem. */
export const transform = <I = unknown, O = I>(fn: (value: I, payload: ParsePayload<unknown>) => O) =>
  make<O, I>('transform', undefined, undefined, undefined, undefined, fn as Fn);
/** `inner`, or `undefined` (an object key may be left out). */
export const optional = <T extends ZodMiniType>(inner: T) =>
  make('optional', undefined, inner) as unknown as ZodMiniOptional<T>;
/** `inner`, or `null`. */
export const nullable = <T extends ZodMiniType>(inner: T) =>
  make<output<T> | null, input<T> | null>('nullable', undefined, inner);

/**
 * What a transform returns after it reported an issue. Not `undefined`: a check that runs
 * anyway (`when`) must not take the field for one that was left out.
 */
export const NEVER = Object.freeze({ status: 'aborted' }) as never;

// ── Checks ───────────────────────────────────────────────────────────────────────────

const checkOf = <T>(
  f: (p: RefinementCtx<T>) => void,
  params?: string | CheckParams,
  j?: JsonCheck,
): Check<T> => {
  const c: Check<T> = { f, e: toErrorFn(params), j };
  if (typeof params === 'object' && params.when) c.w = params.when;
  return c;
};

const issueFrom = (c: Check<never>, abort?: boolean) => ({ inst: c, continue: !abort });

/** A check with full control: `fn(payload)` may push issues to `payload.issues`. */
export const check = <T = unknown>(fn: (payload: ParsePayload<T>) => void, params?: CheckParams): Check<T> =>
  checkOf(fn, params);

/** A refinement: `fn(value, ctx)` reports with `ctx.addIssue` (issues that continue) or `ctx.issues.push`. */
export const superRefine = <T = unknown>(
  fn: (value: T, ctx: RefinementCtx<T>) => void,
  params?: CheckParams,
): Check<T> => checkOf((p) => fn(p.value, p), params);

/** A custom issue (that continues) when `fn(value)` is falsy. */
export const refine = <T = unknown>(fn: (value: T) => unknown, params?: string | CheckParams): Check<T> => {
  const c: Check<T> = checkOf((p) => {
    if (!fn(p.value)) {
      const at = typeof params === 'object' ? params.path : undefined;
      p.issues.push({
        code: 'custom',
        input: p.value,
        path: [...(at ?? [])],
        ...issueFrom(c, abortOf(params)),
      });
    }
  }, params);
  return c;
};

const abortOf = (params?: string | CheckParams) => typeof params === 'object' && params.abort === true;

const hasLength = (p: ParsePayload) =>
  p.value != null && (p.value as { length?: unknown }).length !== undefined;

/** At least `n` items (an array) or characters (a string). Runs even after other issues. */
export const minLength = (n: number, params?: string | CheckParams): Check<{ length: number }> => {
  const c: Check<{ length: number }> = checkOf(
    (p) => {
      const v = p.value;
      let length = v.length;
      // Code points, as zod counts them: only a string of n..2n-1 units can be in doubt.
      if (typeof v === 'string' && length >= n && length < 2 * n) length = [...v].length;
      if (length >= n) return;
      const origin = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';
      p.issues.push({
        origin,
        code: 'too_small',
        minimum: n,
        inclusive: true,
        input: v,
        ...issueFrom(c, abortOf(params)),
      });
    },
    params,
    { min: n },
  );
  c.w ??= hasLength;
  return c;
};

/** Matches `pattern`. */
export const regex = (pattern: RegExp, params?: string | CheckParams): Check<string> => {
  const c: Check<string> = checkOf(
    (p) => {
      pattern.lastIndex = 0;
      if (pattern.test(p.value)) return;
      p.issues.push({
        origin: 'string',
        code: 'invalid_format',
        format: 'regex',
        input: p.value,
        pattern: String(pattern),
        ...issueFrom(c, abortOf(params)),
      });
    },
    params,
    { pattern: pattern.source },
  );
  return c;
};

/** A safe integer (an issue that stops later checks otherwise). */
export const int = (params?: string | CheckParams): Check<number> => {
  const c: Check<number> = checkOf(
    (p) => {
      const v = p.value;
      if (!Number.isInteger(v)) {
        p.issues.push({
          expected: 'int',
          format: 'safeint',
          code: 'invalid_type',
          input: v,
          inst: c,
          continue: false,
        });
      } else if (!Number.isSafeInteger(v)) {
        const big = v > 0;
        p.issues.push({
          input: v,
          code: big ? 'too_big' : 'too_small',
          [big ? 'maximum' : 'minimum']: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER,
          note: 'Integers must be within the safe integer range.',
          origin: 'int',
          inclusive: true,
          ...issueFrom(c, abortOf(params)),
        });
      }
    },
    params,
    { int: true, min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER },
  );
  return c;
};

const bound = (n: number, low: boolean, params?: string | CheckParams): Check<number> => {
  const c: Check<number> = checkOf(
    (p) => {
      if (low ? p.value >= n : p.value <= n) return;
      p.issues.push({
        origin: 'number',
        code: low ? 'too_small' : 'too_big',
        [low ? 'minimum' : 'maximum']: n,
        input: p.value,
        inclusive: true,
        ...issueFrom(c, abortOf(params)),
      });
    },
    params,
    low ? { min: n } : { max: n },
  );
  return c;
};

/** `>= n`. */
export const gte = (n: number, params?: string | CheckParams) => bound(n, true, params);
/** `<= n`. */
export const lte = (n: number, params?: string | CheckParams) => bound(n, false, params);
export { gte as minimum, lte as maximum };

/** Metadata for the JSON Schema (no check at run time). */
export const meta = (metadata: Record<string, unknown>): Check<unknown> => ({
  f: () => undefined,
  m: metadata,
});
/** A description for the JSON Schema (no check at run time). */
export const describe = (description: string): Check<unknown> => meta({ description });

// ── JSON Schema (build time) ─────────────────────────────────────────────────────────

type Json = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of what `schema` accepts as input, as zod's
 * `toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })` wrote it: transforms and
 * custom types are `{}`, pipes show their input side, and unions of bare types collapse to
 * a `type` list.
 */
export function toJSONSchema(schema: ZodMiniType, _params?: { io?: 'input'; unrepresentable?: 'any' }): Json {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...jsonOf(schema) };
}

function jsonOf(s: ZodMiniType): Json {
  let json: Json = {};
  let min: number | undefined;
  let max: number | undefined;
  let isInt = false;
  const patterns: string[] = [];
  for (const { j } of s.c) {
    if (!j) continue;
    if (j.min !== undefined) min = min === undefined ? j.min : Math.max(min, j.min);
    if (j.max !== undefined) max = max === undefined ? j.max : Math.min(max, j.max);
    if (j.int) isInt = true;
    if (j.pattern !== undefined) patterns.push(j.pattern);
  }
  switch (s.k) {
    case 'string':
      json.type = 'string';
      if (min !== undefined) json.minLength = min;
      if (max !== undefined) json.maxLength = max;
      if (patterns.length === 1) json.pattern = patterns[0];
      else if (patterns.length > 1) json.allOf = patterns.map((pattern) => ({ pattern }));
      break;
    case 'number':
      json.type = isInt ? 'integer' : 'number';
      if (min !== undefined) json.minimum = min;
      if (max !== undefined) json.maximum = max;
      break;
    case 'boolean':
      json.type = 'boolean';
      break;
    case 'enum': {
      const values = s.o as readonly unknown[];
      if (values.length === 1)
        json = { type: values[0] === null ? 'null' : typeof values[0], const: values[0] };
      else {
        for (const t of ['number', 'string']) if (values.every((v) => typeof v === t)) json.type = t;
        json.enum = values;
      }
      break;
    }
    case 'array':
      if (min !== undefined) json.minItems = min;
      if (max !== undefined) json.maxItems = max;
      json.type = 'array';
      json.items = jsonOf(s.t!);
      break;
    case 'object': {
      const shape = s.o as Record<string, ZodMiniType>;
      const properties: Json = {};
      const required: string[] = [];
      for (const key of Object.keys(shape)) {
        Object.defineProperty(properties, key, {
          value: jsonOf(shape[key]),
          enumerable: true,
          writable: true,
        });
        if (!inputOptional(shape[key])) required.push(key);
      }
      json = { type: 'object', properties };
      if (required.length) json.required = required;
      break;
    }
    case 'record':
      json = { type: 'object', propertyNames: jsonOf(s.t!), additionalProperties: jsonOf(s.u!) };
      break;
    case 'union':
      json.anyOf = (s.o as ZodMiniType[]).map(jsonOf);
      break;
    case 'nullable':
      json.anyOf = [jsonOf(s.t!), { type: 'null' }];
      break;
    case 'optional':
      json = jsonOf(s.t!);
      break;
    case 'pipe':
      json = jsonOf(s.t!.k === 'transform' ? s.u! : s.t!);
      break;
    // unknown, custom, transform: anything
  }
  for (const { m } of s.c) if (m) Object.assign(json, m);
  compactTypeUnion(json);
  return json;
}

/** zod's rule for `required`: a pipe from a transform is as optional as its output side. */
const inputOptional = (s: ZodMiniType): boolean =>
  s.k === 'pipe' && s.t!.k === 'transform' ? inputOptional(s.u!) : s.oi;

/** `anyOf: [{type: a}, {type: b}]` (bare types only) becomes `type: [a, b]`. */
function compactTypeUnion(json: Json): void {
  const options = json.anyOf;
  if (!Array.isArray(options) || options.length === 0 || json.type !== undefined) return;
  const types: string[] = [];
  for (const option of options as Json[]) {
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== 'type') return;
    for (const t of ([] as unknown[]).concat(option.type)) {
      if (typeof t !== 'string') return;
      if (!types.includes(t)) types.push(t);
    }
  }
  delete json.anyOf;
  json.type = types.length === 1 ? types[0] : types;
}
