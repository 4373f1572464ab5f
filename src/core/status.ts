// Execution status of a measure (Стан виконання). Core layer.
import { normalizeSpaces, stripTrailingPunctuation } from './text';

export const STATUS = {
  done: 'done',
  inProgress: 'in-progress',
  partial: 'partial',
  notDone: 'not-done',
} as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  [STATUS.done]: 'виконано',
  [STATUS.inProgress]: 'виконується',
  [STATUS.partial]: 'виконано частково',
  [STATUS.notDone]: 'не виконано',
};

/**
 * The labels, the reversed word order and the past and present tenses of "not done". A Map,
 * not an object, so "constructor" typed in a cell is not found on a prototype.
 */
const SPELLINGS: ReadonlyMap<string, Status> = new Map([
  ['виконано', STATUS.done],
  ['виконується', STATUS.inProgress],
  ['виконано частково', STATUS.partial],
  ['частково виконано', STATUS.partial],
  ['не виконано', STATUS.notDone],
  ['не виконувалося', STATUS.notDone],
  ['не виконувалось', STATUS.notDone],
  ['не виконується', STATUS.notDone],
]);

/** Case, extra spaces and trailing punctuation are ignored; null when not a status. */
export const parseStatus = (text: string): Status | null =>
  SPELLINGS.get(stripTrailingPunctuation(normalizeSpaces(text).toLowerCase())) ?? null;
