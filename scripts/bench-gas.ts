// Apps Script figures for `npm run bench`: service calls per action, counted by the in-memory
// fakes on generated sheets (every call on a Spreadsheet, Sheet, Range, Document, Lock,
// Properties or advanced service; Utilities runs in the script and is not a round trip), priced
// with the per-call costs of APPS-SCRIPT.md, and the largest Docs batchUpdate of a report.
import type { Grid } from '../src/core/grid';
import { costOf } from '../test/fakes/context';
import { createFakeEnvironment, spreadsheetFromGrids } from '../test/fakes';
import type { FakeEnvironment } from '../test/fakes';
import { generatedGrids } from './bench-offline';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as {
  require: (folder: string, globals: object) => Record<string, (...a: unknown[]) => unknown>;
};

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
  /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|Text|Docs|Drive)\./;

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
  const scope = gas.require('dist', env.globals);
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

/** Measure 2's city plan typed as text on every size: the check then has a mark to make. */
const withOneError = (grids: Grid[]): Grid[] =>
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

export const benchGas = (sizes: readonly number[]): GasFigures[] =>
  sizes.flatMap((measures) => {
    const grids = generatedGrids(measures);
    const faulty = withOneError(grids);
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
      // Past MAX_REPORT_MEASURES the add-on refuses with a message: those calls are counted too.
      measure(grids, measures > 5000 ? 'Сформувати звіт (відмова)' : 'Сформувати звіт', (s) => {
        const result = s.generateReport() as { ok: boolean; message?: string };
        if (!result.ok && measures <= 5000) throw new Error(result.message);
      }),
    ].map((f) => ({ measures, ...f }));
  });

/** The whole programme: `sections` tabs of `measures` measures, a check and a report. */
export const benchProgramme = (sections: number, measures: number): GasFigures[] => {
  const grids = programmeGrids(sections, measures);
  const label = `${sections}×${measures}`;
  return [
    measure(withOneError(grids), `Перевірити дані (${label})`, (s) => s.sidebarCheck()),
    measure(grids, `Підрахувати підсумки (${label})`, (s) => s.menuTotals()),
    measure(grids, `Сформувати звіт (${label})`, (s) => {
      const result = s.generateReport() as { ok: boolean; message?: string };
      if (!result.ok) throw new Error(result.message);
    }),
  ].map((f) => ({ measures: sections * measures, ...f }));
};

const pad = (text: string | number, width: number): string => String(text).padStart(width);

/** The table `npm run bench` prints: calls, estimate and largest Docs batch per action. */
export const printGas = (figures: readonly GasFigures[]): void => {
  console.log(
    '\nApps Script: виклики сервісів на дію (лічать фейки) і оцінка часу за цінами APPS-SCRIPT.md',
  );
  console.log(
    `${pad('заходів', 8)} ${pad('дія', 36)} ${pad('викликів', 9)} ${pad('з них сервісів', 15)} ${pad('оцінка, с', 10)} ${pad('найбільший batchUpdate', 23)}`,
  );
  for (const f of figures)
    console.log(
      `${pad(f.measures, 8)} ${pad(f.action, 36)} ${pad(f.calls, 9)} ${pad(f.serviceCalls, 15)} ${pad(f.estimateS.toFixed(1), 10)} ${pad(f.largestBatch || '-', 23)}`,
    );
  console.log(
    'Цілі: перевірка ≤ 20 викликів; звіт ≤ 40 викликів сервісів (таблиця, документ, Docs, Drive; ' +
      'без блокування і властивостей) і ≤ 500 запитів в одному batchUpdate; програма — ' +
      'кілька викликів на аркуш.',
  );
};
