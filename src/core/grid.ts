// The core's input: a sheet as a grid of cells, each with its raw value and its shown text.
// Core layer: the Sheets and .xlsx adapters both produce this, so one reader serves both.

/** A date-formatted cell, as an ISO calendar date (JSON-safe, unlike `Date`). */
export interface DateValue {
  readonly date: string;
}

/** Raw value: '' for empty, like `getValues()`; sheet errors arrive as their text ('#REF!'). */
export type CellValue = string | number | boolean | DateValue;

export interface Cell {
  readonly value: CellValue;
  /** The text as the sheet shows it (`getDisplayValues()`, exceljs `cell.text`). */
  readonly text: string;
}

/** A merged block, 0-based, as `getMergedRanges()` would describe it. */
export interface Merge {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Grid {
  readonly name: string;
  /** Rows from the sheet's first row; rows may be shorter than others. */
  readonly rows: readonly (readonly Cell[])[];
  readonly merges: readonly Merge[];
  /** 0-based rows hidden in the sheet, ascending; absent when the reader does not know. */
  readonly hiddenRows?: readonly number[];
  /** The tab itself is hidden; absent when the reader does not know (SPEC §7: no section). */
  readonly hidden?: boolean;
}

export const EMPTY_CELL: Cell = { value: '', text: '' };

export const cellAt = (grid: Grid, row: number, col: number): Cell =>
  grid.rows[row]?.[col] ?? EMPTY_CELL;

export const isDateValue = (value: CellValue): value is DateValue =>
  typeof value === 'object' && value !== null && typeof (value as DateValue).date === 'string';

/** A1 address of a 0-based cell: (0, 0) is "A1", (13, 4) is "E14". */
export const toA1 = (row: number, col: number): string => {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
};

/** The 0-based cell of an A1 address ("E14" is row 13, column 4), or null when it is none. */
export const fromA1 = (a1: string): { row: number; col: number } | null => {
  const m = /^([A-Z]+)([1-9]\d*)$/i.exec(a1.trim());
  if (!m) return null;
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
};

/** Column letters of a 0-based column index. */
export const toColumnLetters = (col: number): string => toA1(0, col).replace(/\d+$/, '');
