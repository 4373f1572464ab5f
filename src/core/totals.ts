// Exact money arithmetic: a row's Всього and the totals over all measures, in integer
// hryvnias so that 0,1 + 0,2 is 0,3. Core layer.
import type { PlanFact, SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Side } from './labels';
import type { Measure, MoneyCell, MoneyRow } from './measures';

export const FUNDING_SOURCES = SOURCE_KEYS.filter((k) => k !== 'total');

export const amountOf = (money: MoneyCell): number | null =>
  money.amount.kind === 'amount' ? money.amount.hryvnias : null;

/** Sum of the sources given on a row for one side; null when none is given. */
export const sumOfSources = (money: MoneyRow, side: Side): number | null =>
  FUNDING_SOURCES.reduce<number | null>((sum, source) => {
    const value = amountOf(money[source][side]);
    return value === null ? sum : (sum ?? 0) + value;
  }, null);

/** The row's figure for a source; for Всього the typed value, else the sum of its sources. */
export const rowAmount = (money: MoneyRow, source: SourceKey, side: Side): number | null => {
  const typed = amountOf(money[source][side]);
  return source === 'total' && typed === null ? sumOfSources(money, side) : typed;
};

export const computeTotals = (measures: readonly Measure[]): Totals => {
  const totals = Object.fromEntries(
    SOURCE_KEYS.map((source): [SourceKey, PlanFact] => {
      let plan = 0;
      let fact = 0;
      for (const m of measures) {
        plan += rowAmount(m.money, source, 'plan') ?? 0;
        fact += rowAmount(m.money, source, 'fact') ?? 0;
      }
      return [source, { plan, fact }];
    }),
  );
  return totals as Totals;
};
