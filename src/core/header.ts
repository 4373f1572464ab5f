// Finding the measures table's header by its labels: any column order, a title row above, any
// number of header rows down to the first data row, merged or unmerged group labels, and the
// printed report's layout (one "план / факт" column per source, SPEC §10). Core layer.
import type { SourceKey } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Grid } from './grid';
import { cellAt } from './grid';
import type { FieldKey, Side } from './labels';
import { matchField, matchSource, normalizeLabel, sideOf, UNIT_LABEL } from './labels';

/** 0-based column of each side of a funding source. */
export type MoneyColumns = Readonly<Record<SourceKey, Readonly<Partial<Record<Side, number>>>>>;

/**
 * `columns`: the template, a "план" and a "факт" column per source. `pairs`: a printed report
 * pasted back (SPEC §10), one column per source holding "план / факт"; plan and fact then
 * name the same column.
 */
export type HeaderLayout = 'columns' | 'pairs';

export interface Header {
  /** First and last header row, 0-based. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** First row that may hold data (after the header and an "А 1 2 …" numbering row). */
  readonly dataRow: number;
  readonly layout: HeaderLayout;
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

/** A printed report has no status column: the status is read from the result text instead. */
const REQUIRED_IN_PAIRS: readonly MissingColumn[] = [
  'number',
  'title',
  'term',
  'executor',
  'result',
  'total.plan',
  'total.fact',
];

/**
 * Rows searched for the "Зміст заходу" cell: room for an appendix's title block («Додаток 3 /
 * до рішення… / ЗВІТ / …», a dozen rows) above the header.
 */
export const HEADER_SCAN_ROWS = 30;
/** A header taller than this is not a header but rows of text under the first label row. */
export const MAX_HEADER_ROWS = 20;
const TITLE_LABEL = 'змістзаходу';

/** Rows where any cell naming «Зміст заходу» marks the header, as SPEC §2.1 first said. */
const LENIENT_ROWS = 10;

/**
 * Whether a row below the first LENIENT_ROWS is a header row: a cell that is the «Зміст
 * заходу» label (not a sentence that mentions it, as a note on a text tab may), and another
 * column's label beside it.
 */
const isDeepHeaderRow = (cells: readonly { readonly text: string }[]): boolean => {
  let title = false;
  let other = false;
  for (const cell of cells) {
    const label = normalizeLabel(cell.text);
    if (label === '') continue;
    if (label.startsWith(TITLE_LABEL) && label.length <= TITLE_LABEL.length + 15) title = true;
    else if (matchField(label) !== null || matchSource(label) !== null) other = true;
  }
  return title && other;
};

/**
 * Row of the "Зміст заходу" cell within the first HEADER_SCAN_ROWS rows, or -1: in the first
 * LENIENT_ROWS any cell naming it; further down only a row that reads as a header.
 */
export const findHeaderRow = (grid: Grid): number => {
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.rows.length); r++) {
    const cells = grid.rows[r] ?? [];
    if (r < LENIENT_ROWS) {
      if (cells.some((cell) => normalizeLabel(cell.text).includes(TITLE_LABEL))) return r;
    } else if (isDeepHeaderRow(cells)) return r;
  }
  return -1;
};

const width = (grid: Grid, from: number, to: number): number => {
  let max = 0;
  for (let r = from; r <= to; r++) max = Math.max(max, grid.rows[r]?.length ?? 0);
  return max;
};

const labelOf = (text: string): string => {
  const label = normalizeLabel(text);
  return UNIT_LABEL.test(label) ? '' : label;
};

/** The header text of each cell, with a merge's text spread over the whole merge. */
const headerTexts = (grid: Grid, first: number, last: number, cols: number): string[][] => {
  const texts: string[][] = [];
  for (let r = first; r <= last; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) row.push(labelOf(cellAt(grid, r, c).text));
    texts.push(row);
  }
  for (const m of grid.merges) {
    const text = labelOf(cellAt(grid, m.row, m.col).text);
    for (let r = Math.max(m.row, first); r < Math.min(m.row + m.rows, last + 1); r++) {
      for (let c = m.col; c < Math.min(m.col + m.cols, cols); c++) {
        if (texts[r - first][c] === '') texts[r - first][c] = text;
      }
    }
  }
  return texts;
};

const isNumberingRow = (grid: Grid, row: number): boolean => {
  const texts = (grid.rows[row] ?? []).map((cell) => cell.text.trim()).filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t) => /^([АаAa]|\d{1,2})$/.test(t));
};

const isBlankRow = (grid: Grid, row: number): boolean =>
  (grid.rows[row] ?? []).every((cell) => cell.text.trim() === '' && cell.value === '');

/** A row of units only («тис. грн», «(тис. грн)», «тис.грн.»), merged across or typed in cells. */
const isUnitRow = (grid: Grid, row: number): boolean => {
  const texts = (grid.rows[row] ?? []).map((cell) => normalizeLabel(cell.text)).filter(Boolean);
  return texts.length > 0 && texts.every((t) => UNIT_LABEL.test(t));
};

/**
 * The last header row. Under the first label row the header goes on while its rows hold label
 * text only: it ends before a blank or numbering row, a row with a number, date or tick, or a
 * row with text in the "№" or "Зміст заходу" column (a measure, a group heading, ВСЬОГО) —
 * unless a merge from the first row still covers that row, or the row holds units only
 * («тис. грн» merged across the whole table, its text in the "№" cell).
 */
const lastHeaderRow = (grid: Grid, first: number): number => {
  const firstTexts = (grid.rows[first] ?? []).map((cell) => normalizeLabel(cell.text));
  const keyCols = firstTexts.flatMap((t, c) =>
    t.includes(TITLE_LABEL) || matchField(t) === 'number' ? [c] : [],
  );
  const mergedDown = Math.max(
    first,
    ...grid.merges
      .filter((m) => m.row === first && keyCols.includes(m.col))
      .map((m) => m.row + m.rows - 1),
  );
  let last = first;
  for (let r = first + 1; r < Math.min(grid.rows.length, first + MAX_HEADER_ROWS); r++) {
    if (r > mergedDown) {
      if (isBlankRow(grid, r) || isNumberingRow(grid, r)) break;
      const row = grid.rows[r] ?? [];
      if (row.some((cell) => typeof cell.value !== 'string')) break;
      if (keyCols.some((c) => cellAt(grid, r, c).text.trim() !== '') && !isUnitRow(grid, r)) break;
    }
    last = r;
  }
  return last;
};

/** The lowest of a column's labels that names a funding source. */
const sourceOf = (parts: readonly string[]): SourceKey | null => {
  for (let i = parts.length - 1; i >= 0; i--) {
    const source = matchSource(parts[i]);
    if (source) return source;
  }
  return null;
};

const emptyMoney = (): Record<SourceKey, Partial<Record<Side, number>>> =>
  Object.fromEntries(SOURCE_KEYS.map((k) => [k, {}])) as Record<
    SourceKey,
    Partial<Record<Side, number>>
  >;

/**
 * Each source named by a column that is not a field; null when no column names one.
 * `widenedFrom(c)` is the first column of a printed report's one column that column `c` is a
 * covered part of, or null.
 */
const pairColumns = (
  columnParts: readonly (readonly string[])[],
  fields: Partial<Record<FieldKey, number>>,
  widenedFrom: (col: number) => number | null,
): Record<SourceKey, Partial<Record<Side, number>>> | null => {
  const taken = new Set(Object.values(fields));
  const money = emptyMoney();
  let any = false;
  let twice = false;
  columnParts.forEach((parts, c) => {
    const source = taken.has(c) ? null : sourceOf(parts);
    if (!source) return;
    const first = money[source].plan;
    if (first === undefined) money[source] = { plan: c, fact: c };
    else if ((widenedFrom(c) ?? c) > first) twice = true;
    any = true;
  });
  // A source over two columns is the template with side labels we do not know, not a printed
  // report: its missing "план"/"факт" columns are named instead.
  return any && !twice ? money : null;
};

/** What a printed report's amount cell holds: «28,8 / 0», «75», «-». */
const FIGURES = /^([-–—]|\d[\d\s.,]*(\/\s*([-–—]|\d[\d\s.,]*))?)$/;
/**
 * What only a printed report's amount cell holds: a pair «28,8 / 0» or a dash. A template
 * whose «план/факт» row is gone holds plain plans and empty facts until facts are typed: its
 * empty fact column beside the plan is no evidence of a printed report.
 */
const PRINTED_FIGURES = /\/|^[-–—]$/;

/**
 * A printed report's column spread over two or more by an import (Calc opening the report as
 * HTML merges «держбюджету» over two columns, and each amount's cell with it): column `col` is
 * a part of the column its header label's merge starts in, when the merge starts left of it and
 * `col` holds nothing in the rows under the header where that first column holds figures (a
 * signature under the table may spread over both in its own way), and some of those figures
 * are a printed report's own (a pair or a dash). With side labels of its
 * own, or figures of its own (the template's fact beside the plan), it is a column of its own.
 * Returns that first column, or null.
 */
const widenedColumn = (
  grid: Grid,
  labelRow: number,
  col: number,
  dataRow: number,
): number | null => {
  const merge = grid.merges.find(
    (m) => m.col < col && col < m.col + m.cols && labelRow >= m.row && labelRow < m.row + m.rows,
  );
  if (merge === undefined) return null;
  let printed = false;
  for (let r = dataRow; r < grid.rows.length; r++) {
    const figures = cellAt(grid, r, merge.col).text.trim();
    if (!FIGURES.test(figures)) continue;
    if (cellAt(grid, r, col).text.trim() !== '') return null;
    printed ||= PRINTED_FIGURES.test(figures);
  }
  return printed ? merge.col : null;
};

export type HeaderResult =
  | { readonly kind: 'found'; readonly header: Header }
  | { readonly kind: 'not-found' }
  | {
      /** Two columns name the same source and side: which one holds the figures is unknown. */
      readonly kind: 'duplicate';
      readonly column: `${SourceKey}.${Side}`;
      /** The two header cells (0-based), each where its side label is. */
      readonly cells: readonly [{ row: number; col: number }, { row: number; col: number }];
      /** Their labels as typed, for the message: they need not be the same words. */
      readonly labels: readonly [string, string];
    }
  | {
      readonly kind: 'missing';
      readonly row: number;
      readonly missing: readonly MissingColumn[];
      /** The labels the header does have, as typed, for the message. */
      readonly labels: readonly string[];
    };

/** A header cell's text as typed, spaces tidied; a merged cell's is its merge's. */
const typedAt = (grid: Grid, at: { row: number; col: number }): string => {
  const merge = grid.merges.find(
    (m) => at.row >= m.row && at.row < m.row + m.rows && at.col >= m.col && at.col < m.col + m.cols,
  );
  const origin = merge ? { row: merge.row, col: merge.col } : at;
  return cellAt(grid, origin.row, origin.col).text.replace(/\s+/g, ' ').trim();
};

/** Distinct header labels in reading order, spaces tidied, units left out. */
const typedLabels = (grid: Grid, first: number, last: number): string[] => {
  const labels: string[] = [];
  for (let r = first; r <= last; r++) {
    for (const cell of grid.rows[r] ?? []) {
      const text = cell.text.replace(/\s+/g, ' ').trim();
      if (labelOf(text) !== '' && !labels.includes(text)) labels.push(text);
    }
  }
  return labels;
};

export const findHeader = (grid: Grid): HeaderResult => {
  const firstRow = findHeaderRow(grid);
  if (firstRow < 0) return { kind: 'not-found' };
  const lastRow = lastHeaderRow(grid, firstRow);
  const cols = width(grid, firstRow, lastRow);
  const texts = headerTexts(grid, firstRow, lastRow, cols);
  const fields: Partial<Record<FieldKey, number>> = {};
  const money = emptyMoney();
  const columnParts: string[][] = [];
  let previous: SourceKey | null = null;
  let sides = 0;
  let duplicate: Extract<HeaderResult, { kind: 'duplicate' }> | null = null;
  /** Where a column's label is: its lowest header row with text. */
  const labelCell = (col: number) => {
    let row = lastRow;
    while (row > firstRow && texts[row - firstRow][col] === '') row--;
    return { row, col };
  };
  for (let c = 0; c < cols; c++) {
    const parts = texts.map((row) => row[c]).filter((t, i, all) => t !== '' && t !== all[i - 1]);
    columnParts.push(parts);
    const last = parts[parts.length - 1] ?? '';
    // "Фактичне виконання" names the result column, not a fact.
    const side = matchField(last) === null ? sideOf(last) : null;
    if (side) {
      sides++;
      // The source in the labels above, or in the side's own ("Всього, план"); an unmerged
      // group label ("Всього" typed over "план" only) covers the "факт" beside it.
      const source: SourceKey | null = sourceOf(parts) ?? (side === 'fact' ? previous : null);
      if (source) {
        const before = money[source][side];
        if (before === undefined) money[source][side] = c;
        else {
          const cells = [labelCell(before), labelCell(c)] as const;
          duplicate ??= {
            kind: 'duplicate',
            column: `${source}.${side}`,
            cells,
            labels: [typedAt(grid, cells[0]), typedAt(grid, cells[1])],
          };
        }
      }
      previous = source;
      continue;
    }
    previous = null;
    const field = matchField(parts.join('|'));
    if (field && fields[field] === undefined) fields[field] = c;
  }
  if (duplicate) return duplicate;
  const dataRow = isNumberingRow(grid, lastRow + 1) ? lastRow + 2 : lastRow + 1;
  // No "план"/"факт" labels at all: a printed report, one column per source under its name.
  const pairs =
    sides === 0
      ? pairColumns(columnParts, fields, (c) => widenedColumn(grid, labelCell(c).row, c, dataRow))
      : null;
  const layout: HeaderLayout = pairs ? 'pairs' : 'columns';
  if (pairs) Object.assign(money, pairs);
  const required = layout === 'pairs' ? REQUIRED_IN_PAIRS : REQUIRED_COLUMNS;
  const missing = required.filter((key) => {
    const [name, side] = key.split('.') as [string, Side | undefined];
    return side
      ? money[name as SourceKey][side] === undefined
      : fields[name as FieldKey] === undefined;
  });
  if (missing.length > 0) {
    return {
      kind: 'missing',
      row: firstRow,
      missing,
      labels: typedLabels(grid, firstRow, lastRow),
    };
  }
  return { kind: 'found', header: { firstRow, lastRow, dataRow, layout, fields, money } };
};
