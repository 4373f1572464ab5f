// Since the previous report, narrative drafts and open data (SPEC §7–§9), driven on the built
// bundle (dist/) over the in-memory fakes: the snapshot a finished report leaves on its hidden
// tab, what the next check and the sidebar make of it, the Пояснення tab, the open data package.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedRow } from '../../scripts/bench-offline';
import { run } from '../../src/cli/main';
import type { ChangesView, DepartmentsView, LastReport } from '../../src/shared/api';
import type { FakeSheet, FakeSpreadsheet } from '../fakes';
import { createFakeEnvironment, scriptRun, MIME, spreadsheetFromXlsx } from '../fakes';
import { generatedSpreadsheet } from '../support/generated-spreadsheet';

/** The sample workbook (importing scripts/make-sample would write it anew). */
const SAMPLE_PATH = 'samples/zvit-sample.xlsx';

const SNAPSHOTS = 'Zvit: знімки';
const NARRATIVE = 'Пояснення';
const LATER = '9 місяців 2017 року';

const addon = (spreadsheet: FakeSpreadsheet = generatedSpreadsheet(10)) => {
  const env = createFakeEnvironment({ spreadsheet, htmlFolder: 'dist' });
  const scope = env.load('dist');
  const call = (name: string, ...args: unknown[]) => scriptRun(scope, name, ...args);
  const report = (): LastReport => {
    call('reportCheck');
    const draft = call('reportCreate', false);
    return call('reportFill', draft.docId);
  };
  const sheet = (name: string) => spreadsheet.getSheetByName(name);
  /** The period typed in the settings (row 5 of the settings tab). */
  const setPeriod = (text: string) => sheet('Налаштування')!.getRange(5, 2).setValue(text);
  return { env, scope, call, report, sheet, setPeriod, spreadsheet };
};

/** One column of the snapshots tab under its header: the period ends (0), the JSON parts (5). */
const storedColumn = (tab: FakeSheet, col: number): unknown[] =>
  tab
    .getDataRange()
    .getValues()
    .slice(1)
    .map((row) => row[col]);

/** A report for «1 півріччя», then the period moved on and measure 2's Всього fact (F5) lowered. */
const laterWithLowerFact = () => {
  const a = addon();
  a.report();
  a.setPeriod(LATER);
  a.sheet('Заходи')!.getRange('F5').setValue(1);
  return a;
};

describe('the snapshot a finished report leaves', () => {
  it('is on a hidden tab', () => {
    const { report, sheet } = addon();
    report();
    expect(sheet(SNAPSHOTS)?.isSheetHidden()).toBe(true);
  });

  it('is not kept in the document properties', () => {
    const { env, report } = addon();
    report();
    expect(Object.keys(env.properties.document.getProperties())).toEqual(['zvit.lastReport']);
  });

  it('leaves the tab the person was on active', () => {
    const { report, spreadsheet } = addon();
    report();
    expect(spreadsheet.getActiveSheet().getName()).toBe('Заходи');
  });

  it('is split over cells of at most 50 000 characters for a large programme', () => {
    const { report, sheet } = addon(generatedSpreadsheet(600));
    report();
    const texts = storedColumn(sheet(SNAPSHOTS)!, 5).map(String);
    expect([texts.length > 1, texts.every((t) => t.length <= 50000)]).toEqual([true, true]);
  });

  it('is one per period: a second report of the same period replaces it', () => {
    const { report, sheet } = addon();
    report();
    report();
    const periods = storedColumn(sheet(SNAPSHOTS)!, 0);
    expect(periods).toEqual(['2017-06-30']);
  });

  it('keeps the earlier period when a later one is reported', () => {
    const { report, sheet, setPeriod } = addon();
    report();
    setPeriod(LATER);
    report();
    const periods = storedColumn(sheet(SNAPSHOTS)!, 0);
    expect(periods).toEqual(['2017-06-30', '2017-09-30']);
  });

  it('is written on a tab formatted as plain text to its last row when it is made', () => {
    const { report, sheet } = addon();
    report();
    const tab = sheet(SNAPSHOTS)!;
    expect([tab.getMaxRows(), tab.peek(1000, 1)?.numberFormat]).toEqual([1000, '@']);
  });

  it('is written anew by a report of the same period after a person typed beside it', () => {
    const { report, sheet } = addon();
    report();
    sheet(SNAPSHOTS)!.getRange('G1').setValue('нотатка');
    const again = report();
    expect(sheet(SNAPSHOTS)!.getRange('C2').getValue()).toBe(again.createdAt);
  });

  it('is one per period when the tab holds rows past its first 1 000, all of them read', () => {
    const { report, sheet } = addon();
    report();
    const tab = sheet(SNAPSHOTS)!;
    const stored = tab.getRange(2, 1, 1, 6).getValues();
    // The same period's part twice more, at rows 1 000 and 1 001 (a tab grown for many periods).
    tab.insertRowsAfter(1000, 1);
    tab.getRange(1000, 1, 2, 6).setValues([...stored, ...stored]);
    report();
    expect(storedColumn(tab, 0)).toEqual(['2017-06-30']);
  });

  it('grows a tab that has fewer rows than it must hold, the new rows as plain text', () => {
    const { report, sheet, setPeriod } = addon();
    report();
    // Two rows left: the header and the one part of the first snapshot.
    sheet(SNAPSHOTS)!.deleteRows(3, 998);
    setPeriod(LATER);
    report();
    const periods = storedColumn(sheet(SNAPSHOTS)!, 0);
    expect(periods).toEqual(['2017-06-30', '2017-09-30']);
  });
});

describe('the next check', () => {
  it('warns at the fact cell that went down since the previous report', () => {
    const { call } = laterWithLowerFact();
    const check = call('sidebarCheck');
    expect(
      check.findings
        .filter((f: { code: string }) => f.code === 'fact-decreased')
        .map((f: { cell: string }) => f.cell),
    ).toEqual(['F5']);
  });

  it('marks that cell like other findings', () => {
    const { call, sheet } = laterWithLowerFact();
    call('sidebarCheck');
    expect(sheet('Заходи')!.getRange('F5').getNotes()[0][0]).toMatch(/Факт «Всього» зменшився/);
  });

  it('compares with nothing when the snapshots tab was deleted', () => {
    const { call, spreadsheet, sheet } = laterWithLowerFact();
    spreadsheet.deleteSheet(sheet(SNAPSHOTS)!);
    const check = call('sidebarCheck');
    expect(check.findings.some((f: { code: string }) => f.code === 'fact-decreased')).toBe(false);
  });

  it('compares with nothing when the snapshot was typed over', () => {
    const { call, sheet } = laterWithLowerFact();
    sheet(SNAPSHOTS)!.getRange('F2').setValue('{"period": зламано');
    const check = call('sidebarCheck');
    expect(check.findings.some((f: { code: string }) => f.code === 'fact-decreased')).toBe(false);
  });

  it('compares with nothing when a part of the snapshot is missing', () => {
    const { call, sheet } = laterWithLowerFact();
    sheet(SNAPSHOTS)!.getRange('A2:F2').clearContent();
    expect(call('sidebarChanges').previous).toBeNull();
  });

  it('costs a check two calls more (its name and its values in one getSheetValues) and marks nothing there', () => {
    const sheetCalls = (a: ReturnType<typeof addon>) => {
      a.env.calls.reset();
      a.call('sidebarCheck');
      return Object.entries(a.env.calls.snapshot())
        .filter(([name]) => /^(Spreadsheet|Sheet|Range|RangeList)\./.test(name))
        .reduce((sum, [, n]) => sum + n, 0);
    };
    const before = addon();
    const after = addon();
    after.report();
    expect(sheetCalls(after) - sheetCalls(before)).toBe(2);
  });

  it('is the report’s first step too: it counts the same warnings as «Перевірити дані»', () => {
    const { call, report, setPeriod, sheet } = addon();
    report();
    setPeriod(LATER);
    // Measure 2's city fact (L5) taken back, Всього (F5) with it: lower, and no error.
    sheet('Заходи')!.getRange('L5').setValue(0);
    sheet('Заходи')!.getRange('F5').setValue(7.5);
    const check = call('sidebarCheck');
    expect([call('reportCheck'), check.errors, check.warnings]).toEqual([
      { ok: true, measures: 10, warnings: check.warnings, previous: expect.anything() },
      0,
      2,
    ]);
  });

  it('does not compare with a report of a later period', () => {
    const { report, call, setPeriod } = addon();
    setPeriod(LATER);
    report();
    setPeriod('1 півріччя 2017 року');
    expect(call('sidebarChanges').previous).toBeNull();
  });

  it('does not compare with a report of another year', () => {
    const { report, call, setPeriod } = addon();
    report();
    setPeriod('9 місяців 2018 року');
    expect(call('sidebarChanges').previous).toBeNull();
  });
});

describe('the next check after the review of issue 12', () => {
  /** A report for «1 півріччя», then the period moved on and `edit` made on the tab. */
  const later = (edit: (tab: FakeSheet) => void) => {
    const a = addon();
    a.report();
    a.setPeriod(LATER);
    edit(a.sheet('Заходи')!);
    return a;
  };
  const lines = (view: ChangesView) =>
    view.departments.flatMap((d) => d.changes.map((c) => [c.number, c.kind]));
  const unchanged = (view: DepartmentsView) =>
    view.departments.reduce((n, d) => n + (d.unchanged ?? 0), 0);

  it('lists a deleted measure as removed and the ones renumbered after it as they were', () => {
    const { call } = later((tab) => {
      tab.deleteRows(5, 1);
      tab.getRange(5, 1, 8, 1).setValues(Array.from({ length: 8 }, (_, i) => [i + 2]));
    });
    expect(lines(call('sidebarChanges'))).toEqual([['2', 'removed']]);
  });

  it('warns at each fact cell cleared since the previous report, saying so', () => {
    const { call } = later((tab) =>
      ['F5', 'L5', 'P5'].forEach((a1) => tab.getRange(a1).setValue('-')),
    );
    expect(
      call('sidebarCheck')
        .findings.filter((f: { code: string }) => f.code === 'fact-decreased')
        .map((f: { cell: string; message: string }) => [f.cell, f.message.split(':')[0]]),
    ).toEqual([
      ['F5', 'Факт «Всього» очищено'],
      ['L5', 'Факт «Бюджет міста» очищено'],
      ['P5', 'Факт «Інші джерела» очищено'],
    ]);
  });

  it('counts a row whose Виконання text alone was rewritten as changed', () => {
    const { call } = later((tab) => tab.getRange('R5').setValue('Виконано частково.'));
    expect(unchanged(call('sidebarDepartments'))).toBe(9);
  });

  it('counts a row whose plan alone changed as changed', () => {
    const { call } = later((tab) => tab.getRange('E5').setValue(40));
    expect(unchanged(call('sidebarDepartments'))).toBe(9);
  });

  it('reads a snapshot kept before it held the Виконання texts, comparing the figures', () => {
    const { call, sheet } = later((tab) => tab.getRange('R5').setValue('Виконано частково.'));
    const cell = sheet(SNAPSHOTS)!.getRange('F2');
    cell.setValue(String(cell.getValue()).replace(/,"result":"[0-9a-z]*"/g, ''));
    const view: DepartmentsView = call('sidebarDepartments');
    expect([view.previous?.end, unchanged(view)]).toEqual(['2017-06-30', 10]);
  });
});

describe('the next check of a quarter after the quarter before it', () => {
  /** A report for «І квартал», then «ІІ квартал» with measure 2's Всього fact (F5) lower. */
  const secondQuarter = () => {
    const a = addon();
    a.setPeriod('І квартал 2017 року');
    a.report();
    a.setPeriod('ІІ квартал 2017 року');
    a.sheet('Заходи')!.getRange('F5').setValue(1);
    return a;
  };

  it('warns of no lower fact: a quarter’s facts are its own, they do not accumulate', () => {
    const check = secondQuarter().call('sidebarCheck');
    expect(check.findings.filter((f: { code: string }) => f.code === 'fact-decreased')).toEqual([]);
  });

  it('still lists the lowered fact among the changes', () => {
    const view: ChangesView = secondQuarter().call('sidebarChanges');
    expect(view.departments.flatMap((d) => d.changes.map((c) => [c.number, c.fact]))).toEqual([
      ['2', { from: 22.5, to: 1 }],
    ]);
  });
});

describe('«Зміни» in the sidebar', () => {
  it('names the previous report', () => {
    const { call } = laterWithLowerFact();
    const view: ChangesView = call('sidebarChanges');
    expect(view.previous).toEqual({ label: '1 півріччя 2017 року', end: '2017-06-30' });
  });

  it('lists the lowered fact under its department', () => {
    const { call } = laterWithLowerFact();
    const view: ChangesView = call('sidebarChanges');
    expect(
      view.departments.map((d) => [d.department, d.changes.map((c) => [c.number, c.fact])]),
    ).toEqual([[generatedRow(1)[3], [['2', { from: 22.5, to: 1 }]]]]);
  });

  it('has no previous report before the first report', () => {
    const { call } = addon();
    expect(call('sidebarChanges')).toMatchObject({ previous: null, departments: [] });
  });
});

describe('«Хто не подав дані» in the sidebar', () => {
  /** The departments view of the generated table with `edit` made on row 5 (measure 2). */
  const departmentsWith = (edit: (tab: FakeSheet) => void): DepartmentsView => {
    const a = addon();
    edit(a.sheet('Заходи')!);
    return a.call('sidebarDepartments');
  };

  it('counts a row with a status typed but not understood as data given', () => {
    const view = departmentsWith((tab) => tab.getRange('Q5').setValue('зроблено'));
    expect(view.departments.flatMap((d) => d.withoutData)).not.toContain('2');
  });

  it('folds a non-breaking hyphen into the department it spells', () => {
    const view = departmentsWith((tab) => tab.getRange('D5').setValue('Прес\u2011служба'));
    expect(view.departments.map((d) => [d.name, d.measures])).toContainEqual(['Прес-служба', 4]);
  });

  it('counts two departments joined by «та» under each', () => {
    const view = departmentsWith((tab) =>
      tab.getRange('D5').setValue('Прес-служба та відділ економіки'),
    );
    expect(view.departments.map((d) => d.name)).toContain('відділ економіки');
  });

  it('opens a reminder line with a capital though the cell does not', () => {
    const view = departmentsWith((tab) => {
      tab.getRange('D5').setValue('відділ економіки');
      tab.getRange('R5').setValue('');
    });
    expect(view.reminder.split('\n')).toContain('Відділ економіки: не подано дані до заходу № 2.');
  });

  it('counts the measures of every department', () => {
    const { call } = addon();
    const view: DepartmentsView = call('sidebarDepartments');
    expect(view.departments.reduce((n, d) => n + d.measures, 0)).toBe(10);
  });

  it('counts the measures unchanged since the previous report', () => {
    const { call } = laterWithLowerFact();
    const view: DepartmentsView = call('sidebarDepartments');
    expect(view.departments.reduce((n, d) => n + (d.unchanged ?? 0), 0)).toBe(9);
  });
});

describe('«Чернетка пояснень»', () => {
  it('writes a draft for the section under a header on a new Пояснення tab', () => {
    const { call, sheet } = addon();
    call('draftNarrative');
    const rows = sheet(NARRATIVE)!.getDataRange().getValues();
    expect([rows[0], rows[1][0], String(rows[1][1]).startsWith('За 1 півріччя 2017 року')]).toEqual(
      [['Розділ', 'Текст'], '4.4', true],
    );
  });

  it('keeps the paragraph a person wrote as written', () => {
    const { call, sheet } = addon();
    call('draftNarrative');
    sheet(NARRATIVE)!.getRange('B2').setValue('Текст координатора.');
    call('draftNarrative');
    expect(sheet(NARRATIVE)!.getDataRange().getValues()).toEqual([
      ['Розділ', 'Текст'],
      ['4.4', 'Текст координатора.'],
    ]);
  });

  it.each([
    ['4.4', 'a date (4 April), as a uk_UA sheet reads it'],
    ['4,4', 'a number'],
  ])('takes a row whose Розділ was typed %s (%s) as the person’s text', (typed) => {
    const { call, spreadsheet } = addon();
    const tab = spreadsheet.insertSheet(NARRATIVE);
    tab.getRange(1, 1, 1, 2).setValues([['Розділ', 'Текст']]);
    tab.getRange(2, 1).setValue(typed);
    tab.getRange(2, 2).setValue('Текст координатора.');
    expect(typeof tab.getRange(2, 1).getValue()).not.toBe('string');
    expect(call('draftNarrative').added).toEqual([]);
  });

  it('says which sections were left alone', () => {
    const { call } = addon();
    call('draftNarrative');
    expect(call('draftNarrative').message).toMatch(
      /^Нових чернеток не додано\. Не змінено \(там уже є текст\): 4\.4\. /,
    );
  });

  it('says that a report of one section prints no narrative, rather than to edit it first', () => {
    const { call } = addon();
    expect(call('draftNarrative').message).toBe(
      'Додано 1 чернетку пояснень (4.4) на аркуш «Пояснення». Звіт одного ' +
        'розділу пояснень не друкує (лише таблицю з підсумком): текст із аркуша «Пояснення» ' +
        'потрапляє лише до звіту програми з кількох розділів. Його можна скопіювати звідти до ' +
        'супровідного листа.',
    );
  });
});

describe('«Експорт відкритих даних»', () => {
  const exported = () => {
    const a = addon();
    a.scope.menuOpenData();
    const files = [...a.env.drive.files.values()].filter((f) => !f.trashed);
    return { ...a, files };
  };

  it('writes datapackage.json and two CSV files into one folder', () => {
    const { files } = exported();
    const folder = files.find((f) => f.name.startsWith('Відкриті дані'))!;
    expect(
      files
        .filter((f) => f.parents.includes(folder.id))
        .map((f) => f.name)
        .sort(),
    ).toEqual(['datapackage.json', 'measures.csv', 'sections.csv']);
  });

  it('puts that folder in the reports folder', () => {
    const { files } = exported();
    const reports = files.find((f) => f.name === 'Zvit — звіти')!;
    const folder = files.find((f) => f.name.startsWith('Відкриті дані'))!;
    expect([folder.mimeType, folder.parents]).toEqual([MIME.folder, [reports.id]]);
  });

  it('writes a CSV row per measure', () => {
    const { files } = exported();
    const csv = Buffer.from(files.find((f) => f.name === 'measures.csv')!.blob!.bytes).toString();
    expect(csv.trim().split('\r\n')).toHaveLength(11);
  });

  it('writes the datapackage.json the command line writes for the same workbook', async () => {
    const a = addon(await spreadsheetFromXlsx(SAMPLE_PATH));
    a.scope.menuOpenData();
    const written = [...a.env.drive.files.values()].find((f) => f.name === 'datapackage.json')!;
    const out = mkdtempSync(join(tmpdir(), 'zvit-open-data-'));
    await run(['export', SAMPLE_PATH, '--out', out], {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd: process.cwd(),
    });
    expect(Buffer.from(written.blob!.bytes).toString()).toBe(
      readFileSync(join(out, 'datapackage.json'), 'utf8'),
    );
  });

  it('shows the links in a dialog', () => {
    const { env } = exported();
    expect(env.ui.dialogs.map((d) => d.title)).toEqual(['Zvit — Відкриті дані']);
  });

  it('replaces the package of the same period', () => {
    const a = exported();
    a.scope.menuOpenData();
    const folders = [...a.env.drive.files.values()].filter(
      (f) => !f.trashed && f.name.startsWith('Відкриті дані'),
    );
    expect(folders).toHaveLength(1);
  });

  it('opens the check in the sidebar when it refuses', () => {
    const a = addon();
    a.sheet('Заходи')!.getRange('K5').setValue('двадцять');
    a.scope.menuOpenData();
    expect(a.env.ui.dialogs.map((d) => [d.kind, d.content.includes('"view":"check"')])).toEqual([
      ['sidebar', true],
    ]);
  });

  it('says why it refused in the sidebar, above the findings, not in a toast', () => {
    const a = addon();
    a.sheet('Заходи')!.getRange('K5').setValue('двадцять');
    a.scope.menuOpenData();
    const initial = JSON.parse(
      /<script type="application\/json" id="zvit-initial">(.*?)<\/script>/s.exec(
        a.env.ui.dialogs[0].content,
      )![1],
    );
    expect([initial.refusal, a.spreadsheet.toasts]).toEqual([
      'Відкриті дані не експортовано: у таблиці 1 помилка. Виправте позначені клітинки і спробуйте знову.',
      [],
    ]);
  });

  it('refuses while the table has errors and writes nothing', () => {
    const a = addon();
    a.sheet('Заходи')!.getRange('K5').setValue('двадцять');
    a.scope.menuOpenData();
    expect([...a.env.drive.files.values()].some((f) => f.name.endsWith('.csv'))).toBe(false);
  });
});
