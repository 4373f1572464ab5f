// Terms of a measure (Термін виконання) and their deadlines: the last day of the quarter,
// half, 9 months, year, month or the date named. Core layer; never throws.
import type { Cell } from './grid';
import { isDateValue } from './grid';
import { daysInMonth, isoDate, monthEnd, parsePeriodWords, spanOf } from './period';
import { DASH, normalizeSpaces } from './text';

export type TermResult =
  { readonly kind: 'known'; readonly deadline: string } | { readonly kind: 'unknown' };

const UNKNOWN: TermResult = { kind: 'unknown' };
const known = (deadline: string): TermResult => ({ kind: 'known', deadline });
const yearEnd = (year: number): TermResult => known(isoDate(year, 12, 31));

/** Nominative and genitive month names ("березень 2017", "до 1 березня 2017"). */
const MONTHS = [
  ['січень', 'січня'],
  ['лютий', 'лютого'],
  ['березень', 'березня'],
  ['квітень', 'квітня'],
  ['травень', 'травня'],
  ['червень', 'червня'],
  ['липень', 'липня'],
  ['серпень', 'серпня'],
  ['вересень', 'вересня'],
  ['жовтень', 'жовтня'],
  ['листопад', 'листопада'],
  ['грудень', 'грудня'],
] as const;

const monthOf = (word: string): number | null => {
  const index = MONTHS.findIndex((forms) => (forms as readonly string[]).includes(word));
  return index < 0 ? null : index + 1;
};

const isYear = (year: number): boolean => year >= 1990 && year <= 2100;

const validDate = (year: number, month: number, day: number): TermResult =>
  isYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? known(isoDate(year, month, day))
    : UNKNOWN;

const YEAR_WORDS = '(?: ?(?:року|років|рік|роки|рр?\\.?))?';
const ALL_YEAR =
  /^(?:впродовж|протягом|на протязі) року$|^постійно$|^щорічно$|^щокварталу$|^щомісяця$/;
const THROUGH_YEARS = new RegExp(
  `^(?:(?:впродовж|протягом) )?(\\d{4})(?: ?${DASH} ?(\\d{4}))?${YEAR_WORDS}$`,
);
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: ?(?:року|р\.?))?$/;
const WORDS_DATE = /^(\d{1,2}) (\S+) (\d{4})(?: ?(?:року|р\.?))?$/;
const MONTH_YEAR = /^(\S+)(?: (\d{4}))?(?: ?(?:року|р\.?))?$/;

const parseTermText = (text: string, defaultYear: number): TermResult => {
  const t = normalizeSpaces(text).toLowerCase().replace(/^до /, '');
  if (ALL_YEAR.test(t)) return yearEnd(defaultYear);
  const years = THROUGH_YEARS.exec(t);
  if (years) {
    const last = Number(years[2] ?? years[1]);
    return isYear(last) ? yearEnd(last) : UNKNOWN;
  }
  const dotted = DOTTED_DATE.exec(t);
  if (dotted) return validDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const worded = WORDS_DATE.exec(t);
  if (worded) {
    const month = monthOf(worded[2]);
    return month === null ? UNKNOWN : validDate(Number(worded[3]), month, Number(worded[1]));
  }
  const monthYear = MONTH_YEAR.exec(t);
  const month = monthYear ? monthOf(monthYear[1]) : null;
  if (monthYear && month !== null) {
    const year = monthYear[2] ? Number(monthYear[2]) : defaultYear;
    return isYear(year) || !monthYear[2] ? known(monthEnd(year, month)) : UNKNOWN;
  }
  const words = parsePeriodWords(t);
  if (!words) return UNKNOWN;
  const year = words.year ?? defaultYear;
  return words.year !== null && !isYear(year) ? UNKNOWN : known(spanOf(words, year).end);
};

/** A term without a year takes `defaultYear` (the reporting period's). */
export const parseTerm = (cell: Cell, defaultYear: number): TermResult => {
  const { value } = cell;
  if (isDateValue(value))
    return /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? known(value.date) : UNKNOWN;
  if (typeof value === 'number')
    return Number.isInteger(value) && isYear(value) ? yearEnd(value) : UNKNOWN;
  if (typeof value === 'boolean') return UNKNOWN;
  return parseTermText(value || cell.text, defaultYear);
};
