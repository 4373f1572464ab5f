// The summary after the table, in the words of the reference narrative ("Із 12 запланованих
// заходів виконувались 10. Термін виконання 2 заходів не настав."), plus the funding line.
// Core layer.
import type { PlanFact } from './sources';
import type { CountedMeasures } from './counts';
import { formatPercent, formatThousands } from './money';
import { genitiveForm, listNumbers, pluralForm } from './ukrainian';

const MEASURE = { one: 'захід', few: 'заходи', many: 'заходів' } as const;

const executionSentence = ({ planned, executing }: CountedMeasures['counts']): string => {
  if (planned === 0) return 'Заходів на звітний період не заплановано.';
  if (planned === 1) {
    return executing === 1
      ? 'Запланований захід виконувався.'
      : 'Запланований захід не виконувався.';
  }
  const from = `Із ${planned} ${genitiveForm(planned, 'запланованого заходу', 'запланованих заходів')}`;
  if (executing === planned) return `${from} виконувались усі.`;
  if (executing === 0) return `${from} не виконувався жоден.`;
  return `${from} ${genitiveForm(executing, 'виконувався', 'виконувались')} ${executing}.`;
};

const notYetDueSentence = (n: number): string =>
  n === 0 ? '' : `Термін виконання ${n} ${genitiveForm(n, 'заходу', 'заходів')} не настав.`;

const overdueSentence = (numbers: readonly string[]): string => {
  const n = numbers.length;
  if (n === 0) return '';
  if (n === 1) return `Не виконано в установлений термін захід ${listNumbers(numbers)}.`;
  return `Не виконано в установлений термін ${n} ${pluralForm(n, MEASURE)} (${listNumbers(numbers)}).`;
};

const unknownDeadlineSentence = (numbers: readonly string[]): string => {
  const n = numbers.length;
  if (n === 0) return '';
  const what =
    n === 1
      ? `захід ${listNumbers(numbers)}`
      : `${n} ${pluralForm(n, MEASURE)} (${listNumbers(numbers)})`;
  return `Не виконано ${what}, термін виконання ${n === 1 ? 'якого' : 'яких'} не визначено.`;
};

export const fundingSentence = ({ plan, fact }: PlanFact): string => {
  if (plan === 0 && fact === 0) return 'Фінансування заходів на звітний період не передбачалося.';
  if (plan === 0)
    return `Фактично використано ${formatThousands(fact)} тис. грн, хоча кошти не планувалися.`;
  if (fact === 0) {
    return `Кошти на виконання заходів не використовувались (заплановано ${formatThousands(plan)} тис. грн).`;
  }
  if (fact === plan) {
    return `Заплановані кошти використано повністю: ${formatThousands(fact)} тис. грн (100 %).`;
  }
  return (
    `Фактично використано ${formatThousands(fact)} тис. грн із ${formatThousands(plan)} тис. грн ` +
    `запланованих (${formatPercent(fact, plan)}).`
  );
};

/** Two paragraphs: execution (counts and overdue numbers), then funding. */
export const buildSummary = (counted: CountedMeasures, total: PlanFact): string[] => {
  const execution = [
    executionSentence(counted.counts),
    notYetDueSentence(counted.counts.notYetDue),
    overdueSentence(counted.overdue),
    unknownDeadlineSentence(counted.unknownDeadline),
  ].filter((s) => s !== '');
  return [execution.join(' '), fundingSentence(total)];
};
