// Ukrainian number agreement: 1 захід, 2 заходи, 5 заходів, 11 заходів, 21 захід, 22 заходи.
// Core layer.

export interface Forms {
  /** 1, 21, 101 … (but not 11, 111) */
  readonly one: string;
  /** 2–4, 22–24 … (but not 12–14) */
  readonly few: string;
  /** 0, 5–20, 25–30, 111 … */
  readonly many: string;
}

export const pluralForm = (n: number, forms: Forms): string => {
  const lastTwo = Math.abs(n) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms.many;
  if (last === 1) return forms.one;
  if (last >= 2 && last <= 4) return forms.few;
  return forms.many;
};

/** Genitive after a number ("із 21 запланованого заходу", "із 5 запланованих заходів"). */
export const genitiveForm = (n: number, singular: string, plural: string): string =>
  pluralForm(n, { one: singular, few: plural, many: plural });

/** A list of numbers: "№ 7", "№ 7, 9 і 10". */
export const listNumbers = (numbers: readonly string[]): string =>
  numbers.length <= 1
    ? `№ ${numbers.join('')}`
    : `№ ${numbers.slice(0, -1).join(', ')} і ${numbers[numbers.length - 1]}`;
