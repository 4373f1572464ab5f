// The whole programme on the built bundle (dist/) over the fakes (SPEC §7): every section tab
// checked, marked and totalled; the active tab alone when asked; the Doc of a programme; and the
// service calls a check and a report cost per tab.
import { programmeGrids } from '../../scripts/bench-gas';
import type { Grid } from '../../src/core/grid';
import type { ReportModel } from '../../src/core/report-model';
import type { CheckView, FilledReport, LastReport, SummaryView } from '../../src/shared/api';
import type { DocModel } from '../fakes/document-model';
import { cellText } from '../fakes/document-model';
import { createFakeEnvironment, scriptRun, spreadsheetFromGrids } from '../fakes';
import { settingsGrid } from '../support/grid-builders';

/** Measure 2's city plan (K5) typed as words on the tab at `tab`. */
const withBadAmount = (grids: Grid[], tab: number): Grid[] =>
  grids.map((g, i) =>
    i === tab
      ? {
          ...g,
          rows: g.rows.map((r, k) =>
            k === 4 ? r.map((c, j) => (j === 10 ? { value: 'двадцять', text: 'двадцять' } : c)) : r,
          ),
        }
      : g,
  );

const addon = (grids: Grid[]) => {
  const env = createFakeEnvironment({
    spreadsheet: spreadsheetFromGrids(grids),
    htmlFolder: 'dist',
  });
  const scope = env.load('dist');
  /** Results cross realms: compare them as plain JSON. */
  const call = (name: string, ...args: unknown[]) => scriptRun(scope, name, ...args);
  const report = (replacePrevious = false): LastReport => {
    call('reportCheck');
    const draft = call('reportCreate', replacePrevious);
    return call('reportFill', draft.docId);
  };
  const doc = (id: string): DocModel => env.drive.document(id)?.doc as DocModel;
  const sheet = (name: string) => {
    const found = env.spreadsheet.getSheetsQuietly().find((s) => s.name === name);
    if (!found) throw new Error(`no tab ${name}`);
    return found;
  };
  return { env, call, report, doc, sheet };
};

/** Tab 2's K5 (the second measure's city plan), as Sheets names it. */
const SECOND = '6.2 Розділ 2';

describe('a check of the programme', () => {
  it('names the tab of each finding', () => {
    const { call } = addon(withBadAmount(programmeGrids(3, 5), 1));
    const check: CheckView = call('sidebarCheck');
    expect(
      check.findings.filter((f) => f.severity === 'error').map((f) => [f.sheet, f.cell]),
    ).toEqual([[SECOND, 'K5']]);
  });

  it('marks the cell on its own tab', () => {
    const { call, sheet } = addon(withBadAmount(programmeGrids(3, 5), 1));
    call('sidebarCheck');
    expect(sheet(SECOND).cell(5, 11).note).toMatch(/^Zvit/);
  });

  it('lists every section tab it checked', () => {
    const { call } = addon(programmeGrids(3, 5));
    const check: CheckView = call('sidebarCheck');
    expect(check.sheets).toEqual(['6.1 Розділ 1', '6.2 Розділ 2', '6.3 Розділ 3']);
  });

  it('checks every section when the settings tab is active', () => {
    const { env, call } = addon(programmeGrids(3, 5));
    const settings = env.spreadsheet.getSheetsQuietly().find((s) => s.name === 'Налаштування');
    if (settings) env.spreadsheet.setActiveSheet(settings);
    const check: CheckView = call('sidebarCheck', true);
    expect(check.sheets?.length).toEqual(3);
  });

  it('checks only the active tab when asked', () => {
    const { env, call } = addon(withBadAmount(programmeGrids(3, 5), 1));
    env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetsQuietly()[0]);
    const check: CheckView = call('sidebarCheck', true);
    expect([check.sheets, check.errors]).toEqual([['6.1 Розділ 1'], 0]);
  });
});

describe('the totals of the programme', () => {
  it('writes the ВСЬОГО row on every section tab', () => {
    const { env, sheet } = addon(programmeGrids(3, 5));
    const scope = env.load('dist');
    scope.menuTotals();
    // Three header rows, five measures: ВСЬОГО on row 9 of each tab.
    expect(
      ['6.1 Розділ 1', '6.2 Розділ 2', '6.3 Розділ 3'].map((n) => sheet(n).cell(9, 1).value),
    ).toEqual(['ВСЬОГО:', 'ВСЬОГО:', 'ВСЬОГО:']);
  });

  it('writes the ВСЬОГО row on the active tab alone when the page asks for the active tab', () => {
    const { call, env, sheet } = addon(programmeGrids(3, 5));
    env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetByName(SECOND)!);
    const summary: SummaryView = call('sidebarTotals', true);
    expect([
      ['6.1 Розділ 1', SECOND, '6.3 Розділ 3'].map((n) => sheet(n).cell(9, 1).value),
      summary.totalsRows,
    ]).toEqual([['', 'ВСЬОГО:', ''], [{ sheet: SECOND, row: 9 }]]);
  });

  it('counts no error on the ВСЬОГО rows it has just rewritten, and names every row written', () => {
    const { call, env } = addon(programmeGrids(3, 5));
    call('sidebarTotals');
    // A typed figure over the formula: ВСЬОГО no longer agrees with the measures on two tabs.
    for (const name of ['6.1 Розділ 1', SECOND])
      env.spreadsheet.getSheetByName(name)!.getRange(9, 5).setValue(999);
    const before: CheckView = call('sidebarCheck');
    const summary: SummaryView = call('sidebarTotals');
    expect([before.errors, summary.errors, summary.totalsRows]).toEqual([
      2,
      0,
      [
        { sheet: '6.1 Розділ 1', row: 9 },
        { sheet: SECOND, row: 9 },
        { sheet: '6.3 Розділ 3', row: 9 },
      ],
    ]);
  });

  it('counts the measures of every section in the summary', () => {
    const { call } = addon(programmeGrids(3, 5));
    const summary: SummaryView = call('sidebarSummary');
    expect(summary.counts.planned).toEqual(15);
  });

  it('counts the active tab alone when asked', () => {
    const { call } = addon(programmeGrids(3, 5));
    const summary: SummaryView = call('sidebarSummary', true);
    expect(summary.counts.planned).toEqual(5);
  });
});

describe('the preview of the programme', () => {
  it('heads each section’s rows with the section', () => {
    const { call } = addon(programmeGrids(2, 3));
    const model: ReportModel = call('sidebarPreview');
    expect(model.rows.filter((r) => r.heading).map((r) => r.cells[0])).toEqual([
      '6.1. Розділ 1',
      '6.2. Розділ 2',
    ]);
  });
});

describe('a refusal without a measures tab', () => {
  it('asks to fix what the list of errors says, as no cell is marked', () => {
    const { call } = addon([settingsGrid()]);
    expect(call('reportCheck').message).toBe(
      'Звіт не створено: у таблиці 1 помилка. Виправте її, як сказано в переліку помилок, і спробуйте знову.',
    );
  });
});

describe('the wide preview window', () => {
  const shownModel = (env: ReturnType<typeof addon>['env']): ReportModel =>
    JSON.parse(
      /<script type="application\/json" id="zvit-initial">(.*?)<\/script>/s.exec(
        env.ui.dialogs.at(-1)!.content,
      )![1]!,
    ).report;

  it('holds the active tab alone when the sidebar covers the active tab', () => {
    const { env, call } = addon(programmeGrids(2, 3));
    env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetsQuietly()[1]);
    call('showPreviewWindow', true);
    expect(shownModel(env)).toEqual(call('sidebarPreview', true));
  });
});

describe('the preview of the programme’s totals', () => {
  it('prints the programme’s total in the ВСЬОГО row', () => {
    const { call } = addon(programmeGrids(2, 3));
    const model: ReportModel = call('sidebarPreview');
    const summary: SummaryView = call('sidebarSummary');
    expect(model.totals.cells[0]).toEqual(summary.totals[0].text);
  });
});

describe('a report of the active tab', () => {
  it('passes the check while another tab has an error', () => {
    const { env, call } = addon(withBadAmount(programmeGrids(3, 5), 1));
    env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetsQuietly()[0]);
    expect(call('reportCheck', true).ok).toBe(true);
  });

  it('holds only the active tab’s table and the signature', () => {
    const { env, call, doc } = addon(withBadAmount(programmeGrids(3, 5), 1));
    env.spreadsheet.setActiveSheet(env.spreadsheet.getSheetsQuietly()[0]);
    call('reportCheck', true);
    const draft = call('reportCreate', false);
    const { docId } = call('reportFill', draft.docId, true);
    expect(doc(docId).body.filter((e) => e.kind === 'table').length).toEqual(2);
  });
});

describe('the Doc of a programme', () => {
  const made = () => {
    const { report, doc, env } = addon(programmeGrids(3, 5));
    const { docId } = report();
    return { model: doc(docId), text: env.docs.savedText(docId) };
  };

  it('holds a table per section and the signature', () => {
    expect(made().model.body.filter((e) => e.kind === 'table').length).toEqual(4);
  });

  it('pins each section table’s own header', () => {
    const tables = made().model.body.filter((e) => e.kind === 'table');
    expect(tables.slice(0, 3).map((t) => t.kind === 'table' && t.pinnedHeaderRows)).toEqual([
      5, 5, 5,
    ]);
  });

  it('ends each section table with its ВСЬОГО row', () => {
    const tables = made().model.body.filter((e) => e.kind === 'table');
    expect(
      tables
        .slice(0, 3)
        .map((t) => (t.kind === 'table' ? cellText(t.rows[t.rows.length - 1].cells[0]) : '')),
    ).toEqual(['ВСЬОГО:', 'ВСЬОГО:', 'ВСЬОГО:']);
  });

  it('writes each section’s heading and narrative right before its table', () => {
    expect(made().text).toMatch(/6\.2\. Розділ 2\nПояснення до розділу 2\.\n№ з\/п/);
  });

  it('prints the paragraph whose Розділ the sheet turned into a date (6.2 typed, 6 February)', () => {
    const { report, env, sheet } = addon(programmeGrids(3, 5));
    env.spreadsheet.getSheetByName('Пояснення')!.getRange(3, 1).setValue('6.2');
    expect(sheet('Пояснення').cell(3, 1).value).not.toBe('6.2');
    const { docId } = report();
    expect(env.docs.savedText(docId)).toMatch(/6\.2\. Розділ 2\nПояснення до розділу 2\.\n№ з\/п/);
  });

  it('names in «Чернетка пояснень» the Пояснення rows that name no section', () => {
    const { call, env } = addon(programmeGrids(3, 5));
    env.spreadsheet.getSheetByName('Пояснення')!.getRange(3, 1).setValue('7.7');
    expect(call('draftNarrative').message).toMatch(
      / Рядки, що не потраплять до звіту \(такого розділу немає\): A3\. Напишіть у стовпці «Розділ» номер розділу \(є: 6\.1, 6\.2, 6\.3\)\.$/,
    );
  });

  it('says after the report which Пояснення rows it left out, naming no section', () => {
    const { report, env } = addon(programmeGrids(3, 5));
    env.spreadsheet.getSheetByName('Пояснення')!.getRange(3, 1).setValue('7.7');
    expect((report() as FilledReport).notes).toEqual([
      'Не потрапили до звіту абзаци з аркуша «Пояснення» (клітинка A3): розділу з таким ' +
        'номером у таблиці немає. Напишіть у стовпці «Розділ» номер розділу (є: 6.1, 6.2, 6.3) ' +
        'і сформуйте звіт знову.',
    ]);
  });

  it('prints the paragraph whose Розділ names its section with a word («Розділ 6.2»)', () => {
    const { report, env } = addon(programmeGrids(3, 5));
    env.spreadsheet.getSheetByName('Пояснення')!.getRange(3, 1).setValue('Розділ 6.2');
    const filled = report() as FilledReport;
    expect([
      filled.notes,
      env.docs.savedText(filled.docId).includes('6.2. Розділ 2\nПояснення до розділу 2.\n'),
    ]).toEqual([undefined, true]);
  });

  it('leaves a Пояснення row that names no section to «Чернетка пояснень», unmarked by a check', () => {
    const { call, env, sheet } = addon(programmeGrids(3, 5));
    env.spreadsheet.getSheetByName('Пояснення')!.getRange(3, 1).setValue('7.7');
    const check: CheckView = call('sidebarCheck');
    expect([
      check.findings.filter((f) => f.sheet === 'Пояснення'),
      sheet('Пояснення').cell(3, 1).note,
    ]).toEqual([[], '']);
  });

  it('leaves the Пояснення tab unmarked when «Експорт відкритих даних» refuses', () => {
    const { call, env, sheet } = addon(withBadAmount(programmeGrids(3, 5), 1));
    env.spreadsheet.getSheetByName('Пояснення')!.getRange(3, 1).setValue('7.7');
    call('menuOpenData');
    expect([sheet(SECOND).cell(5, 11).note, sheet('Пояснення').cell(3, 1).note]).toEqual([
      expect.stringMatching(/^Zvit/),
      '',
    ]);
  });

  it('opens with the programme’s title', () => {
    const first = made().model.body[0];
    expect(first.kind === 'paragraph' && first.text).toMatch(/^Виконання заходів програми/);
  });

  it('carries the programme’s summary after the last section', () => {
    const { text } = made();
    expect(text).toMatch(/Із 15 запланованих заходів/);
  });
});

describe('a check of a programme whose tabs are numbered by their names alone', () => {
  /** Tab `i` of three renamed. */
  const renamed = (i: number, name: string): Grid[] =>
    programmeGrids(3, 5).map((g, k) => (k === i ? { ...g, name } : g));

  it.each([['6.2'], ['6.2.']])(
    'numbers a tab named %j as that section, without an error',
    (name) => {
      const { call } = addon(renamed(1, name));
      const check: CheckView = call('sidebarCheck');
      expect([check.errors, check.sheets]).toEqual([0, ['6.1 Розділ 1', name, '6.3 Розділ 3']]);
    },
  );

  it('warns at a tab the settings number, naming the tab and the fix', () => {
    const { call } = addon(renamed(2, 'Аркуш без номера'));
    const check: CheckView = call('sidebarCheck');
    expect(
      check.findings
        .filter((f) => f.code === 'section-from-settings')
        .map((f) => [f.severity, f.sheet, f.message.slice(0, 85)]),
    ).toEqual([
      [
        'warning',
        'Аркуш без номера',
        'Аркуш «Аркуш без номера» не має номера розділу, тож звіт бере номер 4.4 з налаштувань',
      ],
    ]);
  });

  it('reads a hidden tab without a number as no section, not as the settings’ section', () => {
    const grids = programmeGrids(3, 5);
    const { call } = addon([...grids, { ...grids[1], name: 'Заходи (стара копія)', hidden: true }]);
    const check: CheckView = call('sidebarCheck');
    expect(check.sheets).toEqual(['6.1 Розділ 1', '6.2 Розділ 2', '6.3 Розділ 3']);
  });
});

describe('a check of a programme with an old copy of a section hidden', () => {
  /** Three sections and a hidden copy of section 6.2 (the same number, as copies keep it). */
  const withHiddenCopy = (): Grid[] => {
    const grids = programmeGrids(3, 5);
    return [...grids, { ...grids[1], name: '6.2 Розділ 2 (копія 2016)', hidden: true }];
  };

  it('reads the hidden copy as no section, and says so once at its tab', () => {
    const { call } = addon(withHiddenCopy());
    const check: CheckView = call('sidebarCheck');
    expect([check.sheets, check.findings.map((f) => [f.code, f.severity, f.sheet])]).toEqual([
      ['6.1 Розділ 1', '6.2 Розділ 2', '6.3 Розділ 3'],
      [['hidden-sheet', 'warning', '6.2 Розділ 2 (копія 2016)']],
    ]);
  });

  it('asks no tab whether it is hidden when the sections’ numbers agree', () => {
    const { env, call } = addon(programmeGrids(3, 5));
    env.calls.reset();
    call('sidebarCheck');
    expect(env.calls.snapshot()['Sheet.isSheetHidden']).toBeUndefined();
  });
});

describe('service calls', () => {
  /** Spreadsheet, sheets, ranges, documents and the advanced services (as the brief counts). */
  const COUNTED =
    /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|Text|Docs|Drive)\./;
  const counted = (snapshot: Record<string, number>): number =>
    Object.entries(snapshot)
      .filter(([name]) => COUNTED.test(name))
      .reduce((sum, [, n]) => sum + n, 0);

  const costs = (sections: number, measures: number, narrative: boolean) => {
    const grids = programmeGrids(sections, measures).filter(
      (g) => narrative || g.name !== 'Пояснення',
    );
    const { env, call, report, sheet } = addon(grids);
    let largestBatch = 0;
    let batches = 0;
    const documents = env.globals.Docs.Documents;
    const batchUpdate = documents.batchUpdate;
    documents.batchUpdate = (resource, id) => {
      largestBatch = Math.max(largestBatch, resource?.requests?.length ?? 0);
      batches += 1;
      return batchUpdate(resource, id);
    };
    env.calls.reset();
    call('sidebarCheck');
    const check = counted(env.calls.snapshot());
    env.calls.reset();
    report();
    const first = counted(env.calls.snapshot());
    const once = { check, report: first, repeat: NaN, next: NaN, largestBatch, batches };
    // Again only for one section: the budget is per report, the tab counts per first report.
    if (sections > 1) return once;
    // The same period again, replacing the report just made.
    env.calls.reset();
    report(true);
    const repeat = counted(env.calls.snapshot());
    // The next period, replacing it too, while the snapshots tab holds the earlier period.
    sheet('Налаштування').writeRaw(5, 2, [['9 місяців 2017 року']]);
    env.calls.reset();
    report(true);
    const next = counted(env.calls.snapshot());
    return { ...once, repeat, next };
  };
  const at = new Map<string, ReturnType<typeof costs>>();
  /** A programme of `sections` tabs with its Пояснення tab, or without one. */
  const of = (sections: number, measures: number, narrative = true) => {
    const key = `${sections}×${measures} ${narrative}`;
    if (!at.has(key)) at.set(key, costs(sections, measures, narrative));
    return at.get(key) as ReturnType<typeof costs>;
  };
  const CASES = [
    ['first in a fresh file', 'report'],
    ['of the same period again', 'repeat'],
    ['of the next period', 'next'],
  ] as const;

  /** The report is everything the sidebar does for it, keeping its snapshot (SPEC §8) included. */
  describe.each([10, 1000, 5000])('a report of one section at %i measures', (n) => {
    it.each(CASES)('costs at most 40 calls with the settings: %s', (_, which) => {
      expect(of(1, n, false)[which]).toBeLessThanOrEqual(40);
    });

    it.each(CASES)(
      'costs at most 40 calls with the settings and a Пояснення tab: %s',
      (_, which) => {
        expect(of(1, n)[which]).toBeLessThanOrEqual(40);
      },
    );
  });

  // A report of one section prints no narrative (SPEC §7): the tab is named in the check and in
  // the fill, and nothing of it is read.
  it.each(CASES)('a Пояснення tab costs a report of one section two calls more: %s', (_, which) => {
    expect(of(1, 10)[which] - of(1, 10, false)[which]).toEqual(2);
  });

  // Its name and its notes over its whole grid (a marked cell may have been pasted there); its
  // values are left to «Чернетка пояснень» and the command line.
  it('a Пояснення tab costs a check four calls', () => {
    expect(of(1, 10).check - of(1, 10, false).check).toEqual(4);
  });

  it('a check of one section costs at most 20 calls', () => {
    expect(of(1, 10).check).toBeLessThanOrEqual(20);
  });

  it('a check costs a constant few calls per tab', () => {
    const perTab = (of(20, 50).check - of(10, 50).check) / 10;
    expect(of(11, 50).check - of(10, 50).check).toEqual(perTab);
  });

  // getName, then the whole grid (getMaxRows, getRange, getValues, getDisplayValues, getNotes):
  // a mark left below or beside the data range by a cleared value is found only there.
  it('a check costs at most 6 calls per tab', () => {
    expect(of(20, 50).check - of(10, 50).check).toBeLessThanOrEqual(10 * 6);
  });

  // Docs batches grow with the requests (about 45 a section, 500 a batch), not with the tabs.
  const reportBesidesBatches = (sections: number): number =>
    of(sections, 50).report - of(sections, 50).batches;

  it('a report costs a constant few calls per tab besides the Docs batches', () => {
    const perTab = (reportBesidesBatches(20) - reportBesidesBatches(10)) / 10;
    expect(reportBesidesBatches(11) - reportBesidesBatches(10)).toEqual(perTab);
  });

  it('a report costs at most 10 calls per tab besides the Docs batches', () => {
    expect(reportBesidesBatches(20) - reportBesidesBatches(10)).toBeLessThanOrEqual(10 * 10);
  });

  it('a report of 20 sections × 50 measures sends no Docs batch over 500 requests', () => {
    expect(of(20, 50).largestBatch).toBeLessThanOrEqual(500);
  });
});
