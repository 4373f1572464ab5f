// One executor merged over several measures, as shared sheets often have it (SPEC §2.1, issue
// #10): the add-on reads it as the command line does, on the built bundle over the fakes, and
// pays for the merges only where one can fill an empty cell.
import { readXlsx } from '../../src/cli/read-xlsx';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import type { ReportModel } from '../../src/core/report-model';
import type { CheckView } from '../../src/shared/api';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import type { FakeSheet } from '../fakes';
import { createFakeEnvironment, scriptRun, spreadsheetFromGrids } from '../fakes';

let sample: Grid[];
beforeAll(async () => {
  sample = await readXlsx(SAMPLE_PATH);
});

/** The sample's measures 1–3 (rows 4–6) all name «Прес-служба» in column D. */
const EXECUTOR = 3;
const GROUP = [3, 4, 5];

/**
 * The sample with measures 2 and 3's executor cells empty, as Sheets hands over the cells a
 * merge covers; `merged`: with D4:D6 merged, as the person sees one «Прес-служба» over three.
 */
const group = (merged: boolean): Grid[] =>
  sample.map((g, i) =>
    i !== 0
      ? g
      : {
          ...g,
          rows: g.rows.map((row, r) =>
            r === GROUP[1] || r === GROUP[2]
              ? row.map((cell, c) => (c === EXECUTOR ? { value: '', text: '' } : cell))
              : row,
          ),
          merges: merged
            ? [...g.merges, { row: GROUP[0], col: EXECUTOR, rows: GROUP.length, cols: 1 }]
            : g.merges,
        },
  );

const quiet = { ...console, warn: () => undefined };

const addon = (grids: Grid[]) => {
  const env = createFakeEnvironment({ spreadsheet: spreadsheetFromGrids(grids) });
  env.globals.console = quiet as Console;
  const scope = env.load('dist');
  /** Results cross realms: compare them as plain JSON. */
  const call = (name: string, ...args: unknown[]) => scriptRun(scope, name, ...args);
  const sheet: FakeSheet = env.spreadsheet.getSheetsQuietly()[0];
  /** onEdit as a simple trigger gets it, for one cell (1-based). */
  const edit = (row: number, col: number): void => {
    env.setAuthMode('LIMITED');
    env.setTrigger('simple');
    scope.onEdit({
      authMode: 'LIMITED',
      range: sheet.rangeOf({ row, col, rows: 1, cols: 1 }),
      source: env.spreadsheet,
    });
  };
  return { env, call, sheet, edit };
};

const required = (check: CheckView): string[] =>
  check.findings.filter((f) => f.code === 'required').map((f) => f.cell);

const executors = (model: ReportModel): string[] =>
  model.rows.slice(0, GROUP.length).map((r) => r.cells[EXECUTOR]);

/**
 * The sample's last two measures (rows 13–14) without amounts, the last one's term, executor,
 * status and result empty under C13:C14, D13:D14 and Q13:Q14: without its merges the last row
 * is a number and a title only, a note under the table.
 */
const mergedLastRow = (): Grid[] =>
  sample.map((g, i) => {
    if (i !== 0) return g;
    const [above, last] = [12, 13];
    const blank = { value: '', text: '' };
    const money = (c: number) => c >= 4 && c <= 15;
    return {
      ...g,
      rows: g.rows.map((row, r) =>
        r === above
          ? row.map((cell, c) => (money(c) ? blank : cell))
          : r === last
            ? row.map((cell, c) => (money(c) || [2, 3, 16, 17].includes(c) ? blank : cell))
            : row,
      ),
      merges: [...g.merges, ...[2, 3, 16].map((col) => ({ row: above, col, rows: 2, cols: 1 }))],
    };
  });

describe('a last measure whose term, executor and status are merged down from the one above', () => {
  it('is in the report, as on the command line', () => {
    const grids = mergedLastRow();
    const preview = addon(grids).call('sidebarPreview') as ReportModel;
    expect(preview.rows.length).toEqual(analyseWorkbook(grids).report.rows.length);
  });
});

describe('an executor merged over three measures', () => {
  it('gives no «Не заповнено» finding', () => {
    expect(required(addon(group(true)).call('sidebarCheck'))).toEqual([]);
  });

  it('is printed on each row it covers', () => {
    const model: ReportModel = addon(group(true)).call('sidebarPreview');
    expect(executors(model)).toEqual(['Прес-служба', 'Прес-служба', 'Прес-служба']);
  });

  it('gives the report the rows the command line gives it', () => {
    const model: ReportModel = addon(group(true)).call('sidebarPreview');
    expect(model.rows).toEqual(analyseWorkbook(group(true)).report.rows);
  });

  it('lets the report be made', () => {
    const { call } = addon(group(true));
    expect(call('reportCheck').ok).toBe(true);
  });

  it('is not marked as missing when a row it covers is edited', () => {
    const { sheet, edit } = addon(group(true));
    sheet.cell(6, 2).value = 'Проведення круглих столів з громадськістю';
    edit(6, 2);
    expect([sheet.peek(6, 4)?.note ?? '', sheet.peek(6, 4)?.background ?? '#ffffff']).toEqual([
      '',
      '#ffffff',
    ]);
  });
});

describe('the same sheet without the merge', () => {
  it('still reports the two empty executor cells', () => {
    expect(required(addon(group(false)).call('sidebarCheck'))).toEqual(['D5', 'D6']);
  });

  it('marks the empty executor when its row is edited', () => {
    const { sheet, edit } = addon(group(false));
    edit(6, 2);
    expect(sheet.peek(6, 4)?.note).toMatch(/^Zvit/);
  });
});

describe('what the merges cost', () => {
  const check = (grids: Grid[]): Record<string, number> => {
    const { env, call } = addon(grids);
    env.calls.reset();
    call('sidebarCheck');
    return env.calls.snapshot();
  };
  const total = (calls: Record<string, number>): number =>
    Object.values(calls).reduce((sum, n) => sum + n, 0);

  it('nothing on a sheet without an empty cell a merge could fill', () => {
    expect(check(sample)['Range.getMergedRanges']).toBeUndefined();
  });

  it('three calls on the merged sheet: the block, its list of merges, the one merge found', () => {
    expect(total(check(group(true))) - total(check(sample))).toEqual(3);
  });

  it('nothing on an edit of a row without an empty cell', () => {
    const { env, edit } = addon(sample);
    env.calls.reset();
    edit(6, 2);
    expect(env.calls.snapshot()['Range.getMergedRanges']).toBeUndefined();
  });
});

/**
 * The sample's first measure (row 4) turned into a group heading typed in two cells: «1.» and
 * a title merged across the rest of the row (B4:R4). Under it measure 2, not numbered within
 * it: only the merge says it is a heading, and the add-on must read it.
 */
const headingAcross = (): Grid[] =>
  sample.map((g, i) => {
    if (i !== 0) return g;
    const blank = { value: '', text: '' };
    return {
      ...g,
      rows: g.rows.map((row, r) =>
        r !== GROUP[0]
          ? row
          : row.map((_, c) =>
              c === 0
                ? { value: '1.', text: '1.' }
                : c === 1
                  ? { value: 'Інформаційна відкритість', text: 'Інформаційна відкритість' }
                  : blank,
            ),
      ),
      merges: [...g.merges, { row: GROUP[0], col: 1, rows: 1, cols: 17 }],
    };
  });

describe('a group heading typed as «1.» and a title merged across the row', () => {
  it('is printed as a heading row, as on the command line', () => {
    const preview = addon(headingAcross()).call('sidebarPreview') as ReportModel;
    expect(preview.rows[0]).toEqual(analyseWorkbook(headingAcross()).report.rows[0]);
  });

  it('is no measure with empty cells', () => {
    expect(required(addon(headingAcross()).call('sidebarCheck'))).toEqual([]);
  });
});
