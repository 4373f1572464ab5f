// The built add-on driven as Apps Script drives it: dist/ loaded with gas-local over the
// in-memory fakes, entry points called by the names the menu and the sidebar use.
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Grid } from '../../src/core/grid';
import { NOTE_PREFIX } from '../../src/core/mark-plan';
import { MENU_ITEMS } from '../../src/gas/ui';
import type { LastReport } from '../../src/shared/api';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import type { FakeSheet } from '../fakes';
import { createFakeEnvironment, scriptRun, MIME, spreadsheetFromGrids } from '../fakes';
import type { TableModel } from '../fakes/document-model';
import { withCityPlanAsText } from '../support/grid-builders';

let sample: Grid[];
beforeAll(async () => {
  sample = await readXlsx(SAMPLE_PATH);
});

const addon = (grids: Grid[] = sample, options: { timeZone?: string } = {}) => {
  const env = createFakeEnvironment({
    spreadsheet: spreadsheetFromGrids(grids, options),
    htmlFolder: 'dist',
  });
  const scope = env.load('dist');
  /** Results cross realms: compare them as plain JSON. */
  const call = (name: string, ...args: unknown[]) => scriptRun(scope, name, ...args);
  const tab = (name: string) => env.spreadsheet.getSheetsQuietly().find((s) => s.name === name)!;
  /** «Сформувати звіт» as the sidebar makes it: check, create, fill. */
  const report = (): LastReport => {
    call('reportCheck');
    return call('reportFill', call('reportCreate', false).docId);
  };
  return { env, scope, call, report, sheet: env.spreadsheet.getSheetsQuietly()[0], tab };
};

/** What a person sees in a cell. */
const look = (sheet: FakeSheet, row: number, col: number) => {
  const cell = sheet.peek(row, col);
  return [cell?.value ?? '', cell?.note ?? '', cell?.background ?? '#ffffff'];
};

/** The sample with measure 2's city plan typed as text that is not a number (K5). */
const withBadAmount = (): Grid[] => withCityPlanAsText(sample);

/** An onEdit event as a simple trigger gets it, in AuthMode.LIMITED. */
const editEvent = (
  env: ReturnType<typeof addon>['env'],
  sheet: FakeSheet,
  row: number,
  col: number,
) => {
  env.setAuthMode('LIMITED');
  env.setTrigger('simple');
  return {
    authMode: 'LIMITED',
    range: sheet.rangeOf({ row, col, rows: 1, cols: 1 }),
    source: env.spreadsheet,
  };
};

const documents = (env: ReturnType<typeof addon>['env']) =>
  [...env.drive.files.values()].filter((f) => f.mimeType === MIME.document);

const reportTable = (env: ReturnType<typeof addon>['env'], docId: string): TableModel =>
  env.drive.document(docId)!.doc!.body.find((e): e is TableModel => e.kind === 'table')!;

describe('onOpen', () => {
  it('builds the add-on menu in AuthMode.NONE and touches nothing else', () => {
    const { env, scope } = addon();
    env.setAuthMode('NONE');
    scope.onOpen({ authMode: 'NONE' });
    expect(env.ui.addonMenuItems().map((m) => [m.caption, m.functionName])).toEqual(
      MENU_ITEMS.map(([c, f]) => [c, f]),
    );
  });

  it('names only functions the bundle defines', () => {
    const { env, scope } = addon();
    scope.onInstall({});
    expect(
      env.ui.addonMenuItems().filter((m) => typeof scope[m.functionName] !== 'function'),
    ).toEqual([]);
  });
});

describe('Перевірити дані', () => {
  it('finds nothing on the sample and marks nothing', () => {
    expect(addon().call('sidebarCheck')).toMatchObject({ errors: 0, warnings: 0, marked: 0 });
  });

  it('marks the bad cell with a background and a Zvit note, and keeps the value', () => {
    const { call, sheet } = addon(withBadAmount());
    call('sidebarCheck');
    const [value, note, background] = look(sheet, 5, 11);
    expect([value, background, String(note).startsWith(NOTE_PREFIX)]).toEqual([
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

  it('keeps what marks replaced in the marks themselves: no tab, no property', () => {
    const { call, env } = addon(withBadAmount());
    call('sidebarCheck');
    expect([
      env.spreadsheet.getSheetsQuietly().map((s) => s.name),
      env.properties.document.values.size,
    ]).toEqual([['Заходи', 'Налаштування'], 0]);
  });
});

describe('another run on the same file', () => {
  it('makes a check say to wait instead of writing marks over the other run', () => {
    const { scope, env } = addon(withBadAmount());
    env.locks.holdByOtherUser('document');
    expect(() => scope.sidebarCheck()).toThrow(/^Таблицю саме змінює інша дія Zvit/);
  });
});

describe('two boxes of marks', () => {
  it('writes the one box with new notes on its own cells, whatever order getRanges lists', () => {
    const { call, sheet } = addon(withBadAmount());
    call('sidebarCheck');
    // The reference promises no order for RangeList.getRanges: here, the reverse of the asked.
    const asked = sheet.getRangeList.bind(sheet);
    sheet.getRangeList = (a1s: string[]) => asked([...a1s].reverse());
    // K5 keeps its mark note but lost its colour; K14 gets a new mark: one box has notes.
    sheet.cell(5, 11).background = '#ffffff';
    sheet.cell(14, 11).value = 'абв';
    const k5 = look(sheet, 5, 11)[1];
    call('sidebarCheck');
    expect([
      look(sheet, 5, 11)[1] === k5,
      String(look(sheet, 14, 11)[1]).includes('«абв»'),
      look(sheet, 5, 11)[2] === look(sheet, 14, 11)[2],
    ]).toEqual([true, true, true]);
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
    expect(look(sheet, 5, 11)).toEqual(['двадцять', 'перевірити з бухгалтерією', '#d9ead3']);
  });

  it('keeps a change a person made to a marked cell after the check', () => {
    const { call, sheet } = addon(withBadAmount());
    call('sidebarCheck');
    sheet.cell(5, 11).background = '#00ff00';
    call('clearMarksNow');
    expect(look(sheet, 5, 11)[2]).toBe('#00ff00');
  });
});

describe('Підрахувати підсумки', () => {
  it('writes a bold ВСЬОГО row whose SUM formulas give the totals', () => {
    const { scope, sheet } = addon();
    scope.menuTotals();
    const row = sheet.lastRow();
    expect([
      sheet.peek(row, 1)?.value,
      sheet.peek(row, 5)?.formula,
      sheet.valueAt(row, 5),
      sheet.valueAt(row, 11),
      sheet.peek(row, 5)?.fontWeight,
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
    expect([sheet.peek(15, 1)?.value, sheet.peek(16, 2)?.value]).toEqual([
      'ВСЬОГО:',
      'Начальник відділу',
    ]);
  });

  it('takes the mark off the ВСЬОГО cell it rewrites, the person’s own colour back', () => {
    const total = sample[0].rows[3].map((_, c) =>
      c === 1
        ? { value: 'ВСЬОГО', text: 'ВСЬОГО' }
        : c === 4
          ? { value: 999, text: '999' }
          : { value: '', text: '' },
    );
    const typed = sample.map((g, i) => (i === 0 ? { ...g, rows: [...g.rows, total] } : g));
    const { call, sheet } = addon(typed);
    sheet.cell(15, 5).background = '#d9ead3';
    const found = call('sidebarCheck').errors;
    const marked = String(look(sheet, 15, 5)[1]).startsWith(NOTE_PREFIX);
    const errors = call('sidebarTotals').errors;
    expect([
      found,
      marked,
      errors,
      sheet.peek(15, 5)?.formula,
      look(sheet, 15, 5).slice(1),
    ]).toEqual([1, true, 0, '=SUM(E4:E14)', ['', '#d9ead3']]);
  });

  it('gives the ВСЬОГО row it inserts under a marked measure no mark colour', () => {
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
    const { call, sheet } = addon(signed);
    sheet.cell(14, 11).value = 'абв';
    call('sidebarCheck');
    call('sidebarTotals');
    sheet.cell(14, 11).value = 5;
    const codes = call('sidebarCheck').findings.map((f: { code: string }) => f.code);
    expect([look(sheet, 15, 11).slice(1), codes.includes('stray-mark')]).toEqual([
      ['', '#ffffff'],
      false,
    ]);
  });

  it('gives the blank row a person inserted under a marked measure, where it writes ВСЬОГО, no mark colour', () => {
    const { call, sheet } = addon();
    sheet.cell(14, 11).value = 'абв';
    call('sidebarCheck');
    // By hand, as Sheets does it: the new row 15 wears K14's mark colour, without its note.
    sheet.insertRowsAfter(14, 1);
    const copied = look(sheet, 15, 11)[2];
    call('sidebarTotals');
    const total = look(sheet, 15, 11).slice(1);
    sheet.cell(14, 11).value = 5;
    const codes = call('sidebarCheck').findings.map((f: { code: string }) => f.code);
    expect([
      copied === '#ffffff',
      sheet.peek(15, 1)?.value,
      total,
      codes.includes('stray-mark'),
    ]).toEqual([false, 'ВСЬОГО:', ['', '#ffffff'], false]);
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
    const { report, env } = addon();
    const made = report();
    const doc = env.drive.files.get(made.docId)!;
    const folder = env.properties.user.values.get('zvit.reportsFolderId');
    expect([made.url, doc.parents, made.name]).toEqual([
      `https://docs.google.com/document/d/${made.docId}/edit`,
      [folder],
      '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року',
    ]);
  });

  it('merges the header and pins five header rows in one batchUpdate', () => {
    const { report, env } = addon();
    const table = reportTable(env, report().docId);
    expect([
      table.merges.length,
      table.pinnedHeaderRows,
      env.calls.get('Docs.batchUpdate'),
    ]).toEqual([13, 5, 1]);
  });

  it('writes the same table cells as the report model the .docx is made from', () => {
    const { call, report, env } = addon();
    const model = call('sidebarPreview');
    const table = reportTable(env, report().docId);
    const texts = table.rows.map((r) =>
      r.cells.map((c) => c.content.map((p) => p.text).join('\n')),
    );
    expect(texts.slice(5, -1)).toEqual(model.rows.map((r: { cells: string[] }) => r.cells));
  });

  it('creates nothing and says why when the sheet has errors', () => {
    const { call, env } = addon(withBadAmount());
    const result = call('reportCheck');
    expect([result.ok, result.message.length > 0, documents(env).length]).toEqual([false, true, 0]);
  });

  it('tells a second coordinator to wait while the first generates, naming no one it cannot know', () => {
    const { call, env } = addon();
    env.locks.holdByOtherUser('document');
    expect(call('reportCheck').message).toMatch(/^Таблицю саме змінює інша дія Zvit/);
  });

  it('makes a new folder when the user trashed the old one', () => {
    const { report, env } = addon();
    report();
    const first = env.properties.user.values.get('zvit.reportsFolderId')!;
    env.drive.trash(first);
    report();
    expect(env.properties.user.values.get('zvit.reportsFolderId')).not.toBe(first);
  });

  it('saves a PDF beside the Doc', () => {
    const { call, report, env } = addon();
    const { docId } = report();
    const { pdf } = call('reportPdf', docId);
    const file = [...env.drive.files.values()].find((f) => f.mimeType === MIME.pdf)!;
    expect([
      pdf.name,
      file.parents,
      Buffer.from(file.blob!.bytes).toString('utf8').includes('168,8 / 20'),
    ]).toEqual([
      '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року.pdf',
      env.drive.files.get(docId)!.parents,
      true,
    ]);
  });
});

describe('onEdit', () => {
  it('marks an edited cell at once and unmarks it when fixed', () => {
    const { scope, sheet, env } = addon();
    const cell = sheet.cell(6, 11);
    cell.value = 'abc';
    scope.onEdit(editEvent(env, sheet, 6, 11));
    const marked = cell.background;
    cell.value = 28.8;
    scope.onEdit(editEvent(env, sheet, 6, 11));
    expect([marked, cell.background, cell.note]).toEqual(['#f4c7c3', '#ffffff', '']);
  });

  it('marks an edited cell under a header that starts below an appendix’s title block', () => {
    const [first, ...rest] = sample;
    const above = 12;
    const title = Array.from({ length: above }, (_, i) => [
      { value: `Рядок заголовка ${i + 1}`, text: `Рядок заголовка ${i + 1}` },
    ]);
    const deep = {
      ...first,
      rows: [...title, ...first.rows],
      merges: first.merges.map((m) => ({ ...m, row: m.row + above })),
    };
    const { scope, sheet, env } = addon([deep, ...rest]);
    const cell = sheet.cell(6 + above, 11);
    cell.value = 'abc';
    scope.onEdit(editEvent(env, sheet, 6 + above, 11));
    expect(cell.background).toBe('#f4c7c3');
  });

  it('does nothing on the settings tab', () => {
    const { scope, env, tab } = addon();
    const settings = tab('Налаштування');
    scope.onEdit(editEvent(env, settings, 2, 2));
    expect(look(settings, 2, 2)[2]).toBe('#ffffff');
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
    const { call, tab } = addon();
    const values = call('loadSettings').values;
    call('saveSettings', { ...values, period: 'І квартал 2017 року' });
    const settings = tab('Налаштування');
    expect([settings.peek(5, 2)?.value, settings.peek(5, 2)?.numberFormat]).toEqual([
      'І квартал 2017 року',
      '@',
    ]);
  });
});

describe('service calls', () => {
  const callsFor = async (measures: number, action: string) => {
    const { generatedGrids } = await import('../../scripts/bench-offline');
    const { env, scope, report, sheet } = addon(generatedGrids(measures));
    env.calls.reset();
    if (action === 'onEdit') scope.onEdit(editEvent(env, sheet, 5, 11));
    else if (action === 'report') report();
    else scope[action]();
    return env.calls.total();
  };

  it.each(['sidebarCheck', 'menuTotals', 'report', 'onEdit', 'clearMarksNow'])(
    '%s makes as many calls for 300 measures as for 10',
    async (action) => {
      expect(await callsFor(300, action)).toBe(await callsFor(10, action));
    },
  );

  /** Calls on the spreadsheet's services, as the goal counts them (no lock, no properties). */
  const SERVICE = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList)\./;
  const serviceCalls = (env: ReturnType<typeof addon>['env']): number =>
    Object.entries(env.calls.snapshot())
      .filter(([name]) => SERVICE.test(name))
      .reduce((sum, [, n]) => sum + n, 0);

  it.each([
    ['in one row', [5]],
    ['in two rows far apart', [4, 14]],
  ])('a check after a report, with findings %s, costs at most 20 service calls', (_, rows) => {
    const { env, call, report, sheet } = addon();
    report();
    for (const row of rows) sheet.cell(row, 11).value = 'двадцять';
    env.calls.reset();
    const found = call('sidebarCheck').findings.length;
    expect([found, serviceCalls(env) <= 20]).toEqual([rows.length, true]);
  });

  it('a check of the sample costs at most 20 calls', () => {
    const { env, call } = addon(withBadAmount());
    env.calls.reset();
    call('sidebarCheck');
    expect(env.calls.total()).toBeLessThanOrEqual(20);
  });
});

describe('menu items open their pages', () => {
  const initialOf = (html: string) =>
    JSON.parse(
      /<script type="application\/json" id="zvit-initial">(.*?)<\/script>/s.exec(html)![1],
    );

  it('Перевірити дані opens the sidebar on the check view with the findings inlined', () => {
    const { scope, env } = addon(withBadAmount());
    scope.menuCheck();
    const sidebar = env.ui.dialogs.find((d) => d.kind === 'sidebar')!;
    expect([
      env.ui.alerts,
      initialOf(sidebar.content).view,
      initialOf(sidebar.content).check.errors,
    ]).toEqual([[], 'check', 1]);
  });

  it('Сформувати звіт opens the sidebar at once on the report, which the page then builds', () => {
    const { scope, env } = addon();
    scope.menuReport();
    expect(env.ui.dialogs.map((d) => [d.kind, initialOf(d.content)])).toEqual([
      ['sidebar', { view: 'report' }],
    ]);
  });

  it('Налаштування opens the settings dialog with the period echoed', () => {
    const { scope, env } = addon();
    scope.menuSettings();
    expect(initialOf(env.ui.dialogs[0].content).settings.periodEcho).toEqual({
      ok: true,
      text: 'кінець періоду: 30.06.2017',
    });
  });

  it('Довідка opens the help dialog', () => {
    const { scope, env } = addon();
    scope.menuHelp();
    expect(initialOf(env.ui.dialogs[0].content)).toEqual({ view: 'help' });
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
    expect(env.ui.dialogs[0].content).not.toContain('<img src=x');
  });

  it('Налаштувати аркуш builds both tabs in an empty file, merged, frozen and protected', () => {
    const { scope, tab } = addon([{ name: 'Аркуш1', rows: [], merges: [] }]);
    scope.menuSetupSheet();
    const sheet = tab('Заходи');
    expect([
      sheet.peek(1, 2)?.value,
      sheet.getFrozenRows(),
      sheet.merges.length,
      sheet.protections[0]?.warningOnly,
      tab('Налаштування') !== undefined,
    ]).toEqual(['Зміст заходу', 2, 12, true, true]);
  });

  it('Сформувати звіт on a sheet just set up refuses: its table has no measure yet', () => {
    const { scope, call } = addon([{ name: 'Аркуш1', rows: [], merges: [] }]);
    scope.menuSetupSheet();
    const result = call('reportCheck');
    expect(
      result.check.findings.map((f: { code: string; severity: string; cell: string }) => [
        f.code,
        f.severity,
        f.cell,
      ]),
    ).toContainEqual(['empty-section', 'error', 'B3']);
  });

  it('Налаштувати аркуш never overwrites a tab that holds data', () => {
    const { scope, sheet } = addon();
    const before = sheet.peek(5, 2)?.value;
    scope.menuSetupSheet();
    expect(sheet.peek(5, 2)?.value).toBe(before);
  });
});

describe('a failure half-way', () => {
  it('trashes the half-built Doc and says what happened', () => {
    const { call, env } = addon();
    env.globals.Docs.Documents.batchUpdate = () => {
      throw new Error('Internal error encountered.');
    };
    call('reportCheck');
    const { docId } = call('reportCreate', false);
    let message = '';
    try {
      call('reportFill', docId);
    } catch (error) {
      message = (error as Error).message;
    }
    expect([message, documents(env).map((d) => d.trashed)]).toEqual([
      'Google повідомив про непередбачену помилку. Спробуйте знову. Незавершений документ переміщено в кошик.',
      [true],
    ]);
  });
});
