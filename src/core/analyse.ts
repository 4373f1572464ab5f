// The whole core pipeline in one call: read the measures and settings tabs, check, total,
// count and build the report model. Core layer; the CLI and the Apps Script side call this.
import { buildReport } from './build-report';
import { checkMeasures, makeFinding, ROW_RULES } from './checks';
import { countMeasures } from './counts';
import type { Finding } from './findings';
import { SEVERITY } from './findings';
import type { Grid } from './grid';
import { cellAt, toA1 } from './grid';
import type { Header } from './header';
import { findHeader, HEADER_SCAN_ROWS, REQUIRED_COLUMNS } from './header';
import { FIELD_LABELS, SIDE_LABELS, SOURCE_LABELS } from './labels';
import type { MissingColumn } from './header';
import type { Measure, MeasureTable } from './measures';
import { readMeasures } from './measures';
import type { Period } from './period';
import { rowFindings } from './row-findings';
import { parsePeriod } from './period';
import type { ReportModel } from './report-model';
import type { Settings } from './settings';
import {
  isSettingsGrid,
  readSettings,
  SETTING_KEYS,
  SETTING_LABELS,
  SETTINGS_SHEET,
} from './settings';
import { buildSummary, shortTitle } from './summary';
import { normalizeSpaces } from './text';
import { listPhrase } from './ukrainian';
import { computeTotals, unreadableTotals } from './totals';
import type { SourceKey, Totals } from './sources';
import { SOURCE_KEYS } from './sources';

export { SOURCE_KEYS } from './sources';
export type { PlanFact, SourceKey, Totals } from './sources';

export interface Counts {
  readonly planned: number;
  readonly executing: number;
  readonly notYetDue: number;
  readonly overdue: number;
  readonly unknownDeadline: number;
}

export interface Analysis {
  /** Name of the measures tab that was read. */
  readonly sheet: string;
  readonly period: { readonly label: string; readonly end: string } | null;
  readonly findings: readonly Finding[];
  readonly totals: Totals;
  readonly counts: Counts;
  /** The summary paragraphs, exactly as printed in the report. */
  readonly summary: readonly string[];
  /** The report model; built even when there are errors (the CLI's --force prints it). */
  readonly report: ReportModel;
  /** The parsed table, for adapters that write back (ВСЬОГО row, marks); null without a header. */
  readonly table: (MeasureTable & { readonly header: Header }) | null;
}

export interface AnalyseOptions {
  /** The measures tab to read; by default the first tab whose header is recognised. */
  readonly sheet?: string;
}

const columnName = (key: MissingColumn): string => {
  const [name, side] = key.split('.');
  return side
    ? `«${SOURCE_LABELS[name as SourceKey]}» (${SIDE_LABELS[side as keyof typeof SIDE_LABELS]})`
    : `«${FIELD_LABELS[name as keyof typeof FIELD_LABELS]}»`;
};

/**
 * The missing columns, a source's "план" and "факт" together: one missing «Всього» is one
 * mistake in the header, one error (SPEC §2.1).
 */
const missingGroups = (missing: readonly MissingColumn[]): MissingColumn[][] => {
  const groups: MissingColumn[][] = [];
  for (const key of missing) {
    const [name] = key.split('.');
    const group = key.includes('.') ? groups.find((g) => g[0].startsWith(`${name}.`)) : undefined;
    if (group) group.push(key);
    else groups.push([key]);
  }
  return groups;
};

/** «Всього» (план і факт) for both sides of a source, else the column's own name. */
const groupName = (group: readonly MissingColumn[]): string => {
  if (group.length === 1) return columnName(group[0]);
  const [name] = group[0].split('.');
  const sides = group.map((key) => SIDE_LABELS[key.split('.')[1] as keyof typeof SIDE_LABELS]);
  return `«${SOURCE_LABELS[name as SourceKey]}» (${sides.join(' і ')})`;
};

/** What the header does have, so a person sees which label was not recognised. */
const foundLabels = (labels: readonly string[]): string =>
  `Знайдено: ${labels.map((l) => `«${l}»`).join(', ')}. `;

type MeasuresSheet =
  | { readonly grid: Grid; readonly header: Header }
  | { readonly grid: Grid | null; readonly findings: readonly Finding[] };

/**
 * What to do without a header, true in Google Sheets and in the command line alike: the labels
 * the header must have, and where the template is made.
 */
const NO_HEADER_FIX =
  `Додайте над заходами рядок шапки зі стовпцями ${missingGroups(REQUIRED_COLUMNS).map(groupName).join(', ')}; ` +
  'шапку за шаблоном створює «Розширення → Zvit → Налаштувати аркуш» у Google Таблицях.';

/** Hidden tabs with a recognised header: not read unless asked for by name. */
const hiddenTables = (grids: readonly Grid[], wanted?: string): Grid[] =>
  grids.filter(
    (g) => g.hidden && g.name !== wanted && !isSettingsGrid(g) && findHeader(g).kind === 'found',
  );

/**
 * No visible tab has a measures header but a hidden one does: the error is that the table is
 * hidden, said once and at the book (the warning about hidden tabs would say the opposite).
 */
const onlyHiddenTable = (grids: readonly Grid[], visible: readonly Grid[]): Finding | null => {
  if (visible.some((g) => findHeader(g).kind !== 'not-found')) return null;
  const hidden = hiddenTables(grids);
  if (hidden.length === 0) return null;
  const names = listPhrase(hidden.map((g) => `«${g.name}»`));
  const one = hidden.length === 1;
  return makeFinding(
    'no-header',
    SEVERITY.error,
    { sheet: '', row: -1, col: -1 },
    `Таблиця із заходами є лише на ${one ? 'прихованому аркуші' : 'прихованих аркушах'} ` +
      `${names}, а прихований аркуш не читається. Покажіть ${one ? 'його' : 'їх'} (у Google ` +
      'Таблицях: Вигляд → Приховані аркуші; у LibreOffice Calc чи Excel: правою кнопкою на ' +
      'ярлику аркуша → «Показати») або, у командному рядку, вкажіть аркуш явно: ' +
      `--sheet "${hidden[0].name}".`,
  );
};

/** The measures tab: the one asked for, else the first whose header is recognised. */
const pickMeasuresSheet = (grids: readonly Grid[], wanted?: string): MeasuresSheet => {
  // A hidden tab is read only when asked for by name (hiddenTabFindings says why).
  const candidates =
    wanted === undefined
      ? grids.filter((g) => !isSettingsGrid(g) && !g.hidden)
      : grids.filter((g) => g.name === wanted);
  const onlyHidden = wanted === undefined ? onlyHiddenTable(grids, candidates) : null;
  if (onlyHidden) return { grid: null, findings: [onlyHidden] };
  if (candidates.length === 0) {
    const names = grids.map((g) => `«${g.name}»`).join(', ');
    const message =
      wanted === undefined
        ? `У книзі немає аркуша із заходами. ${NO_HEADER_FIX}`
        : `Аркуша «${wanted}» немає в книзі. Є аркуші: ${names}.`;
    return {
      grid: null,
      findings: [
        makeFinding(
          'no-header',
          SEVERITY.error,
          // Not at the tab asked for: it is not there.
          { sheet: '', row: -1, col: -1 },
          message,
        ),
      ],
    };
  }
  let firstMissing: MeasuresSheet | null = null;
  for (const grid of candidates) {
    const result = findHeader(grid);
    if (result.kind === 'found') return { grid, header: result.header };
    if (result.kind === 'duplicate' && firstMissing === null) {
      const [a, b] = result.cells;
      firstMissing = {
        grid,
        findings: [
          makeFinding(
            'duplicate-column',
            SEVERITY.error,
            { sheet: grid.name, row: b.row, col: b.col },
            `Стовпці ${toA1(a.row, a.col)} («${result.labels[0]}») і ${toA1(b.row, b.col)} ` +
              `(«${result.labels[1]}») обидва прочитано як ${columnName(result.column)}, тож ` +
              'незрозуміло, з якого брати суми. Залиште один такий стовпець: перейменуйте ' +
              'або видаліть зайвий.',
          ),
        ],
      };
    }
    if (result.kind === 'missing' && firstMissing === null) {
      firstMissing = {
        grid,
        findings: missingGroups(result.missing).map((group) =>
          makeFinding(
            'missing-column',
            SEVERITY.error,
            { sheet: grid.name, row: result.row, col: 0 },
            `У шапці таблиці (рядок ${result.row + 1}) немає ` +
              `${group.length > 1 ? 'стовпців' : 'стовпця'} ${groupName(group)}. ` +
              foundLabels(result.labels) +
              `Додайте ${group.length > 1 ? 'їх' : 'його'} — назви стовпців як у шаблоні ` +
              '«Налаштувати аркуш».',
          ),
        ),
      };
    }
  }
  const grid = candidates[0];
  return (
    firstMissing ?? {
      grid,
      findings: [
        makeFinding(
          'no-header',
          SEVERITY.error,
          { sheet: grid.name, row: -1, col: -1 },
          // The tab is named by whoever shows the finding ("Аркуш «Заходи»: …"), so not here.
          `Не знайдено шапки таблиці: у перших ${HEADER_SCAN_ROWS} рядках немає клітинки ` +
            '«Зміст заходу». ' +
            NO_HEADER_FIX,
        ),
      ],
    }
  );
};

const asText = (value: string): string =>
  'Щоб таблиця не змінювала введене, впишіть значення як текст: з апострофом на початку ' +
  `('${value}) або поставте клітинці текстовий формат (у Google Таблицях: Формат → Число → ` +
  '«Звичайний текст»; у LibreOffice чи Excel: Формат клітинок → «Текст») і впишіть знову.';

/**
 * A setting the sheet turned into a number or a date: what was read, and how to keep it text.
 * A period that does not read is left to its error, whose advice (words, not digits) is the one
 * that works: "30.06.2017" kept as text would still be no period.
 */
const convertedSettings = (settings: Settings, period: Period | null): Finding[] =>
  SETTING_KEYS.flatMap((key) => {
    const { converted, value, row, col } = settings[key];
    if (!converted || (key === 'period' && period === null)) return [];
    const as = converted.to === 'date' ? 'дату' : 'число';
    return [
      makeFinding(
        'setting-not-text',
        SEVERITY.warning,
        { sheet: SETTINGS_SHEET, row, col },
        `«${SETTING_LABELS[key]}»: таблиця перетворила введене на ${as} (${converted.shown}); ` +
          `прочитано «${value}». Перевірте, чи так і було задумано. ${asText(value)}`,
      ),
    ];
  });

/**
 * `found`: whether a tab named «Налаштування» is in the workbook. Without it every setting is
 * empty, and a message naming that tab must say it is not there (a renamed tab is not found).
 */
const settingsFindings = (settings: Settings, period: Period | null, found: boolean): Finding[] =>
  found
    ? [...convertedSettings(settings, period), ...periodFindings(settings, period)]
    : [
        makeFinding(
          'missing-setting',
          SEVERITY.error,
          // About the book: the tab it names is not there to be pointed at.
          { sheet: '', row: -1, col: -1 },
          `У таблиці немає аркуша «${SETTINGS_SHEET}», з якого береться «${SETTING_LABELS.period}». ` +
            `Якщо його перейменовано, поверніть йому назву «${SETTINGS_SHEET}». Інакше відкрийте ` +
            `«Розширення → Zvit → Налаштування», впишіть період і збережіть: аркуш буде створено. ` +
            `У LibreOffice чи Excel додайте аркуш «${SETTINGS_SHEET}» зі стовпцями «Параметр» і ` +
            `«Значення» і рядком «${SETTING_LABELS.period}» (наприклад, «1 півріччя 2017 року»).`,
        ),
      ];

const periodFindings = (settings: Settings, period: Period | null): Finding[] => {
  const place = (key: keyof Settings) => ({
    sheet: SETTINGS_SHEET,
    row: settings[key].row,
    col: settings[key].col,
  });
  if (settings.period.value === '') {
    return [
      makeFinding(
        'missing-setting',
        SEVERITY.error,
        place('period'),
        `Не вказано «${SETTING_LABELS.period}» на аркуші «${SETTINGS_SHEET}». Впишіть, наприклад, ` +
          `«1 півріччя 2017 року»: від нього залежить, чи настав термін заходів.`,
      ),
    ];
  }
  if (period === null) {
    const { converted } = settings.period;
    const [as, not] = converted?.to === 'date' ? ['дату', 'дата'] : ['число', 'число'];
    const what = converted
      ? `«${SETTING_LABELS.period}»: таблиця перетворила введене на ${as} ` +
        `(${converted.shown}), а звітний період — це квартал, півріччя, 9 місяців або рік, ` +
        `а не ${not}.`
      : `Не вдалося прочитати звітний період «${settings.period.value}».`;
    return [
      makeFinding(
        'bad-period',
        SEVERITY.error,
        place('period'),
        `${what} Напишіть, наприклад, «І квартал 2017 року», «1 півріччя 2017 року», ` +
          '«9 місяців 2016 року» або «2016 рік».',
      ),
    ];
  }
  return [];
};

/** The first "план / факт" cell that reads, as shown, and where: the example the warning quotes. */
const firstPair = (table: MeasureTable): { text: string; cell: string } | null => {
  for (const m of table.measures) {
    for (const source of SOURCE_KEYS) {
      const { plan, fact } = m.money[source];
      const text = normalizeSpaces(plan.cell.text);
      if (text.includes('/') && (plan.amount.kind === 'amount' || fact.amount.kind === 'amount'))
        return { text, cell: toA1(m.row, plan.col) };
    }
  }
  return null;
};

/** A printed report pasted back is read as it stands, once said (SPEC §10). */
const layoutFindings = (grid: Grid, header: Header, table: MeasureTable): Finding[] => {
  if (header.layout !== 'pairs') return [];
  const pair = firstPair(table);
  const status =
    header.fields.status === undefined
      ? ' Стовпця «Стан виконання» немає, тому стан узято з тексту «Виконання»: «…/не ' +
        'виконувалося» чи «не виконано» в кінці — не виконано, інакше — виконується.'
      : '';
  return [
    makeFinding(
      'printed-layout',
      SEVERITY.warning,
      { sheet: grid.name, row: header.firstRow, col: header.fields.title ?? 0 },
      'Таблицю вставлено з надрукованого звіту: план і факт записано в одній клітинці' +
        `${pair ? ` (як «${pair.text}» у ${pair.cell})` : ''}, її прочитано як є.${status} ` +
        'Щоб вести стан і суми окремо, створіть ' +
        'аркуш за шаблоном: «Розширення → Zvit → Налаштувати аркуш» у Google Таблицях.',
    ),
  ];
};

/** "5, 7–9, 12": 1-based row numbers with runs joined. */
const rowList = (rows: readonly number[]): string => {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    parts.push(j === i ? `${rows[i] + 1}` : `${rows[i] + 1}–${rows[j] + 1}`);
    i = j;
  }
  return parts.join(', ');
};

/** Hidden rows of the table are counted like the others; one warning says which they are. */
const hiddenRowFindings = (grid: Grid, header: Header, table: MeasureTable): Finding[] => {
  const { hiddenRows = [] } = grid;
  if (hiddenRows.length === 0) return [];
  const read = new Set([
    ...[...table.measures, ...table.declared, ...table.headings, ...table.groupSums].map(
      (r) => r.row,
    ),
    // A measure's line under it is printed with its title.
    ...table.continued,
  ]);
  const hidden = hiddenRows.filter((r) => read.has(r));
  if (hidden.length === 0) return [];
  const [rows, them, unneeded] =
    hidden.length > 1 ? ['Рядки', 'їх', 'вони не потрібні'] : ['Рядок', 'його', 'він не потрібен'];
  return [
    makeFinding(
      'hidden-rows',
      SEVERITY.warning,
      { sheet: grid.name, row: hidden[0], col: header.fields.number ?? header.fields.title ?? 0 },
      `${rows} ${rowList(hidden)} приховано, але ${them} враховано у перевірці, підсумках і ` +
        `звіті. Якщо ${unneeded} у звіті, видаліть ${them}; інакше покажіть (виділіть сусідні ` +
        'рядки → «Показати рядки»), щоб бачити все, що піде у звіт.',
    ),
  ];
};

/**
 * A row under the table that looks like a last measure only begun ("3 | Новий захід") is read
 * as a note and left out of the counts: the person is told, at the row, what makes it a measure.
 */
const begunFindings = (grid: Grid, header: Header, table: MeasureTable): Finding[] =>
  table.begun.map((row) => {
    const { number, title } = header.fields;
    const shown = (col: number | undefined): string =>
      col === undefined ? '' : normalizeSpaces(cellAt(grid, row, col).text);
    const empty = (['term', 'executor', 'status'] as const)
      .filter((key) => header.fields[key] !== undefined && shown(header.fields[key]) === '')
      .map((key) => `«${FIELD_LABELS[key]}»`);
    return makeFinding(
      'unfinished-measure',
      SEVERITY.warning,
      { sheet: grid.name, row, col: shown(number) !== '' ? (number ?? 0) : (title ?? 0) },
      `Рядок ${row + 1} («${shortTitle(shown(title))}») під таблицею схожий на початий захід, ` +
        'але його прочитано як примітку: у перевірку, підсумки і звіт він не потрапив. Якщо це ' +
        `захід, заповніть ${listPhrase(empty)}; якщо це підпис чи примітка, нічого робити не треба.`,
    );
  });

/**
 * A hidden tab with a measures table (an old copy kept out of sight) is no section: it is not
 * read, and one warning per tab says so, so that a section hidden by mistake is not lost
 * silently. Said on every section's analysis alike (the programme keeps it once).
 */
const hiddenTabFindings = (grids: readonly Grid[], wanted?: string): Finding[] =>
  hiddenTables(grids, wanted).map((g) =>
    makeFinding(
      'hidden-sheet',
      SEVERITY.warning,
      { sheet: g.name, row: -1, col: -1 },
      'Його приховано, тож таблицю на ньому не прочитано: у перевірку, підсумки і звіт вона ' +
        'не потрапила. Якщо це розділ програми, покажіть аркуш (у Google Таблицях: Вигляд → ' +
        'Приховані аркуші; у LibreOffice Calc чи Excel: правою кнопкою на ярлику аркуша → ' +
        '«Показати»); якщо це стара копія, нічого робити не треба.',
    ),
  );

const EMPTY_TOTALS = Object.fromEntries(
  SOURCE_KEYS.map((k) => [k, { plan: 0, fact: 0 }]),
) as Totals;

export const analyseWorkbook = (grids: readonly Grid[], options: AnalyseOptions = {}): Analysis => {
  const settingsGrid = grids.find(isSettingsGrid);
  const settings = readSettings(settingsGrid);
  const period = parsePeriod(settings.period.value);
  const found = settingsGrid !== undefined;
  const picked = pickMeasuresSheet(grids, options.sheet);
  // Without a period nothing is due yet and terms without a year cannot be placed.
  const periodEnd = period?.end ?? '0000-00-00';
  let measures: readonly Measure[] = [];
  let findings: Finding[];
  let totals = EMPTY_TOTALS;
  let table: Analysis['table'] = null;
  if ('header' in picked) {
    table = {
      ...readMeasures(picked.grid, picked.header, period?.year ?? 0),
      header: picked.header,
    };
    measures = table.measures;
    totals = computeTotals(measures);
    findings = [
      ...settingsFindings(settings, period, found),
      ...hiddenTabFindings(grids, options.sheet),
      ...layoutFindings(picked.grid, picked.header, table),
      ...hiddenRowFindings(picked.grid, picked.header, table),
      ...begunFindings(picked.grid, picked.header, table),
      ...rowFindings(picked.grid, picked.header, table),
      ...checkMeasures({
        sheet: picked.grid.name,
        header: picked.header,
        measures,
        declared: table.declared,
        totals,
      }),
    ];
  } else
    findings = [
      ...picked.findings,
      ...settingsFindings(settings, period, found),
      // Without a tab to read, a hidden table is the error itself (onlyHiddenTable).
      ...(picked.grid === null && options.sheet === undefined
        ? []
        : hiddenTabFindings(grids, options.sheet)),
    ];
  const counted = countMeasures(measures, periodEnd);
  const summary = buildSummary(counted, totals.total, unreadableTotals(measures).total);
  return {
    sheet: picked.grid?.name ?? '',
    period: period ? { label: period.label, end: period.end } : null,
    findings,
    totals,
    counts: counted.counts,
    summary,
    report: buildReport({ settings, measures, headings: table?.headings ?? [], totals, summary }),
    table,
  };
};

/**
 * Checks only the rows a person just edited, with the rules that need nothing but the row.
 * `grid` holds the header rows and the edited rows at their places (other rows may be empty).
 * Returns null when the grid is not a measures tab.
 */
export const checkEditedRows = (grid: Grid): Finding[] | null => {
  const result = findHeader(grid);
  if (result.kind !== 'found') return null;
  const table = readMeasures(grid, result.header, 0);
  return checkMeasures(
    {
      sheet: grid.name,
      header: result.header,
      measures: table.measures,
      declared: table.declared,
      totals: EMPTY_TOTALS,
    },
    ROW_RULES,
  );
};
