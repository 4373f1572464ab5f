// Two trigger runs on one file, interleaved at service calls: the second starts just before a
// chosen call of the first. When the second asks for a lock the first holds, it blocks: the fake stops
// it there (it has only read so far, which the driver checks) and starts it again from the top
// the moment the first releases the lock, as a run waiting in tryLock would go on. Test fakes.
// Triggers run concurrently, and LockService serialises them:
// https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
import type { FakeContext } from './context';
import type { LockTable } from './lock';

/** What a blocked run may have done before its tryLock: reads only, so starting it again is the same run. */
const WRITES =
  /\.(set|insert|delete|clear|merge|sort|moveTo|protect|hide|append|toast|batchUpdate|create|update)/;

export interface Interleaving {
  /** How many times the second run was blocked by the lock and started again. */
  readonly blocked: number;
  /** Whether the second run ran to its end. */
  readonly secondDone: boolean;
}

class Blocked {}

export const interleave = (
  context: FakeContext,
  locks: LockTable,
  first: () => void,
  second: () => void,
  /** The second run starts just before the first's call for which this is true (or its n-th call). */
  startBefore: number | ((name: string) => boolean),
): Interleaving => {
  let seen = 0;
  let started = false;
  let blocked = 0;
  let secondDone = false;
  let waiting = false;
  let inSecond = false;
  let secondCalls: string[] = [];
  const runSecond = (): void => {
    inSecond = true;
    secondCalls = [];
    try {
      second();
      // A run that swallowed the stop is still stopped.
      if (!waiting) secondDone = true;
    } catch (error) {
      if (!(error instanceof Blocked) && !waiting) throw error;
    } finally {
      inSecond = false;
      context.stopped = null;
    }
  };
  context.beforeCall = (name) => {
    if (inSecond) {
      secondCalls.push(name);
      return;
    }
    seen++;
    const due = typeof startBefore === 'number' ? seen === startBefore : startBefore(name);
    if (due && !started) {
      started = true;
      runSecond();
    }
  };
  locks.onBlocked = () => {
    if (!inSecond) return;
    const wrote = secondCalls.filter((n) => WRITES.test(n));
    if (wrote.length > 0)
      throw new Error(
        `The blocked run wrote before its lock (${wrote.join(', ')}): it cannot be replayed.`,
      );
    blocked++;
    waiting = true;
    // The run is suspended in tryLock: nothing it would do after (its catch, its finally) happens.
    context.stopped = 'blocked in tryLock';
    throw new Blocked();
  };
  locks.onReleased = () => {
    if (!waiting || inSecond) return;
    waiting = false;
    runSecond();
  };
  try {
    first();
    if (!started) runSecond();
    if (waiting) {
      waiting = false;
      runSecond();
    }
  } finally {
    context.beforeCall = null;
    locks.onBlocked = null;
    locks.onReleased = null;
  }
  return { blocked, secondDone };
};
