// The settings tab (Налаштування): two columns, Параметр | Значення. Core layer.
import type { Grid } from './grid';
import { cellAt } from './grid';
import { normalizeLabel } from './labels';

export const SETTINGS_SHEET = 'Налаштування';

export const SETTING_KEYS = [
  'programme',
  'sectionNumber',
  'sectionName',
  'city',
  'period',
  'signerPosition',
  'signer',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The parameter names as the template writes them. */
export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = {
  programme: 'Назва програми',
  sectionNumber: 'Номер розділу',
  sectionName: 'Назва розділу',
  city: 'Місто',
  period: 'Звітний період',
  signerPosition: 'Посада підписанта',
  signer: 'Підписант',
};

export interface SettingValue {
  readonly value: string;
  /** 0-based row and column of the value cell; -1 when the parameter is not on the tab. */
  readonly row: number;
  readonly col: number;
}

export type Settings = Readonly<Record<SettingKey, SettingValue>>;

const BY_LABEL = new Map(
  SETTING_KEYS.map((key) => [normalizeLabel(SETTING_LABELS[key]), key] as const),
);

export const isSettingsGrid = (grid: Grid): boolean =>
  normalizeLabel(grid.name) === normalizeLabel(SETTINGS_SHEET);

export const readSettings = (grid: Grid | undefined): Settings => {
  const found: Partial<Record<SettingKey, SettingValue>> = {};
  for (let row = 0; grid && row < grid.rows.length; row++) {
    const key = BY_LABEL.get(normalizeLabel(cellAt(grid, row, 0).text));
    if (key && !found[key]) found[key] = { value: cellAt(grid, row, 1).text.trim(), row, col: 1 };
  }
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, found[key] ?? { value: '', row: -1, col: -1 }]),
  ) as Settings;
};
