// Reversible marks on the sheet: each marked cell's own note holds what the cell had (its note
// and background), so marks travel with their cells through inserts, deletes, sorts,
// cut-and-paste and renamed tabs, and nothing is kept anywhere else. The plan is the core's
// (core/mark-plan); this reads notes and backgrounds once per tab and writes only what changed.
// Apps Script adapter layer.
import type { Finding } from '../core/findings';
import { changedBox, NOTE_PREFIX, planMarks } from '../core/mark-plan';
import type { RangeApi, SheetApi } from './services';

export { MARK_COLORS, NOTE_PREFIX } from '../core/mark-plan';

export interface MarkCount {
  readonly marked: number;
  readonly cleared: number;
}

const NONE: MarkCount = { marked: 0, cleared: 0 };

const mayHoldMark = (notes: readonly (readonly string[])[]): boolean =>
  notes.some((row) => row.some((note) => note.startsWith(NOTE_PREFIX)));

/**
 * Within `range` (whose top-left is 0-based `top`, `left` on `sheet`): takes every mark off and
 * marks the cells of `findings`. Reads notes, then backgrounds only when there is something to
 * do, then writes the smallest box that changed.
 */
export const replaceMarks = (
  sheet: SheetApi,
  range: RangeApi,
  top: number,
  left: number,
  findings: readonly Finding[],
): MarkCount => {
  const notes = range.getNotes();
  if (findings.length === 0 && !mayHoldMark(notes)) return NONE;
  const backgrounds = range.getBackgrounds();
  const plan = planMarks(notes, backgrounds, findings, top, left);
  const box = changedBox({ notes, backgrounds }, plan);
  if (box) {
    const slice = (grid: string[][]) =>
      grid
        .slice(box.top, box.top + box.rows)
        .map((row) => row.slice(box.left, box.left + box.cols));
    sheet
      .getRange(top + box.top + 1, left + box.left + 1, box.rows, box.cols)
      .setNotes(slice(plan.notes))
      .setBackgrounds(slice(plan.backgrounds));
  }
  return { marked: plan.marked, cleared: plan.cleared };
};

export const addCounts = (a: MarkCount, b: MarkCount): MarkCount => ({
  marked: a.marked + b.marked,
  cleared: a.cleared + b.cleared,
});
