// "Підрахувати підсумки": a bold ВСЬОГО row under the data with =SUM formulas per amount
// column, so the totals stay live while departments type. Apps Script adapter layer.
import { SOURCE_KEYS } from '../core/sources';
import { toColumnLetters } from '../core/grid';
import type { Header } from '../core/header';
import type { MeasureTable } from '../core/measures';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes or refreshes the ВСЬОГО row; returns its 1-based row number, or 0 with no measures. */
export const writeTotalsRow = (
  sheet: Sheet,
  header: Header,
  table: MeasureTable,
  width: number,
): number => {
  // With no measures a SUM would have to include its own row.
  if (table.measures.length === 0) return 0;
  const lastMeasure = table.measures.reduce((last, m) => Math.max(last, m.row), header.dataRow - 1);
  // Refresh a typed ВСЬОГО row under the last measure; otherwise add one right under the data.
  const declared = table.declared.filter((d) => d.row > lastMeasure);
  const row = declared.length > 0 ? declared[0].row : lastMeasure + 1;
  // A note or signature typed right under the table moves down rather than being overwritten.
  if (declared.length === 0 && table.notes.includes(row)) sheet.insertRowsAfter(row, 1);
  const moneyCols = SOURCE_KEYS.flatMap((s) => [header.money[s].plan, header.money[s].fact]).filter(
    (c): c is number => c !== undefined,
  );
  const labelCol = header.fields.number ?? header.fields.title ?? 0;
  const first = Math.min(...moneyCols);
  const last = Math.max(...moneyCols);
  if (sheet.getMaxRows() < row + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), row + 1 - sheet.getMaxRows());
  const labels = Array.from({ length: width }, (_, c) => (c === labelCol ? 'ВСЬОГО:' : ''));
  const target = sheet.getRange(row + 1, 1, 1, width);
  target.setValues([labels]);
  const from = header.dataRow + 1;
  const to = row;
  const formulas = Array.from({ length: last - first + 1 }, (_, i) =>
    moneyCols.includes(first + i)
      ? `=SUM(${toColumnLetters(first + i)}${from}:${toColumnLetters(first + i)}${to})`
      : '',
  );
  sheet.getRange(row + 1, first + 1, 1, formulas.length).setFormulas([formulas]);
  target.setFontWeight('bold');
  return row + 1;
};
