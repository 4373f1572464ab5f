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

// The loops over rows and sources below are indexed: they run once per report, mostly before
// the engine has compiled them, and an interpreted `for…of` pays the iterator protocol on every
// step.

export const amountOf = (money: MoneyCell): number | null =>
  money.amount.kind === 'amount' ? money.amount.hryvnias : null;

/** Sum of the sources given on a row for one side; null when none is given. */
export const sumOfSources = (money: MoneyRow, side: Side): number | null => {
  let sum: number | null = null;
  for (let i = 0; i < FUNDING_SOURCES.length; i++) {
    const value = amountOf(money[FUNDING_SOURCES[i]][side]);
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum;
};

/**
 * The row's figure for a source; for Всього the typed value, else (typed cell empty) the sum of
 * its sources. An unreadable cell has no figure: see `restsOnUnreadable`.
 */
export const rowAmount = (money: MoneyRow, source: SourceKey, side: Side): number | null =>
  source === 'total' && money.total[side].amount.kind === 'empty'
    ? sumOfSources(money, side)
    : amountOf(money[source][side]);

/** A cell that holds something other than an amount: text, a sheet error, "28,8 / 0". */
const isUnreadable = (cell: MoneyCell): boolean =>
  cell.amount.kind === 'invalid' || cell.amount.kind === 'pair';

/**
 * Whether every money cell of the row reads (an amount, or empty). Nearly every row does, and
 * then none of its figures rests on an unreadable cell: one look spares asking per source and
 * side.
 */
export const readsWhole = (money: MoneyRow): boolean => {
  for (let i = 0; i < SOURCE_KEYS.length; i++) {
    const { plan, fact } = money[SOURCE_KEYS[i]];
    if (isUnreadable(plan) || isUnreadable(fact)) return false;
  }
  return true;
};

/** A "план / факт" pair typed in either cell of a source holds both of its sides. */
const ownUnreadable = (money: MoneyRow, source: SourceKey, side: Side): boolean =>
  isUnreadable(money[source][side]) ||
  money[source].plan.amount.kind === 'pair' ||
  money[source].fact.amount.kind === 'pair';

/**
 * Whether the row's figure for a source and side rests on a cell that could not be read: the
 * cell itself, or for an empty Всього any source it is summed from. Checks that would compare
 * such a figure stay silent (the cell has its own finding); a draft prints it as "?".
 */
export const restsOnUnreadable = (money: MoneyRow, source: SourceKey, side: Side): boolean => {
  if (ownUnreadable(money, source, side)) return true;
  return (
    source === 'total' &&
    money.total[side].amount.kind === 'empty' &&
    FUNDING_SOURCES.some((s) => ownUnreadable(money, s, side))
  );
};

export type UnreadableTotals = Readonly<Record<SourceKey, Readonly<Record<Side, boolean>>>>;

/** For each total, whether some measure's figure in it could not be read. */
export const unreadableTotals = (measures: readonly Measure[]): UnreadableTotals => {
  const unreadable = Object.fromEntries(
    SOURCE_KEYS.map((source) => [source, { plan: false, fact: false }]),
  ) as Record<SourceKey, Record<Side, boolean>>;
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    if (readsWhole(m.money)) continue;
    for (const source of SOURCE_KEYS) {
      for (const side of SIDES) {
        if (restsOnUnreadable(m.money, source, side)) unreadable[source][side] = true;
      }
    }
  }
  return unreadable;
};

export const computeTotals = (measures: readonly Measure[]): Totals => {
  const totals = Object.fromEntries(
    SOURCE_KEYS.map((source) => [source, { plan: 0, fact: 0 }]),
  ) as Record<SourceKey, { plan: number; fact: number }>;
  // One pass, each row's twelve figures at once: on a large table a pass per source and side
  // spends its time fetching the rows again rather than adding.
  for (let i = 0; i < measures.length; i++) {
    const { money } = measures[i];
    for (let j = 0; j < SOURCE_KEYS.length; j++) {
      const source = SOURCE_KEYS[j];
      totals[source].plan += rowAmount(money, source, 'plan') ?? 0;
      totals[source].fact += rowAmount(money, source, 'fact') ?? 0;
    }
  }
  return totals;
};

/** A row's figure as the report prints it: "?" where it rests on a cell that could not be read. */
const rowFigure = (
  money: MoneyRow,
  source: SourceKey,
  side: Side,
  whole: boolean,
): number | null | typeof UNREADABLE =>
  !whole && restsOnUnreadable(money, source, side) ? UNREADABLE : rowAmount(money, source, side);

/**
 * A row's cell in the report for one source: "28,8 / 0", "-", and "?" for a side that could not
 * be read. `whole` is `readsWhole(money)`, asked once for the row's six cells.
 */
export const rowFigureText = (money: MoneyRow, source: SourceKey, whole: boolean): string =>
  formatPlanFact(rowFigure(money, source, 'plan', whole), rowFigure(money, source, 'fact', whole));

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
