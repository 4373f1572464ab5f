// Ukrainian number agreement (1 захід, 2 заходи, 5 заходів, 11 заходів, 21 захід, 22 заходи),
// counts as the report writes them ("8 333") and lists ("№ 7, 9 і 10", "№ 7, 9, 10 та ще 8 330").
// The one place for these, used by the summary, the report and the sidebar alike. Core layer.

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

/** A count as the report writes it: thousands set apart by a no-break space ("8\u00a0333"). */
export const formatCount = (n: number): string =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

/** A count with its noun in agreement: "1 захід", "8 333 заходи", "25 заходів". */
export const countOf = (n: number, forms: Forms): string =>
  `${formatCount(n)} ${pluralForm(n, forms)}`;

export interface ListOptions {
  /** Lists up to this long are named in full. */
  readonly limit?: number;
  /** How many a longer list names before "та ще N". */
  readonly shown?: number;
  /** The noun after the rest's count, in agreement ("та ще 5 заходів"); none by default. */
  readonly rest?: Forms;
}

/** A list this long or shorter is named in full; a longer one names five and counts the rest. */
export const LIST_LIMIT = 10;
export const LIST_SHOWN = 5;

/**
 * "a", "a і b", "a, b і c"; past `limit` items the first `shown` and the count of the rest:
 * "a, b, c, d, e та ще 8 328". '' for no items.
 */
export const listPhrase = (
  items: readonly string[],
  { limit = LIST_LIMIT, shown = LIST_SHOWN, rest }: ListOptions = {},
): string => {
  if (items.length <= 1) return items.join('');
  if (items.length <= limit) return `${items.slice(0, -1).join(', ')} і ${items[items.length - 1]}`;
  const more = items.length - shown;
  return `${items.slice(0, shown).join(', ')} та ще ${rest ? countOf(more, rest) : formatCount(more)}`;
};

/** A list of numbers: "№ 7", "№ 7, 9 і 10", "№ 7, 9, 10, 12, 15 та ще 8 328"; '' for none. */
export const listNumbers = (numbers: readonly string[], options: ListOptions = {}): string =>
  numbers.length === 0 ? '' : `№ ${listPhrase(numbers, options)}`;

/** " (розділ 6.2)" after a measure named in a programme of several sections; '' without one. */
export const inSection = (section: string): string => (section ? ` (розділ ${section})` : '');
