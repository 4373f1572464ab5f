// Reading a sheet into the core's Grid: one getValues and one getDisplayValues for the whole
// table, plus the merges of the header rows. Apps Script adapter layer.
import type { CellValue, Grid, Merge } from '../core/grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Merges below these rows are data, not header; reading them costs a call each. */
const HEADER_SCAN_ROWS = 15;

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Sheets hands date cells over as Date; the core takes JSON-safe ISO dates. */
export const toCellValue = (value: unknown): CellValue => {
  // A Date from another realm (the vm of the tests, or Apps Script's) fails instanceof.
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    // Local fields: the script's time zone (Europe/Kyiv in the manifest), as the sheet shows it.
    return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return value === null || value === undefined ? '' : String(value);
};

const parseA1 = (a1: string): Merge | null => {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1.replace(/^.*!/, '').replace(/\$/g, ''));
  if (!m) return null;
  const col = (letters: string): number =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const first = col(m[1]);
  const lastRow = m[4] ? Number(m[4]) - 1 : row;
  const lastCol = m[3] ? col(m[3]) : first;
  return { row, col: first, rows: lastRow - row + 1, cols: lastCol - first + 1 };
};

export const readGrid = (sheet: Sheet): Grid => {
  const name = sheet.getName();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  // getRange throws on 0 rows or columns: an empty sheet is an empty grid.
  if (lastRow === 0 || lastColumn === 0) return { name, rows: [], merges: [] };
  const range = sheet.getRange(1, 1, lastRow, lastColumn);
  const values = range.getValues();
  const texts = range.getDisplayValues();
  const merges = sheet
    .getRange(1, 1, Math.min(lastRow, HEADER_SCAN_ROWS), lastColumn)
    .getMergedRanges()
    .map((r) => parseA1(r.getA1Notation()))
    .filter((m): m is Merge => m !== null);
  const rows = values.map((row, r) =>
    row.map((value, c) => ({ value: toCellValue(value), text: texts[r][c] })),
  );
  return { name, rows, merges };
};
