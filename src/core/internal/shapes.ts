// Keeping alive the hidden classes of the objects a call makes once.
//
// V8 compiles a hot loop against the hidden classes ("maps") of the objects it reads. An
// object made once per call (the options read into settings, the issue list, the columns
// a reader returns) gets a map that only its instances hold: once a call's objects are
// collected, a full garbage collection drops the map and, with it, the optimised code of
// every loop that checked it ("weak objects" under `node --trace-deopt`). The next call
// then runs unoptimised until V8 compiles those loops again: at 100k rows, a tenth to a
// third of the call. One instance of each such shape, kept here for the life of the
// module, keeps the map and the code.

const kept: object[] = [];

/**
 * Keeps `o`, and so its hidden class, alive for the life of the module, and returns it.
 * Called once per shape at module load with an instance made by the same code (the same
 * object literal or constructor) as the ones each call makes: it must never be used.
 *
 * @example
 * keepShape(new IssueList()); // the loops that test `issues.full` stay compiled
 */
export function keepShape<T extends object>(o: T): T {
  kept.push(o);
  return o;
}
