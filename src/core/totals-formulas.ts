// The live ВСЬОГО row: where it goes and what it holds (a label and one =SUM per amount column),
// from the header and the measures read. Core layer; the adapter only writes it.
import { toColumnLetters } from './grid';
import type { Header } from './header';
import type { MeasureTable } from './measures';
import { SOURCE_KEYS } from './sources';

export interface TotalsRowPlan {
  /** 0-based row of the ВСЬОГО row: a typed one under the last measure, else right under it. */
  readonly row: number;
  /** A note or signature typed right under the table is on that row: insert a row for ВСЬОГО. */
  readonly insertRow: boolean;
  /** The label row over `width` columns: "ВСЬОГО:" in the number (or title) column. */
  readonly labels: readonly string[];
  /** 0-based first amount column and the formulas from there ('' between amount columns). */
  readonly firstCol: number;
  readonly formulas: readonly string[];
}

/** null when there is no measure (a SUM would have to include its own row). */
export const planTotalsRow = (
  header: Header,
  table: MeasureTable,
  width: number,
): TotalsRowPlan | null => {
  if (table.measures.length === 0) return null;
  // A measure's title may go on in the rows under it: the table ends with its last line.
  const lastMeasure = table.lastRow;
  const declared = table.declared.filter((d) => d.row > lastMeasure);
  const row = declared.length > 0 ? declared[0].row : lastMeasure + 1;
  const moneyCols = SOURCE_KEYS.flatMap((s) => [header.money[s].plan, header.money[s].fact]).filter(
    (c): c is number => c !== undefined,
  );
  const labelCol = header.fields.number ?? header.fields.title ?? 0;
  const first = Math.min(...moneyCols);
  const last = Math.max(...moneyCols);
  // 1-based rows in A1: the data starts at dataRow + 1 and ends on the row above ВСЬОГО.
  const from = header.dataRow + 1;
  const to = row;
  // Rows of sums inside the table (a group's «Разом …», a heading with its group's sums, a
  // ВСЬОГО above the measures) are left out: summed with the measures they would count twice.
  // So are the rows under the last measure above a typed ВСЬОГО (notes, a heading with sums
  // after the last measure): none is a measure.
  const sums = [
    ...[...table.groupSums, ...table.declared].map((s) => s.row),
    ...table.notes.filter((r) => r > lastMeasure),
  ]
    .map((r) => r + 1)
    .filter((r) => r >= from && r <= to)
    .sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  let start = from;
  for (const skip of sums) {
    if (skip > start) ranges.push([start, skip - 1]);
    start = skip + 1;
  }
  if (start <= to) ranges.push([start, to]);
  return {
    row,
    insertRow: declared.length === 0 && table.notes.includes(row),
    labels: Array.from({ length: width }, (_, c) => (c === labelCol ? 'ВСЬОГО:' : '')),
    firstCol: first,
    formulas: Array.from({ length: last - first + 1 }, (_, i) => {
      const letters = toColumnLetters(first + i);
      const parts = ranges.map(([a, b]) => `${letters}${a}:${letters}${b}`);
      return moneyCols.includes(first + i) ? `=SUM(${parts.join(',')})` : '';
    }),
  };
};
