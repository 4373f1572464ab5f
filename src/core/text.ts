// Text helpers shared by the cell parsers: whitespace, dashes and Roman numerals as people type
// them in Ukrainian sheets (Cyrillic І or Latin I, Arabic digits). Core layer.

/** Invisible characters that ride along when text is pasted from Word or a web page. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;

/**
 * Something `normalizeSpaces` would change: an invisible character, a space other than the
 * plain one, two spaces in a row, or a space at either end. Most cells have none of these, and
 * the check spares them the three copies the replacements would make.
 */
const UNTIDY = new RegExp(`${INVISIBLE.source}|[^\\S ]| {2}|^ | $`);

/** Every kind of space (no-break, thin, figure, line breaks) as one space, trimmed. */
export const normalizeSpaces = (text: string): string =>
  UNTIDY.test(text)
    ? text
        .replace(INVISIBLE, '')
        .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
        .trim()
    : text;

/** A character class of every dash people type: hyphen, en and em dashes, minus sign. */
export const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]';

const DASH_ONLY = new RegExp(`^${DASH}+$`);

/** A whole-cell dash ("-", "–", "—", "---"): no amount. */
export const isDashOnly = (text: string): boolean => DASH_ONLY.test(text);

/** "Виконано." and "Постійно;" mean the same without the full stop people add out of habit. */
export const stripTrailingPunctuation = (text: string): string => text.replace(/[\s.,;:!?…]+$/, '');

/**
 * Cyrillic І/і and Latin I/i look alike and both get typed; so do Latin V and Cyrillic В,
 * which a Cyrillic keyboard layout gives for "ІV".
 */
const ROMAN = /^[ІIіi]{1,3}$|^[ІIіi][VvВв]$/;

/** 1–4 from "І", "II", "ІІІ", "IV" (Cyrillic, Latin or mixed) or an Arabic digit; else null. */
export const readOrdinal = (text: string): number | null => {
  if (/^[1-4]$/.test(text)) return Number(text);
  if (!ROMAN.test(text)) return null;
  return /[VvВв]/.test(text) ? 4 : text.length;
};

/** Latin letters that look like Cyrillic ones, each above the Cyrillic letter it passes for. */
const LATIN_LOOKALIKES = 'AaBCcEeHIiKkMOoPpTXxYy';
const CYRILLIC_ORIGINALS = 'АаВСсЕеНІіКкМОоРрТХхУу';

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;
const WORD = /[A-Za-z\u0400-\u04FF'’ʼ]+/g;

/**
 * A word that mixes Cyrillic and Latin letters ("Виконуєтьcя" with a Latin c); a Roman
 * numeral typed half in each ("ІV") is a numeral, not a slip.
 */
const isMixed = (word: string): boolean =>
  CYRILLIC.test(word) && LATIN.test(word) && readOrdinal(word) === null;

/** The words of `text` that mix Cyrillic and Latin letters, in order. */
export const mixedWords = (text: string): string[] =>
  // Text without a Latin letter (nearly every cell) cannot mix: no need to split it into words.
  LATIN.test(text) ? (text.match(WORD) ?? []).filter(isMixed) : [];

/** The Latin letters of the mixed words, each once, in order: ["c"], ["o", "p"]. */
export const latinLetters = (text: string): string[] => [
  ...new Set(mixedWords(text).flatMap((word) => word.match(/[A-Za-z]/g) ?? [])),
];

/** `text` with the Latin look-alikes of its mixed words read as the Cyrillic letters they mimic. */
export const foldLookalikes = (text: string): string =>
  text.replace(WORD, (word) =>
    isMixed(word)
      ? word.replace(/[A-Za-z]/g, (ch) => {
          const i = LATIN_LOOKALIKES.indexOf(ch);
          return i < 0 ? ch : CYRILLIC_ORIGINALS[i];
        })
      : word,
  );
