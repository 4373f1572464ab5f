// Building the ReportModel: the title, the merged header of the reference table, one row per
// measure, the totals row, the summary and the signature block. Core layer.
import type { SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Measure } from './measures';
import { formatPlanFact } from './money';
import { REPORT_PAGE, SIGNATURE_LINE, sizedHeader } from './layout';
import type { HeaderCell, ReportColumn, ReportModel, ReportRow } from './report-model';
import type { Settings } from './settings';
import { STATUS_LABELS } from './status';
import { rowAmount } from './totals';

/** The header of the reference table: 4 rows, 11 columns, merged as in the seed. */
export const REPORT_HEADER: readonly Omit<HeaderCell, 'sizePt'>[] = [
  { text: '№ з/п', row: 0, col: 0, rowSpan: 4, colSpan: 1 },
  { text: 'Зміст заходу', row: 0, col: 1, rowSpan: 4, colSpan: 1 },
  { text: 'Термін виконання', row: 0, col: 2, rowSpan: 4, colSpan: 1 },
  { text: 'Виконавець', row: 0, col: 3, rowSpan: 4, colSpan: 1 },
  { text: 'Витрати на реалізацію (план/факт), тис. грн.', row: 0, col: 4, rowSpan: 1, colSpan: 6 },
  { text: 'Виконання', row: 0, col: 10, rowSpan: 4, colSpan: 1 },
  { text: 'Всього', row: 1, col: 4, rowSpan: 3, colSpan: 1 },
  { text: 'у тому числі за рахунок коштів:', row: 1, col: 5, rowSpan: 1, colSpan: 5 },
  { text: 'держбюджету', row: 2, col: 5, rowSpan: 2, colSpan: 1 },
  { text: 'місцевих бюджетів', row: 2, col: 6, rowSpan: 1, colSpan: 2 },
  { text: 'підприємств', row: 2, col: 8, rowSpan: 2, colSpan: 1 },
  { text: 'інших джерел', row: 2, col: 9, rowSpan: 2, colSpan: 1 },
  { text: 'обл. бюджету', row: 3, col: 6, rowSpan: 1, colSpan: 1 },
  { text: 'бюджету міста', row: 3, col: 7, rowSpan: 1, colSpan: 1 },
];

export const COLUMN_NUMBERS = ['А', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

/** Shares of the table width, close to the reference document's columns. */
const COLUMN_SHARES = [0.035, 0.17, 0.08, 0.11, 0.077, 0.077, 0.077, 0.077, 0.077, 0.077, 0.143];

const moneyText = (m: Measure, source: SourceKey): string => {
  const cell = m.money[source].plan;
  const fact = m.money[source].fact;
  // An unreadable amount is printed as typed (only a forced report gets here).
  for (const side of [cell, fact]) {
    if (side.amount.kind === 'invalid' || side.amount.kind === 'pair') return side.cell.text;
  }
  return formatPlanFact(rowAmount(m.money, source, 'plan'), rowAmount(m.money, source, 'fact'));
};

const measureRow = (m: Measure): ReportRow => ({
  cells: [
    m.text.number,
    m.text.title,
    m.text.term,
    m.text.executor,
    ...SOURCE_KEYS.map((source) => moneyText(m, source)),
    m.text.result || (m.status ? STATUS_LABELS[m.status] : m.text.status),
  ],
});

const totalText = ({ plan, fact }: Totals[SourceKey]): string =>
  plan === 0 && fact === 0 ? '-' : formatPlanFact(plan, fact);

export const buildTitle = (settings: Settings): string => {
  const number = settings.sectionNumber.value.replace(/\.+$/, '');
  const city = settings.city.value ? ` по місту ${settings.city.value.toUpperCase()}` : '';
  const section = `Виконання заходів розділу «${settings.sectionName.value}»${city} за ${settings.period.value}`;
  return number ? `${number}. ${section}` : section;
};

export const buildDocumentName = (settings: Settings): string =>
  [
    [settings.sectionNumber.value, settings.sectionName.value].filter((s) => s !== '').join(' '),
    settings.period.value,
  ]
    .filter((s) => s !== '')
    .join(' — ') || 'Звіт';

export interface ReportInput {
  readonly settings: Settings;
  readonly measures: readonly Measure[];
  readonly totals: Totals;
  readonly summary: readonly string[];
}

const REPORT_COLUMNS: readonly ReportColumn[] = COLUMN_SHARES.map((share, i) => ({
  share,
  align: i === 1 || i === 3 || i === 10 ? 'left' : 'center',
}));

export const buildReport = ({ settings, measures, totals, summary }: ReportInput): ReportModel => ({
  draft: false,
  documentName: buildDocumentName(settings),
  title: buildTitle(settings),
  columns: REPORT_COLUMNS,
  headerRowCount: 4,
  header: sizedHeader(REPORT_HEADER, REPORT_COLUMNS, REPORT_PAGE),
  columnNumbers: COLUMN_NUMBERS,
  rows: measures.map(measureRow),
  totals: {
    label: 'ВСЬОГО:',
    labelSpan: 4,
    cells: [...SOURCE_KEYS.map((source) => totalText(totals[source])), 'х'],
  },
  summary,
  signature: {
    position: settings.signerPosition.value,
    name: settings.signer.value,
    line: SIGNATURE_LINE,
    dateLine: '«____» ______________ 20___ р.',
  },
  page: REPORT_PAGE,
});
