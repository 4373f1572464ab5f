// Reading a sheet into the core's Grid: one getValues and one getDisplayValues for the whole
// table; merges (a call each) only for the block asked about. Calendar dates are read in the
// spreadsheet's time zone. Apps Script adapter layer.
import type { Cell, CellValue, Grid, Merge } from '../core/grid';
import type { RangeApi, SheetApi, SpreadsheetApi, UtilitiesApi } from './services';

/**
 * Merges this many rows below the header's first row are data, not header; reading them costs
 * a call each.
 */
const HEADER_MERGE_ROWS = 15;

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

/**
 * The merges touching a block of cells (0-based), whole: Sheets lists "merged cells that either
 * are fully within the current range, or contain at least one cell in the current range"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()),
 * so a block of covered cells finds the merge even when its top cell lies above the block.
 * One call for the list and one per merge (its A1 notation).
 */
export const readMerges = (sheet: SheetApi, block: Merge): Merge[] =>
  block.rows < 1 || block.cols < 1
    ? []
    : sheet
        .getRange(block.row + 1, block.col + 1, block.rows, block.cols)
        .getMergedRanges()
        .map((r) => parseA1(r.getA1Notation()))
        .filter((m): m is Merge => m !== null);

/**
 * The merges of the header rows, from its first row (0-based): a title block above it (an
 * appendix's dozen rows) holds no label.
 */
export const readHeaderMerges = (
  sheet: SheetApi,
  firstRow: number,
  rows: number,
  cols: number,
): Merge[] =>
  readMerges(sheet, {
    row: firstRow,
    col: 0,
    rows: Math.min(rows - firstRow, HEADER_MERGE_ROWS),
    cols,
  });

/** The smallest block holding every cell (null for none). */
export const blockOf = (cells: readonly { row: number; col: number }[]): Merge | null => {
  if (cells.length === 0) return null;
  // A loop, not Math.min(...): a sheet being filled in may have thousands of empty cells.
  let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { row, col } of cells) {
    [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
    [left, right] = [Math.min(left, col), Math.max(right, col)];
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
};

/** Both lists, each merge once (a merge may touch both blocks asked about). */
export const joinMerges = (a: readonly Merge[], b: readonly Merge[]): Merge[] => {
  const key = (m: Merge): string => `${m.row},${m.col},${m.rows},${m.cols}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((m) => !seen.has(key(m)))];
};

/** A tab read once: its grid (no merges), and the range it came from for notes and marks. */
export interface SheetRead {
  readonly grid: Grid;
  /** The data range (A1 on an empty tab), or the whole grid from A1 (readWholeSheet). */
  readonly range: RangeApi;
  readonly rows: number;
  readonly cols: number;
}

/**
 * A range's cells as the core's: getValues, and getDisplayValues only when a cell holds something
 * other than text (a number, a date, a truth value): text is shown as it is held, so a range of
 * text alone (the settings as typed, as plain text) costs one call, not two.
 */
export const cellsOf = (range: RangeApi, readDate: DateReader): Cell[][] => {
  const values = range.getValues();
  const texts = values.every((row) => row.every((v) => typeof v === 'string'))
    ? (values as string[][])
    : range.getDisplayValues();
  return values.map((row, r) =>
    row.map((value, c) => ({ value: toCellValue(value, readDate), text: texts[r][c] })),
  );
};

/** The whole data range: getDataRange, getValues, getDisplayValues. */
export const readSheet = (sheet: SheetApi, name: string, readDate: DateReader): SheetRead => {
  const range = sheet.getDataRange();
  const cells = cellsOf(range, readDate);
  // An empty tab reads as A1 with ''.
  const empty = cells.length === 1 && cells[0].length === 1 && cells[0][0].value === '';
  return {
    grid: { name, rows: empty ? [] : cells, merges: [] },
    range,
    rows: cells.length,
    cols: cells[0]?.length ?? 0,
  };
};

/**
 * Every cell of a tab: its rows in A1 (`1:maxRows`) take every column with them, so one call for
 * the size and one for the range. https://developers.google.com/sheets/api/guides/concepts#cell
 */
export const wholeGrid = (sheet: SheetApi): RangeApi => sheet.getRange(`1:${sheet.getMaxRows()}`);

/**
 * The whole grid of a tab, in the three calls of a data range and the two of wholeGrid (one more
 * than getDataRange); the grid handed on stops at the last row and column with a value, as a
 * data range does. A check reads tabs so: a cleared value leaves its note and colour behind (a
 * mark too) below or beside the data range, where only the whole grid finds it.
 */
export const readWholeSheet = (sheet: SheetApi, name: string, readDate: DateReader): SheetRead => {
  const range = wholeGrid(sheet);
  const cells = cellsOf(range, readDate);
  const filled = (cell: Cell): boolean => cell.value !== '' || cell.text !== '';
  let rows = 0;
  let cols = 0;
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!filled(cell)) return;
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }),
  );
  return {
    grid: { name, rows: cells.slice(0, rows).map((row) => row.slice(0, cols)), merges: [] },
    range,
    rows,
    cols,
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
