// Apps Script figures for `npm run bench`: calls per action, counted by the in-memory fakes on
// generated sheets (every call that leaves the script; Utilities runs in it), the service calls
// the goals count among them (Spreadsheet, Sheet, Range, Document, Docs, Drive), priced with the
// per-call costs of APPS-SCRIPT.md, and the largest Docs batchUpdate. The report is measured as
// the sidebar makes it: its three steps, first, again for the same period, and for the next.
import type { Grid } from '../src/core/grid';
import { costOf } from '../test/fakes/context';
import { createFakeEnvironment, spreadsheetFromGrids } from '../test/fakes';
import type { FakeEnvironment } from '../test/fakes';
import { MAX_REPORT_MEASURES } from '../src/gas/report-steps';
import { generatedGrids } from './bench-offline';
import { withCityPlanAsText } from '../test/support/grid-builders';

/** Calls that leave the script: everything but Utilities and Logger. */
const isRoundTrip = (name: string): boolean =>
  !name.startsWith('Utilities.') && !name.startsWith('Logger.');

export interface GasFigures {
  readonly measures: number;
  readonly action: string;
  readonly calls: number;
  /** Calls on the spreadsheet, the documents and the advanced services (no lock, properties). */
  readonly serviceCalls: number;
  readonly estimateS: number;
  /** Requests in the largest Docs batchUpdate the action sent (0 when none). */
  readonly largestBatch: number;
  /** Calls per "Service.method", for reading where they go. */
  readonly byMethod: Record<string, number>;
}

/** The report's budget counts these: Spreadsheet, Sheet, Range, Document and advanced services. */
const SERVICE =
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|Text|Docs|Drive)\./;

type Scope = Record<string, (...a: unknown[]) => unknown>;

const measure = (
  grids: Grid[],
  action: string,
  run: (scope: Scope, env: FakeEnvironment) => void,
  prepare: (scope: Scope, env: FakeEnvironment) => void = () => undefined,
): Omit<GasFigures, 'measures'> => {
  const env = createFakeEnvironment({
    spreadsheet: spreadsheetFromGrids(grids),
    htmlFolder: 'dist',
  });
  // Each call of the bundle one execution, as Apps Script runs it.
  const scope = env.load('dist');
  prepare(scope, env);
  let largestBatch = 0;
  const documents = env.globals.Docs.Documents;
  const batchUpdate = documents.batchUpdate;
  documents.batchUpdate = (resource, id) => {
    largestBatch = Math.max(largestBatch, resource?.requests?.length ?? 0);
    return batchUpdate(resource, id);
  };
  env.calls.reset();
  run(scope, env);
  const byMethod = Object.fromEntries(
    Object.entries(env.calls.snapshot()).filter(([name]) => isRoundTrip(name)),
  );
  const calls = Object.values(byMethod).reduce((a, b) => a + b, 0);
  const serviceCalls = Object.entries(byMethod)
    .filter(([name]) => SERVICE.test(name))
    .reduce((sum, [, n]) => sum + n, 0);
  const estimate = Object.entries(byMethod).reduce((sum, [name, n]) => sum + n * costOf(name), 0);
  return {
    action,
    calls,
    serviceCalls,
    estimateS: Math.round(estimate * 10) / 10,
    largestBatch,
    byMethod,
  };
};

/**
 * A programme of `sections` tabs of `measures` generated measures each ("6.1 Розділ 1", …), the
 * settings, and a narrative tab with a paragraph per section.
 */
export const programmeGrids = (sections: number, measures: number): Grid[] => {
  const [section, settings] = generatedGrids(measures);
  const text = (t: string) => ({ value: t, text: t });
  return [
    ...Array.from({ length: sections }, (_, i) => ({
      ...section,
      name: `6.${i + 1} Розділ ${i + 1}`,
    })),
    settings,
    {
      name: 'Пояснення',
      rows: [
        [text('Розділ'), text('Текст')],
        ...Array.from({ length: sections }, (_, i) => [
          text(`6.${i + 1}`),
          text(`Пояснення до розділу ${i + 1}.`),
        ]),
      ],
      merges: [],
    },
  ];
};

const onEditAt = (env: FakeEnvironment, scope: Scope): void => {
  env.setAuthMode('LIMITED');
  env.setTrigger('simple');
  const sheet = env.spreadsheet.getSheetsQuietly()[0];
  scope.onEdit({
    authMode: 'LIMITED',
    range: sheet.rangeOf({ row: 5, col: 11, rows: 1, cols: 1 }),
    source: env.spreadsheet,
  });
};

/**
 * «Сформувати звіт» as the sidebar makes it: reportCheck, reportCreate, reportFill. A refusal
 * (errors, too many measures) ends it after the check, as on the page.
 */
const reportSteps = (scope: Scope, replacePrevious = false): boolean => {
  const check = scope.reportCheck() as { ok: boolean };
  if (!check.ok) return false;
  const draft = scope.reportCreate(replacePrevious) as { docId: string };
  scope.reportFill(draft.docId);
  return true;
};

const reportOrThrow = (scope: Scope, replacePrevious = false): void => {
  if (!reportSteps(scope, replacePrevious)) throw new Error('the report was refused');
};

/** The period typed in the settings (row 5 of the generated settings tab), not counted. */
const nextPeriod = (env: FakeEnvironment): void =>
  env.spreadsheet
    .getSheetsQuietly()
    .find((sheet) => sheet.name === 'Налаштування')
    ?.writeRaw(5, 2, [['9 місяців 2017 року']]);

/** The sheet's section (4.4 in the settings) with a paragraph on a Пояснення tab (SPEC §7). */
const withNarrative = (grids: Grid[]): Grid[] => {
  const text = (t: string) => ({ value: t, text: t });
  return [
    ...grids,
    {
      name: 'Пояснення',
      rows: [
        [text('Розділ'), text('Текст')],
        [text('4.4'), text('Пояснення до розділу 4.4.')],
      ],
      merges: [],
    },
  ];
};

/**
 * A check after a report (its snapshot kept on the hidden tab), with a figure typed as words in
 * the first and the last measure's city plan (K): two marks in rows far apart.
 */
const checkAfterReport = (grids: Grid[], label: string): Omit<GasFigures, 'measures'> =>
  measure(
    grids,
    `Перевірити дані після звіту${label}`,
    (s) => s.sidebarCheck(),
    (s, env) => {
      reportOrThrow(s);
      const sheet = env.spreadsheet.getSheetsQuietly()[0];
      const measures = sheet.lastRow() - 3;
      for (const row of [4, 3 + measures]) sheet.writeRaw(row, 11, [['двадцять']]);
    },
  );

/**
 * The report's three cases: the first in a fresh file, the same period again, the next one;
 * `label` follows each action's name.
 */
const reportFigures = (grids: Grid[], label = ''): Omit<GasFigures, 'measures'>[] => [
  measure(grids, `Сформувати звіт${label}`, (s) => reportOrThrow(s)),
  measure(
    grids,
    `Звіт знову, заміна${label}`,
    (s) => reportOrThrow(s, true),
    (s) => reportOrThrow(s),
  ),
  measure(
    grids,
    `Наступний період${label}`,
    (s) => reportOrThrow(s, true),
    (s, env) => {
      reportOrThrow(s);
      nextPeriod(env);
    },
  ),
];

export const benchGas = (sizes: readonly number[]): GasFigures[] =>
  sizes.flatMap((measures) => {
    const grids = generatedGrids(measures);
    const faulty = withCityPlanAsText(grids);
    return [
      measure(faulty, 'Перевірити дані', (s) => s.sidebarCheck()),
      measure(
        faulty,
        'Зняти позначки',
        (s) => s.clearMarksNow(),
        (s) => s.sidebarCheck(),
      ),
      measure(grids, 'Підрахувати підсумки', (s) => s.menuTotals()),
      measure(faulty, 'Правка клітинки (onEdit)', (s, env) => onEditAt(env, s)),
      // Past MAX_REPORT_MEASURES the check refuses with a message: its calls are counted.
      ...(measures > MAX_REPORT_MEASURES
        ? [
            measure(grids, 'Сформувати звіт (відмова)', (s) => {
              if (reportSteps(s)) throw new Error('a report past the limit was made');
            }),
          ]
        : [
            checkAfterReport(grids, ', 2 рядки'),
            checkAfterReport(withNarrative(grids), ', 2 рядки + Пояснення'),
            ...reportFigures(grids),
            ...reportFigures(withNarrative(grids), ' + Пояснення'),
          ]),
    ].map((f) => ({ measures, ...f }));
  });

/**
 * The largest report the add-on makes (MAX_REPORT_MEASURES measures): its calls and its largest
 * Docs batch, which must stay within 500 requests. At 10 000 the check refuses the report.
 */
export const benchLargestReport = (): GasFigures[] =>
  [measure(generatedGrids(MAX_REPORT_MEASURES), 'Сформувати звіт', (s) => reportOrThrow(s))].map(
    (f) => ({ measures: MAX_REPORT_MEASURES, ...f }),
  );

/** The whole programme: `sections` tabs of `measures` measures, a check and a report. */
export const benchProgramme = (sections: number, measures: number): GasFigures[] => {
  const grids = programmeGrids(sections, measures);
  const label = `${sections}×${measures}`;
  return [
    measure(withCityPlanAsText(grids), `Перевірити дані (${label})`, (s) => s.sidebarCheck()),
    measure(grids, `Підрахувати підсумки (${label})`, (s) => s.menuTotals()),
    measure(grids, `Сформувати звіт (${label})`, (s) => reportOrThrow(s)),
  ].map((f) => ({ measures: sections * measures, ...f }));
};

/**
 * A Пояснення tab's own reads in a check: its name (as every tab's), its size and range, its
 * notes («A Пояснення tab is a tab of its own» in decisions); its colours only under a mark.
 */
const NARRATIVE_CHECK_READS = 4;

/** What an action must stay within (service calls) and how the goal column writes it. */
interface Goal {
  calls: number;
  label: string;
}

/** An action's goal, or null; a programme's goal is per tab. */
const goalOf = (action: string): Goal | null => {
  if (action.includes('×')) return null;
  if (action.startsWith('Перевірити дані')) {
    return action.endsWith('+ Пояснення')
      ? { calls: 20 + NARRATIVE_CHECK_READS, label: `≤20+${NARRATIVE_CHECK_READS}` }
      : { calls: 20, label: '≤20' };
  }
  return /^(Сформувати звіт|Звіт знову|Наступний період)/.test(action)
    ? { calls: 40, label: '≤40' }
    : null;
};

/** Apps Script's limit on one execution (APPS-SCRIPT.md), and on one Docs batch. */
const RUN_LIMIT_S = 6 * 60;
const BATCH_LIMIT = 500;

/** For a programme's action ("… (20×50)"): its tabs, else null. */
const tabsOf = (action: string): number | null => {
  const m = /\((\d+)×\d+\)$/.exec(action);
  return m ? Number(m[1]) : null;
};

/** A programme's action keeps within one execution and the Docs batch limit. */
const withinLimits = (f: GasFigures): boolean =>
  f.estimateS <= RUN_LIMIT_S && f.largestBatch <= BATCH_LIMIT;

/** The goal column: "≤20 так" (or "≤20+4 так" with a Пояснення tab) per action, or calls per tab and the limits for a programme. */
export const verdictOf = (f: GasFigures): string => {
  const goal = goalOf(f.action);
  if (goal !== null) return `${goal.label} ${f.serviceCalls <= goal.calls ? 'так' : 'НІ'}`;
  const tabs = tabsOf(f.action);
  if (tabs === null) return '-';
  return `${(f.serviceCalls / tabs).toFixed(1)}/арк. ${withinLimits(f) ? 'так' : 'НІ'}`;
};

const missedGoal = (f: GasFigures): boolean => {
  const goal = goalOf(f.action);
  if (goal !== null) return f.serviceCalls > goal.calls;
  return tabsOf(f.action) !== null && !withinLimits(f);
};

const pad = (text: string | number, width: number): string => String(text).padStart(width);

/** The table `npm run bench` prints: calls, estimate, largest Docs batch and goal per action. */
export const printGas = (figures: readonly GasFigures[]): void => {
  console.log(
    '\nApps Script: виклики сервісів на дію (лічать фейки) і оцінка часу за цінами APPS-SCRIPT.md. ' +
      'Звіт — як його робить бічна панель: reportCheck, reportCreate, reportFill і знімок.',
  );
  console.log(
    `${pad('заходів', 8)} ${pad('дія', 50)} ${pad('викликів', 9)} ${pad('з них сервісів', 15)} ${pad('ціль', 14)} ${pad('оцінка, с', 10)} ${pad('найбільший batchUpdate', 23)}`,
  );
  for (const f of figures) {
    console.log(
      `${pad(f.measures, 8)} ${pad(f.action, 50)} ${pad(f.calls, 9)} ${pad(f.serviceCalls, 15)} ${pad(verdictOf(f), 14)} ${pad(f.estimateS.toFixed(1), 10)} ${pad(f.largestBatch || '-', 23)}`,
    );
  }
  const missed = figures.filter(missedGoal);
  console.log(
    'Цілі: перевірка ≤ 20 викликів сервісів, з аркушем «Пояснення» — ще ' +
      `${NARRATIVE_CHECK_READS} його читання (назва, розмір, діапазон, примітки); ` +
      'звіт ≤ 40 (таблиця, аркуші, діапазони, документ, ' +
      'Docs, Drive; без блокування, властивостей, Utilities і Session) — уперше, знову за той самий ' +
      'період і за наступний; ≤ 500 запитів в одному batchUpdate; програма — кілька викликів на ' +
      'аркуш (скільки — у стовпці «ціль»; 20×5 і 20×50 — ті самі виклики: їх число росте лише з ' +
      `аркушами), у межах 6 хвилин і 500 запитів на batchUpdate. ${missed.length === 0 ? 'Усі виконано.' : `НЕ виконано: ${missed.map((f) => `${f.action} (${f.measures})`).join(', ')}.`}`,
  );
};
