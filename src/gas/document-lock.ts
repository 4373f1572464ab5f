// One run at a time per spreadsheet for every read-change-write of the sheet. Apps Script
// adapter layer.
import type { Services } from './services';

/**
 * How long a menu or sidebar action waits for another run on this file to finish: a person who
 * clicked sees the page working meanwhile. An edit's check holds the lock for some 16 calls
 * (≈ 1.6 s at 0.1 s a call), «Підрахувати підсумки» some 30 (≈ 3 s): a few quick edits, or a
 * colleague's totals, are waited out rather than answered with BUSY. A report step holds it far
 * longer (Docs batches, 2 s each), and after this wait the person is told to try again. The Lock
 * reference sets no maximum (its example waits 30 s):
 * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
 */
export const LOCK_WAIT_MS = 10000;

/**
 * Whoever holds the lock: a check, the totals, an edit being checked, the settings, a report of
 * this or another user. The message names no one of them, since the lock does not say which.
 */
export const BUSY =
  'Таблицю саме змінює інша дія Zvit (перевірка, підсумки або звіт, можливо, іншого ' +
  'користувача). Зачекайте трохи і спробуйте знову.';

/**
 * Runs `action` holding the document lock: every read-change-write of the marks, the ВСЬОГО
 * row, the settings and the template tabs, so two runs on one file (two quick edits, two
 * departments, two clicks) never write over each other with what they read earlier. The lock
 * needs no authorisation, so onEdit takes it too.
 * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
export const withDocumentLock = <T>(
  services: Pick<Services, 'LockService'>,
  waitMs: number,
  action: () => T,
  /** What a run that could not get the lock in time returns; by default it throws BUSY. */
  busy: () => T = () => {
    throw new Error(BUSY);
  },
): T => {
  const lock = services.LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return busy();
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
};
