// Terms of a measure (Термін виконання) and their deadlines: the last day of the quarter,
// half, 9 months, year, month or the date named. Core layer; never throws.
import type { Cell } from './grid';
import { isDateValue } from './grid';
import { daysInMonth, isYear, isoDate, monthEnd, parsePeriodWords, spanOf } from './period';
import { DASH, normalizeSpaces, stripTrailingPunctuation } from './text';

export type TermResult =
  { readonly kind: 'known'; readonly deadline: string } | { readonly kind: 'unknown' };

const UNKNOWN: TermResult = { kind: 'unknown' };
const known = (deadline: string): TermResult => ({ kind: 'known', deadline });
const yearEnd = (year: number): TermResult => known(isoDate(year, 12, 31));

/** Nominative, genitive and locative: "березень 2017", "до 1 березня", "у березні 2017". */
const MONTHS = [
  ['січень', 'січня', 'січні'],
  ['лютий', 'лютого', 'лютому'],
  ['березень', 'березня', 'березні'],
  ['квітень', 'квітня', 'квітні'],
  ['травень', 'травня', 'травні'],
  ['червень', 'червня', 'червні'],
  ['липень', 'липня', 'липні'],
  ['серпень', 'серпня', 'серпні'],
  ['вересень', 'вересня', 'вересні'],
  ['жовтень', 'жовтня', 'жовтні'],
  ['листопад', 'листопада', 'листопаді'],
  ['грудень', 'грудня', 'грудні'],
] as const;

const monthOf = (word: string): number | null => {
  const index = MONTHS.findIndex((forms) => (forms as readonly string[]).includes(word));
  return index < 0 ? null : index + 1;
};

/**
 * A typed year must be a plausible one; the default year is taken as given, because without
 * a reporting period the caller passes 0 and expects nothing to fall due. Two digits
 * ("01.07.17") can only mean this century in a plan of measures.
 */
const typedYear = (typed: string | undefined, defaultYear: number): number | null => {
  if (typed === undefined) return defaultYear;
  const year = typed.length === 2 ? 2000 + Number(typed) : Number(typed);
  return isYear(year) ? year : null;
};

const validDate = (year: number | null, month: number, day: number): TermResult =>
  year !== null && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? known(isoDate(year, month, day))
    : UNKNOWN;

const DURING = '(?:впродовж|упродовж|протягом|на протязі|кінця)';
const YEAR_WORDS = '(?: ?(?:року|році|років|рік|роки|роках|рр?\\.?))?';
const ALL_YEAR = new RegExp(
  `^(?:${DURING}(?: (?:усього|всього|цілого))? року|постійно|щорічно|щокварталу|щомісяця)$`,
);
const THROUGH_YEARS = new RegExp(
  `^(?:(?:${DURING}|у|в) )?(\\d{4})(?: ?${DASH} ?(\\d{4}))?${YEAR_WORDS}$`,
);
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?: ?(?:року|р\.?))?$/;
const WORDS_DATE = /^(\d{1,2}) (\S+)(?: (\d{4}))?(?: ?(?:року|р\.?))?$/;
const MONTH_YEAR = /^(\S+)(?: (\d{4}))?(?: ?(?:року|р\.?))?$/;

/** "до кінця березня", "у березні", "до 1 липня": the words before a date do not move it. */
const LEAD = /^(?:до |не пізніше )?(?:кінця |у |в )?/;

const parseDate = (t: string, defaultYear: number): TermResult | null => {
  const dotted = DOTTED_DATE.exec(t);
  if (dotted) {
    return validDate(typedYear(dotted[3], defaultYear), Number(dotted[2]), Number(dotted[1]));
  }
  const worded = WORDS_DATE.exec(t);
  const wordedMonth = worded ? monthOf(worded[2]) : null;
  if (worded && wordedMonth !== null) {
    return validDate(typedYear(worded[3], defaultYear), wordedMonth, Number(worded[1]));
  }
  const monthYear = MONTH_YEAR.exec(t);
  const month = monthYear ? monthOf(monthYear[1]) : null;
  if (monthYear && month !== null) {
    const year = typedYear(monthYear[2], defaultYear);
    return year === null ? UNKNOWN : known(monthEnd(year, month));
  }
  return null;
};

const parseTermText = (text: string, defaultYear: number): TermResult => {
  const t = stripTrailingPunctuation(normalizeSpaces(text).toLowerCase()).replace(
    /^(?:до|не пізніше) /,
    '',
  );
  if (ALL_YEAR.test(t)) return yearEnd(defaultYear);
  const years = THROUGH_YEARS.exec(t);
  if (years) {
    const last = Number(years[2] ?? years[1]);
    return isYear(last) ? yearEnd(last) : UNKNOWN;
  }
  const body = t.replace(LEAD, '');
  const date = parseDate(body, defaultYear);
  if (date) return date;
  const words = parsePeriodWords(body);
  if (!words) return UNKNOWN;
  const year = words.year ?? defaultYear;
  return words.year !== null && !isYear(year) ? UNKNOWN : known(spanOf(words, year).end);
};

/** Numeric "YYYY-MM-DD" of a real calendar day, or unknown (a date cell is trusted no further). */
const fromIso = (iso: string): TermResult => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : UNKNOWN;
};

/** A term without a year takes `defaultYear` (the reporting period's). */
export const parseTerm = (cell: Cell, defaultYear: number): TermResult => {
  const { value } = cell;
  if (isDateValue(value)) return fromIso(value.date);
  if (typeof value === 'number') return isYear(value) ? yearEnd(value) : UNKNOWN;
  if (typeof value === 'boolean') return UNKNOWN;
  return parseTermText(value || cell.text, defaultYear);
};
