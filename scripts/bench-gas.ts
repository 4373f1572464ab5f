// Apps Script figures for `npm run bench`: service calls per action, counted by the in-memory
// fakes on generated sheets, priced with the per-call costs of APPS-SCRIPT.md.
import type { Grid } from '../src/core/grid';
import { createFakeEnvironment, loadGrids } from '../test/fakes/gas-fakes';
import { generatedGrids } from './bench-offline';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as {
  require: (folder: string, globals: object) => Record<string, (...a: unknown[]) => unknown>;
};

/** Seconds per call: Docs batchUpdate, Drive and document creation 2 s; properties 30–60 ms; a batch read or write 0.1 s. */
const costOf = (name: string): number => {
  if (name.startsWith('Docs.') || name.startsWith('Drive.') || name === 'DocumentApp.openById')
    return 2;
  if (name === 'Properties.setProperty') return 0.06;
  if (name.startsWith('Properties.')) return 0.03;
  return 0.1;
};

export interface GasFigures {
  readonly measures: number;
  readonly action: string;
  readonly calls: number;
  readonly estimateS: number;
}

const measure = (
  grids: Grid[],
  action: string,
  run: (
    scope: Record<string, (...a: unknown[]) => unknown>,
    env: ReturnType<typeof createFakeEnvironment>,
  ) => void,
) => {
  const env = createFakeEnvironment({ spreadsheet: loadGrids(grids) });
  const scope = gas.require('dist', env.globals);
  env.calls.reset();
  run(scope, env);
  const counts = env.calls.snapshot();
  const estimate = Object.entries(counts).reduce((sum, [name, n]) => sum + n * costOf(name), 0);
  return { action, calls: env.calls.total(), estimateS: Math.round(estimate * 10) / 10 };
};

export const benchGas = (sizes: readonly number[]): GasFigures[] =>
  sizes.flatMap((measures) => {
    const grids = generatedGrids(measures);
    return [
      measure(grids, 'Перевірити дані', (s) => s.sidebarCheck()),
      measure(grids, 'Підрахувати підсумки', (s) => s.menuTotals()),
      // Past MAX_REPORT_MEASURES the add-on refuses with a message: those calls are counted too.
      measure(grids, measures > 5000 ? 'Сформувати звіт (відмова)' : 'Сформувати звіт', (s) => {
        const result = s.generateReport() as { ok: boolean; message?: string };
        if (!result.ok && measures <= 5000) throw new Error(result.message);
      }),
      measure(grids, 'Правка клітинки (onEdit)', (s, env) => {
        const sheet = env.book.sheets[0];
        s.onEdit({ range: sheet.getRange(5, 11), source: env.book });
      }),
    ].map((f) => ({ measures, ...f }));
  });
