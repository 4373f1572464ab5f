// Reversible marks on the sheet: each marked cell's own note holds what the cell had (its note
// and background), so marks travel with their cells through inserts, deletes, sorts,
// cut-and-paste and renamed tabs, and nothing is kept anywhere else. The plan is the core's
// (core/mark-plan); this reads notes and backgrounds once per tab and writes only the rows that
// changed, in at most MOST_BOXES boxes.
// Apps Script adapter layer.
import type { Finding } from '../core/findings';
import type { MarkPlan } from '../core/mark-plan';
import type { Box } from '../core/mark-plan';
import { changedBoxes, NOTE_PREFIX, planMarks } from '../core/mark-plan';
import { toA1 } from '../core/grid';
import type { RangeApi, SheetApi } from './services';

export { MARK_COLORS, NOTE_PREFIX } from '../core/mark-plan';

export interface MarkCount {
  readonly marked: number;
  readonly cleared: number;
  /** Stray marks found (0-based on the sheet); see MarkPlan.strays. */
  readonly strays: readonly { readonly row: number; readonly col: number }[];
}

const NONE: MarkCount = { marked: 0, cleared: 0, strays: [] };

const mayHoldMark = (notes: readonly (readonly string[])[]): boolean =>
  notes.some((row) => row.some((note) => note.includes(NOTE_PREFIX)));

/**
 * How many boxes a plan is written in at most: marks near the top and the bottom of a long table
 * are written as two boxes, not as the whole table between them, and a person's note or colour
 * set in the rows between while the check runs stays. More boxes would cost a check past its
 * budget (docs/decisions.md, «A check writes only the rows it changes»).
 */
export const MOST_BOXES = 2;

type Grid = readonly (readonly string[])[];

const sliceOf = (grid: Grid, box: Box): string[][] =>
  grid.slice(box.top, box.top + box.rows).map((row) => row.slice(box.left, box.left + box.cols));

const same = (a: Grid, b: Grid): boolean => a.every((row, r) => row.every((v, c) => v === b[r][c]));

/**
 * Writes the cells `plan` changes in what `range` (at `top`, `left`) held, box by box, and in
 * each box only what changes there (its notes, its backgrounds). One box: its range, then its
 * notes and backgrounds (three calls). Several: their ranges in one RangeList (two calls, the
 * list and its ranges), each box's notes on its range — notes differ per cell, and a RangeList
 * sets one note on all — and their backgrounds in one call on the list when every cell of every
 * box gets the same colour (new marks of one severity), else on each range. When only one box
 * has writes of its own, its range comes by position (getRange) and the list only colours.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
const writePlan = (
  sheet: SheetApi,
  top: number,
  left: number,
  before: { readonly notes: string[][]; readonly backgrounds: string[][] },
  plan: MarkPlan,
): void => {
  const boxes = changedBoxes(before, plan, MOST_BOXES).map((box) => {
    const notes = sliceOf(plan.notes, box);
    const backgrounds = sliceOf(plan.backgrounds, box);
    return {
      box,
      notes: same(notes, sliceOf(before.notes, box)) ? null : notes,
      backgrounds: same(backgrounds, sliceOf(before.backgrounds, box)) ? null : backgrounds,
      allBackgrounds: backgrounds,
    };
  });
  if (boxes.length === 0) return;
  if (boxes.length === 1) {
    const [{ box, notes, backgrounds }] = boxes;
    const range = sheet.getRange(top + box.top + 1, left + box.left + 1, box.rows, box.cols);
    if (notes) range.setNotes(notes);
    if (backgrounds) range.setBackgrounds(backgrounds);
    return;
  }
  const a1 = (box: Box): string =>
    `${toA1(top + box.top, left + box.left)}:` +
    toA1(top + box.top + box.rows - 1, left + box.left + box.cols - 1);
  const colours = new Set(boxes.flatMap((b) => b.allBackgrounds.flat()));
  const oneColour = colours.size === 1 && boxes.some((b) => b.backgrounds);
  // Boxes written range by range: their notes, and their backgrounds unless one colour for all.
  const own = boxes.filter((b) => b.notes || (b.backgrounds && !oneColour));
  const write = (range: RangeApi, { notes, backgrounds }: (typeof boxes)[number]): void => {
    if (notes) range.setNotes(notes);
    if (backgrounds && !oneColour) range.setBackgrounds(backgrounds);
  };
  if (own.length <= 1) {
    // One box of its own: its range by position (one call, as getRanges would be), no order
    // to rely on; the colour, one for all, on the list.
    own.forEach((b) =>
      write(sheet.getRange(top + b.box.top + 1, left + b.box.left + 1, b.box.rows, b.box.cols), b),
    );
    if (oneColour)
      sheet.getRangeList(boxes.map(({ box }) => a1(box))).setBackground([...colours][0]);
    return;
  }
  // Several: getRanges is taken to list the ranges in the order asked. The reference does not
  // promise an order (https://developers.google.com/apps-script/reference/spreadsheet/range-list#getranges);
  // the boxes are asked top to bottom and share no row, so the order asked is also the sheet's
  // order, the other one a list might keep. Matching each range to its box by getA1Notation, or
  // a getRange per box, would cost a call per box: 21 calls for a check after a report.
  const list = sheet.getRangeList(boxes.map(({ box }) => a1(box)));
  const ranges = list.getRanges();
  boxes.forEach((b, i) => write(ranges[i], b));
  if (oneColour) list.setBackground([...colours][0]);
};

/**
 * Within `range` (whose top-left is 0-based `top`, `left` on `sheet`): takes every mark off and
 * marks the cells of `findings`. Reads notes, then backgrounds only when there is something to
 * do, then writes the boxes that changed (see writePlan). `clearStrays` (see planMarks) acts only where
 * the backgrounds are read: a tab with no mark and no finding costs no call for a stray mark;
 * such a stray is one whose note was deleted after its cell was fixed (Зняти позначки finds it),
 * while a colour copied into an inserted row sits beside the mark it was copied from.
 */
export const replaceMarks = (
  sheet: SheetApi,
  range: RangeApi,
  top: number,
  left: number,
  findings: readonly Finding[],
  clearStrays = false,
  /** An edit's: the findings of the whole table it did not check again stay (see planMarks). */
  keepTableLines = false,
): MarkCount => {
  const notes = range.getNotes();
  if (findings.length === 0 && !mayHoldMark(notes)) return NONE;
  const backgrounds = range.getBackgrounds();
  const plan = planMarks(notes, backgrounds, findings, top, left, clearStrays, keepTableLines);
  writePlan(sheet, top, left, { notes, backgrounds }, plan);
  return { marked: plan.marked, cleared: plan.cleared, strays: plan.strays };
};

/**
 * Takes every mark off `range` (a whole tab, from A1), stray marks too (see planMarks);
 * `cleared` counts the marks restored from their notes, `strays` the cells whose mark colour
 * had no note, each cell once.
 */
export const clearMarks = (sheet: SheetApi, range: RangeApi): MarkCount => {
  const notes = range.getNotes();
  // Always read: a stray mark has no note to find it by.
  const backgrounds = range.getBackgrounds();
  const plan = planMarks(notes, backgrounds, [], 0, 0, true);
  writePlan(sheet, 0, 0, { notes, backgrounds }, plan);
  return { marked: 0, cleared: plan.cleared, strays: plan.strays };
};
