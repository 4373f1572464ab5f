// Money formatting: integer hryvnias inside, thousand UAH with a decimal comma outside.
// Core layer; integer arithmetic only, so a sum never prints as 0,30000000000000004.

/** Shortest exact form: 28800 → "28,8", 964000 → "964", 1 → "0,001"; no thousands separator. */
export const formatThousands = (hryvnias: number): string => {
  const rounded = Math.round(hryvnias);
  const abs = Math.abs(rounded);
  const whole = `${rounded < 0 ? '-' : ''}${Math.trunc(abs / 1000)}`;
  // Whole thousands (and 0) are most of a report's figures: no decimals to pad and trim.
  if (abs % 1000 === 0) return whole;
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${whole},${fraction}`;
};

/** A side that rests on a cell that could not be read: printed as "?" in a draft. */
export const UNREADABLE = '?';

const sideText = (value: number | null | typeof UNREADABLE): string =>
  value === UNREADABLE ? UNREADABLE : formatThousands(value ?? 0);

/**
 * "28,8 / 0"; "-" when neither side is given; a missing side next to a given one is 0; a side
 * that could not be read is "?" ("? / 5").
 */
export const formatPlanFact = (
  plan: number | null | typeof UNREADABLE,
  fact: number | null | typeof UNREADABLE,
): string => {
  if (plan === null && fact === null) return '-';
  return `${sideText(plan)} / ${sideText(fact)}`;
};

/** n / d rounded half up, exact for non-negative integers below 2^53 where float division is not. */
const divideRounded = (n: number, d: number): number => {
  let q = Math.floor((2 * n + d) / (2 * d));
  // The float quotient can land one off when it sits a hair below a whole number.
  if (q * d * 2 > 2 * n + d) q -= 1;
  else if ((q + 1) * d * 2 <= 2 * n + d) q += 1;
  return q;
};

/**
 * Fact as a share of plan with one decimal, rounded half up in integer tenths of a percent:
 * "81,1 %". A whole number drops its ",0" ("0 %", "50 %", "100 %"), as people write it;
 * a plan of 0 reads "0 %" rather than dividing by zero (the summary words that case itself).
 */
export const formatPercent = (fact: number, plan: number): string => {
  if (plan <= 0 || fact <= 0) return '0 %';
  const tenths = divideRounded(Math.round(fact) * 1000, Math.round(plan));
  const whole = Math.trunc(tenths / 10);
  const rest = tenths % 10;
  return `${whole}${rest ? `,${rest}` : ''} %`;
};
