// "Хто не подав дані": per executor, how many of its measures are complete and which still
// miss a status, amounts or a result text. Core layer.
import type { Measure } from './measures';
import { SOURCE_KEYS } from './sources';

export interface ExecutorProgress {
  readonly executor: string;
  readonly measures: number;
  readonly complete: number;
  readonly missingStatus: readonly string[];
  readonly missingAmounts: readonly string[];
  readonly missingResult: readonly string[];
}

/** A plan without a fact beside it: the department has not reported the spending yet. */
const missesAmounts = (m: Measure): boolean =>
  SOURCE_KEYS.some(
    (s) => m.money[s].plan.amount.kind === 'amount' && m.money[s].fact.amount.kind === 'empty',
  );

/** The department still owes something for this measure: a status, a fact, or a result text. */
export const missesData = (m: Measure): boolean =>
  m.status === null || missesAmounts(m) || m.text.result === '';

/** Joint executors ("Відділ А, відділ Б") are one entry, as typed: that is who gets reminded. */
export const summariseProgress = (measures: readonly Measure[]): ExecutorProgress[] => {
  const byExecutor = new Map<string, Measure[]>();
  // Thousands of rows name a few executors: each distinct cell text is tidied once.
  const keys = new Map<string, string>();
  const keyOf = (executor: string): string => {
    let key = keys.get(executor);
    if (key === undefined) {
      key = executor.replace(/\s+/g, ' ') || '(виконавця не вказано)';
      keys.set(executor, key);
    }
    return key;
  };
  for (const m of measures) {
    const key = keyOf(m.text.executor);
    const list = byExecutor.get(key);
    if (list) list.push(m);
    else byExecutor.set(key, [m]);
  }
  return [...byExecutor].map(([executor, list]) => {
    const missingStatus = list.filter((m) => m.status === null).map((m) => m.text.number);
    const missingAmounts = list.filter(missesAmounts).map((m) => m.text.number);
    const missingResult = list.filter((m) => m.text.result === '').map((m) => m.text.number);
    const incomplete = new Set([...missingStatus, ...missingAmounts, ...missingResult]);
    return {
      executor,
      measures: list.length,
      complete: list.filter((m) => !incomplete.has(m.text.number)).length,
      missingStatus,
      missingAmounts,
      missingResult,
    };
  });
};

const joinNumbers = (numbers: readonly string[]): string => numbers.map((n) => `№ ${n}`).join(', ');

/** One line per executor that still owes data, ready to paste into a reminder. */
export const reminderText = (progress: readonly ExecutorProgress[]): string =>
  progress
    .filter((p) => p.complete < p.measures)
    .map((p) => {
      const parts = [
        p.missingStatus.length ? `стан виконання (${joinNumbers(p.missingStatus)})` : '',
        p.missingAmounts.length ? `фактичні суми (${joinNumbers(p.missingAmounts)})` : '',
        p.missingResult.length ? `опис виконання (${joinNumbers(p.missingResult)})` : '',
      ].filter((s) => s !== '');
      return `${p.executor}: не подано ${parts.join('; ')}.`;
    })
    .join('\n');
