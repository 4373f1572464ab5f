// Two trigger runs on one file, interleaved at service calls: the second starts just before a
// chosen call of the first. When the second asks for a lock the first holds, it blocks: the fake stops
// it there (it has only read so far, which the driver checks) and starts it again from the top
// the moment the first releases the lock (or, with `waitFor: 'end'`, once the first has ended:
// other runs queued ahead took the lock in turn), as a run waiting in tryLock would go on, told
// how long it waited: the first's calls meanwhile, priced as the bench prices them, so its
// tryLock(timeout) fails when that is longer than its timeout. Test fakes.
// Triggers run concurrently, and LockService serialises them:
// https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
import type { FakeContext } from './context';
import { costOf } from './context';
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
  /** When a blocked second run goes on: once the lock is released, or once the first has ended. */
  waitFor: 'release' | 'end' = 'release',
): Interleaving => {
  /** Seconds of the first's calls since the second was blocked. */
  let waitedSeconds = 0;
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
    if (waiting) waitedSeconds += costOf(name);
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
    waitedSeconds = 0;
    // The run is suspended in tryLock: nothing it would do after (its catch, its finally) happens.
    context.stopped = 'blocked in tryLock';
    throw new Blocked();
  };
  const resume = (): void => {
    waiting = false;
    locks.waitedMs = Math.round(waitedSeconds * 1000);
    runSecond();
    // A run that asked for no lock after all leaves no wait for the next one to find.
    locks.waitedMs = null;
  };
  locks.onReleased = () => {
    if (!waiting || inSecond || waitFor === 'end') return;
    resume();
  };
  try {
    first();
    if (!started) runSecond();
    if (waiting) resume();
  } finally {
    locks.waitedMs = null;
    context.beforeCall = null;
    locks.onBlocked = null;
    locks.onReleased = null;
  }
  return { blocked, secondDone };
};
