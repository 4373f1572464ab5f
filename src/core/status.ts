// Execution status of a measure (Стан виконання). Core layer.
import { normalizeSpaces } from './text';

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

const SPELLINGS: Readonly<Record<string, Status>> = {
  виконано: STATUS.done,
  виконується: STATUS.inProgress,
  'виконано частково': STATUS.partial,
  'частково виконано': STATUS.partial,
  'не виконано': STATUS.notDone,
  'не виконувалося': STATUS.notDone,
  'не виконувалось': STATUS.notDone,
  'не виконується': STATUS.notDone,
};

/** Case, extra spaces and trailing punctuation are ignored; null when not a status. */
export const parseStatus = (text: string): Status | null =>
  SPELLINGS[
    normalizeSpaces(text)
      .toLowerCase()
      .replace(/[\s.,;:!…]+$/, '')
  ] ?? null;
