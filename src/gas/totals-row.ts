// "Підрахувати підсумки": writes the bold ВСЬОГО row the core plans (=SUM per amount column), so
// the totals stay live while departments type. Apps Script adapter layer.
import type { Header } from '../core/header';
import type { MeasureTable } from '../core/measures';
import { planTotalsRow } from '../core/totals-formulas';
import type { SheetApi } from './services';

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
  if (maxRows < plan.row + 1) sheet.insertRowsAfter(maxRows, plan.row + 1 - maxRows);
  const target = sheet.getRange(plan.row + 1, 1, 1, width);
  target.setValues([[...plan.labels]]);
  target.setFontWeight('bold');
  sheet
    .getRange(plan.row + 1, plan.firstCol + 1, 1, plan.formulas.length)
    .setFormulas([[...plan.formulas]]);
  return plan.row + 1;
};
