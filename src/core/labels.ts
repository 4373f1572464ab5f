// Column labels of the measures tab: normalising what people type in a header and naming
// each column for messages. Core layer.
import type { SourceKey } from './sources';

/** Lower case without spaces, line breaks, apostrophes or punctuation other than № and /. */
export const normalizeLabel = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s'’ʼ`´".,:;()«»“”\-–—]/g, '')
    .replace(/ё/g, 'е');

export const FIELD_KEYS = ['number', 'title', 'term', 'executor', 'status', 'result'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** The text every measure must have (SPEC §3): empty, each is a `required` error. */
export const REQUIRED_FIELDS: readonly FieldKey[] = ['title', 'term', 'executor', 'status'];

/** Names as a coordinator knows them from the template header. */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = {
  number: '№ з/п',
  title: 'Зміст заходу',
  term: 'Термін виконання',
  executor: 'Виконавець',
  status: 'Стан виконання',
  result: 'Виконання',
};

export const SOURCE_LABELS: Readonly<Record<SourceKey, string>> = {
  total: 'Всього',
  state: 'Державний бюджет',
  regional: 'Обласний бюджет',
  city: 'Бюджет міста',
  enterprises: 'Кошти підприємств',
  other: 'Інші джерела',
};

export const SIDE_LABELS = { plan: 'план', fact: 'факт' } as const;
export type Side = keyof typeof SIDE_LABELS;

/** Which funding source a money column's joined header labels name; order matters. */
const SOURCE_PATTERNS: readonly (readonly [SourceKey, RegExp])[] = [
  ['total', /всього|усього|разом/],
  ['state', /держ/],
  ['regional', /обл/],
  ['city', /міськ|міста|місцев/],
  ['enterprises', /підприєм/],
  ['other', /інш/],
];

export const matchSource = (joined: string): SourceKey | null =>
  SOURCE_PATTERNS.find(([, pattern]) => pattern.test(joined))?.[0] ?? null;

/** Which plain field a column's joined header labels name; "термін/стан виконання" first. */
const FIELD_PATTERNS: readonly (readonly [FieldKey, RegExp])[] = [
  ['title', /змістзаходу|назвазаходу|^заходи?$/],
  ['term', /термін|строк/],
  // Not the "стан" inside "використано" (a fact column's label).
  ['status', /(?<!и)стан|статус/],
  ['executor', /виконав|відповідальн/],
  ['number', /№|з\/п|^номер|^n$/],
  ['result', /виконання|результат/],
];

export const matchField = (joined: string): FieldKey | null =>
  FIELD_PATTERNS.find(([, pattern]) => pattern.test(joined))?.[0] ?? null;

/** A unit row or label ("тис. грн", "(тис. грн.)") names no column. */
export const UNIT_LABEL = /^[уві]?(тис)?грн$/;

/** The side words a money label starts with (after its source, if any). */
const SIDE_WORDS: readonly (readonly [Side, RegExp])[] = [
  ['plan', /^(заплановано|план|пл)/],
  ['fact', /^(фактично|факт|використано)/],
];

/** What may stand before or after the side word: nothing, units, or a funding source. */
const isQualifier = (text: string): boolean =>
  text === '' || UNIT_LABEL.test(text) || matchSource(text) !== null;

/**
 * The plan or fact side a normalised money label names: the side word, optionally after its
 * source and followed by units or a source — "план", "пл.", "план, тис. грн", "Всього, план",
 * "заплановано"; "факт", "фактично", "використано". Anything else is an extra column, not a
 * side: "уточнений план", "план/факт" (the printed report's group label), and a share
 * ("% використання", "відсоток використання") above all.
 */
export const sideOf = (label: string): Side | null => {
  if (/%|відсот/.test(label)) return null;
  for (let start = 0; start < label.length; start++) {
    const before = label.slice(0, start);
    if (!isQualifier(before)) continue;
    for (const [side, word] of SIDE_WORDS) {
      const match = word.exec(label.slice(start));
      if (match && isQualifier(label.slice(start + match[0].length))) return side;
    }
  }
  return null;
};
