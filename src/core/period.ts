// Reporting periods ("І квартал 2017 року", "1 півріччя 2017 року", "9 місяців 2016 року",
// "2016 рік") and the calendar words they share with terms. Core layer; never throws.
import { normalizeSpaces, readOrdinal, stripTrailingPunctuation } from './text';

export interface Period {
  readonly label: string;
  readonly year: number;
  /** ISO dates of the first and the last day. */
  readonly start: string;
  readonly end: string;
}

export type PeriodUnit = 'quarter' | 'half' | 'nine-months' | 'year';

export interface PeriodWords {
  readonly unit: PeriodUnit;
  /** Which quarter (1–4) or half (1–2); 1 for the others. */
  readonly n: number;
  readonly year: number | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

export const isoDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;

/** The last day of a month as an ISO date. */
export const monthEnd = (year: number, month: number): string =>
  isoDate(year, month, daysInMonth(year, month));

/** A year as a report means it: a typo like "1017" or "0000" is not one. */
export const isYear = (year: number): boolean =>
  Number.isInteger(year) && year >= 1990 && year <= 2100;

/** Spelled-out ordinals; a Map so that "constructor" is not found on a prototype. */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['перший', 1],
  ['перше', 1],
  ['другий', 2],
  ['друге', 2],
  ['третій', 3],
  ['четвертий', 4],
]);

/** "ІІ", "2", "2-й", "2-ге", "друге": the endings people add to a number are dropped. */
const ordinal = (word: string): number | null =>
  ORDINAL_WORDS.get(word) ?? readOrdinal(word.replace(/-?(й|е|ий|ге|ше)$/, ''));

/** "…2017 року", "2017 р.", "2017 рік", "2017": the year at the end, and what stands before it. */
const YEAR_AT_END = /^(.*?) ?(\d{4}) ?(?:року|рік|р\.?)?$/;

/**
 * The calendar words a period and a term share ("ІІ квартал", "1 півріччя 2017 р.",
 * "9 місяців", "2017 рік"), with the year when one is named; null for any other text.
 */
export const parsePeriodWords = (text: string): PeriodWords | null => {
  const t = stripTrailingPunctuation(normalizeSpaces(text).toLowerCase());
  const withYear = YEAR_AT_END.exec(t);
  const body = (withYear ? withYear[1] : t).trim();
  const year = withYear ? Number(withYear[2]) : null;
  if (body === '') return year === null ? null : { unit: 'year', n: 1, year };
  const unit = /^(\S+) (квартал|кварталу|кварталі|кв\.?)$/.exec(body);
  if (unit) {
    const n = ordinal(unit[1]);
    return n === null ? null : { unit: 'quarter', n, year };
  }
  const half = /^(\S+) (півріччя|півріччі|пів\.?|півр\.?)$/.exec(body);
  if (half) {
    const n = ordinal(half[1]);
    return n === null || n > 2 ? null : { unit: 'half', n, year };
  }
  if (/^9 (місяців|міс\.?)$/.test(body)) return { unit: 'nine-months', n: 1, year };
  return null;
};

/** First and last month of the words' span. */
const MONTHS: Readonly<Record<PeriodUnit, (n: number) => readonly [number, number]>> = {
  quarter: (n) => [n * 3 - 2, n * 3],
  half: (n) => [n * 6 - 5, n * 6],
  'nine-months': () => [1, 9],
  year: () => [1, 12],
};

export const spanOf = (words: PeriodWords, year: number): { start: string; end: string } => {
  const [first, last] = MONTHS[words.unit](words.n);
  return { start: isoDate(year, first, 1), end: monthEnd(year, last) };
};

/**
 * The period as a title continues it after "за": a leading "за" ("за 9 місяців 2016 року",
 * as report titles write it) is dropped, so "за" is never printed twice; a bare year is a year.
 */
export const periodLabel = (text: string): string => {
  const label = normalizeSpaces(text).replace(/^за /i, '');
  // A bare year ("2016", often typed as a number) reads in a title as "за 2016 рік".
  return /^\d{4}$/.test(label) ? `${label} рік` : label;
};

/** A period must name its year; null when the text is not a period. */
export const parsePeriod = (text: string): Period | null => {
  const label = periodLabel(text);
  const words = parsePeriodWords(label);
  if (!words || words.year === null || !isYear(words.year)) return null;
  return { label, year: words.year, ...spanOf(words, words.year) };
};
