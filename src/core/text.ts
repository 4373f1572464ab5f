// Text helpers shared by the cell parsers: whitespace, dashes and Roman numerals as people type
// them in Ukrainian sheets (Cyrillic І or Latin I, Arabic digits). Core layer.

/** Invisible characters that ride along when text is pasted from Word or a web page. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;

/** Every kind of space (no-break, thin, figure, line breaks) as one space, trimmed. */
export const normalizeSpaces = (text: string): string =>
  text
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ')
    .trim();

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
