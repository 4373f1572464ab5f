// "Підрахувати підсумки": writes the bold ВСЬОГО row the core plans (=SUM per amount column), so
// the totals stay live while departments type. Apps Script adapter layer.
import type { Header } from '../core/header';
import { insertedRowBackgrounds, isMarkColour, NOTE_PREFIX, unmarkedRow } from '../core/mark-plan';
import type { MeasureTable } from '../core/measures';
import { planTotalsRow } from '../core/totals-formulas';
import type { RangeApi, SheetApi } from './services';

/**
 * A rewritten ВСЬОГО row loses the marks of what was found on it (a total that did not agree):
 * the row now holds formulas, and a mark left there would say so until the next check. One call
 * (its notes) when it holds none.
 */
const unmarkRewritten = (row: RangeApi): void => {
  const [notes] = row.getNotes();
  if (!notes.some((note) => note.includes(NOTE_PREFIX))) return;
  const [backgrounds] = row.getBackgrounds();
  const plain = unmarkedRow(notes, backgrounds);
  row.setNotes([plain.notes]).setBackgrounds([plain.backgrounds]);
};

/**
 * A row inserted under a marked measure wears the mark's colour Sheets copied with the format
 * (see insertedRowBackgrounds); the next check would name it a stray mark. One call (its
 * backgrounds) when it wears none. So does a blank row a person inserted there before the
 * action wrote ВСЬОГО into it.
 */
const unmarkInserted = (sheet: SheetApi, row: RangeApi, above: number, width: number): void => {
  const [backgrounds] = row.getBackgrounds();
  if (!backgrounds.some(isMarkColour)) return;
  const [aboveNotes] = sheet.getRange(above, 1, 1, width).getNotes();
  row.setBackgrounds([insertedRowBackgrounds(aboveNotes, backgrounds)]);
};

/** Writes or refreshes the ВСЬОГО row; returns its 1-based row number, or 0 with no measures. */
export const writeTotalsRow = (
  sheet: SheetApi,
  header: Header,
  table: MeasureTable,
  width: number,
): number => {
  const plan = planTotalsRow(header, table, width);
  if (!plan) return 0;
  // A note or signature typed right under the table moves down rather than being overwritten.
  if (plan.insertRow) sheet.insertRowsAfter(plan.row, 1);
  const maxRows = sheet.getMaxRows();
  const grown = maxRows < plan.row + 1;
  if (grown) sheet.insertRowsAfter(maxRows, plan.row + 1 - maxRows);
  const target = sheet.getRange(plan.row + 1, 1, 1, width);
  target.setValues([[...plan.labels]]);
  target.setFontWeight('bold');
  sheet
    .getRange(plan.row + 1, plan.firstCol + 1, 1, plan.formulas.length)
    .setFormulas([[...plan.formulas]]);
  if (plan.insertRow || grown) unmarkInserted(sheet, target, plan.row, width);
  else {
    unmarkRewritten(target);
    // Not a typed ВСЬОГО row: the blank row under the last measure, perhaps inserted by hand
    // under a marked one. Its mark colours with no note were copied there (a second call).
    if (!table.declared.some((d) => d.row === plan.row))
      unmarkInserted(sheet, target, plan.row, width);
  }
  return plan.row + 1;
};
