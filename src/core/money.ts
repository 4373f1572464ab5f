// Money formatting: integer hryvnias inside, thousand UAH with a decimal comma outside.
// Core layer; integer arithmetic only, so a sum never prints as 0,30000000000000004.

/** Shortest exact form: 28800 → "28,8", 964000 → "964", 1 → "0,001"; no thousands separator. */
export const formatThousands = (hryvnias: number): string => {
  const sign = hryvnias < 0 ? '-' : '';
  const abs = Math.abs(Math.round(hryvnias));
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `,${fraction}` : ''}`;
};

/** "28,8 / 0"; "-" when neither side is given; a missing side next to a given one is 0. */
export const formatPlanFact = (plan: number | null, fact: number | null): string =>
  plan === null && fact === null
    ? '-'
    : `${formatThousands(plan ?? 0)} / ${formatThousands(fact ?? 0)}`;

/**
 * Fact as a share of plan with one decimal, rounded half up in integer tenths of a percent:
 * "81,1 %". A whole number drops its ",0" ("100 %", "50 %"), as people write it.
 */
export const formatPercent = (fact: number, plan: number): string => {
  if (plan <= 0) return '0 %';
  const tenths = Math.floor((fact * 1000 + plan / 2) / plan);
  const whole = Math.floor(tenths / 10);
  const rest = tenths % 10;
  return `${whole}${rest ? `,${rest}` : ''} %`;
};
