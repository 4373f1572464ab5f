// Workbooks as coordinators make them, written once by LibreOffice Calc and once by exceljs,
// read by the .xlsx reader and the core: each case must read alike from both writers.
import { readFileSync } from 'node:fs';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Analysis } from '../../src/core/analyse';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { writeWithExceljs } from '../support/exceljs-writer';
import type { FodsCell, FodsSheet } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';

const C: FodsCell = { covered: true };
const span = (text: string, rows: number, cols: number): FodsCell => ({ text, rows, cols });

/** The template header (SPEC §2.1) in rows 1–2, merged as the template merges it. */
const TEMPLATE_HEADER: FodsCell[][] = [
  [
    span('№ з/п', 2, 1),
    span('Зміст заходу', 2, 1),
    span('Термін виконання', 2, 1),
    span('Виконавець', 2, 1),
    ...[
      'Всього',
      'Державний бюджет',
      'Обласний бюджет',
      'Бюджет міста',
      'Кошти підприємств',
      'Інші джерела',
    ].flatMap((label) => [span(label, 1, 2), C]),
    span('Стан виконання', 2, 1),
    span('Виконання', 2, 1),
  ],
  [C, C, C, C, ...Array<string[]>(6).fill(['план', 'факт']).flat(), C, C],
];

interface Row {
  readonly number?: FodsCell;
  readonly title?: FodsCell;
  readonly term?: FodsCell;
  readonly executor?: FodsCell;
  /** Всього plan and fact; the city budget gets `city`. */
  readonly total?: readonly [FodsCell, FodsCell];
  readonly city?: readonly [FodsCell, FodsCell];
  readonly status?: FodsCell;
  readonly result?: FodsCell;
}

const row = (r: Row): FodsCell[] => [
  r.number ?? null,
  r.title ?? null,
  r.term ?? null,
  r.executor ?? null,
  ...(r.total ?? [null, null]),
  null,
  null,
  null,
  null,
  ...(r.city ?? [null, null]),
  null,
  null,
  null,
  null,
  r.status ?? null,
  r.result ?? null,
];

const measure = (number: number, extra: Row = {}): FodsCell[] =>
  row({
    number,
    title: `Захід ${number}`,
    term: 'Впродовж року',
    executor: 'Прес-служба',
    status: 'виконується',
    ...extra,
  });

const blankRow = (): FodsCell[] => Array<FodsCell>(18).fill(null);

// Item 2: one executor and one term merged down over three measures.
const MERGED: FodsSheet = {
  name: 'Злиті',
  rows: [
    ...TEMPLATE_HEADER,
    measure(1, {
      executor: span('Відділ інформаційного забезпечення', 3, 1),
      term: span('І квартал', 3, 1),
    }),
    measure(2, { executor: C, term: C }),
    measure(3, { executor: C, term: C }),
  ],
};

// Item 3: Всього as a formula over the sources, showing 0 on one row and 28,8 on another.
const FORMULAS: FodsSheet = {
  name: 'Формули',
  rows: [
    ...TEMPLATE_HEADER,
    measure(1, {
      total: [
        { formula: 'of:=[.G3]+[.I3]+[.K3]+[.M3]+[.O3]', value: 0 },
        { formula: 'of:=[.H3]+[.J3]+[.L3]+[.N3]+[.P3]', value: 0 },
      ],
      city: [0, 0],
    }),
    measure(2, {
      total: [
        { formula: 'of:=[.G4]+[.I4]+[.K4]+[.M4]+[.O4]', value: 28.8 },
        { formula: 'of:=[.H4]+[.J4]+[.L4]+[.N4]+[.P4]', value: 0 },
      ],
      city: [28.8, 0],
    }),
  ],
};

// Review 3, item 7: 0,5 formatted as percent (shows «50%») beside the text «85%» in money cells.
const PERCENT: FodsSheet = {
  name: 'Відсотки',
  rows: [
    ...TEMPLATE_HEADER,
    measure(1, {
      total: [{ value: 0.5, percent: true }, 0],
      city: [{ value: 0.5, percent: true }, 0],
    }),
    measure(2, { total: ['100', '85%'], city: ['100', '85%'] }),
  ],
};

// Item 9: group headings merged across the table, a signature typed under it.
const heading = (text: string): FodsCell[] => [span(text, 1, 18), ...Array<FodsCell>(17).fill(C)];
const GROUPS: FodsSheet = {
  name: 'Групи',
  rows: [
    ...TEMPLATE_HEADER,
    heading('1. Інформаційна відкритість'),
    measure(1),
    measure(2),
    heading('2. Електронні послуги'),
    measure(3),
    // A heading typed in two cells: its number, and its title merged across the rest.
    ['3.', span('Відкритий бюджет', 1, 17), ...Array<FodsCell>(16).fill(C)],
    measure(4),
    // …or not merged, with the measures under it numbered within it.
    row({ number: '5.', title: 'Звернення громадян' }),
    measure(5, { number: '5.1' }),
    blankRow(),
    row({ title: 'Начальник відділу', result: 'Ольга КОВАЛЕНКО' }),
  ],
};

// Item 10: a six-row header with a «тис. грн» row under план / факт.
const TALL_HEADER: FodsSheet = {
  name: 'Шапка',
  rows: [
    [
      span('№ з/п', 6, 1),
      span('Зміст заходу', 6, 1),
      span('Термін виконання', 6, 1),
      span('Виконавець', 6, 1),
      span('Витрати на реалізацію', 1, 12),
      ...Array<FodsCell>(11).fill(C),
      span('Стан виконання', 6, 1),
      span('Виконання', 6, 1),
    ],
    [
      C,
      C,
      C,
      C,
      span('Всього', 3, 2),
      C,
      span('у тому числі за рахунок коштів:', 1, 10),
      ...Array<FodsCell>(9).fill(C),
      C,
      C,
    ],
    [
      C,
      C,
      C,
      C,
      C,
      C,
      span('держбюджету', 2, 2),
      C,
      span('місцевих бюджетів', 1, 4),
      C,
      C,
      C,
      span('підприємств', 2, 2),
      C,
      span('інших джерел', 2, 2),
      C,
      C,
      C,
    ],
    [
      C,
      C,
      C,
      C,
      C,
      C,
      C,
      C,
      span('обл. бюджету', 1, 2),
      C,
      span('бюджету міста', 1, 2),
      C,
      C,
      C,
      C,
      C,
      C,
      C,
    ],
    [C, C, C, C, ...Array<string[]>(6).fill(['план', 'факт']).flat(), C, C],
    [C, C, C, C, ...Array<string>(12).fill('тис. грн'), C, C],
    measure(1, { total: [10, 5], city: [10, 5] }),
  ],
};

// Item 15: two measures hidden.
const HIDDEN: FodsSheet = {
  name: 'Приховані',
  rows: [...TEMPLATE_HEADER, measure(1), measure(2), measure(3), measure(4)],
  hiddenRows: [3, 4],
};

// Item 11: the reference report (seed 000) pasted back as printed: one "план / факт" column per
// source, the column-number row, no status column.
const SEED_ROWS: readonly (readonly [string, string, string, string[], string])[] = [
  [
    'Висвітлення діяльності міської ради на сайті міської ради.',
    'Впродовж року',
    'Прес-служба',
    [],
    'Розміщено 280 статей в розділі «Новини».',
  ],
  [
    'Висвітлення діяльності міської ради в засобах масової інформації.',
    'Впродовж року',
    'Прес-служба',
    [],
    'Щоденно надсилаються прес-релізи.',
  ],
  [
    'Проведення круглих столів, прес-конференцій, брифінгів.',
    'Впродовж року',
    'Прес-служба',
    [],
    'Проведено 12 прес-конференцій.',
  ],
  [
    'Забезпечення відкритості пленарних засідань міської ради.',
    'Впродовж року',
    'Відділ інформаційного забезпечення',
    [],
    'Проведено 92 трансляції, відбулося 4,6 тис. переглядів.',
  ],
  [
    'Використання системи електронних державних закупівель PROZORRO.',
    'Впродовж року',
    'Виконавчі органи міської ради',
    [],
    'Проведено понад 200 торгів.',
  ],
  [
    'Використання веб-сервісу “Відкритий бюджет”.',
    'Впродовж року',
    'Фінансове управління',
    [],
    'Здійснено підключення до платформи openbudget.in.ua. сервіс функціонує.',
  ],
  [
    'Приєднання до системи громадських ініціатив “Громадський бюджет”.',
    'І квартал',
    'Відділ інформаційного забезпечення, відділ економіки',
    [],
    'Очікується розробка відповідного положення /Не виконувалося ',
  ],
  [
    'Оновлення функціоналу офіційного сайту міської ради',
    '2017',
    'Відділ інформаційного забезпечення',
    ['75 / 0', '-', '-', '15 / 0', '-', '60 / 0'],
    'Оновлення планується провести до кінця 2017 року/не виконувалося ',
  ],
  [
    'Впровадження електронного сервісу “Міський Контакт-Центр”',
    'І квартал',
    'Відділ інформаційного забезпечення, ЦНАП, УЖКГ',
    ['28,8 / 0', '-', '-', '28,8 / 0', '-', '-'],
    'Впровадження планується провести до кінця 2017 року/не виконувалося',
  ],
  [
    'Вдосконалення системи інтернет-трансляцій нарад та засідань',
    'І півріччя',
    'Відділ інформаційного забезпечення',
    ['25 / 0', '-', '-', '25 / 0', '-', '-'],
    'Реалізацію планується провести до кінця 2017 року/не виконувалося ',
  ],
  [
    'Забезпечення функціонування системи відеотрансляцій',
    'І півріччя',
    'Відділ інформаційного забезпечення',
    ['40 / 20', '-', '-', '20 / 20', '-', '20 / 0'],
    'Придбано  сервер відеотрансляцій',
  ],
];
const PRINTED: FodsSheet = {
  name: 'Друкований',
  rows: [
    [
      span(
        '4.4. Виконання заходів розділу «Розвиток інформаційного простору» по місту СЛОВ’ЯНСЬК за 1 півріччя 2017 року',
        1,
        11,
      ),
      ...Array<FodsCell>(10).fill(C),
    ],
    [
      span('№ з/п', 4, 1),
      span('Зміст заходу', 4, 1),
      span('Термін виконання', 4, 1),
      span('Виконавець', 4, 1),
      span('Витрати на реалізацію (план/факт), тис. грн.', 1, 6),
      ...Array<FodsCell>(5).fill(C),
      span('Виконання', 4, 1),
    ],
    [
      C,
      C,
      C,
      C,
      span('Всього', 3, 1),
      span('у тому числі за рахунок коштів:', 1, 5),
      C,
      C,
      C,
      C,
      C,
    ],
    [
      C,
      C,
      C,
      C,
      C,
      span('держбюджету', 2, 1),
      span('місцевих бюджетів', 1, 2),
      C,
      span('підприємств', 2, 1),
      span('інших джерел', 2, 1),
      C,
    ],
    [C, C, C, C, C, C, 'обл. бюджету', 'бюджету міста', C, C, C],
    ['А', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    ...SEED_ROWS.map(([title, term, executor, money, result], i) => [
      i + 1,
      title,
      term,
      executor,
      ...(money.length > 0 ? money : ['---', '-', '-', '-', '-', '-']),
      result,
    ]),
    [span('ВСЬОГО:', 1, 4), C, C, C, '168,8 / 20,0', null, '-', '88,8 / 20,0', null, '80 / 0', 'х'],
  ],
};

const SETTINGS: FodsSheet = {
  name: 'Налаштування',
  rows: [
    ['Параметр', 'Значення'],
    // «4.4» as a uk_UA sheet turns it into a date.
    ['Номер розділу', { date: '2017-04-04' }],
    ['Назва розділу', 'Розвиток інформаційного простору'],
    ['Місто', 'Слов’янськ'],
    ['Звітний період', 'за 1 півріччя 2017 року'],
    ['Посада підписанта', 'Начальник відділу інформаційного забезпечення'],
    ['Підписант', 'Ольга КОВАЛЕНКО'],
  ],
};

const SHEETS = [MERGED, FORMULAS, PERCENT, GROUPS, TALL_HEADER, HIDDEN, PRINTED, SETTINGS];

/** Findings about the measures tab only (the settings warning is the same on every tab). */
const tabFindings = (a: Analysis) =>
  a.findings.filter((f) => f.sheet === a.sheet).map((f) => [f.code, f.cell]);

const cases = (read: () => Promise<Grid[]>) => {
  let grids: Grid[] = [];
  const tab = (sheet: string) => analyseWorkbook(grids, { sheet });
  beforeAll(async () => {
    grids = await read();
  }, 180_000);

  it('gives a merged executor and term to every row they cover', () => {
    const a = tab('Злиті');
    expect([a.report.rows.map((r) => [r.cells[2], r.cells[3]]), tabFindings(a)]).toEqual([
      Array(3).fill(['І квартал', 'Відділ інформаційного забезпечення']),
      [],
    ]);
  });

  it('reads a Всього formula showing 0 as 0, and one showing 28,8 as 28,8', () => {
    const a = tab('Формули');
    expect([a.report.rows.map((r) => r.cells[4]), tabFindings(a)]).toEqual([
      ['0 / 0', '28,8 / 0'],
      [],
    ]);
  });

  it('finds a money cell formatted as percent at its cell, as it finds the text «85%»', () => {
    expect(tabFindings(tab('Відсотки'))).toEqual([
      ['not-a-number', 'E3'],
      ['not-a-number', 'K3'],
      ['not-a-number', 'F4'],
      ['not-a-number', 'L4'],
    ]);
  });

  it('prints group headings as heading rows and ends the table at the signature', () => {
    const a = tab('Групи');
    expect([
      a.report.rows.map((r) => (r.heading ? `# ${r.cells[0]}` : r.cells[0])),
      a.counts.planned,
      tabFindings(a),
    ]).toEqual([
      [
        '# 1. Інформаційна відкритість',
        '1',
        '2',
        '# 2. Електронні послуги',
        '3',
        '# 3. Відкритий бюджет',
        '4',
        '# 5. Звернення громадян',
        '5.1',
      ],
      5,
      [],
    ]);
  });

  it('reads a six-row header with a «тис. грн» row', () => {
    const a = tab('Шапка');
    expect([a.totals.total, tabFindings(a)]).toEqual([{ plan: 10000, fact: 5000 }, []]);
  });

  it('counts hidden rows and names them once', () => {
    const a = tab('Приховані');
    expect([a.counts.planned, tabFindings(a)]).toEqual([4, [['hidden-rows', 'A4']]]);
  });

  it('reads the printed reference report as it stands, with one warning', () => {
    const a = tab('Друкований');
    expect([a.counts, a.report.totals.cells, tabFindings(a)]).toEqual([
      { planned: 11, executing: 7, notYetDue: 1, overdue: 3, unknownDeadline: 0 },
      ['168,8 / 20', '-', '-', '88,8 / 20', '-', '80 / 0', 'х'],
      [['printed-layout', 'B2']],
    ]);
  });

  it('reads the section number the sheet turned into a date as 4.4, and «за» once', () => {
    const a = tab('Злиті');
    expect([
      a.report.title,
      a.findings.filter((f) => f.sheet === 'Налаштування').map((f) => [f.code, f.cell]),
    ]).toEqual([
      '4.4. Виконання заходів розділу «Розвиток інформаційного простору» по місту СЛОВ’ЯНСЬК за 1 півріччя 2017 року',
      [['setting-not-text', 'B2']],
    ]);
  });
};

describeWithCalc('workbooks written by LibreOffice Calc', () => {
  cases(async () => readXlsx(readFileSync(writeWithCalc(SHEETS))));
});

describe('the same workbooks written by exceljs', () => {
  cases(async () => readXlsx(await writeWithExceljs(SHEETS)));
});

// Item 4 with a number, item 10's message: a second book, its section number typed as 4.4
// where the sheet reads a decimal point, its header without «Всього».
const NUMBER_BOOK: readonly FodsSheet[] = [
  {
    name: 'Заходи',
    rows: [
      ['№ з/п', 'Зміст заходу', 'Термін виконання', 'Виконавець', 'Сума', null, 'Стан виконання'],
      [null, null, null, null, 'план', 'факт'],
      [1, 'Захід', 'Впродовж року', 'Прес-служба', 1, 0, 'виконано'],
    ],
  },
  {
    name: 'Налаштування',
    rows: [
      ['Параметр', 'Значення'],
      ['Номер розділу', 4.4],
      ['Звітний період', '1 півріччя 2017 року'],
    ],
  },
];

const numberCases = (read: () => Promise<Grid[]>) => {
  let a: Analysis;
  beforeAll(async () => {
    a = analyseWorkbook(await read());
  }, 180_000);

  it('reads a section number typed as a number as 4.4 and warns at its cell', () => {
    expect([
      a.report.title.slice(0, 4),
      a.findings.filter((f) => f.sheet === 'Налаштування').map((f) => [f.code, f.cell]),
    ]).toEqual(['4.4.', [['setting-not-text', 'B2']]]);
  });

  it('names the labels it found when «Всього» is missing', () => {
    expect(a.findings.filter((f) => f.code === 'missing-column').map((f) => f.message)).toEqual([
      'У шапці таблиці (рядок 1) немає стовпців «Всього» (план і факт). Знайдено: «№ з/п», ' +
        '«Зміст заходу», «Термін виконання», «Виконавець», «Сума», «Стан виконання», «план», ' +
        '«факт». Додайте їх — назви стовпців як у шаблоні «Налаштувати аркуш».',
    ]);
  });
};

describeWithCalc('a section number and a header written by LibreOffice Calc', () => {
  numberCases(async () => readXlsx(readFileSync(writeWithCalc(NUMBER_BOOK))));
});

describe('a section number and a header written by exceljs', () => {
  numberCases(async () => readXlsx(await writeWithExceljs(NUMBER_BOOK)));
});
