// The built add-on driven as Apps Script drives it: dist/ loaded with gas-local over in-memory
import fc from 'fast-check';
// fakes, entry points called by the names the menu and the sidebar use.
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Grid } from '../../src/core/grid';
import { MENU_ITEMS } from '../../src/gas/ui';
import { MARKS_SHEET, NOTE_PREFIX } from '../../src/gas/marks';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { createFakeEnvironment, loadGrids } from '../fakes/gas-fakes';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as {
  require: (folder: string, globals: object) => Record<string, (...a: unknown[]) => unknown>;
};

let sample: Grid[];
beforeAll(async () => {
  sample = await readXlsx(SAMPLE_PATH);
});

const addon = (grids: Grid[] = sample) => {
  const env = createFakeEnvironment({ spreadsheet: loadGrids(grids) });
  const scope = gas.require('dist', env.globals);
  /** Results cross realms: compare them as plain JSON. */
  const call = (name: string, ...args: unknown[]) =>
    JSON.parse(JSON.stringify(scope[name](...args) ?? null));
  return { env, scope, call, sheet: env.book.sheets[0] };
};

/** The sample with measure 2's city plan typed as text that is not a number (K5). */
const withBadAmount = (): Grid[] =>
  sample.map((g, i) =>
    i === 0
      ? {
          ...g,
          rows: g.rows.map((r, k) =>
            k === 4 ? r.map((c, j) => (j === 10 ? { value: 'двадцять', text: 'двадцять' } : c)) : r,
          ),
        }
      : g,
  );

describe('onOpen', () => {
  it('builds the add-on menu in AuthMode.NONE and touches nothing else', () => {
    const { env, scope } = addon();
    env.auth.mode = 'NONE';
    scope.onOpen({ authMode: 'NONE' });
    expect(env.ui.menu.map((m) => [m.caption, m.fn])).toEqual(MENU_ITEMS.map(([c, f]) => [c, f]));
  });

  it('names only functions the bundle defines', () => {
    const { env, scope } = addon();
    scope.onInstall({});
    expect(env.ui.menu.filter((m) => typeof scope[m.fn] !== 'function')).toEqual([]);
  });
});

describe('Перевірити дані', () => {
  it('finds nothing on the sample and marks nothing', () => {
    expect(addon().call('sidebarCheck')).toMatchObject({ errors: 0, warnings: 0, marked: 0 });
  });

  it('marks the bad cell with a background and a Zvit note, and keeps the value', () => {
    const { call, sheet } = addon(withBadAmount());
    call('sidebarCheck');
    const cell = sheet.peek(5, 11);
    expect([cell.value, cell.background, cell.note.startsWith(NOTE_PREFIX)]).toEqual([
      'двадцять',
      '#f4c7c3',
      true,
    ]);
  });

  it('lists the finding with its cell and measure', () => {
    const { findings } = addon(withBadAmount()).call('sidebarCheck');
    expect(
      findings.map((f: { code: string; cell: string; measure: string }) => [
        f.code,
        f.cell,
        f.measure,
      ]),
    ).toContainEqual(['not-a-number', 'K5', '2']);
  });

  it('keeps what marks replaced out of properties, in a hidden tab', () => {
    const { call, env } = addon(withBadAmount());
    call('sidebarCheck');
    expect([
      env.book.sheets.find((s) => s.name === MARKS_SHEET)?.hidden,
      env.properties.get('document')?.size ?? 0,
    ]).toEqual([true, 0]);
  });
});

describe('Зняти позначки', () => {
  it('restores a person’s own note and background exactly', () => {
    const { call, sheet } = addon(withBadAmount());
    const cell = sheet.cell(5, 11);
    cell.note = 'перевірити з бухгалтерією';
    cell.background = '#d9ead3';
    call('sidebarCheck');
    call('clearMarksNow');
    expect([cell.value, cell.note, cell.background]).toEqual([
      'двадцять',
      'перевірити з бухгалтерією',
      '#d9ead3',
    ]);
  });

  it('keeps a change a person made to a marked cell after the check', () => {
    const { call, sheet } = addon(withBadAmount());
    call('sidebarCheck');
    sheet.cell(5, 11).background = '#00ff00';
    call('clearMarksNow');
    expect(sheet.peek(5, 11).background).toBe('#00ff00');
  });
});

describe('Підрахувати підсумки', () => {
  it('writes a bold ВСЬОГО row whose SUM formulas give the totals', () => {
    const { scope, sheet } = addon();
    scope.menuTotals();
    const row = sheet.lastRow();
    expect([
      sheet.peek(row, 1).value,
      sheet.peek(row, 5).formula,
      sheet.valueAt(row, 5),
      sheet.valueAt(row, 11),
      sheet.peek(row, 5).fontWeight,
    ]).toEqual(['ВСЬОГО:', '=SUM(E4:E14)', 168.8, 88.8, 'bold']);
  });

  it('leaves a sheet the next check finds clean', () => {
    const { scope, call } = addon();
    scope.menuTotals();
    expect(call('sidebarCheck').errors).toBe(0);
  });

  it('moves a signature typed right under the table down instead of overwriting it', () => {
    const signed = sample.map((g, i) =>
      i === 0
        ? {
            ...g,
            rows: [
              ...g.rows.slice(0, 14),
              g.rows[3].map((_, c) =>
                c === 1
                  ? { value: 'Начальник відділу', text: 'Начальник відділу' }
                  : { value: '', text: '' },
              ),
            ],
          }
        : g,
    );
    const { scope, sheet } = addon(signed);
    scope.menuTotals();
    expect([sheet.peek(15, 1).value, sheet.peek(16, 2).value]).toEqual([
      'ВСЬОГО:',
      'Начальник відділу',
    ]);
  });

  it('refreshes the same row instead of adding another', () => {
    const { scope, sheet } = addon();
    scope.menuTotals();
    scope.menuTotals();
    expect(sheet.lastRow()).toBe(15);
  });
});

describe('Сформувати звіт', () => {
  it('creates the Doc inside the add-on’s own folder and links it', () => {
    const { call, env } = addon();
    const result = call('generateReport');
    const doc = env.files.get(result.docId)!;
    const folder = env.properties.get('user')?.get('zvit.reportsFolderId');
    expect([result.ok, doc.parents, result.name]).toEqual([
      true,
      [folder],
      '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року',
    ]);
  });

  it('merges the header and pins five header rows in one batchUpdate', () => {
    const { call, env } = addon();
    const doc = env.files.get(call('generateReport').docId)!;
    const kinds = doc.requests[0].map((r) => Object.keys(r)[0]);
    expect([
      doc.requests.length,
      kinds.filter((k) => k === 'mergeTableCells').length,
      env.calls.get('Docs.Documents.batchUpdate'),
    ]).toEqual([1, 13, 1]);
  });

  it('writes the same table cells as the report model the .docx is made from', () => {
    const { call, env } = addon();
    const model = call('sidebarPreview');
    const doc = env.files.get(call('generateReport').docId)!;
    const table = doc.saved.find((e) => 'table' in e) as { table: string[][] };
    expect(table.table.slice(5, -1)).toEqual(model.rows.map((r: { cells: string[] }) => r.cells));
  });

  it('creates nothing and says why when the sheet has errors', () => {
    const { call, env } = addon(withBadAmount());
    const result = call('generateReport');
    expect([
      result.ok,
      [...env.files.values()].filter((f) => f.mimeType.includes('document')).length,
    ]).toEqual([false, 0]);
  });

  it('tells a second coordinator to wait while the first generates', () => {
    const { call, env } = addon();
    env.lock.heldByOther = true;
    expect(call('generateReport').message).toContain('інший користувач');
  });

  it('makes a new folder when the user trashed the old one', () => {
    const { call, env } = addon();
    call('generateReport');
    const first = env.properties.get('user')!.get('zvit.reportsFolderId')!;
    env.files.get(first)!.trashed = true;
    call('generateReport');
    expect(env.properties.get('user')!.get('zvit.reportsFolderId')).not.toBe(first);
  });

  it('saves a PDF beside the Doc', () => {
    const { call, env } = addon();
    const { docId } = call('generateReport');
    const pdf = call('savePdf', docId);
    const file = [...env.files.values()].find((f) => f.mimeType === 'application/pdf')!;
    expect([pdf.name, file.parents, file.blob?.includes('168,8 / 20')]).toEqual([
      '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року.pdf',
      env.files.get(docId)!.parents,
      true,
    ]);
  });
});

describe('onEdit', () => {
  it('marks an edited cell at once and unmarks it when fixed', () => {
    const { scope, sheet } = addon();
    const cell = sheet.cell(6, 11);
    cell.value = 'abc';
    scope.onEdit({ range: sheet.getRange(6, 11), source: sheet.book });
    const marked = cell.background;
    cell.value = 28.8;
    scope.onEdit({ range: sheet.getRange(6, 11), source: sheet.book });
    expect([marked, cell.background, cell.note]).toEqual(['#f4c7c3', '#ffffff', '']);
  });

  it('does nothing on the settings tab', () => {
    const { scope, env } = addon();
    const settings = env.book.sheets.find((s) => s.name === 'Налаштування')!;
    scope.onEdit({ range: settings.getRange(2, 2), source: env.book });
    expect(settings.peek(2, 2).background).toBe('#ffffff');
  });

  it('never throws at the person typing', () => {
    const { scope } = addon();
    expect(() =>
      scope.onEdit({
        range: {
          getSheet: () => {
            throw new Error('gone');
          },
        },
        source: null,
      }),
    ).not.toThrow();
  });
});

describe('Налаштування', () => {
  it('echoes the end of a period before saving', () => {
    expect(addon().call('echoPeriod', '9 місяців 2016 року')).toEqual({
      ok: true,
      text: 'кінець періоду: 30.09.2016',
    });
  });

  it('writes the values beside their parameters as text', () => {
    const { call, env } = addon();
    const values = call('loadSettings').values;
    call('saveSettings', { ...values, period: 'І квартал 2017 року' });
    const settings = env.book.sheets.find((s) => s.name === 'Налаштування')!;
    expect([settings.peek(5, 2).value, settings.peek(5, 2).numberFormat]).toEqual([
      'І квартал 2017 року',
      '@',
    ]);
  });
});

describe('service calls', () => {
  const callsFor = async (measures: number, action: string) => {
    const { generatedGrids } = await import('../../scripts/bench-offline');
    const env = createFakeEnvironment({ spreadsheet: loadGrids(generatedGrids(measures)) });
    const scope = gas.require('dist', env.globals);
    env.calls.reset();
    if (action === 'onEdit')
      scope.onEdit({ range: env.book.sheets[0].getRange(5, 11), source: env.book });
    else scope[action]();
    return env.calls.total();
  };

  it.each(['sidebarCheck', 'menuTotals', 'generateReport', 'onEdit'])(
    '%s makes as many calls for 300 measures as for 10',
    async (action) => {
      expect(await callsFor(300, action)).toBe(await callsFor(10, action));
    },
  );
});

describe('menu items open their pages', () => {
  const initialOf = (html: string) =>
    JSON.parse(
      /<script type="application\/json" id="zvit-initial">(.*?)<\/script>/s.exec(html)![1],
    );

  it('Перевірити дані opens the sidebar on the check view with the findings inlined', () => {
    const { scope, env } = addon(withBadAmount());
    scope.menuCheck();
    expect([
      env.ui.alerts,
      initialOf(env.ui.sidebars[0]).view,
      initialOf(env.ui.sidebars[0]).check.errors,
    ]).toEqual([[], 'check', 1]);
  });

  it('Сформувати звіт opens the sidebar at once on the report, which the page then builds', () => {
    const { scope, env } = addon();
    scope.menuReport();
    expect([env.ui.dialogs, initialOf(env.ui.sidebars[0])]).toEqual([[], { view: 'report' }]);
  });

  it('Налаштування opens the settings dialog with the period echoed', () => {
    const { scope, env } = addon();
    scope.menuSettings();
    expect(initialOf(env.ui.dialogs[0].html).settings.periodEcho).toEqual({
      ok: true,
      text: 'кінець періоду: 30.06.2017',
    });
  });

  it('Довідка opens the help dialog', () => {
    const { scope, env } = addon();
    scope.menuHelp();
    expect(initialOf(env.ui.dialogs[0].html)).toEqual({ view: 'help' });
  });

  it('a title typed as a script tag stays text inside the page', () => {
    const rows = sample.map((g, i) =>
      i === 0
        ? {
            ...g,
            rows: g.rows.map((r, k) =>
              k === 4
                ? r.map((c, j) =>
                    j === 10
                      ? {
                          value: '</script><img src=x onerror=alert(1)>',
                          text: '</script><img src=x onerror=alert(1)>',
                        }
                      : c,
                  )
                : r,
            ),
          }
        : g,
    );
    const { scope, env } = addon(rows);
    scope.menuCheck();
    expect(env.ui.sidebars[0]).not.toContain('<img src=x');
  });

  it('Налаштувати аркуш builds both tabs in an empty file, merged, frozen and protected', () => {
    const { scope, env } = addon([{ name: 'Аркуш1', rows: [], merges: [] }]);
    scope.menuSetupSheet();
    const sheet = env.book.sheets.find((s) => s.name === 'Заходи')!;
    expect([
      sheet.peek(1, 2).value,
      sheet.frozenRows,
      sheet.merges.length,
      sheet.protections[0]?.warningOnly,
      env.book.sheets.some((s) => s.name === 'Налаштування'),
    ]).toEqual(['Зміст заходу', 2, 12, true, true]);
  });

  it('Налаштувати аркуш never overwrites a tab that holds data', () => {
    const { scope, sheet } = addon();
    const before = sheet.peek(5, 2).value;
    scope.menuSetupSheet();
    expect(sheet.peek(5, 2).value).toBe(before);
  });
});

describe('a failure half-way', () => {
  it('trashes the half-built Doc and says what happened', () => {
    const { call, env } = addon();
    env.globals.Docs.Documents.batchUpdate = () => {
      throw new Error('Internal error encountered.');
    };
    const result = call('generateReport');
    const docs = [...env.files.values()].filter((f) => f.mimeType.includes('document'));
    expect([
      result.ok,
      result.message.includes('Internal error encountered.'),
      docs.map((d) => d.trashed),
    ]).toEqual([false, true, [true]]);
  });
});

describe('check then Зняти позначки', () => {
  it('leaves every cell on a random sheet exactly as it was', () => {
    const value = fc.oneof(
      fc.constant(''),
      fc.constantFrom('abc', '-5', '28,8 / 0', '#REF!', 'не виконано', 'ВСЬОГО'),
      fc.integer({ min: -5, max: 500 }),
    );
    const own = fc.record({
      note: fc.oneof(fc.constant(''), fc.string()),
      background: fc.constantFrom('#ffffff', '#d9ead3', '#f4c7c3'),
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.array(value, { minLength: 18, maxLength: 18 }),
            fc.array(own, { minLength: 18, maxLength: 18 }),
          ),
          { maxLength: 12 },
        ),
        (rows) => {
          const { call, sheet } = addon();
          rows.forEach(([values, marks], i) =>
            values.forEach((v, j) => {
              const cell = sheet.cell(4 + i, 1 + j);
              cell.value = v;
              cell.note = marks[j].note;
              cell.background = marks[j].background;
            }),
          );
          // What a person sees: value, note and background of every cell of the table.
          const look = () =>
            JSON.stringify(
              Array.from({ length: 20 }, (_, r) =>
                Array.from({ length: 18 }, (_, c) => sheet.peek(r + 1, c + 1)),
              ),
            );
          const before = look();
          call('sidebarCheck');
          call('clearMarksNow');
          expect(look()).toBe(before);
        },
      ),
      { numRuns: 40 },
    );
  });
});
