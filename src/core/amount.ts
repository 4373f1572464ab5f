// The amount grammar of SPEC §3: a number ≥ 0 in thousand UAH with at most 3 decimals, typed
// as a number or as text with a decimal comma and space separators. Core layer; never throws.
import type { Cell } from './grid';
import { isDateValue } from './grid';
import { DASH, isDashOnly, normalizeSpaces } from './text';

export type InvalidAmountCode = 'not-a-number' | 'negative' | 'too-precise' | 'sheet-error';

export type AmountResult =
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly hryvnias: number }
  /** "28,8 / 0": plan and fact typed in one cell, as in old reports. */
  | { readonly kind: 'pair'; readonly plan: string; readonly fact: string }
  | {
      readonly kind: 'invalid';
      readonly code: InvalidAmountCode;
      readonly reason: 'text' | 'date' | 'boolean' | 'error-value' | 'negative' | 'precision';
      /** What the cell shows, for the message. */
      readonly shown: string;
    };

const SHEET_ERRORS = new Set([
  '#REF!',
  '#VALUE!',
  '#N/A',
  '#DIV/0!',
  '#ERROR!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
]);
const NUMBER_TEXT = /^(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?$/;
const PAIR_SIDE = String.raw`\d+(?: \d{3})*(?:[.,]\d+)?`;
const PAIR_TEXT = new RegExp(`^(${PAIR_SIDE}) ?/ ?(${PAIR_SIDE})$`);
/** A leading minus, ASCII or U+2212, or any dash a word processor made of it. */
const NEGATIVE_TEXT = new RegExp(`^${DASH} ?(.+)$`);
const EMPTY: AmountResult = { kind: 'empty' };

const invalid = (
  code: InvalidAmountCode,
  reason: Extract<AmountResult, { kind: 'invalid' }>['reason'],
  shown: string,
): AmountResult => ({ kind: 'invalid', code, reason, shown });

/** A finite number in thousands: exact to the hryvnia, or too precise. */
const fromNumber = (value: number, shown: string): AmountResult => {
  if (!Number.isFinite(value)) return invalid('not-a-number', 'text', shown);
  if (value < 0) return invalid('negative', 'negative', shown);
  const scaled = value * 1000;
  const hryvnias = Math.round(scaled);
  // 28.8 * 1000 is 28799.999999999996 and a sheet sum of 0.1 + 0.2 is 0.30000000000000004:
  // float noise a few units in the last place is not a fourth decimal. The bound is relative
  // so a billion keeps its fourth decimal visible (an absolute one would swallow it).
  if (Math.abs(scaled - hryvnias) > Math.max(1e-6, scaled * 1e-13)) {
    return invalid('too-precise', 'precision', shown);
  }
  return Number.isSafeInteger(hryvnias)
    ? { kind: 'amount', hryvnias }
    : invalid('not-a-number', 'text', shown);
};

const fromText = (raw: string): AmountResult => {
  const text = normalizeSpaces(raw);
  if (text === '' || isDashOnly(text)) return EMPTY;
  if (SHEET_ERRORS.has(text.toUpperCase())) return invalid('sheet-error', 'error-value', text);
  const pair = PAIR_TEXT.exec(text);
  if (pair) return { kind: 'pair', plan: pair[1], fact: pair[2] };
  const negative = NEGATIVE_TEXT.exec(text);
  const digits = negative ? negative[1] : text;
  const match = NUMBER_TEXT.exec(digits);
  if (!match) return invalid('not-a-number', 'text', text);
  if (negative) return invalid('negative', 'negative', text);
  const fraction = match[2] ?? '';
  if (fraction.length > 3 && !/^0+$/.test(fraction.slice(3)))
    return invalid('too-precise', 'precision', text);
  const whole = Number(match[1].replace(/ /g, ''));
  const hryvnias = whole * 1000 + Number(fraction.slice(0, 3).padEnd(3, '0'));
  return Number.isSafeInteger(hryvnias)
    ? { kind: 'amount', hryvnias }
    : invalid('not-a-number', 'text', text);
};

/** A number the sheet shows as a percentage («50%» for 0,5): a share, not thousands of hryvnias. */
const SHOWN_PERCENT = /%\s*$/;

export const parseAmount = (cell: Cell): AmountResult => {
  const { value, text } = cell;
  // Half the money cells of a table are empty: they need no text tidying to say so.
  if (value === '') return EMPTY;
  if (typeof value === 'number') {
    // What the person sees decides: «50%» is the text «50%» typed, whatever 0,5 lies beneath.
    if (SHOWN_PERCENT.test(text)) return invalid('not-a-number', 'text', normalizeSpaces(text));
    return fromNumber(value, text || String(value));
  }
  if (typeof value === 'boolean') return invalid('not-a-number', 'boolean', text || String(value));
  if (isDateValue(value)) return invalid('not-a-number', 'date', text || value.date);
  return fromText(typeof value === 'string' ? value : '');
};
