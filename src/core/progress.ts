// Whether a department still owes data for a measure («Хто не подав дані»): a status,
// a fact beside a plan, or a result text. Core layer.
import type { Measure } from './measures';
import { SOURCE_KEYS } from './sources';
import { isDashOnly, normalizeSpaces } from './text';

/** A plan without a fact beside it: the department has not reported the spending yet. */
const missesAmounts = (m: Measure): boolean => {
  for (let i = 0; i < SOURCE_KEYS.length; i++) {
    const { plan, fact } = m.money[SOURCE_KEYS[i]];
    if (plan.amount.kind === 'amount' && fact.amount.kind === 'empty') return true;
  }
  return false;
};

/** A status cell left empty or dashed out. */
const noStatus = (text: string): boolean => {
  const shown = normalizeSpaces(text);
  return shown === '' || isDashOnly(shown);
};

/**
 * The department still owes something for this measure: a status, a fact, or a result text. A
 * status typed but not understood («зроблено») is data given, and an error at its cell.
 */
export const missesData = (m: Measure): boolean =>
  noStatus(m.text.status) || missesAmounts(m) || m.text.result === '';
