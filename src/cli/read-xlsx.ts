// Reading an .xlsx export into the core's Grids with exceljs: raw values and the text a person
// sees, formula results, dates, merges, hidden rows. Node adapter layer.
import ExcelJS from 'exceljs';
import type { Cell, Grid, Merge } from '../core/grid';

const pad = (n: number): string => String(n).padStart(2, '0');

/** exceljs dates are UTC midnights of the calendar day shown in the sheet. */
const isoOf = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A number as a uk_UA sheet shows it: decimal comma, no exponent for ordinary amounts. */
export const shownNumber = (n: number): string => {
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
  return text.replace('.', ',');
};

/** An exceljs cell value (number, text, rich text, formula, date, error…) as raw value + shown text. */
export const toCell = (raw: ExcelJS.CellValue): Cell => {
  if (raw === null || raw === undefined) return { value: '', text: '' };
  if (typeof raw === 'number') return { value: raw, text: shownNumber(raw) };
  if (typeof raw === 'string') return { value: raw, text: raw };
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) {
    const date = isoOf(raw);
    return { value: { date }, text: date.split('-').reverse().join('.') };
  }
  if ('richText' in raw) {
    const text = raw.richText.map((part) => part.text).join('');
    return { value: text, text };
  }
  if ('error' in raw) return { value: raw.error, text: raw.error };
  if ('formula' in raw || 'sharedFormula' in raw) {
    const result = (raw as { result?: unknown }).result;
    if (result && typeof result === 'object' && 'error' in result) {
      const error = String((result as { error: string }).error);
      return { value: error, text: error };
    }
    return toCell((result ?? null) as ExcelJS.CellValue);
  }
  if ('text' in raw && 'hyperlink' in raw) {
    const text =
      typeof raw.text === 'string' ? raw.text : toCell(raw.text as ExcelJS.CellValue).text;
    return { value: text, text };
  }
  return { value: String(raw), text: String(raw) };
};

/** exceljs keeps merges as Ranges keyed by their top-left address (1-based, inclusive). */
interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B2:C3" → 1-based range, for exceljs versions that only expose `model.merges`. */
const parseRange = (range: string): MergeRange | null => {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) return null;
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
};

const mergesOf = (sheet: ExcelJS.Worksheet): Merge[] => {
  // `_merges` is cheap; `sheet.model` would first build a model of every row.
  const internal = (sheet as unknown as { _merges?: Record<string, MergeRange> })._merges;
  const ranges = internal
    ? Object.values(internal)
    : ((sheet.model as { merges?: string[] }).merges ?? [])
        .map(parseRange)
        .filter((r): r is MergeRange => r !== null);
  return ranges.map((r) => ({
    row: r.top - 1,
    col: r.left - 1,
    rows: r.bottom - r.top + 1,
    cols: r.right - r.left + 1,
  }));
};

const EMPTY: Cell = { value: '', text: '' };

/**
 * A formula cell as its cached result. `cell.value` cannot be used: exceljs copies only a
 * truthy `result` into it, so a formula showing 0 (or FALSE) would read as empty. A formula
 * saved without a result (Excel, Calc and Sheets always save one; generators may not) reads
 * as empty, like a formula whose result is the empty text: exceljs cannot tell them apart.
 */
const formulaCell = (cell: ExcelJS.Cell): Cell => {
  const result = cell.result as unknown;
  if (result && typeof result === 'object' && 'error' in result) {
    const error = String((result as { error: string }).error);
    return { value: error, text: error };
  }
  return toCell((result ?? null) as ExcelJS.CellValue);
};

/** A number format's sections without quoted text and escaped characters: what it computes. */
const formatCode = (numFmt: string): string => numFmt.replace(/"[^"]*"|\\./g, '');

/**
 * A number as a percent format shows it («0%»: 0,5 as «50%»; «0.0%»: as «50,0%»), the decimals
 * those of its first section. Other formats keep `shownNumber`: the core reads a number by its
 * value, and only a percentage's display tells it something the value does not.
 */
const shownPercent = (n: number, numFmt: string): string => {
  const code = formatCode(numFmt).split(';')[0];
  const decimals = /\.([0#?]+)/.exec(code)?.[1].length ?? 0;
  return `${(n * 100).toFixed(decimals).replace('.', ',')}%`;
};

const readCell = (cell: ExcelJS.Cell): Cell => {
  // Like Sheets: only a merge's top-left cell holds the value (exceljs repeats it in the others).
  if (cell.type === ExcelJS.ValueType.Merge) return EMPTY;
  const read = cell.type === ExcelJS.ValueType.Formula ? formulaCell(cell) : toCell(cell.value);
  if (typeof read.value !== 'number') return read;
  // The text a person sees: a money cell formatted as percent shows «50%», not 0,5 thousand.
  const numFmt = cell.numFmt;
  return numFmt && formatCode(numFmt).includes('%')
    ? { value: read.value, text: shownPercent(read.value, numFmt) }
    : read;
};

export const worksheetToGrid = (sheet: ExcelJS.Worksheet): Grid => {
  const rows: Cell[][] = [];
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      while (cells.length < colNumber - 1) cells.push(EMPTY);
      cells[colNumber - 1] = readCell(cell);
    });
    rows[rowNumber - 1] = cells;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  // exceljs: 'visible', 'hidden', or 'veryHidden' (hidden so that only a macro shows it).
  const hidden = sheet.state === 'hidden' || sheet.state === 'veryHidden';
  return { name: sheet.name, rows, merges: mergesOf(sheet), hiddenRows, hidden };
};

export const readXlsx = async (source: string | ArrayBuffer | Uint8Array): Promise<Grid[]> => {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as ArrayBuffer);
  return workbook.worksheets.map(worksheetToGrid);
};
