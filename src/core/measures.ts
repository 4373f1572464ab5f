// Reading the measures (and a typed ВСЬОГО row) out of the grid below a recognised header.
// Core layer: parses each cell once; the checks and totals work on what this returns.
import type { SourceKey } from './sources';
import { SOURCE_KEYS } from './sources';
import type { AmountResult } from './amount';
import { parseAmount } from './amount';
import type { Cell, Grid } from './grid';
import { cellAt, EMPTY_CELL } from './grid';
import type { Header } from './header';
import type { FieldKey, Side } from './labels';
import { FIELD_KEYS } from './labels';
import type { Status } from './status';
import { parseStatus } from './status';
import type { TermResult } from './term';
import { parseTerm } from './term';

export interface MoneyCell {
  /** 0-based column, or -1 when the sheet has no such column. */
  readonly col: number;
  readonly cell: Cell;
  readonly amount: AmountResult;
}

export type MoneyRow = Readonly<Record<SourceKey, Readonly<Record<Side, MoneyCell>>>>;

export interface Measure {
  /** 0-based grid row. */
  readonly row: number;
  /** Displayed text of each plain field ('' when the column is absent). */
  readonly text: Readonly<Record<FieldKey, string>>;
  readonly status: Status | null;
  readonly term: TermResult;
  readonly money: MoneyRow;
}

export interface DeclaredTotals {
  readonly row: number;
  readonly money: MoneyRow;
}

export interface MeasureTable {
  readonly measures: readonly Measure[];
  readonly declared: readonly DeclaredTotals[];
}

const TOTALS_ROW = /^\s*(всього|усього|разом)/i;

const isBlank = (cell: Cell): boolean => cell.text.trim() === '' && cell.value === '';

const readMoney = (grid: Grid, header: Header, row: number): MoneyRow =>
  Object.fromEntries(
    SOURCE_KEYS.map((source) => {
      const side = (s: Side): MoneyCell => {
        const col = header.money[source][s] ?? -1;
        const cell = col < 0 ? EMPTY_CELL : cellAt(grid, row, col);
        return { col, cell, amount: parseAmount(cell) };
      };
      return [source, { plan: side('plan'), fact: side('fact') }];
    }),
  ) as unknown as MoneyRow;

/** Every column the header recognised, to tell an empty row from a row with data. */
const usedColumns = (header: Header): number[] =>
  [
    ...Object.values(header.fields),
    ...SOURCE_KEYS.flatMap((s) => [header.money[s].plan, header.money[s].fact]),
  ].filter((c): c is number => c !== undefined);

export const readMeasures = (grid: Grid, header: Header, defaultYear: number): MeasureTable => {
  const measures: Measure[] = [];
  const declared: DeclaredTotals[] = [];
  const columns = usedColumns(header);
  for (let row = header.dataRow; row < grid.rows.length; row++) {
    if (columns.every((col) => isBlank(cellAt(grid, row, col)))) continue;
    const text = Object.fromEntries(
      FIELD_KEYS.map((key) => {
        const col = header.fields[key];
        return [key, col === undefined ? '' : cellAt(grid, row, col).text.trim()];
      }),
    ) as Record<FieldKey, string>;
    const money = readMoney(grid, header, row);
    if (TOTALS_ROW.test(text.number) || TOTALS_ROW.test(text.title)) {
      declared.push({ row, money });
      continue;
    }
    const termCol = header.fields.term;
    measures.push({
      row,
      text,
      status: parseStatus(text.status),
      term: parseTerm(termCol === undefined ? EMPTY_CELL : cellAt(grid, row, termCol), defaultYear),
      money,
    });
  }
  return { measures, declared };
};
