// Rows that are not measures in workbooks LibreOffice Calc wrote: a title over two rows, bullet
// lines, a term merged through a heading, a sum merged over two measures, a group's «Разом …»,
// a heading with sums, a name under «Стан виконання», a signature over three cells with
// «(підпис)», the header pasted twice. Read the same by the command line and by the add-on
// (which asks Sheets for merges only where they matter).
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Analysis } from '../../src/core/analyse';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { HEADER_SIDES, HEADER_TOP, SAMPLE_SETTINGS } from '../../scripts/make-sample';
import { createFakeEnvironment, spreadsheetFromXlsx } from '../fakes';
import type { FodsCell, FodsSheet } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';

const C: FodsCell = { covered: true };
const NO_MONEY: FodsCell[] = Array(12).fill(null);

/** A measure of the template; `money` is Всього and the city's budget, plan and fact. */
const measure = (
  number: FodsCell,
  title: string,
  money: [number, number] | null = null,
): FodsCell[] => [
  number,
  title,
  'Впродовж року',
  'Прес-служба',
  ...(money
    ? [money[0], money[1], null, null, null, null, money[0], money[1], null, null, null, null]
    : NO_MONEY),
  'виконується',
  '',
];

/** A row with text at the given 0-based columns. */
const textRow = (cells: Record<number, FodsCell>): FodsCell[] =>
  Array.from({ length: 18 }, (_, c) => cells[c] ?? null);

const tab = (name: string, rows: FodsCell[][]): FodsSheet => ({
  name,
  rows: [HEADER_TOP, HEADER_SIDES, ...rows],
});

/** Measure 2 as Word pastes it: every cell but the title merged down over its two lines. */
const TWO_ROWS: FodsCell[][] = [
  [
    { value: 2, rows: 2 },
    'Забезпечення відкритості засідань шляхом:',
    { text: 'Впродовж року', rows: 2 },
    { text: 'Відділ ІЗ', rows: 2 },
    { value: 20, rows: 2 },
    { value: 10, rows: 2 },
    ...Array.from({ length: 4 }, () => ({ text: '-', rows: 2 })),
    { value: 20, rows: 2 },
    { value: 10, rows: 2 },
    ...Array.from({ length: 4 }, () => ({ text: '-', rows: 2 })),
    { text: 'виконується', rows: 2 },
    { text: 'Проведено 92 трансляції', rows: 2 },
  ],
  [C, '· проведення онлайн-трансляцій;', ...Array<FodsCell>(16).fill(C)],
];

const BOOK: FodsSheet[] = [
  tab('Два рядки', [measure(1, 'Захід 1', [10, 5]), ...TWO_ROWS, measure(3, 'Захід 3')]),
  tab('Рядки без злиття', [
    measure(1, 'Забезпечення відкритості засідань шляхом:', [20, 10]),
    textRow({ 1: '· проведення онлайн-трансляцій;' }),
    textRow({ 1: '· оприлюднення рішень.', 17: 'Оприлюднено 45 рішень' }),
    measure(2, 'Захід 2'),
  ]),
  tab(
    'Крізь заголовок',
    [
      [{ text: '1. Інформаційна відкритість', cols: 18 }, ...Array<FodsCell>(17).fill(C)],
      [1, 'Захід 1', { text: 'Впродовж року', rows: 4 }, { text: 'Прес-служба', rows: 4 }],
      [2, 'Захід 2', C, C],
      [{ text: '2. Електронне урядування', cols: 2 }, C, C, C],
      [3, 'Захід 3', C, C],
    ].map((row, i) => (i === 0 || i === 3 ? row : [...row, ...NO_MONEY, 'виконується', ''])),
  ),
  tab(
    'Спільна сума',
    [
      [
        1,
        'Захід 1',
        'Впродовж року',
        'Прес-служба',
        { value: 30, rows: 2 },
        { value: 12, rows: 2 },
        null,
        null,
        null,
        null,
        { value: 30, rows: 2 },
        { value: 12, rows: 2 },
        null,
        null,
        null,
        null,
        // One status for both, as the reviewer's book has it: merges are read for its cell.
        { text: 'виконується', rows: 2 },
        '',
      ],
      [2, 'Захід 2', 'ІІ квартал', 'Прес-служба', C, C, null, null, null, null, C, C],
    ].map((row) => (row.length === 18 ? row : [...row, null, null, null, null, C, ''])),
  ),
  tab('Групи', [
    [{ text: '1. Інформаційна відкритість', cols: 18 }, ...Array<FodsCell>(17).fill(C)],
    measure(1, 'Захід 1', [10, 5]),
    measure(2, 'Захід 2', [3, 3]),
    textRow({ 0: 'Разом по напряму 1', 4: 13, 5: 8, 10: 13, 11: 8 }),
    textRow({ 1: 'Напрям 2. Електронне урядування' }),
    measure(3, 'Захід 3', [7, 0]),
    textRow({ 0: 'ВСЬОГО', 4: 20, 5: 8, 10: 20, 11: 8 }),
  ]),
  tab('Заголовок із сумами', [
    textRow({ 0: '1.', 1: 'Інформаційна відкритість' }),
    measure('1.1', 'Захід 1', [10, 5]),
    textRow({ 0: '2.', 1: 'ЕЛЕКТРОННЕ УРЯДУВАННЯ', 4: 9, 5: 0 }),
    measure('2.1', 'Захід 2', [7, 0]),
  ]),
  tab('Підпис у стані', [
    measure(1, 'Захід 1', [10, 5]),
    measure(2, 'Захід 2', [3, 0]),
    [],
    textRow({ 1: 'Начальник відділу інформаційного забезпечення', 16: 'О. КОВАЛЕНКО' }),
    textRow({ 1: '«___» ____________ 2017 р.' }),
  ]),
  tab('Підпис у три клітинки', [
    measure(1, 'Захід 1', [10, 5]),
    measure(2, 'Захід 2', [3, 0]),
    [],
    textRow({ 1: 'Начальник відділу', 3: '(підпис)', 17: 'О. КОВАЛЕНКО' }),
    textRow({ 1: 'В.о. директора', 3: 'підпис', 16: 'Ольга КОВАЛЕНКО' }),
  ]),
  tab('Шапка двічі', [
    measure(1, 'Захід 1', [1, 1]),
    [],
    [],
    HEADER_TOP,
    HEADER_SIDES,
    measure(2, 'Захід 2', [2, 2]),
  ]),
  { name: 'Налаштування', rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS] },
];

describeWithCalc('rows that are not measures, in a book written by LibreOffice Calc', () => {
  let path = '';
  let grids: Grid[] = [];
  beforeAll(async () => {
    path = writeWithCalc(BOOK);
    grids = await readXlsx(path);
  }, 120_000);

  const analysis = (sheet: string): Analysis => analyseWorkbook(grids, { sheet });
  const findings = (sheet: string) =>
    analysis(sheet).findings.map((f) => [f.code, f.severity, f.cell]);
  const titles = (sheet: string) => analysis(sheet).table?.measures.map((m) => m.text.title);

  it('reads a title over two rows, № and the rest merged down, as one measure', () => {
    expect([titles('Два рядки'), findings('Два рядки')]).toEqual([
      [
        'Захід 1',
        'Забезпечення відкритості засідань шляхом:\n· проведення онлайн-трансляцій;',
        'Захід 3',
      ],
      [],
    ]);
  });

  it('joins unmerged bullet lines to the measure above, their result to its result', () => {
    const { table } = analysis('Рядки без злиття');
    expect([
      table?.measures.map((m) => [m.text.title, m.text.result]),
      findings('Рядки без злиття'),
    ]).toEqual([
      [
        [
          'Забезпечення відкритості засідань шляхом:\n· проведення онлайн-трансляцій;\n' +
            '· оприлюднення рішень.',
          'Оприлюднено 45 рішень',
        ],
        ['Захід 2', ''],
      ],
      [],
    ]);
  });

  it('keeps a heading a heading when a term and executor are merged down through it', () => {
    const { report } = analysis('Крізь заголовок');
    expect([
      report.rows.map((r) => [r.heading ?? false, r.cells[0], r.cells[2]]),
      findings('Крізь заголовок'),
    ]).toEqual([
      [
        [true, '1. Інформаційна відкритість', ''],
        [false, '1', 'Впродовж року'],
        [false, '2', 'Впродовж року'],
        [true, '2. Електронне урядування', ''],
        [false, '3', 'Впродовж року'],
      ],
      [],
    ]);
  });

  it('counts a sum merged over two measures once, and says so at the merged cells', () => {
    expect([analysis('Спільна сума').totals.total, findings('Спільна сума')]).toEqual([
      { plan: 30_000, fact: 12_000 },
      [['shared-sum', 'warning', 'E3']],
    ]);
  });

  it('checks «Разом по напряму 1» against its group, not against the whole table', () => {
    expect([analysis('Групи').counts.planned, findings('Групи')]).toEqual([3, []]);
  });

  it('reads a heading with its group’s sums as a heading, with one warning when they differ', () => {
    const { headings } = analysis('Заголовок із сумами').table!;
    expect([headings.map((h) => h.text), findings('Заголовок із сумами')]).toEqual([
      ['1. Інформаційна відкритість', '2. ЕЛЕКТРОННЕ УРЯДУВАННЯ'],
      [['group-sum-mismatch', 'warning', 'E5']],
    ]);
  });

  it('ends the table at a signature whose name is typed under «Стан виконання»', () => {
    expect([analysis('Підпис у стані').counts.planned, findings('Підпис у стані')]).toEqual([
      2,
      [],
    ]);
  });

  it('ends the table at a signature of three cells: position, «(підпис)» and the name', () => {
    expect([
      analysis('Підпис у три клітинки').counts.planned,
      analysis('Підпис у три клітинки').table?.notes,
      findings('Підпис у три клітинки'),
    ]).toEqual([2, [5, 6], []]);
  });

  it('skips the header pasted again with one warning naming its rows', () => {
    expect([analysis('Шапка двічі').counts.planned, findings('Шапка двічі')]).toEqual([
      2,
      [['repeated-header', 'warning', 'A6']],
    ]);
  });

  it('gives the add-on the same findings, reading merges only where they matter', async () => {
    const env = createFakeEnvironment({ spreadsheet: await spreadsheetFromXlsx(path) });
    const check = JSON.parse(JSON.stringify(env.load('dist').sidebarCheck())) as {
      findings: { code: string; sheet: string; cell: string }[];
    };
    const sheets = BOOK.slice(0, -1).map((s) => s.name);
    const atCells = (list: { code: string; sheet: string; cell: string }[]) =>
      list
        // Eight tabs are eight sections to the add-on, each told it has no number.
        .filter((f) => f.cell !== '' && f.code !== 'section-number')
        .map((f) => [f.sheet, f.code, f.cell].join(' '))
        .sort();
    expect(atCells(check.findings)).toEqual(
      atCells(sheets.flatMap((sheet) => [...analysis(sheet).findings])),
    );
  });
});
