// Whether a department still owes data for a measure («Хто не подав дані»): a status,
// a fact beside a plan, or a result text. Core layer.
import type { Measure } from './measures';
import { SOURCE_KEYS } from './sources';

/** A plan without a fact beside it: the department has not reported the spending yet. */
const missesAmounts = (m: Measure): boolean => {
  for (let i = 0; i < SOURCE_KEYS.length; i++) {
    const { plan, fact } = m.money[SOURCE_KEYS[i]];
    if (plan.amount.kind === 'amount' && fact.amount.kind === 'empty') return true;
  }
  return false;
};

/** The department still owes something for this measure: a status, a fact, or a result text. */
export const missesData = (m: Measure): boolean =>
  m.status === null || missesAmounts(m) || m.text.result === '';
