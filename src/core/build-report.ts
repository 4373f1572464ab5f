// Building the ReportModel: the title, the merged header of the reference table, one row per
// measure, the totals row, the summary and the signature block. Core layer.
import type { Totals } from './sources';
import { SOURCE_KEYS } from './sources';
import type { Heading, Measure } from './measures';
import { REPORT_PAGE, SIGNATURE_LINE, sizedHeader } from './layout';
import type { HeaderCell, ReportColumn, ReportModel, ReportRow } from './report-model';
import { periodLabel } from './period';
import type { Settings } from './settings';
import { cityName } from './settings';
import { STATUS_LABELS } from './status';
import type { UnreadableTotals } from './totals';
import { readsWhole, rowFigureText, totalFigureText, unreadableTotals } from './totals';

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

// The six money cells are named one by one, in the header's order, rather than spread from a
// list: before the engine compiles it, a spread steps through the iterator protocol for every
// cell of every row.
const measureRow = ({ text, status, money }: Measure): ReportRow => {
  // An amount that could not be read prints "?" (only a forced draft gets here).
  const whole = readsWhole(money);
  return {
    cells: [
      text.number,
      text.title,
      text.term,
      text.executor,
      rowFigureText(money, 'total', whole),
      rowFigureText(money, 'state', whole),
      rowFigureText(money, 'regional', whole),
      rowFigureText(money, 'city', whole),
      rowFigureText(money, 'enterprises', whole),
      rowFigureText(money, 'other', whole),
      text.result || (status ? STATUS_LABELS[status] : text.status),
    ],
  };
};

/** « по місту СЛОВ’ЯНСЬК», the city in capitals; '' when no city is set (SPEC §6.1). */
export const cityPhrase = (settings: Settings): string => {
  const city = cityName(settings.city.value);
  return city ? ` по місту ${city.toUpperCase()}` : '';
};

export const buildTitle = (settings: Settings): string => {
  const number = settings.sectionNumber.value.replace(/\.+$/, '');
  const city = cityPhrase(settings);
  // A section named nowhere (settings, title row, tab) is left out rather than printed as «».
  const name = settings.sectionName.value ? ` розділу «${settings.sectionName.value}»` : '';
  const section = `Виконання заходів${name}${city} за ${periodLabel(settings.period.value)}`;
  return number ? `${number}. ${section}` : section;
};

export const buildDocumentName = (settings: Settings): string =>
  [
    [settings.sectionNumber.value, settings.sectionName.value].filter((s) => s !== '').join(' '),
    periodLabel(settings.period.value),
  ]
    .filter((s) => s !== '')
    .join(' — ') || 'Звіт';

export interface ReportInput {
  readonly settings: Settings;
  readonly measures: readonly Measure[];
  /** Group headings, printed between the measures by their sheet rows. */
  readonly headings?: readonly Heading[];
  readonly totals: Totals;
  readonly summary: readonly string[];
}

const REPORT_COLUMNS: readonly ReportColumn[] = COLUMN_SHARES.map((share, i) => ({
  share,
  align: i === 1 || i === 3 || i === 10 ? 'left' : 'center',
}));

const totalsCells = (totals: Totals, unreadable: UnreadableTotals): string[] =>
  SOURCE_KEYS.map((source) => totalFigureText(totals[source], unreadable[source]));

const headingRow = (h: Heading): ReportRow => ({
  cells: [h.text, ...Array<string>(COLUMN_SHARES.length - 1).fill('')],
  heading: true,
});

/** Measures and headings in sheet order (both lists are already in it). */
const tableRows = (measures: readonly Measure[], headings: readonly Heading[]): ReportRow[] => {
  const rows: ReportRow[] = [];
  let h = 0;
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    for (; h < headings.length && headings[h].row < m.row; h++) rows.push(headingRow(headings[h]));
    rows.push(measureRow(m));
  }
  return rows;
};

export const buildReport = ({
  settings,
  measures,
  headings = [],
  totals,
  summary,
}: ReportInput): ReportModel => ({
  draft: false,
  documentName: buildDocumentName(settings),
  title: buildTitle(settings),
  columns: REPORT_COLUMNS,
  headerRowCount: 4,
  header: sizedHeader(REPORT_HEADER, REPORT_COLUMNS, REPORT_PAGE),
  columnNumbers: COLUMN_NUMBERS,
  rows: tableRows(measures, headings),
  totals: {
    label: 'ВСЬОГО:',
    labelSpan: 4,
    cells: [...totalsCells(totals, unreadableTotals(measures)), 'х'],
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
