// Headers and knock-on findings on a workbook LibreOffice Calc wrote: an appendix's title block
// above the header, a unit row inside the header, a missing «Всього», formula errors summed
// into ВСЬОГО, a printed report pasted in (and as Calc's HTML import spreads it), a period the
// sheet turned into a date, and --force on a table it could not read.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Analysis } from '../../src/core/analyse';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { HEADER_SIDES, HEADER_TOP } from '../../scripts/make-sample';
import type { FodsCell } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';
import { PRINTED_HEADER } from '../support/grid-builders';

/** A template measure row: number, title, term, executor, 12 amounts, status, result. */
const row = (number: FodsCell, title: string, money: readonly FodsCell[]): FodsCell[] => [
  number,
  title,
  'Впродовж року',
  'Прес-служба',
  ...money,
  ...Array<FodsCell>(12 - money.length).fill(null),
  'виконується',
  '',
];

/** «Додаток 3 / до рішення… / ЗВІТ / …»: eleven rows above the header, as appendices have. */
const APPENDIX: FodsCell[][] = [
  [null, null, null, null, null, null, null, null, null, null, null, null, null, 'Додаток 3'],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, 'до рішення'],
  [null, null, null, null, null, null, null, null, null, null, null, null, null, 'від 12.03.2017'],
  [],
  ['ЗВІТ'],
  ['про виконання Програми розвитку інформаційного простору'],
  ['міста Слов’янська на 2016–2017 роки'],
  ['за 1 півріччя 2017 року'],
  [],
  ['4.4. Розвиток інформаційного простору'],
  [],
];

const formula = (of: string): FodsCell => ({ formula: of });

const C: FodsCell = { covered: true };
const covered = (n: number): FodsCell[] => Array<FodsCell>(n).fill(C);

/**
 * A printed report with group headings, as Calc's HTML import of the Word report lays it out:
 * «держбюджету», «бюджету міста» and «Виконання» each merged over two columns, and every
 * amount's cell with them (SPEC §10).
 */
const HTML_IMPORT: FodsCell[][] = [
  [
    { text: '№ з/п', rows: 4 },
    { text: 'Зміст заходу', rows: 4 },
    { text: 'Термін виконання', rows: 4 },
    { text: 'Виконавець', rows: 4 },
    { text: 'Витрати на реалізацію (план/факт), тис. грн.', cols: 8 },
    ...covered(7),
    { text: 'Виконання', rows: 4, cols: 2 },
    C,
  ],
  [
    ...covered(4),
    { text: 'Всього', rows: 3 },
    { text: 'у тому числі за рахунок коштів:', cols: 7 },
    ...covered(8),
  ],
  [
    ...covered(5),
    { text: 'держбюджету', rows: 2, cols: 2 },
    C,
    { text: 'місцевих бюджетів', cols: 3 },
    C,
    C,
    { text: 'підприємств', rows: 2 },
    { text: 'інших джерел', rows: 2 },
    C,
    C,
  ],
  [...covered(7), 'обл. бюджету', { text: 'бюджету міста', cols: 2 }, ...covered(5)],
  [
    'А',
    1,
    2,
    3,
    4,
    { value: 5, cols: 2 },
    C,
    6,
    { value: 7, cols: 2 },
    C,
    8,
    9,
    { value: 10, cols: 2 },
    C,
  ],
  [{ text: '1. Інформаційна відкритість', cols: 14 }, ...covered(13)],
  [
    1,
    'Захід 1',
    'Впродовж року',
    'Прес-служба',
    '10 / 5',
    { text: '-', cols: 2 },
    C,
    '-',
    { text: '10 / 5', cols: 2 },
    C,
    '-',
    '-',
    { text: 'Проведено', cols: 2 },
    C,
  ],
  [
    2,
    'Захід 2',
    'Впродовж року',
    'Прес-служба',
    '18 / 5',
    { text: '8 / 0', cols: 2 },
    C,
    '-',
    { text: '10 / 5', cols: 2 },
    C,
    '-',
    '-',
    { text: 'Проведено', cols: 2 },
    C,
  ],
  [{ text: '2. Медіа', cols: 14 }, ...covered(13)],
  [
    3,
    'Захід 3',
    'Впродовж року',
    'Прес-служба',
    '-',
    { text: '-', cols: 2 },
    C,
    '-',
    { text: '-', cols: 2 },
    C,
    '-',
    '-',
    { text: 'Не виконувалося', cols: 2 },
    C,
  ],
  [
    { text: 'ВСЬОГО:', cols: 4 },
    ...covered(3),
    '28 / 10',
    { text: '8 / 0', cols: 2 },
    C,
    '-',
    { text: '20 / 10', cols: 2 },
    C,
    '-',
    '-',
    { text: 'х', cols: 2 },
    C,
  ],
  // The line to sign in the city's first column, the name from its second.
  [
    { text: 'Начальник відділу', cols: 8 },
    ...covered(7),
    '_______________',
    { text: 'Ольга КОВАЛЕНКО', cols: 4 },
    ...covered(3),
    null,
  ],
];

const BOOK = [
  { name: 'Додаток', rows: [...APPENDIX, HEADER_TOP, HEADER_SIDES, row(1, 'Сайт', [5, 4])] },
  {
    name: 'Без Всього',
    rows: [
      HEADER_TOP.map((label) => (label === 'Всього' ? 'Сума' : label)),
      HEADER_SIDES,
      row(1, 'Сайт', [5, 4]),
    ],
  },
  {
    name: 'Формули',
    rows: [
      HEADER_TOP,
      HEADER_SIDES,
      row(1, 'Ділення', [formula('of:=[.K3]/0'), 3, null, null, null, null, 5, 3]),
      row(2, 'Газета', [2, 1, null, null, null, null, 2, 1]),
      [
        'ВСЬОГО',
        null,
        null,
        null,
        formula('of:=SUM([.E3:.E4])'),
        formula('of:=SUM([.F3:.F4])'),
        null,
        null,
        null,
        null,
        formula('of:=SUM([.K3:.K4])'),
        formula('of:=SUM([.L3:.L4])'),
      ],
    ],
  },
  {
    name: 'Друк',
    rows: [
      PRINTED_HEADER,
      ['А', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      [1, 'Трансляції', 'Впродовж року', 'Відділ', '-', '-', '-', '12 / 10', '-', '-', 'Зроблено'],
      [
        2,
        'Газета',
        'Впродовж року',
        'Відділ',
        '1188,8 / 964',
        '-',
        '-',
        '1188,8/964',
        '-',
        '-',
        'Так',
      ],
    ],
  },
  { name: 'Друк через HTML', rows: HTML_IMPORT },
  {
    name: 'Одиниці в шапці',
    rows: [
      HEADER_TOP,
      [{ text: 'тис. грн', cols: 18 }, ...Array<FodsCell>(17).fill({ covered: true })],
      HEADER_SIDES,
      row(1, 'Сайт', [5, 4]),
      row(2, 'Газета', [2, 1]),
    ],
  },
  { name: 'Примітки', rows: [['Тут лише примітки, таблиці немає']] },
  {
    name: 'Налаштування',
    rows: [
      ['Параметр', 'Значення'],
      ['Номер розділу', '4.4'],
      ['Назва розділу', 'Розвиток інформаційного простору'],
      ['Місто', 'Слов’янськ'],
      ['Звітний період', { date: '2017-06-30', text: '30.06.2017' }],
    ],
  },
];

describeWithCalc('headers and knock-on findings on a book written by LibreOffice Calc', () => {
  let path = '';
  let grids: Grid[] = [];
  beforeAll(async () => {
    path = writeWithCalc(BOOK);
    grids = await readXlsx(path);
  }, 120_000);

  const analysis = (sheet: string): Analysis => analyseWorkbook(grids, { sheet });
  /** The tab's own findings: the settings' are the same on every tab. */
  const findings = (sheet: string) =>
    analysis(sheet)
      .findings.filter((f) => f.sheet === sheet)
      .map((f) => [f.code, f.cell]);

  it('finds the header under an appendix’s eleven rows of title', () => {
    const a = analysis('Додаток');
    expect([findings('Додаток'), a.table?.header.firstRow, a.table?.measures.length]).toEqual([
      [],
      11,
      1,
    ]);
  });

  it('makes a missing «Всього» one error', () => {
    expect(findings('Без Всього')).toEqual([['missing-column', 'A1']]);
  });

  it('says nothing at a ВСЬОГО formula that inherits a measure’s #DIV/0!', () => {
    expect(findings('Формули')).toEqual([['sheet-error', 'E3']]);
  });

  it('asks once for the pair of an empty Всього, and quotes the table’s own pair', () => {
    const a = analysis('Друк');
    expect([
      findings('Друк'),
      a.findings.find((f) => f.code === 'printed-layout')?.message.includes('(як «12 / 10» у H3)'),
    ]).toEqual([
      [
        ['printed-layout', 'B1'],
        ['total-missing', 'E3'],
      ],
      true,
    ]);
  });

  it('keeps «тис. грн» merged across the table between the labels and план/факт in the header', () => {
    const a = analysis('Одиниці в шапці');
    expect([findings('Одиниці в шапці'), a.table?.header.layout, a.totals.total]).toEqual([
      [],
      'columns',
      { plan: 7_000, fact: 5_000 },
    ]);
  });

  it('reads a printed report Calc opened as HTML, each source merged over two columns, as it stands', () => {
    const a = analysis('Друк через HTML');
    expect([
      findings('Друк через HTML'),
      a.table?.header.money.city,
      a.table?.headings.map((h) => h.text),
      a.counts.planned,
      a.totals.total,
      a.totals.state,
      a.totals.city,
    ]).toEqual([
      [['printed-layout', 'B1']],
      { plan: 8, fact: 8 },
      ['1. Інформаційна відкритість', '2. Медіа'],
      3,
      { plan: 28_000, fact: 10_000 },
      { plan: 8_000, fact: 0 },
      { plan: 20_000, fact: 10_000 },
    ]);
  });

  it('makes a period turned into a date one error at its cell', () => {
    expect(
      analysis('Додаток')
        .findings.filter((f) => f.sheet === 'Налаштування')
        .map((f) => [f.code, f.cell]),
    ).toEqual([['bad-period', 'B5']]);
  });

  describe('zvit report --force', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zvit-force-')), 'draft.docx');
    const report = async (...argv: string[]) => {
      let said = '';
      const io = { stdout: (t: string) => (said += t), stderr: () => {}, cwd: process.cwd() };
      const code = await run(['report', path, '--out', out, '--force', ...argv], io);
      return [code, existsSync(out), said];
    };

    it('writes no draft when a section’s header lacks a column, and says why', async () => {
      expect(await report()).toEqual([
        1,
        false,
        expect.stringContaining(
          'Звіт не створено навіть як чернетку: таблицю на аркуші «Без Всього» не прочитано, а ' +
            'без неї вийшло б, що заходів немає. --force тут не допоможе',
        ),
      ]);
    });

    it('offers no --force without it when a table could not be read', async () => {
      let said = '';
      const io = { stdout: (t: string) => (said += t), stderr: () => {}, cwd: process.cwd() };
      await run(['report', path, '--out', out], io);
      expect([said.includes('--force, щоб'), said.includes('--force тут не допоможе')]).toEqual([
        false,
        true,
      ]);
    });

    it('writes no draft of a tab without a header', async () => {
      expect(await report('--sheet', 'Примітки')).toEqual([
        1,
        false,
        expect.stringContaining('таблицю на аркуші «Примітки» не прочитано'),
      ]);
    });

    it('writes no open data of a table it could not read', async () => {
      const folder = join(tmpdir(), `zvit-export-${process.pid}`);
      let said = '';
      const io = { stdout: (t: string) => (said += t), stderr: () => {}, cwd: process.cwd() };
      const code = await run(['export', path, '--out', folder, '--force'], io);
      expect([code, existsSync(folder), said]).toEqual([
        1,
        false,
        expect.stringContaining('Відкриті дані не записано: таблицю на аркуші «Без Всього»'),
      ]);
    });

    it('still writes the draft of a table it read', async () => {
      expect((await report('--sheet', 'Додаток')).slice(0, 2)).toEqual([1, true]);
    });
  });
});
