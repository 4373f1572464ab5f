// Test builders: grids as the adapters would hand them to the core, with defaults so a test
// states only the fact it is about.
import type { Cell, CellValue, Grid, Merge } from '../../src/core/grid';

/** Shown text of a raw value as a uk_UA sheet shows it (decimal comma). */
export const shownText = (value: CellValue): string => {
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.date.split('-').reverse().join('.');
  return value;
};

export const cell = (value: CellValue, text = shownText(value)): Cell => ({ value, text });

export const gridOf = (
  rows: readonly (readonly (CellValue | Cell)[])[],
  options: { name?: string; merges?: readonly Merge[] } = {},
): Grid => ({
  name: options.name ?? 'Заходи',
  rows: rows.map((row) =>
    row.map((v) => (typeof v === 'object' && v !== null && 'text' in v ? v : cell(v as CellValue))),
  ),
  merges: options.merges ?? [],
});

/** Columns of the template header (SPEC §2.1), 0-based. */
export const COL = {
  number: 0,
  title: 1,
  term: 2,
  executor: 3,
  total: 4,
  state: 6,
  regional: 8,
  city: 10,
  enterprises: 12,
  other: 14,
  status: 16,
  result: 17,
} as const;

const HEADER_TOP = [
  '№ з/п',
  'Зміст заходу',
  'Термін виконання',
  'Виконавець',
  'Всього',
  '',
  'Державний бюджет',
  '',
  'Обласний бюджет',
  '',
  'Бюджет міста',
  '',
  'Кошти підприємств',
  '',
  'Інші джерела',
  '',
  'Стан виконання',
  'Виконання',
];
const HEADER_SIDES = ['', '', '', '', ...Array(6).fill(['план', 'факт']).flat(), '', ''];

/** The template's merges for a header starting at `row`. */
export const templateMerges = (row: number): Merge[] => [
  ...[0, 1, 2, 3, 16, 17].map((col) => ({ row, col, rows: 2, cols: 1 })),
  ...[4, 6, 8, 10, 12, 14].map((col) => ({ row, col, rows: 1, cols: 2 })),
];

export interface MeasureSpec {
  number?: CellValue;
  title?: CellValue;
  term?: CellValue;
  executor?: CellValue;
  status?: CellValue;
  result?: CellValue;
  /** Amounts by source as [plan, fact]; a missing source stays empty. */
  money?: Partial<
    Record<
      'total' | 'state' | 'regional' | 'city' | 'enterprises' | 'other',
      [CellValue, CellValue]
    >
  >;
}

export const measureRow = (spec: MeasureSpec, index = 0): CellValue[] => {
  const row: CellValue[] = Array(18).fill('');
  row[COL.number] = spec.number ?? index + 1;
  row[COL.title] = spec.title ?? `Захід ${index + 1}`;
  row[COL.term] = spec.term ?? 'Впродовж року';
  row[COL.executor] = spec.executor ?? 'Прес-служба';
  row[COL.status] = spec.status ?? 'виконано';
  row[COL.result] = spec.result ?? '';
  for (const [source, [plan, fact]] of Object.entries(spec.money ?? {})) {
    row[COL[source as keyof typeof COL]] = plan;
    row[COL[source as keyof typeof COL] + 1] = fact;
  }
  return row;
};

/** A measures tab with the template header in rows 1–2 and the given measures below. */
export const measuresGrid = (
  measures: readonly (MeasureSpec | CellValue[])[],
  options: { name?: string; titleRow?: boolean } = {},
): Grid => {
  const top = options.titleRow ? [['Виконання заходів розділу']] : [];
  return gridOf(
    [
      ...top,
      HEADER_TOP,
      HEADER_SIDES,
      ...measures.map((m, i) => (Array.isArray(m) ? m : measureRow(m, i))),
    ],
    { name: options.name, merges: templateMerges(top.length) },
  );
};

export const settingsGrid = (overrides: Record<string, CellValue | Cell> = {}): Grid => {
  const values: Record<string, CellValue | Cell> = {
    'Номер розділу': '4.4',
    'Назва розділу': 'Розвиток інформаційного простору',
    Місто: "Слов'янськ",
    'Звітний період': '1 півріччя 2017 року',
    'Посада підписанта': 'Начальник відділу інформаційного забезпечення',
    Підписант: 'Ольга КОВАЛЕНКО',
    ...overrides,
  };
  return gridOf([['Параметр', 'Значення'], ...Object.entries(values)], { name: 'Налаштування' });
};

/** A section tab (SPEC §7): the section's title row ("6.2. Назва") above the template header. */
export const sectionGrid = (
  name: string,
  title: string,
  measures: readonly MeasureSpec[],
): Grid => {
  const grid = measuresGrid(measures, { name });
  return {
    ...grid,
    rows: [[cell(title)], ...grid.rows],
    merges: grid.merges.map((m) => ({ ...m, row: m.row + 1 })),
  };
};

/**
 * Measure 2's city plan (K5 in the template layout) typed as text that is no number, on the
 * first tab: a sheet with one finding to mark.
 */
export const withCityPlanAsText = (grids: readonly Grid[]): Grid[] =>
  grids.map((g, i) =>
    i === 0
      ? {
          ...g,
          rows: g.rows.map((r, k) =>
            k === 4 ? r.map((c, j) => (j === 10 ? { value: 'двадцять', text: 'двадцять' } : c)) : r,
          ),
        }
      : g,
  );

/** The printed report's header labels (SPEC §10): one «план / факт» column per source. */
export const PRINTED_HEADER: readonly string[] = [
  '№ з/п',
  'Зміст заходу',
  'Термін виконання',
  'Виконавець',
  'Всього',
  'держбюджету',
  'обл. бюджету',
  'бюджету міста',
  'підприємств',
  'інших джерел',
  'Виконання',
];

/** A printed report pasted in: its header, the numbering row, data from row 3. */
export const printedGrid = (...rows: CellValue[][]): Grid => ({
  name: 'Заходи',
  merges: [],
  rows: [
    [...PRINTED_HEADER],
    ['А', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    ...rows,
  ].map((row) => row.map((value) => ({ value, text: String(value) }))),
});
