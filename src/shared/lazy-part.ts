/**
 * A part of a widget loaded on demand with `import()` (long texts shown only when the user
 * opens something), shared by every element of a page: loaded once, remembered after.
 */
export interface LazyPart<T> {
  /** The part, once loaded. */
  readonly value: T | undefined;
  /** True when the import failed (it is not retried: the page stays as it is). */
  readonly failed: boolean;
  /** Starts loading (once) and resolves with the part. */
  load(): Promise<T>;
}

/** Wraps an `import()` of a module (`() => import('./x.js').then((m) => m.X)`) as a {@link LazyPart}. */
export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let promise: Promise<T> | undefined;
  const part = {
    value: undefined as T | undefined,
    failed: false,
    load(): Promise<T> {
      promise ??= importer().then(
        (value) => (part.value = value),
        (error: unknown) => {
          part.failed = true;
          throw error;
        },
      );
      return promise;
    },
  };
  return part;
}
