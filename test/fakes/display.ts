// How Sheets shows a stored value (getDisplayValues) and reads text written into a cell (setValue
// of a string is read like typing): number formats and the spreadsheet locale, as far as Zvit
// meets them. Test fakes.
import { formatDate as formatInZone, midnightIn } from './script';

/** A cell's raw content: '' when empty; dates as epoch milliseconds, built into Dates on read. */
export type Stored = string | number | boolean | { readonly date: number };

export const isDateStored = (value: Stored): value is { readonly date: number } =>
  typeof value === 'object';

// Locales whose decimal separator is a comma (uk_UA shows 28.8 as "28,8"); what is typed is read
// by this list (readTyped), as the locales Zvit's tests use.
const COMMA_LOCALES =
  /^(uk|ru|be|kk|de|fr|es|it|pl|cs|sk|pt|nl|tr|sv|fi|da|nb|ro|hu|bg|hr|sl|lt|lv|et)/;

export interface Separators {
  readonly decimal: string;
  readonly group: string;
}

/**
 * A locale's decimal and group separators as the Unicode CLDR gives them, read from the ICU data
 * Node carries: for uk the decimal is "," and the group U+00A0, a no-break space (CLDR's uk
 * numbers, symbols for latn: https://github.com/unicode-org/cldr/blob/main/common/main/uk.xml;
 * checked against CLDR 48). Assumed, not documented by Google: that Sheets
 * shows a locale's numbers with CLDR's symbols. Its help says only that the spreadsheet's locale
 * sets how numbers are formatted (https://support.google.com/docs/answer/58515). A Sheets locale
 * "uk_UA" is the BCP 47 tag "uk-UA".
 */
export const separatorsOf = (locale: string): Separators => {
  const fallback: Separators = COMMA_LOCALES.test(locale)
    ? { decimal: ',', group: '\u00a0' }
    : { decimal: '.', group: ',' };
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale.replace(/_/g, '-')).formatToParts(1234567.5);
  } catch {
    return fallback;
  }
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? fallback.decimal,
    group: parts.find((p) => p.type === 'group')?.value ?? fallback.group,
  };
};

/** Like Sheets' automatic format: the shortest text, float noise removed, no grouping. */
const generalNumber = (n: number, sep: Separators): string => {
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
  return text.replace('.', sep.decimal);
};

const group = (digits: string, separator: string): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * Patterns like "0", "0.00", "0.###", "0.0##", "#,##0.00", "0%": zeros are digits always shown,
 * hashes digits shown when not zero. A pattern with a point and only hashes keeps the point when
 * no digit follows ("28." for 28 in "0.###"), as Sheets does.
 */
export const formatNumber = (n: number, format: string, locale: string): string => {
  const sep = separatorsOf(locale);
  const percent = format.endsWith('%');
  const core = percent ? format.slice(0, -1) : format;
  const m = /^([#,0]*)(?:\.([0#]*))?$/.exec(core);
  if (!m || core === '' || (m[1] === '' && m[2] === undefined)) return generalNumber(n, sep);
  const value = percent ? n * 100 : n;
  const decimals = m[2] ?? '';
  const minDecimals = (decimals.match(/0/g) ?? []).length;
  const minInteger = (m[1].match(/0/g) ?? []).length;
  const fixed = Math.abs(value).toFixed(decimals.length);
  let [integer, fraction = ''] = fixed.split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (integer === '0' && minInteger === 0) integer = '';
  integer = integer.padStart(minInteger, '0');
  if (m[1].includes(',')) integer = group(integer, sep.group);
  const negative = value < 0 && /[1-9]/.test(integer + fraction) ? '-' : '';
  const point = m[2] !== undefined ? sep.decimal : '';
  return `${negative}${integer}${point}${fraction}${percent ? '%' : ''}`;
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Date patterns: yyyy, yy, MM or mm (month), M, dd, d; else the locale's short date. Shown in the
 * spreadsheet's time zone, as Sheets shows a date cell.
 */
export const formatDate = (
  ms: number,
  format: string,
  locale: string,
  timeZone: string,
): string => {
  const [year, month, day] = formatInZone(new Date(ms), timeZone, 'yyyy-M-d')
    .split('-')
    .map(Number);
  const d = { getFullYear: () => year, getMonth: () => month - 1, getDate: () => day };
  const isDatePattern = /[dy]/i.test(format) && !/^[#0.,%]+$/.test(format);
  const pattern = isDatePattern ? format : COMMA_LOCALES.test(locale) ? 'dd.MM.yyyy' : 'M/d/yyyy';
  return pattern.replace(/yyyy|yy|MM|mm|M|m|dd|d/g, (token) => {
    switch (token) {
      case 'yyyy':
        return String(d.getFullYear());
      case 'yy':
        return pad2(d.getFullYear() % 100);
      case 'MM':
      case 'mm':
        return pad2(d.getMonth() + 1);
      case 'M':
      case 'm':
        return String(d.getMonth() + 1);
      case 'dd':
        return pad2(d.getDate());
      default:
        return String(d.getDate());
    }
  });
};

/** The text a cell shows for its value, number format and the spreadsheet's locale. */
export const displayOf = (
  value: Stored,
  format: string,
  locale: string,
  timeZone = 'Europe/Kyiv',
): string => {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDateStored(value)) return formatDate(value.date, format, locale, timeZone);
  if (format === '@' || format === 'General' || format === '')
    return generalNumber(value, separatorsOf(locale));
  return formatNumber(value, format, locale);
};

const validDay = (year: number, month: number, day: number): boolean => {
  const d = new Date(year, month - 1, day);
  return d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day;
};

/**
 * Text written into a cell that is not plain text ('@') is read as if typed: in uk_UA "28,8" is
 * the number 28.8, "28.8" the date 28 August and "01.07.2017" a date; "TRUE" a boolean. Dates are
 * midnights in the spreadsheet's time zone. Returns the text itself when nothing else fits.
 */
export const readTyped = (
  text: string,
  locale: string,
  year = new Date().getFullYear(),
  timeZone = 'Europe/Kyiv',
): Stored => {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toUpperCase() === 'TRUE';
  const comma = COMMA_LOCALES.test(locale);
  const number = comma
    ? /^[+-]?\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?$|^[+-]?\d+(?:,\d+)?$/
    : /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/;
  if (number.test(trimmed)) {
    const plain = comma
      ? trimmed.replace(/[ \u00a0]/g, '').replace(',', '.')
      : trimmed.replace(/,/g, '');
    return Number(plain);
  }
  const date = comma
    ? /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/.exec(trimmed)
    : /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(trimmed);
  if (date) {
    const [first, second] = [Number(date[1]), Number(date[2])];
    const [day, month] = comma ? [first, second] : [second, first];
    const y = date[3] === undefined ? year : Number(date[3]) + (date[3].length === 2 ? 2000 : 0);
    if (validDay(y, month, day))
      return { date: midnightIn(`${y}-${pad2(month)}-${pad2(day)}`, timeZone).getTime() };
  }
  return text;
};
