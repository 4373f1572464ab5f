import { findHeader } from '../../src/core/header';
import type { Grid } from '../../src/core/grid';
import { gridOf, measuresGrid } from '../support/grid-builders';
import { FIELD_LABELS, SOURCE_LABELS } from '../../src/core/labels';
import { SOURCE_KEYS } from '../../src/core/sources';

/** The template's money columns: each source's plan and fact, side by side from E. */
const TEMPLATE_MONEY = {
  total: { plan: 4, fact: 5 },
  state: { plan: 6, fact: 7 },
  regional: { plan: 8, fact: 9 },
  city: { plan: 10, fact: 11 },
  enterprises: { plan: 12, fact: 13 },
  other: { plan: 14, fact: 15 },
};

const found = (grid: Grid) => {
  const result = findHeader(grid);
  if (result.kind !== 'found') throw new Error(`header not found: ${JSON.stringify(result)}`);
  return result.header;
};

describe('findHeader', () => {
  it('finds the template header under a title row', () => {
    const header = found(measuresGrid([], { titleRow: true }));
    expect([header.firstRow, header.lastRow, header.dataRow]).toEqual([1, 2, 3]);
  });

  it('maps the template columns by label', () => {
    expect(found(measuresGrid([])).fields).toEqual({
      number: 0,
      title: 1,
      term: 2,
      executor: 3,
      status: 16,
      result: 17,
    });
  });

  it('maps each source to its plan and fact columns through merged labels', () => {
    expect(found(measuresGrid([])).money).toEqual(TEMPLATE_MONEY);
  });

  it('accepts synonyms, any order, odd case, line breaks and apostrophes, without merges', () => {
    const grid = gridOf([
      [
        'Виконавець',
        'ЗМІСТ\nЗАХОДУ',
        '№',
        'Разом',
        '',
        'Міський бюджет',
        '',
        'Обл. бюджет',
        '',
        'Держбюджет',
        '',
        'Кошти підприємств',
        '',
        'Інших джерел',
        '',
        'Стан  виконання',
        'Термін виконання',
      ],
      [
        '',
        '',
        '',
        'план',
        'факт',
        'План',
        'Факт',
        'план',
        'факт',
        'план',
        'факт',
        'план',
        'факт',
        'план',
        'факт',
        '',
        '',
      ],
    ]);
    const header = found(grid);
    expect([
      header.fields,
      header.money.total,
      header.money.city,
      header.money.regional,
      header.money.state,
    ]).toEqual([
      { executor: 0, title: 1, number: 2, status: 15, term: 16 },
      { plan: 3, fact: 4 },
      { plan: 5, fact: 6 },
      { plan: 7, fact: 8 },
      { plan: 9, fact: 10 },
    ]);
  });

  it('reads the reference four-row header and skips the "А 1 2 …" row', () => {
    const grid = gridOf(
      [
        [
          '№ з/п',
          'Зміст заходу',
          'Термін виконання',
          'Виконавець',
          'Витрати на реалізацію',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          'Стан виконання',
        ],
        [
          '',
          '',
          '',
          '',
          'Всього',
          '',
          'у тому числі за рахунок коштів:',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        [
          '',
          '',
          '',
          '',
          '',
          '',
          'держбюджету',
          '',
          'місцевих бюджетів',
          '',
          '',
          '',
          'підприємств',
          '',
          'інших джерел',
          '',
          '',
        ],
        [
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          'обл. бюджету',
          '',
          'бюджету міста',
          '',
          '',
          '',
          '',
          '',
          '',
        ],
        [
          '',
          '',
          '',
          '',
          'план',
          'факт',
          'план',
          'факт',
          'план',
          'факт',
          'план',
          'факт',
          'план',
          'факт',
          'план',
          'факт',
          '',
        ],
        ['А', '1', '2', '3', '4', '', '5', '', '6', '', '7', '', '8', '', '9', '', '10'],
      ],
      {
        merges: [
          { row: 0, col: 4, rows: 1, cols: 12 },
          { row: 1, col: 4, rows: 3, cols: 2 },
          { row: 1, col: 6, rows: 1, cols: 10 },
          { row: 2, col: 6, rows: 2, cols: 2 },
          { row: 2, col: 8, rows: 1, cols: 4 },
          { row: 2, col: 12, rows: 2, cols: 2 },
          { row: 2, col: 14, rows: 2, cols: 2 },
          { row: 3, col: 8, rows: 1, cols: 2 },
          { row: 3, col: 10, rows: 1, cols: 2 },
        ],
      },
    );
    const header = found(grid);
    expect([header.dataRow, header.money.regional, header.money.city, header.money.other]).toEqual([
      6,
      { plan: 8, fact: 9 },
      { plan: 10, fact: 11 },
      { plan: 14, fact: 15 },
    ]);
  });

  it('finds the header under an appendix’s title block of eleven rows', () => {
    const block = [
      ['', '', '', 'Додаток 3'],
      ['', '', '', 'до рішення міської ради'],
      ['', '', '', 'від 12.03.2017 № 5'],
      [''],
      ['ЗВІТ'],
      ['про виконання Програми розвитку інформаційного простору'],
      ['міста Слов’янська на 2016–2017 роки'],
      ['за 1 півріччя 2017 року'],
      [''],
      ['4.4. Розвиток інформаційного простору'],
      [''],
    ];
    const template = measuresGrid([{}]);
    const grid = gridOf([...block, ...template.rows], {
      merges: template.merges.map((m) => ({ ...m, row: m.row + block.length })),
    });
    const header = found(grid);
    expect([header.firstRow, header.dataRow, header.money.total]).toEqual([
      11,
      13,
      TEMPLATE_MONEY.total,
    ]);
  });

  it('takes no sentence that mentions «Зміст заходу» below row 10 for a header', () => {
    const note = [
      ...Array(14).fill(['Пояснювальна записка']),
      ['Зміст заходу 4 уточнено рішенням сесії від 12.05.2017.'],
    ];
    expect(findHeader(gridOf(note))).toEqual({ kind: 'not-found' });
  });

  it('does not look past the first 30 rows', () => {
    const grid = gridOf([...Array(30).fill(['']), ['Зміст заходу']]);
    expect(findHeader(grid)).toEqual({ kind: 'not-found' });
  });

  it('names every missing required column', () => {
    const grid = gridOf([['№ з/п', 'Зміст заходу', 'Виконавець']]);
    expect(findHeader(grid)).toEqual({
      kind: 'missing',
      row: 0,
      missing: ['term', 'status', 'total.plan', 'total.fact'],
      labels: ['№ з/п', 'Зміст заходу', 'Виконавець'],
    });
  });
});

/** The reference header without merges: each label typed in its first cell only. */
const REFERENCE_ROWS: readonly string[][] = [
  ['№ з/п', 'Зміст заходу', 'Термін виконання', 'Виконавець', 'Витрати на реалізацію'],
  ['', '', '', '', 'Всього', '', 'у тому числі за рахунок коштів:'],
  [
    '',
    '',
    '',
    '',
    '',
    '',
    'держбюджету',
    '',
    'місцевих бюджетів',
    '',
    '',
    '',
    'підприємств',
    '',
    'інших джерел',
  ],
  ['', '', '', '', '', '', '', '', 'обл. бюджету', '', 'бюджету міста'],
];
const SIDES_ROW = ['', '', '', '', ...Array<string[]>(6).fill(['план', 'факт']).flat()];
const UNITS_ROW = ['', '', '', '', ...Array<string>(12).fill('тис. грн')];
const withStatus = (rows: readonly string[][]): string[][] =>
  rows.map((row, i) => {
    const full = [...row, ...Array<string>(18 - row.length).fill('')];
    if (i === 0) [full[16], full[17]] = ['Стан виконання', 'Виконання'];
    return full;
  });
const MEASURE = [1, 'Захід', '2017', 'Прес-служба', 10, 5];

describe('findHeader with more header rows', () => {
  it.each([
    ['a unit row under план/факт', [...REFERENCE_ROWS, SIDES_ROW, UNITS_ROW], 6],
    [
      'a unit row above план/факт (план/факт in the sixth row)',
      [...REFERENCE_ROWS, UNITS_ROW, SIDES_ROW],
      6,
    ],
    ['two unit rows', [...REFERENCE_ROWS, UNITS_ROW, SIDES_ROW, UNITS_ROW], 7],
  ])('%s', (_, rows, dataRow) => {
    const header = found(gridOf([...withStatus(rows), MEASURE]));
    expect([header.dataRow, header.money.total, header.money.regional, header.money.other]).toEqual(
      [dataRow, { plan: 4, fact: 5 }, { plan: 8, fact: 9 }, { plan: 14, fact: 15 }],
    );
  });

  it.each([
    ['«тис. грн» merged across the whole table', 'тис. грн', 18],
    ['«(тис. грн)» in the № cell alone', '(тис. грн)', 1],
    ['«тис.грн.» merged over № and «Зміст заходу»', 'тис.грн.', 2],
  ])('keeps a unit row between the labels and план/факт in the header: %s', (_, unit, cols) => {
    const top = ['№ з/п', 'Зміст заходу', 'Термін виконання', 'Виконавець'];
    for (const key of SOURCE_KEYS) top.push(SOURCE_LABELS[key], '');
    const rows = withStatus([top, [unit], SIDES_ROW]);
    const grid = gridOf([...rows, MEASURE], { merges: [{ row: 1, col: 0, rows: 1, cols }] });
    const header = found(grid);
    expect([header.layout, header.dataRow, header.money.total, header.fields.status]).toEqual([
      'columns',
      3,
      { plan: 4, fact: 5 },
      16,
    ]);
  });

  it('ends the header at a group heading typed right under it', () => {
    const grid = gridOf([
      ...withStatus([...REFERENCE_ROWS, SIDES_ROW]),
      ['1. Інформаційна відкритість'],
      MEASURE,
    ]);
    expect(found(grid).dataRow).toBe(5);
  });

  it('keeps rows covered by the merged «Зміст заходу» in the header', () => {
    const grid = gridOf(
      [
        ['№ з/п', 'Зміст заходу', 'Термін', 'Виконавець', 'Всього', '', 'Стан'],
        [],
        ['', '', '', '', 'план', 'факт'],
        MEASURE,
      ],
      { merges: [0, 1, 2, 3, 6].map((col) => ({ row: 0, col, rows: 3, cols: 1 })) },
    );
    expect([found(grid).lastRow, found(grid).money.total]).toEqual([2, { plan: 4, fact: 5 }]);
  });
});

describe('findHeader on a printed report pasted back', () => {
  const printed = gridOf([
    [
      '№ з/п',
      'Зміст заходу',
      'Термін виконання',
      'Виконавець',
      'Витрати на реалізацію (план/факт), тис. грн.',
      '',
      '',
      '',
      '',
      '',
      'Виконання',
    ],
    ['', '', '', '', 'Всього', 'у тому числі за рахунок коштів:'],
    ['', '', '', '', '', 'держбюджету', 'місцевих бюджетів', '', 'підприємств', 'інших джерел'],
    ['', '', '', '', '', '', 'обл. бюджету', 'бюджету міста'],
    ['А', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    ['1', 'Захід', '2017', 'Прес-служба', '75 / 0', '-', '-', '15 / 0', '-', '60 / 0', 'Текст'],
  ]);

  it('reads one column per source, plan and fact in the same cell', () => {
    const header = found(printed);
    expect([header.layout, header.dataRow, header.fields, header.money]).toEqual([
      'pairs',
      5,
      { number: 0, title: 1, term: 2, executor: 3, result: 10 },
      {
        total: { plan: 4, fact: 4 },
        state: { plan: 5, fact: 5 },
        regional: { plan: 6, fact: 6 },
        city: { plan: 7, fact: 7 },
        enterprises: { plan: 8, fact: 8 },
        other: { plan: 9, fact: 9 },
      },
    ]);
  });

  it('skips a column-number row written "1 2 … 10" as well', () => {
    const rows = printed.rows.map((r, i) =>
      i === 4 ? r.map((_, c) => ({ value: c + 1, text: String(c + 1) })) : r,
    );
    expect(found({ ...printed, rows }).dataRow).toBe(5);
  });

  it('reads the template as columns', () => {
    expect(found(measuresGrid([])).layout).toBe('columns');
  });
});

describe('findHeader on a printed report opened as HTML by Calc', () => {
  /**
   * The printed report's header as Calc's HTML import lays it out: «держбюджету», «бюджету
   * міста» and «Виконання» each merged over two columns, and every amount's cell with them.
   */
  const HEADER: string[][] = [
    [
      '№ з/п',
      'Зміст заходу',
      'Термін виконання',
      'Виконавець',
      'Витрати на реалізацію (план/факт), тис. грн.',
      ...Array<string>(7).fill(''),
      'Виконання',
    ],
    ['', '', '', '', 'Всього', 'у тому числі за рахунок коштів:'],
    [
      '',
      '',
      '',
      '',
      '',
      'держбюджету',
      '',
      'місцевих бюджетів',
      '',
      '',
      'підприємств',
      'інших джерел',
    ],
    ['', '', '', '', '', '', '', 'обл. бюджету', 'бюджету міста'],
    ['А', '1', '2', '3', '4', '5', '', '6', '7', '', '8', '9', '10'],
  ];
  const HEADER_MERGES = [
    ...[0, 1, 2, 3].map((col) => ({ row: 0, col, rows: 4, cols: 1 })),
    { row: 0, col: 4, rows: 1, cols: 8 },
    { row: 0, col: 12, rows: 4, cols: 2 },
    { row: 1, col: 4, rows: 3, cols: 1 },
    { row: 1, col: 5, rows: 1, cols: 7 },
    { row: 2, col: 5, rows: 2, cols: 2 },
    { row: 2, col: 7, rows: 1, cols: 3 },
    { row: 3, col: 8, rows: 1, cols: 2 },
    ...[5, 8, 12].map((col) => ({ row: 4, col, rows: 1, cols: 2 })),
  ];
  /** A measure whose state and city amounts, and result, are merged over their two columns. */
  const measure = (row: number, fact: string) => ({
    cells: [
      '1',
      'Захід',
      '2017',
      'Прес-служба',
      '10 / 5',
      '-',
      fact,
      '-',
      '10 / 5',
      '',
      '-',
      '-',
      'Так',
    ],
    merges: [5, 8, 12].map((col) => ({ row, col, rows: 1, cols: 2 })),
  });

  it('reads each source merged over two columns as one «план / факт» column', () => {
    const m = measure(5, '');
    const header = found(gridOf([...HEADER, m.cells], { merges: [...HEADER_MERGES, ...m.merges] }));
    expect([header.layout, header.dataRow, header.fields, header.money]).toEqual([
      'pairs',
      5,
      { number: 0, title: 1, term: 2, executor: 3, result: 12 },
      {
        total: { plan: 4, fact: 4 },
        state: { plan: 5, fact: 5 },
        regional: { plan: 7, fact: 7 },
        city: { plan: 8, fact: 8 },
        enterprises: { plan: 10, fact: 10 },
        other: { plan: 11, fact: 11 },
      },
    ]);
  });

  it('reads a source over two columns with figures in both as the template with sides unnamed', () => {
    const m = measure(5, '3');
    const result = findHeader(gridOf([...HEADER, m.cells], { merges: [...HEADER_MERGES] }));
    expect([result.kind, result.kind === 'missing' && result.missing]).toEqual([
      'missing',
      ['status', 'total.plan', 'total.fact'],
    ]);
  });

  it('reads plain plans beside empty columns as the template before facts are typed', () => {
    const plans = [
      '1',
      'Захід',
      '2017',
      'Прес-служба',
      '10',
      '10',
      '',
      '5',
      '10',
      '',
      '2',
      '1',
      '',
    ];
    const result = findHeader(gridOf([...HEADER, plans], { merges: [...HEADER_MERGES] }));
    expect([result.kind, result.kind === 'missing' && result.missing]).toEqual([
      'missing',
      ['status', 'total.plan', 'total.fact'],
    ]);
  });
});

describe('findHeader: plan and fact labels as people type them', () => {
  const SOURCES = SOURCE_KEYS.map((key) => SOURCE_LABELS[key]);
  const FIELDS = (['number', 'title', 'term', 'executor'] as const).map((k) => FIELD_LABELS[k]);
  const TAIL = [FIELD_LABELS.status, FIELD_LABELS.result];
  /** Sources merged over two columns, `plan` and `fact` under each. */
  const twoRows = (plan: string, fact: string): Grid =>
    gridOf(
      [
        [...FIELDS, ...SOURCES.flatMap((s) => [s, '']), ...TAIL],
        ['', '', '', '', ...SOURCES.flatMap(() => [plan, fact]), '', ''],
      ],
      { merges: SOURCES.map((_, i) => ({ row: 0, col: 4 + 2 * i, rows: 1, cols: 2 })) },
    );

  it.each([
    ['план, тис. грн', 'факт, тис. грн'],
    ['пл.', 'факт'],
    ['план', 'фактично'],
    ['заплановано', 'використано'],
  ])('reads «%s» / «%s» under the sources as the template', (plan, fact) => {
    const header = found(twoRows(plan, fact));
    expect([header.layout, header.money, header.fields.status]).toEqual([
      'columns',
      TEMPLATE_MONEY,
      16,
    ]);
  });

  it('reads a one-row header «Всього, план | Всього, факт» as the template', () => {
    const grid = gridOf([
      [...FIELDS, ...SOURCES.flatMap((s) => [`${s}, план`, `${s}, факт`]), ...TAIL],
    ]);
    expect([found(grid).layout, found(grid).money]).toEqual(['columns', TEMPLATE_MONEY]);
  });

  it('reads «Фактичне виконання» as the result column, not a fact', () => {
    const grid = twoRows('план', 'факт');
    const rows = grid.rows.map((r, i) =>
      i === 0
        ? r.map((c, j) =>
            j === 17 ? { value: 'Фактичне виконання', text: 'Фактичне виконання' } : c,
          )
        : r,
    );
    expect(found({ ...grid, rows }).fields.result).toBe(17);
  });

  it('refuses two columns that name the same source and side, naming both cells', () => {
    const grid = gridOf([[...FIELDS, 'Всього, план', 'Всього, факт', 'Всього, план', ...TAIL]]);
    expect(findHeader(grid)).toEqual({
      kind: 'duplicate',
      column: 'total.plan',
      cells: [
        { row: 0, col: 4 },
        { row: 0, col: 6 },
      ],
      labels: ['Всього, план', 'Всього, план'],
    });
  });

  it.each([
    ['уточнений план'],
    ['% використання'],
    ['Використання коштів, %'],
    ['відсоток використання'],
  ])('reads «%s» beside план and факт under «Всього» as an extra column, not a side', (extra) => {
    const grid = gridOf(
      [
        [...FIELDS, 'Всього', '', '', 'Бюджет міста', '', ...TAIL],
        ['', '', '', '', 'план', extra, 'факт', 'план', 'факт', '', ''],
      ],
      {
        merges: [
          { row: 0, col: 4, rows: 1, cols: 3 },
          { row: 0, col: 7, rows: 1, cols: 2 },
        ],
      },
    );
    expect([found(grid).money.total, found(grid).money.city]).toEqual([
      { plan: 4, fact: 6 },
      { plan: 7, fact: 8 },
    ]);
  });

  it('reads sources over two columns with side labels it does not know as the template, missing its sides', () => {
    const result = findHeader(twoRows('П', 'Ф'));
    expect(result.kind === 'missing' && result.missing).toEqual(['total.plan', 'total.fact']);
  });
});
