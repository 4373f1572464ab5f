// Exact money arithmetic: a row's Всього and the totals over all measures, in integer
// hryvnias so that 0,1 + 0,2 is 0,3; and which figures rest on a cell that could not be read,
// so that checks stay silent about them and a draft prints "?" for them. Core layer.
import type { PlanFact, SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Side } from './labels';
import type { Measure, MoneyCell, MoneyRow } from './measures';
import { formatPlanFact, UNREADABLE } from './money';

export const FUNDING_SOURCES = SOURCE_KEYS.filter((k) => k !== 'total');

const SIDES: readonly Side[] = ['plan', 'fact'];

export const amountOf = (money: MoneyCell): number | null =>
  money.amount.kind === 'amount' ? money.amount.hryvnias : null;

/** Sum of the sources given on a row for one side; null when none is given. */
export const sumOfSources = (money: MoneyRow, side: Side): number | null => {
  let sum: number | null = null;
  for (const source of FUNDING_SOURCES) {
    const value = amountOf(money[source][side]);
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum;
};

/** The row's figure for one source and side, and whether it rests on an unreadable cell. */
export interface Figure {
  /** For Всього the typed value, else (typed cell empty) the sum of its sources. */
  readonly amount: number | null;
  /** See `restsOnUnreadable`. */
  readonly unreadable: boolean;
}

export interface RowFigures {
  readonly bySource: Readonly<Record<SourceKey, Readonly<Record<Side, Figure>>>>;
  /** Some figure of the row rests on an unreadable cell (a rare row, in a forced draft). */
  readonly unreadable: boolean;
}

/** A cell that holds something other than an amount: text, a sheet error, "28,8 / 0". */
const isUnreadable = (cell: MoneyCell): boolean =>
  cell.amount.kind === 'invalid' || cell.amount.kind === 'pair';

/** A "план / факт" pair typed in either cell of a source holds both of its sides. */
const ownUnreadable = (money: MoneyRow, source: SourceKey, side: Side): boolean =>
  isUnreadable(money[source][side]) ||
  money[source].plan.amount.kind === 'pair' ||
  money[source].fact.amount.kind === 'pair';

const figureOf = (money: MoneyRow, source: SourceKey, side: Side): Figure => {
  const emptyTotal = source === 'total' && money.total[side].amount.kind === 'empty';
  return {
    amount: emptyTotal ? sumOfSources(money, side) : amountOf(money[source][side]),
    unreadable:
      ownUnreadable(money, source, side) ||
      (emptyTotal && FUNDING_SOURCES.some((s) => ownUnreadable(money, s, side))),
  };
};

const figuresOf = (money: MoneyRow): RowFigures => {
  const bySide = (source: SourceKey) => ({
    plan: figureOf(money, source, 'plan'),
    fact: figureOf(money, source, 'fact'),
  });
  const bySource = {
    total: bySide('total'),
    state: bySide('state'),
    regional: bySide('regional'),
    city: bySide('city'),
    enterprises: bySide('enterprises'),
    other: bySide('other'),
  };
  return {
    bySource,
    unreadable: SOURCE_KEYS.some((s) => bySource[s].plan.unreadable || bySource[s].fact.unreadable),
  };
};

/**
 * The totals, the checks and the report each ask for every row's figures; a row's money is not
 * changed once read, so its figures are worked out on the first question and kept for as long
 * as the row itself is.
 */
const FIGURES = new WeakMap<MoneyRow, RowFigures>();

/** The row's figures for every source and side, worked out once per row. */
export const rowFigures = (money: MoneyRow): RowFigures => {
  let figures = FIGURES.get(money);
  if (figures === undefined) {
    figures = figuresOf(money);
    FIGURES.set(money, figures);
  }
  return figures;
};

/**
 * The row's figure for a source; for Всього the typed value, else (typed cell empty) the sum of
 * its sources. An unreadable cell has no figure: see `restsOnUnreadable`.
 */
export const rowAmount = (money: MoneyRow, source: SourceKey, side: Side): number | null =>
  rowFigures(money).bySource[source][side].amount;

/**
 * Whether the row's figure for a source and side rests on a cell that could not be read: the
 * cell itself, or for an empty Всього any source it is summed from. Checks that would compare
 * such a figure stay silent (the cell has its own finding); a draft prints it as "?".
 */
export const restsOnUnreadable = (money: MoneyRow, source: SourceKey, side: Side): boolean =>
  rowFigures(money).bySource[source][side].unreadable;

export type UnreadableTotals = Readonly<Record<SourceKey, Readonly<Record<Side, boolean>>>>;

/** For each total, whether some measure's figure in it could not be read. */
export const unreadableTotals = (measures: readonly Measure[]): UnreadableTotals => {
  const unreadable = Object.fromEntries(
    SOURCE_KEYS.map((source) => [source, { plan: false, fact: false }]),
  ) as Record<SourceKey, Record<Side, boolean>>;
  for (const m of measures) {
    const figures = rowFigures(m.money);
    if (!figures.unreadable) continue;
    for (const source of SOURCE_KEYS) {
      for (const side of SIDES) {
        if (figures.bySource[source][side].unreadable) unreadable[source][side] = true;
      }
    }
  }
  return unreadable;
};

export const computeTotals = (measures: readonly Measure[]): Totals => {
  const totals = Object.fromEntries(
    SOURCE_KEYS.map((source) => [source, { plan: 0, fact: 0 }]),
  ) as Record<SourceKey, { plan: number; fact: number }>;
  for (const m of measures) {
    const { bySource } = rowFigures(m.money);
    for (const source of SOURCE_KEYS) {
      totals[source].plan += bySource[source].plan.amount ?? 0;
      totals[source].fact += bySource[source].fact.amount ?? 0;
    }
  }
  return totals;
};

/** A row's cells in the report, one per source: "28,8 / 0", "-", and "?" for a side that could not be read. */
export const rowFigureTexts = (money: MoneyRow): string[] => {
  const { bySource } = rowFigures(money);
  const side = (figure: Figure) => (figure.unreadable ? UNREADABLE : figure.amount);
  return SOURCE_KEYS.map((source) =>
    formatPlanFact(side(bySource[source].plan), side(bySource[source].fact)),
  );
};

/**
 * A cell of the ВСЬОГО row: "-" where both totals are zero; a side some measure's unreadable
 * figure is missing from prints "?", as that measure's row does, so rows and totals agree.
 */
export const totalFigureText = (
  { plan, fact }: PlanFact,
  unreadable: Readonly<Record<Side, boolean>>,
): string => {
  if (!unreadable.plan && !unreadable.fact && plan === 0 && fact === 0) return '-';
  return formatPlanFact(unreadable.plan ? UNREADABLE : plan, unreadable.fact ? UNREADABLE : fact);
};
