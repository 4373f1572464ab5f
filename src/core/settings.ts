// The settings tab (Налаштування): two columns, Параметр | Значення. Core layer.
import type { Cell, Grid } from './grid';
import { cellAt, isDateValue } from './grid';
import { normalizeLabel } from './labels';
import { normalizeSpaces } from './text';

export const SETTINGS_SHEET = 'Налаштування';

export const SETTING_KEYS = [
  'sectionNumber',
  'sectionName',
  'city',
  'period',
  'signerPosition',
  'signer',
  'programme',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The parameter names as the template writes them. */
export const SETTING_LABELS: Readonly<Record<SettingKey, string>> = {
  sectionNumber: 'Номер розділу',
  sectionName: 'Назва розділу',
  city: 'Місто',
  period: 'Звітний період',
  signerPosition: 'Посада підписанта',
  signer: 'Підписант',
  programme: 'Назва програми',
};

export interface SettingValue {
  /** What the person typed, as far as the cell still tells it. */
  readonly value: string;
  /**
   * The sheet turned the typed text into a number or a date (`shown` is what it shows then):
   * the value was read back from it, and the person is told to type it as text.
   */
  readonly converted?: { readonly to: 'number' | 'date'; readonly shown: string };
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

const dayMonth = (iso: string): string => {
  const [, month, day] = iso.split('-').map(Number);
  return `${day}.${month}`;
};

/** A date shown as a date ("04.04.2026", "2026-04-04"): what a reader of shown text gets. */
const SHOWN_DATE = /^(\d{1,2})\.(\d{1,2})\.\d{4}$/;
const SHOWN_ISO_DATE = /^\d{4}-(\d{1,2})-(\d{1,2})$/;

/**
 * A section number as typed text, whatever the sheet made of it: "4,4" (a number shown with a
 * decimal comma, or typed so) is 4.4, "04.04" is 4.4, a trailing full stop does not count.
 */
export const canonicalSectionNumber = (text: string): string => {
  const clean = normalizeSpaces(text).replace(/\.+$/, '');
  const shown = SHOWN_DATE.exec(clean);
  if (shown) return `${Number(shown[1])}.${Number(shown[2])}`;
  const iso = SHOWN_ISO_DATE.exec(clean);
  if (iso) return `${Number(iso[2])}.${Number(iso[1])}`;
  if (!/^\d+(?:[.,]\d+)*$/.test(clean)) return clean;
  return clean
    .split(/[.,]/)
    .map((part) => String(Number(part)))
    .join('.');
};

/**
 * "Розділ 6.2", "розд. 6.2", "6.2 Розвиток інформаційного простору", "6.2. Розвиток…": one
 * number at the start, the word for a section before it or the section's name after it.
 */
const NAMED_NUMBER = /^(?:розд(?:іл|\.)\s*)?(\d+(?:[.,]\d+)*)\.?(?:\s+\D.*)?$/i;

/**
 * A cell that names a section (the Пояснення tab's Розділ): a typed "4.4" the sheet turned
 * into the date 4 April (a uk_UA sheet) can only have been 4.4; a number with the word
 * «Розділ» before it or the section's name after it names that one section.
 */
export const sectionNumberOf = (cell: Cell): string => {
  if (isDateValue(cell.value)) return dayMonth(cell.value.date);
  const number = canonicalSectionNumber(cell.text);
  const named = NAMED_NUMBER.exec(number);
  return named ? canonicalSectionNumber(named[1]) : number;
};

/**
 * A section number typed as "4.4" becomes a number (shown "4,4") or, in a uk_UA sheet, the date
 * 4 April — which can only have been typed as "4.4". Any other setting keeps its shown text.
 */
const readValue = (key: SettingKey, cell: Cell, row: number): SettingValue => {
  const shown = cell.text.trim();
  const place = { row, col: 1 };
  if (isDateValue(cell.value)) {
    const value = key === 'sectionNumber' ? dayMonth(cell.value.date) : shown;
    return { value, converted: { to: 'date', shown }, ...place };
  }
  if (typeof cell.value === 'number' && !Number.isInteger(cell.value)) {
    const value = key === 'sectionNumber' ? shown.replace(',', '.') : shown;
    return { value, converted: { to: 'number', shown }, ...place };
  }
  return { value: shown, ...place };
};

/** «м.», «м », «місто» before the name: the word the title already says («по місту …»). */
const CITY_WORD = /^(?:місто|м)(?:\s*\.\s*|\s+)(?=\S)/iu;

/**
 * The city's own name, as the title prints it after «по місту»: «м. Слов’янськ», «М.Слов’янськ»
 * and «місто Слов’янськ» are «Слов’янськ» (else the title would read «по місту М. СЛОВ’ЯНСЬК»).
 * A name that only starts with the letter («Миколаїв») keeps it.
 */
export const cityName = (text: string): string => normalizeSpaces(text).replace(CITY_WORD, '');

export const readSettings = (grid: Grid | undefined): Settings => {
  const found: Partial<Record<SettingKey, SettingValue>> = {};
  for (let row = 0; grid && row < grid.rows.length; row++) {
    const key = BY_LABEL.get(normalizeLabel(cellAt(grid, row, 0).text));
    if (key && !found[key]) found[key] = readValue(key, cellAt(grid, row, 1), row);
  }
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, found[key] ?? { value: '', row: -1, col: -1 }]),
  ) as Settings;
};
