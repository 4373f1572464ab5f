// Reading an .xlsx export into the core's Grids with exceljs: raw values and the text a person
// sees, formula results, dates, merges. Node adapter layer.
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

/** "B2:C3" → 0-based Merge. */
const toMerge = (range: string): Merge | null => {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) return null;
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  return { row, col: col(m[1]), rows: Number(m[4]) - row, cols: col(m[3]) - col(m[1]) + 1 };
};

export const worksheetToGrid = (sheet: ExcelJS.Worksheet): Grid => {
  const merges = ((sheet.model as { merges?: string[] }).merges ?? [])
    .map(toMerge)
    .filter((m): m is Merge => m !== null);
  // Like Sheets: only a merge's top-left cell holds the value (exceljs repeats it in the others).
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++)
        if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
    }
  }
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      while (cells.length < c) cells.push({ value: '', text: '' });
      cells[c] = covered.has(`${r}:${c}`) ? { value: '', text: '' } : toCell(cell.value);
    });
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name: sheet.name, rows, merges };
};

export const readXlsx = async (source: string | ArrayBuffer | Uint8Array): Promise<Grid[]> => {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(source as ArrayBuffer);
  return workbook.worksheets.map(worksheetToGrid);
};
