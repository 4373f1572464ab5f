// LockService: one lock per scope (document, script, user) shared by every execution; a lock
// an execution did not release is released when it ends. A test plays a second user by holding
// a lock from outside, for ever or for a time. A run waiting in tryLock(timeout) gets the lock
// only if the holder lets go within the timeout: how long a run holds it is its calls, priced as
// the bench prices them (context.ts costOf). Test fakes.
import type { FakeContext } from './context';

export type LockScope = 'document' | 'script' | 'user';

// waitLock "timing out with an exception": https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
// (message as Apps Script words it; the reference page does not quote it)
const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds each lock; shared by all FakeLock objects of one environment. */
export class LockTable {
  private readonly holders = new Map<LockScope, object>();
  /** The execution each holder took its lock in: null outside FakeEnvironment.run. */
  private readonly runs = new Map<object, object | null>();
  /** Plays code without the lock: every tryLock succeeds (to show what the lock prevents). */
  disabled = false;
  /**
   * Set by the interleaving driver: a lock held by a suspended run blocks the run asking for
   * it, which then resumes once the holder lets go (see runs.ts).
   */
  onBlocked: ((scope: LockScope) => void) | null = null;
  onReleased: ((scope: LockScope) => void) | null = null;
  /**
   * Set by the interleaving driver when it resumes a blocked run: how long (ms) the holder kept
   * the lock while that run waited. Its next tryLock(timeout) fails when this is longer.
   */
  waitedMs: number | null = null;
  private readonly others = new Map<LockScope, object>();
  /** How long (ms) another user's run keeps its lock; absent: until releaseByOtherUser. */
  private readonly othersFor = new Map<LockScope, number>();
  holder(scope: LockScope): object | undefined {
    return this.holders.get(scope);
  }
  take(scope: LockScope, owner: object, run: object | null): void {
    this.holders.set(scope, owner);
    this.runs.set(owner, run);
  }
  release(scope: LockScope, owner: object): void {
    if (this.holders.get(scope) !== owner) return;
    this.holders.delete(scope);
    this.runs.delete(owner);
    this.onReleased?.(scope);
  }
  /**
   * The end of an execution, however it ended (returned, threw, stopped at its time limit):
   * "The lock is automatically released when the script terminates" —
   * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
   */
  releaseRun(run: object | null): void {
    for (const [scope, owner] of [...this.holders])
      if (this.runs.has(owner) && this.runs.get(owner) === run) this.release(scope, owner);
  }
  /**
   * Another user's execution holds the lock until `releaseByOtherUser`, or for `forMs`: a run
   * whose tryLock waits that long then gets it.
   */
  holdByOtherUser(scope: LockScope = 'document', forMs?: number): void {
    const other = {};
    this.others.set(scope, other);
    this.holders.set(scope, other);
    if (forMs === undefined) this.othersFor.delete(scope);
    else this.othersFor.set(scope, forMs);
  }
  releaseByOtherUser(scope: LockScope = 'document'): void {
    const other = this.others.get(scope);
    if (other) this.release(scope, other);
    this.others.delete(scope);
    this.othersFor.delete(scope);
  }
  /** Whether another user's hold of `scope` ends within `timeoutMs` (it is then let go). */
  otherLetsGoWithin(scope: LockScope, timeoutMs: number): boolean {
    const other = this.others.get(scope);
    const forMs = this.othersFor.get(scope);
    if (!other || this.holders.get(scope) !== other || forMs === undefined || forMs > timeoutMs)
      return false;
    this.releaseByOtherUser(scope);
    return true;
  }
  isHeld(scope: LockScope): boolean {
    return this.holders.has(scope);
  }
}

export class FakeLock {
  constructor(
    private readonly context: FakeContext,
    private readonly table: LockTable,
    private readonly scope: LockScope,
  ) {}
  private count(method: string): void {
    this.context.call(`Lock.${method}`, 'limited');
  }
  private acquire(timeoutMs: number): boolean {
    if (this.table.disabled) return true;
    // Resumed after waiting for a run of this script: the holder kept it longer than we waited.
    const waited = this.table.waitedMs;
    this.table.waitedMs = null;
    if (waited !== null && waited > timeoutMs) return false;
    this.table.otherLetsGoWithin(this.scope, timeoutMs);
    const holder = this.table.holder(this.scope);
    if (holder && holder !== this && this.table.onBlocked) this.table.onBlocked(this.scope);
    if (holder && holder !== this) return false;
    this.table.take(this.scope, this, this.context.run);
    return true;
  }
  /**
   * "Attempts to acquire the lock, timing out after the provided number of milliseconds":
   * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
   * A holder in this environment blocks the run (the interleaving driver resumes it when the
   * holder lets go, with how long that took); another user's hold is let go within the timeout
   * only when it was given a time that fits.
   */
  tryLock(timeoutInMillis: number): boolean {
    this.count('tryLock');
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    this.count('waitLock');
    if (!this.acquire(timeoutInMillis)) throw this.context.error(TIMEOUT);
  }
  releaseLock(): void {
    this.count('releaseLock');
    if (this.table.disabled) return;
    this.table.release(this.scope, this);
  }
  hasLock(): boolean {
    this.count('hasLock');
    return this.table.holder(this.scope) === this;
  }
}

export const createLockService = (context: FakeContext, table: LockTable) => {
  const get = (method: string, scope: LockScope) => () => {
    context.call(`LockService.${method}`, 'limited');
    return new FakeLock(context, table, scope);
  };
  return {
    getDocumentLock: get('getDocumentLock', 'document'),
    getScriptLock: get('getScriptLock', 'script'),
    getUserLock: get('getUserLock', 'user'),
  };
};
