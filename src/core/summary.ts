// The summary after the table, in the words of the reference narrative ("Із 12 запланованих
// заходів виконувались 10. Термін виконання 2 заходів не настав."), plus the funding line.
// Core layer.
import type { PlanFact } from './sources';
import type { CountedMeasures, MeasureName } from './counts';
import { formatPercent, formatThousands } from './money';
import { normalizeSpaces } from './text';
import { countOf, formatCount, genitiveForm, inSection, listPhrase } from './ukrainian';

const MEASURE = { one: 'захід', few: 'заходи', many: 'заходів' } as const;

/** A title named in the summary is cut to this many characters, at a word. */
const TITLE_LENGTH = 40;

/** «Оновлення функціоналу офіційного сайту…»: the first line of a title, cut at a word. */
export const shortTitle = (title: string): string => {
  const line = normalizeSpaces(title.split('\n').find((l) => l.trim() !== '') ?? '');
  if (line.length <= TITLE_LENGTH) return line.replace(/[.;:,]+$/, '');
  const cut = line.slice(0, TITLE_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut.slice(0, TITLE_LENGTH)).replace(/[\s.;:,–-]+$/, '')}…`;
};

/**
 * Measures as the summary names them: by number ("№ 7, 9"), and those without a number by
 * their title («Оновлення сайту») or, with neither, by their row on the sheet ("рядок 14");
 * numbered ones first, a long list shortened ("та ще 8 328"). Over several sections each
 * carries its section: "№ 7 (розділ 6.2)", «Оновлення сайту» (розділ 4.4).
 */
export const nameMeasures = (measures: readonly MeasureName[]): string => {
  const numbered = measures
    .filter((m) => m.number !== '')
    .map((m) => m.number + inSection(m.section ?? ''));
  const unnumbered = measures
    .filter((m) => m.number === '')
    .map(
      (m) =>
        (m.title.trim() ? `«${shortTitle(m.title)}»` : `рядок ${m.row + 1}`) +
        inSection(m.section ?? ''),
    );
  return listPhrase([...numbered.map((n, i) => (i === 0 ? `№ ${n}` : n)), ...unnumbered]);
};

const executionSentence = ({ planned, executing }: CountedMeasures['counts']): string => {
  if (planned === 0) return 'Заходів на звітний період не заплановано.';
  if (planned === 1) {
    return executing === 1
      ? 'Запланований захід виконувався.'
      : 'Запланований захід не виконувався.';
  }
  const from = `Із ${formatCount(planned)} ${genitiveForm(planned, 'запланованого заходу', 'запланованих заходів')}`;
  if (executing === planned) return `${from} виконувались усі.`;
  if (executing === 0) return `${from} не виконувався жоден.`;
  return `${from} ${genitiveForm(executing, 'виконувався', 'виконувались')} ${formatCount(executing)}.`;
};

const notYetDueSentence = (n: number): string =>
  n === 0
    ? ''
    : `Термін виконання ${formatCount(n)} ${genitiveForm(n, 'заходу', 'заходів')} не настав.`;

/** "захід № 7" for one; "3 заходи (№ 7, 9 і «Оновлення сайту»)" for more. */
const measuresPhrase = (measures: readonly MeasureName[]): string =>
  measures.length === 1
    ? `захід ${nameMeasures(measures)}`
    : `${countOf(measures.length, MEASURE)} (${nameMeasures(measures)})`;

const overdueSentence = (measures: readonly MeasureName[]): string =>
  measures.length === 0 ? '' : `Не виконано в установлений термін ${measuresPhrase(measures)}.`;

const unknownDeadlineSentence = (measures: readonly MeasureName[]): string => {
  const n = measures.length;
  if (n === 0) return '';
  const what = measuresPhrase(measures);
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

/** Said instead of the funding line when the Всього total misses an amount it could not read. */
export const UNREAD_FUNDING =
  'Використання коштів не підраховано: суми, позначені в таблиці «?», не вдалося прочитати.';

/**
 * Two paragraphs: execution (counts and overdue numbers), then funding. `unreadable` says
 * whether the Всього plan or fact misses an amount that could not be read (a forced draft).
 */
export const buildSummary = (
  counted: CountedMeasures,
  total: PlanFact,
  unreadable: { readonly plan: boolean; readonly fact: boolean } = { plan: false, fact: false },
): string[] => {
  const execution = [
    executionSentence(counted.counts),
    notYetDueSentence(counted.counts.notYetDue),
    overdueSentence(counted.overdue),
    unknownDeadlineSentence(counted.unknownDeadline),
  ].filter((s) => s !== '');
  const funding = unreadable.plan || unreadable.fact ? UNREAD_FUNDING : fundingSentence(total);
  return [execution.join(' '), funding];
};
