// Finding the measures table's header by its labels: any column order, a title row above,
// one to five header rows, merged or unmerged group labels. Core layer.
import type { SourceKey } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Grid } from './grid';
import { cellAt } from './grid';
import type { FieldKey, Side } from './labels';
import { matchField, matchSource, normalizeLabel, sideOf } from './labels';

/** 0-based column of each side of a funding source. */
export type MoneyColumns = Readonly<Record<SourceKey, Readonly<Partial<Record<Side, number>>>>>;

export interface Header {
  /** First and last header row, 0-based. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** First row that may hold data (after the header and an "А 1 2 …" numbering row). */
  readonly dataRow: number;
  readonly fields: Readonly<Partial<Record<FieldKey, number>>>;
  readonly money: MoneyColumns;
}

export type MissingColumn = FieldKey | `${SourceKey}.${Side}`;

/** Columns without which nothing can be checked or reported. */
export const REQUIRED_COLUMNS: readonly MissingColumn[] = [
  'number',
  'title',
  'term',
  'executor',
  'status',
  'total.plan',
  'total.fact',
];

const SCAN_ROWS = 10;
const MAX_HEADER_ROWS = 5;
const TITLE_LABEL = 'змістзаходу';

/** Row of the "Зміст заходу" cell within the first 10 rows, or -1. */
export const findHeaderRow = (grid: Grid): number => {
  for (let r = 0; r < Math.min(SCAN_ROWS, grid.rows.length); r++) {
    if ((grid.rows[r] ?? []).some((cell) => normalizeLabel(cell.text).includes(TITLE_LABEL))) {
      return r;
    }
  }
  return -1;
};

const width = (grid: Grid, from: number, to: number): number => {
  let max = 0;
  for (let r = from; r <= to; r++) max = Math.max(max, grid.rows[r]?.length ?? 0);
  return max;
};

/** The header text of each cell, with a merge's text spread over the whole merge. */
const headerTexts = (grid: Grid, first: number, last: number, cols: number): string[][] => {
  const texts: string[][] = [];
  for (let r = first; r <= last; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) row.push(normalizeLabel(cellAt(grid, r, c).text));
    texts.push(row);
  }
  for (const m of grid.merges) {
    const text = normalizeLabel(cellAt(grid, m.row, m.col).text);
    for (let r = Math.max(m.row, first); r < Math.min(m.row + m.rows, last + 1); r++) {
      for (let c = m.col; c < Math.min(m.col + m.cols, cols); c++) {
        if (texts[r - first][c] === '') texts[r - first][c] = text;
      }
    }
  }
  return texts;
};

const lastSideRow = (grid: Grid, first: number): number => {
  let last = first;
  for (let r = first + 1; r < Math.min(first + MAX_HEADER_ROWS, grid.rows.length); r++) {
    if ((grid.rows[r] ?? []).some((cell) => sideOf(normalizeLabel(cell.text)) !== null)) last = r;
  }
  return last;
};

const isNumberingRow = (grid: Grid, row: number): boolean => {
  const texts = (grid.rows[row] ?? []).map((cell) => cell.text.trim()).filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t) => /^([АаAa]|\d{1,2})$/.test(t));
};

export type HeaderResult =
  | { readonly kind: 'found'; readonly header: Header }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'missing'; readonly row: number; readonly missing: readonly MissingColumn[] };

export const findHeader = (grid: Grid): HeaderResult => {
  const firstRow = findHeaderRow(grid);
  if (firstRow < 0) return { kind: 'not-found' };
  const lastRow = lastSideRow(grid, firstRow);
  const cols = width(grid, firstRow, lastRow);
  const texts = headerTexts(grid, firstRow, lastRow, cols);
  const fields: Partial<Record<FieldKey, number>> = {};
  const money = Object.fromEntries(SOURCE_KEYS.map((k) => [k, {}])) as Record<
    SourceKey,
    Partial<Record<Side, number>>
  >;
  let group = '';
  for (let c = 0; c < cols; c++) {
    const parts = texts.map((row) => row[c]).filter((t, i, all) => t !== '' && t !== all[i - 1]);
    const side = sideOf(parts[parts.length - 1] ?? '');
    if (side) {
      // An unmerged group label ("Всього" typed over "план" only) covers the "факт" beside it.
      const upper = parts.slice(0, -1).join('|');
      if (upper !== '') group = upper;
      const source = matchSource(group);
      if (source && money[source][side] === undefined) money[source][side] = c;
      continue;
    }
    group = '';
    const field = matchField(parts.join('|'));
    if (field && fields[field] === undefined) fields[field] = c;
  }
  const missing = REQUIRED_COLUMNS.filter((key) => {
    const [name, side] = key.split('.') as [string, Side | undefined];
    return side
      ? money[name as SourceKey][side] === undefined
      : fields[name as FieldKey] === undefined;
  });
  if (missing.length > 0) return { kind: 'missing', row: firstRow, missing };
  const dataRow = isNumberingRow(grid, lastRow + 1) ? lastRow + 2 : lastRow + 1;
  return { kind: 'found', header: { firstRow, lastRow, dataRow, fields, money } };
};
