// Text helpers shared by the cell parsers: whitespace, dashes and Roman numerals as people type
// them in Ukrainian sheets (Cyrillic І or Latin I, Arabic digits). Core layer.

/** Every kind of space (no-break, thin, line breaks) as one space, trimmed. */
export const normalizeSpaces = (text: string): string =>
  text.replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ').trim();

/** ASCII hyphen, en and em dashes, minus sign. */
export const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]';

/** A whole-cell dash ("-", "–", "—", "---"): no amount. */
export const isDashOnly = (text: string): boolean => new RegExp(`^${DASH}+$`).test(text);

/** Cyrillic І/і and Latin I/i read alike; В and V too ("ІV" typed with a Cyrillic В is rare). */
const ROMAN = /^[ІIіi]{1,3}$|^[ІIіi][VvВв]$/;

/** 1–4 from "І", "II", "ІІІ", "IV" (Cyrillic, Latin or mixed) or an Arabic digit; else null. */
export const readOrdinal = (text: string): number | null => {
  if (/^[1-4]$/.test(text)) return Number(text);
  if (!ROMAN.test(text)) return null;
  return /[VvВв]/.test(text) ? 4 : text.length;
};
