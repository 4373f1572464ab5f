// Reversible marks on the sheet: each marked cell's own note holds what the cell had (its note
// and background), so marks travel with their cells through inserts, deletes, sorts,
// cut-and-paste and renamed tabs, and nothing is kept anywhere else. The plan is the core's
// (core/mark-plan); this reads notes and backgrounds once per tab and writes only what changed.
// Apps Script adapter layer.
import type { Finding } from '../core/findings';
import type { MarkPlan } from '../core/mark-plan';
import { changedBox, markColouredCells, NOTE_PREFIX, planMarks } from '../core/mark-plan';
import type { RangeApi, SheetApi } from './services';

export { MARK_COLORS, NOTE_PREFIX } from '../core/mark-plan';

export interface MarkCount {
  readonly marked: number;
  readonly cleared: number;
}

const NONE: MarkCount = { marked: 0, cleared: 0 };

const mayHoldMark = (notes: readonly (readonly string[])[]): boolean =>
  notes.some((row) => row.some((note) => note.includes(NOTE_PREFIX)));

/** Writes the smallest box of `plan` that differs from what `range` (at `top`, `left`) held. */
const writePlan = (
  sheet: SheetApi,
  top: number,
  left: number,
  before: { readonly notes: string[][]; readonly backgrounds: string[][] },
  plan: MarkPlan,
): void => {
  const box = changedBox(before, plan);
  if (!box) return;
  const slice = (grid: string[][]) =>
    grid.slice(box.top, box.top + box.rows).map((row) => row.slice(box.left, box.left + box.cols));
  sheet
    .getRange(top + box.top + 1, left + box.left + 1, box.rows, box.cols)
    .setNotes(slice(plan.notes))
    .setBackgrounds(slice(plan.backgrounds));
};

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
  writePlan(sheet, top, left, { notes, backgrounds }, plan);
  return { marked: plan.marked, cleared: plan.cleared };
};

/** What taking the marks off a tab did: cells restored, and cells still in a mark's colour. */
export interface ClearedTab {
  readonly cleared: number;
  /** 0-based cells of the range whose colour is exactly a mark's, with no mark in the note. */
  readonly colourLeft: readonly { readonly row: number; readonly col: number }[];
}

/**
 * Takes every mark off `range` (a whole tab, from A1). Backgrounds are always read: a cell whose
 * note a person replaced keeps Zvit's colour, and the person is told where (see colourLeft).
 */
export const clearMarks = (sheet: SheetApi, range: RangeApi): ClearedTab => {
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  const plan = planMarks(notes, backgrounds, []);
  writePlan(sheet, 0, 0, { notes, backgrounds }, plan);
  return { cleared: plan.cleared, colourLeft: markColouredCells(plan.backgrounds) };
};

export const addCounts = (a: MarkCount, b: MarkCount): MarkCount => ({
  marked: a.marked + b.marked,
  cleared: a.cleared + b.cleared,
});
