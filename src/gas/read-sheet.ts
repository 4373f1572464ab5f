// Reading a sheet into the core's Grid: one getValues and one getDisplayValues for the whole
// table; the merges of the header rows only when asked. Calendar dates are read in the
// spreadsheet's time zone. Apps Script adapter layer.
import type { CellValue, Grid, Merge } from '../core/grid';
import type { RangeApi, SheetApi, SpreadsheetApi, UtilitiesApi } from './services';

/** Merges below these rows are data, not header; reading them costs a call each. */
const HEADER_SCAN_ROWS = 15;

/** Turns a date cell into its calendar day ('yyyy-MM-dd'). */
export type DateReader = (date: Date) => string;

/**
 * Sheets hands a date cell over as midnight in the spreadsheet's zone; the script's zone (the
 * manifest) sets what getDate() says, so a sheet whose zone is ahead of the script's would move
 * a day. Utilities.formatDate in the spreadsheet's zone gives the day as the sheet shows it.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * The zone is asked once, and only when a date turns up.
 */
export const dateReader = (spreadsheet: SpreadsheetApi, utilities: UtilitiesApi): DateReader => {
  let zone: string | undefined;
  const days = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let day = days.get(time);
    if (day === undefined) {
      zone ??= spreadsheet.getSpreadsheetTimeZone();
      day = utilities.formatDate(date, zone, 'yyyy-MM-dd');
      days.set(time, day);
    }
    return day;
  };
};

/** Sheets hands date cells over as Date; the core takes JSON-safe ISO dates. */
export const toCellValue = (value: unknown, readDate: DateReader): CellValue => {
  // A Date from another realm (the vm of the tests, or Apps Script's) fails instanceof.
  if (Object.prototype.toString.call(value) === '[object Date]')
    return { date: readDate(value as Date) };
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

/** The merges of the header rows: one call for the list and one per merge. */
export const readHeaderMerges = (sheet: SheetApi, rows: number, cols: number): Merge[] =>
  rows === 0 || cols === 0
    ? []
    : sheet
        .getRange(1, 1, Math.min(rows, HEADER_SCAN_ROWS), cols)
        .getMergedRanges()
        .map((r) => parseA1(r.getA1Notation()))
        .filter((m): m is Merge => m !== null);

/** A tab read once: its grid (no merges), and the range it came from for notes and marks. */
export interface SheetRead {
  readonly grid: Grid;
  /** The data range (A1 on an empty tab). */
  readonly range: RangeApi;
  readonly rows: number;
  readonly cols: number;
}

/** The whole data range: getDataRange, getValues, getDisplayValues. */
export const readSheet = (sheet: SheetApi, name: string, readDate: DateReader): SheetRead => {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const texts = range.getDisplayValues();
  // An empty tab reads as A1 with ''.
  const empty = values.length === 1 && values[0].length === 1 && values[0][0] === '';
  const rows = empty
    ? []
    : values.map((row, r) =>
        row.map((value, c) => ({ value: toCellValue(value, readDate), text: texts[r][c] })),
      );
  return {
    grid: { name, rows, merges: [] },
    range,
    rows: values.length,
    cols: values[0]?.length ?? 0,
  };
};

/** A tab as a Grid without merges (the settings tab has none that matter). */
export const readGrid = (sheet: SheetApi, name: string, readDate: DateReader): Grid =>
  readSheet(sheet, name, readDate).grid;

/** A tab of plain text (the narrative): getDataRange and getDisplayValues, its texts as values. */
export const readTextSheet = (sheet: SheetApi, name: string): SheetRead => {
  const range = sheet.getDataRange();
  const texts = range.getDisplayValues();
  const empty = texts.length === 1 && texts[0].length === 1 && texts[0][0] === '';
  return {
    grid: {
      name,
      rows: empty ? [] : texts.map((row) => row.map((text) => ({ value: text, text }))),
      merges: [],
    },
    range,
    rows: texts.length,
    cols: texts[0]?.length ?? 0,
  };
};
