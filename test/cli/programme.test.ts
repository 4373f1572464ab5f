// The command line over a whole programme: several section tabs, the previous report, open data.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { zvit } from '../support/zvit-run';
import {
  buildWorkbook,
  measureValues,
  SAMPLE_MEASURES,
  SAMPLE_PATH,
  SAMPLE_SETTINGS,
} from '../../scripts/make-sample';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Package } = require('datapackage') as {
  Package: { load(descriptor: string): Promise<{ valid: boolean; errors: Error[] }> };
};

const tmp = mkdtempSync(join(tmpdir(), 'zvit-programme-'));

const documentXml = async (path: string): Promise<string> =>
  (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');

/** A copy of the workbook's measures tab under another name, merges included. */
const copySheet = (book: ExcelJS.Workbook, name: string, edit: (rows: unknown[][]) => void) => {
  const from = book.getWorksheet('Заходи')!;
  const rows: unknown[][] = [];
  from.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  edit(rows);
  const to = book.addWorksheet(name);
  for (const row of rows) to.addRow(row);
  for (const range of (from.model as unknown as { merges: string[] }).merges) to.mergeCells(range);
};

/** The sample as section 4.4 and a second section 6.5 whose measure 3 (sheet row 6) has plan 10 and fact 5 in its Всього. */
const twoSections = async (file: string, fact = 5, period = '1 півріччя 2017 року') => {
  const settings = SAMPLE_SETTINGS.map(([k, v]): [string, string] => [
    k,
    k === 'Звітний період' ? period : v,
  ]);
  const book = buildWorkbook(SAMPLE_MEASURES.map(measureValues), settings);
  // Named by their tabs: the sample's title «Розвиток інформаційного простору» would name both.
  book.getWorksheet('Заходи')!.getCell('A1').value = null;
  copySheet(book, '6.5 Спорт', (rows) => {
    rows[5][4] = 10;
    rows[5][5] = fact;
  });
  book.getWorksheet('Заходи')!.name = '4.4 Інформ';
  const path = join(tmp, file);
  await book.xlsx.writeFile(path);
  return path;
};

describe('zvit check on a programme of two sections', () => {
  it('gives each section its figures in the JSON', async () => {
    const { stdout } = await zvit('check', await twoSections('two.xlsx'), '--json', '-');
    const json = JSON.parse(stdout);
    expect(
      json.sections.map((s: { number: string; name: string; counts: { planned: number } }) => [
        s.number,
        s.name,
        s.counts.planned,
      ]),
    ).toEqual([
      ['4.4', 'Інформ', SAMPLE_MEASURES.length],
      ['6.5', 'Спорт', SAMPLE_MEASURES.length],
    ]);
    expect(json.counts.planned).toBe(2 * SAMPLE_MEASURES.length);
  });

  it('offers only the sections when --sheet names no tab, not the settings or the narrative', async () => {
    const path = await twoSections('two-sheet.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    book.addWorksheet('Пояснення').addRows([
      ['Розділ', 'Текст'],
      ['6.5', 'Про спорт.'],
    ]);
    await book.xlsx.writeFile(path);
    expect((await zvit('check', path, '--sheet', 'Спорт')).stderr).toBe(
      `У книзі «${path}» немає аркуша «Спорт». Розділи із заходами: «4.4 Інформ», «6.5 Спорт». ` +
        'Вкажіть для --sheet один із них.\n',
    );
  });

  it('names the tab in the cell of a finding', async () => {
    const { stderr } = await zvit('check', await twoSections('two-warn.xlsx', 50));
    expect(stderr).toContain("'6.5 Спорт'!F6: ");
  });
});

describe('zvit report on a programme of two sections', () => {
  it('writes one report with both sections', async () => {
    const out = join(tmp, 'r.docx');
    const { code } = await zvit('report', await twoSections('two-report.xlsx'), '--out', out);
    const xml = await documentXml(out);
    expect([code, xml.includes('4.4. Інформ'), xml.includes('6.5. Спорт')]).toEqual([
      0,
      true,
      true,
    ]);
  });

  it('reports the section asked for', async () => {
    const out = join(tmp, 'one.docx');
    const { code } = await zvit(
      'report',
      await twoSections('two-one.xlsx'),
      '--sheet',
      '6.5 Спорт',
      '--out',
      out,
    );
    const xml = await documentXml(out);
    expect([code, xml.includes('4.4. Інформ'), xml.includes('6.5. Спорт')]).toEqual([
      0,
      false,
      false,
    ]);
  });
});

describe('zvit check --previous', () => {
  it('lists the changes since the previous report of the year in the JSON', async () => {
    const before = await twoSections('q1.xlsx', 2, 'І квартал 2017 року');
    const now = await twoSections('h1.xlsx', 5);
    const { stdout } = await zvit('check', now, '--previous', before, '--json', '-');
    expect(JSON.parse(stdout).changes).toEqual({
      previous: { label: 'І квартал 2017 року', end: '2017-03-31' },
      measures: [
        {
          section: '6.5',
          number: '3',
          title: SAMPLE_MEASURES[2].title,
          fact: { from: 2, to: 5 },
        },
      ],
    });
  });

  it('warns at the fact cell that went down', async () => {
    const before = await twoSections('q1-high.xlsx', 9, 'І квартал 2017 року');
    const { stderr } = await zvit(
      'check',
      await twoSections('h1-low.xlsx', 5),
      '--previous',
      before,
    );
    expect(stderr).toMatch(/'6\.5 Спорт'!F6: Факт «Всього» зменшився/);
  });

  it('exits 2 with one line when the previous workbook is missing', async () => {
    const { code, stderr } = await zvit('check', SAMPLE_PATH, '--previous', join(tmp, 'nope.xlsx'));
    expect([code, stderr]).toEqual([
      2,
      `Файл «${join(tmp, 'nope.xlsx')}» не знайдено: перевірте назву і папку.\n`,
    ]);
  });
});

describe('zvit export', () => {
  it('writes a data package the frictionless tools find valid', async () => {
    const out = join(tmp, 'open');
    const { code } = await zvit('export', await twoSections('two-open.xlsx'), '--out', out);
    expect(code).toBe(0);
    const pkg = await Package.load(join(out, 'datapackage.json'));
    expect([pkg.valid, pkg.errors]).toEqual([true, []]);
  });

  it('refuses, in one line, an --out that is a file and not a folder', async () => {
    const book = await twoSections('two-open3.xlsx');
    const { code, stderr } = await zvit('export', book, '--out', book);
    expect([code, stderr]).toEqual([
      2,
      `«${book}» — це файл, а не папка. Вкажіть для --out папку, куди записати файли, ` +
        'наприклад «two-open3-дані».\n',
    ]);
  });

  it('says in one line why a folder under a file cannot be made', async () => {
    const book = await twoSections('two-open4.xlsx');
    const { code, stderr } = await zvit('export', book, '--out', join(book, 'дані'));
    expect([code, stderr]).toEqual([
      2,
      `Не вдалося створити папку «${join(book, 'дані')}»: частина шляху — файл, а не папка.\n`,
    ]);
  });

  it('refuses, in one line, a folder holding another program’s package files, leaving them', async () => {
    const out = join(tmp, 'foreign-open');
    mkdirSync(out);
    const descriptor = '{"name": "budget", "resources": [{"name": "m", "path": "measures.csv"}]}';
    writeFileSync(join(out, 'datapackage.json'), descriptor);
    writeFileSync(join(out, 'measures.csv'), 'a,b\r\n1,2\r\n');
    const { code, stdout, stderr } = await zvit(
      'export',
      await twoSections('two-open5.xlsx'),
      '--out',
      out,
    );
    expect([
      code,
      stdout,
      stderr,
      readFileSync(join(out, 'datapackage.json'), 'utf8'),
      readdirSync(out).sort(),
    ]).toEqual([
      2,
      '',
      `У папці «${out}» уже є «datapackage.json», «measures.csv», і це не відкриті дані, які ` +
        'записав Zvit: Zvit їх не перезаписує. Вкажіть для --out іншу папку або перенесіть чи ' +
        'видаліть ці файли, якщо вони не потрібні.\n',
      descriptor,
      ['datapackage.json', 'measures.csv'],
    ]);
  });

  it('refuses a measures.csv of someone else’s in the folder named after the book', async () => {
    const book = await twoSections('two-open6.xlsx');
    mkdirSync(join(tmp, 'two-open6'));
    writeFileSync(join(tmp, 'two-open6', 'measures.csv'), 'мої заходи\n');
    const { code } = await zvit('export', book);
    expect([code, readFileSync(join(tmp, 'two-open6', 'measures.csv'), 'utf8')]).toEqual([
      2,
      'мої заходи\n',
    ]);
  });

  it('replaces a package it wrote, leaving no temporary file', async () => {
    const out = join(tmp, 'open-again');
    const book = await twoSections('two-open7.xlsx');
    await zvit('export', book, '--out', out);
    const { code } = await zvit('export', book, '--out', out);
    expect([code, readdirSync(out).sort()]).toEqual([
      0,
      ['datapackage.json', 'measures.csv', 'sections.csv'],
    ]);
  });

  it('writes one row per section', async () => {
    const out = join(tmp, 'open-sections');
    await zvit('export', await twoSections('two-open2.xlsx'), '--out', out);
    const lines = readFileSync(join(out, 'sections.csv'), 'utf8').trim().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([
      ['4.4', 'Інформ'],
      ['6.5', 'Спорт'],
    ]);
  });
});
