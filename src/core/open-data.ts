// The figures as open data (SPEC §9): a Frictionless Data Package (v1) with a Table Schema per
// resource, for the council's site and CKAN-based portals. Core layer: the descriptor and the
// rows as plain values; the adapters write them as CSV files.
import type { Measure } from './measures';
import type { Programme } from './programme';
import type { SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import { STATUS_LABELS } from './status';
import { readsWhole, restsOnUnreadable, rowAmount, unreadableTotals } from './totals';
import type { Side } from './labels';

const SIDES = ['plan', 'fact'] as const;

export type OpenValue = string | number | null;

interface Field {
  readonly name: string;
  readonly title: string;
  readonly type: 'string' | 'integer' | 'number' | 'date';
  readonly description?: string;
}

export interface OpenTable {
  readonly name: string;
  /** The CSV file inside the package folder. */
  readonly path: string;
  readonly fields: readonly Field[];
  readonly rows: readonly (readonly OpenValue[])[];
}

const SOURCE_FIELDS: Readonly<Record<SourceKey, { name: string; title: string }>> = {
  total: { name: 'total', title: 'Всього' },
  state: { name: 'state_budget', title: 'Державний бюджет' },
  regional: { name: 'regional_budget', title: 'Обласний бюджет' },
  city: { name: 'city_budget', title: 'Бюджет міста' },
  enterprises: { name: 'enterprises', title: 'Кошти підприємств' },
  other: { name: 'other_sources', title: 'Інші джерела' },
};

const moneyFields = (description: string): Field[] =>
  SOURCE_KEYS.flatMap((s) =>
    (['plan', 'fact'] as const).map((side): Field => ({
      name: `${SOURCE_FIELDS[s].name}_${side}`,
      title: `${SOURCE_FIELDS[s].title}, ${side === 'plan' ? 'план' : 'факт'}, тис. грн`,
      type: 'number',
      description,
    })),
  );

/** The money fields' names, in their order: total_plan, total_fact, state_budget_plan, … */
const MONEY_NAMES: readonly (readonly [SourceKey, Side, string])[] = SOURCE_KEYS.flatMap((s) =>
  SIDES.map((side) => [s, side, `${SOURCE_FIELDS[s].name}_${side}`] as const),
);

/**
 * Which amounts of a row could not be read, by field name: an empty amount field is then told
 * apart from «no amount» (SPEC §9 has both empty). Only a forced export (`--force`) has any.
 */
const UNREADABLE_FIELD: Field = {
  name: 'unreadable_amounts',
  title: 'Суми, які не вдалося прочитати',
  type: 'string',
  description:
    'Назви полів із сумами цього рядка, залишених порожніми, бо суму в таблиці не вдалося ' +
    'прочитати (дані записано попри помилки), через пробіл. Порожньо, коли прочитано всі суми: ' +
    'тоді порожня сума означає, що коштів немає.',
};

/** Thousand UAH as a number with a decimal point (hryvnias are integers, so this is exact). */
const thousands = (hryvnias: number | null): number | null =>
  hryvnias === null ? null : hryvnias / 1000;

const MEASURE_FIELDS: readonly Field[] = [
  { name: 'section', title: 'Розділ', type: 'string' },
  { name: 'number', title: '№ з/п', type: 'string' },
  { name: 'title', title: 'Зміст заходу', type: 'string' },
  { name: 'term', title: 'Термін виконання', type: 'string' },
  { name: 'deadline', title: 'Кінцева дата терміну', type: 'date' },
  { name: 'executor', title: 'Виконавець', type: 'string' },
  { name: 'status', title: 'Стан виконання', type: 'string' },
  ...moneyFields(
    'Порожньо, коли суми немає, а також коли її в таблиці не вдалося прочитати: тоді поле ' +
      'названо в unreadable_amounts.',
  ),
  { name: 'result', title: 'Виконання', type: 'string' },
  UNREADABLE_FIELD,
];

const SECTION_FIELDS: readonly Field[] = [
  { name: 'section', title: 'Розділ', type: 'string' },
  { name: 'name', title: 'Назва розділу', type: 'string' },
  { name: 'planned', title: 'Заплановано заходів', type: 'integer' },
  { name: 'executing', title: 'Виконувались', type: 'integer' },
  { name: 'not_yet_due', title: 'Термін не настав', type: 'integer' },
  { name: 'overdue', title: 'Не виконано в термін', type: 'integer' },
  { name: 'unknown_deadline', title: 'Термін не визначено', type: 'integer' },
  ...moneyFields(
    'Порожньо, коли якусь суму розділу в таблиці не вдалося прочитати (дані записано попри ' +
      'помилки): неповна сума не видається за цілу. Такі поля названо в unreadable_amounts.',
  ),
  UNREADABLE_FIELD,
];

/** The names of the money fields `unread` marks, space-separated; null when none. */
const unreadableNames = (unread: (source: SourceKey, side: Side) => boolean): string | null =>
  MONEY_NAMES.filter(([s, side]) => unread(s, side))
    .map(([, , name]) => name)
    .join(' ') || null;

const measureRow = (section: string, m: Measure): OpenValue[] => {
  // An empty Всього summed from sources one of which is unreadable is no whole figure either.
  const whole = readsWhole(m.money);
  const unread = (s: SourceKey, side: Side) => !whole && restsOnUnreadable(m.money, s, side);
  return [
    section,
    m.text.number,
    m.text.title,
    m.text.term,
    m.term.kind === 'unknown' ? null : m.term.deadline,
    m.text.executor,
    m.status ? STATUS_LABELS[m.status] : m.text.status,
    ...MONEY_NAMES.map(([s, side]) =>
      unread(s, side) ? null : thousands(rowAmount(m.money, s, side)),
    ),
    m.text.result,
    whole ? null : unreadableNames(unread),
  ];
};

/** A section's totals, each side empty when some figure in it could not be read, and which. */
const sectionMoney = (totals: Totals, measures: readonly Measure[]): OpenValue[] => {
  const unreadable = unreadableTotals(measures);
  const unread = (s: SourceKey, side: Side) => unreadable[s][side];
  return [
    ...MONEY_NAMES.map(([s, side]) => (unread(s, side) ? null : thousands(totals[s][side]))),
    unreadableNames(unread),
  ];
};

export interface OpenData {
  /** datapackage.json, as an object to serialise. */
  readonly descriptor: object;
  readonly tables: readonly OpenTable[];
}

/**
 * The package's title: the programme's name, else its one section's ("4.4. Розвиток
 * інформаційного простору"). The same in the add-on and on the command line.
 */
export const openDataTitle = (programme: Programme): string => {
  if (programme.name) return programme.name;
  const [first] = programme.sections;
  return programme.sections.length === 1 && first.name
    ? `${first.number ? `${first.number}. ` : ''}${first.name}`
    : 'Виконання заходів програми';
};

/** A name the Data Package spec accepts: lower-case letters, digits, "-", "_", ".". */
const packageName = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'zvit';

/** The package's resources and their files, in this order. */
export const OPEN_DATA_RESOURCES = [
  { name: 'measures', path: 'measures.csv' },
  { name: 'sections', path: 'sections.csv' },
] as const;

/** The package's descriptor file. */
export const DESCRIPTOR_FILE = 'datapackage.json';

/**
 * Whether a parsed datapackage.json is one Zvit wrote: a tabular package named «zvit-…» with
 * exactly its resources in their files. The command line replaces such a package only, never
 * files of the same names another program put in the folder.
 */
export const isZvitPackage = (descriptor: unknown): boolean => {
  if (typeof descriptor !== 'object' || descriptor === null) return false;
  const { name, profile, resources } = descriptor as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    name.startsWith('zvit') &&
    profile === 'tabular-data-package' &&
    Array.isArray(resources) &&
    resources.length === OPEN_DATA_RESOURCES.length &&
    OPEN_DATA_RESOURCES.every((r, i) => {
      const resource = resources[i] as { name?: unknown; path?: unknown } | null;
      return resource?.name === r.name && resource.path === r.path;
    })
  );
};

/** Said in the package's description when some amount could not be read. */
const UNREAD_NOTE =
  ' Дані записано попри помилки в таблиці: суми, які не вдалося прочитати, залишено порожніми, ' +
  'а назви їхніх полів наведено в полі unreadable_amounts відповідного рядка.';

export const buildOpenData = (
  programme: Programme,
  meta: { readonly title: string; readonly period: string },
): OpenData => {
  const tables: OpenTable[] = [
    {
      ...OPEN_DATA_RESOURCES[0],
      fields: MEASURE_FIELDS,
      rows: programme.sections.flatMap((s) =>
        (s.analysis.table?.measures ?? []).map((m) => measureRow(s.number, m)),
      ),
    },
    {
      ...OPEN_DATA_RESOURCES[1],
      fields: SECTION_FIELDS,
      rows: programme.sections.map((s) => [
        s.number,
        s.name,
        s.analysis.counts.planned,
        s.analysis.counts.executing,
        s.analysis.counts.notYetDue,
        s.analysis.counts.overdue,
        s.analysis.counts.unknownDeadline,
        ...sectionMoney(s.analysis.totals, s.analysis.table?.measures ?? []),
      ]),
    },
  ];
  const period = programme.period;
  // Every table ends with UNREADABLE_FIELD: a row with a name in it is a forced export's.
  const unread = tables.some((t) => t.rows.some((row) => row[row.length - 1] !== null));
  return {
    descriptor: {
      profile: 'tabular-data-package',
      name: packageName(`zvit-${period?.end ?? 'report'}`),
      title: meta.title,
      description:
        `Виконання заходів програми за ${meta.period.replace(/^за\s+/i, '')}. Суми в тисячах гривень.` +
        (unread ? UNREAD_NOTE : ''),
      resources: tables.map((t) => ({
        name: t.name,
        path: t.path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: t.fields.map((f) => (f.type === 'date' ? { ...f, format: 'default' } : f)),
          missingValues: [''],
          ...(t.name === 'sections' ? { primaryKey: ['section'] } : {}),
        },
      })),
    },
    tables,
  };
};

/**
 * RFC 4180: a field with a comma, a quote or a line break is quoted with its quotes doubled;
 * each record ends in CRLF. Written here, not by a CSV library: the Apps Script bundle has no
 * Node Buffer.
 */
const csvField = (value: OpenValue): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const csvText = (rows: readonly (readonly OpenValue[])[]): string =>
  rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');

/** The package as files: datapackage.json and one CSV per resource (UTF-8, comma, header row). */
export const openDataFiles = (data: OpenData): { name: string; text: string }[] => [
  { name: DESCRIPTOR_FILE, text: `${JSON.stringify(data.descriptor, null, 2)}\n` },
  ...data.tables.map((t) => ({
    name: t.path,
    text: csvText([t.fields.map((f) => f.name), ...t.rows]),
  })),
];
