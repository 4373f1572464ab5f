import { analyseWorkbook } from '../../src/core/analyse';
import type { CellValue, Grid, Merge } from '../../src/core/grid';
import { findHeader } from '../../src/core/header';
import { cellsMergesCouldFill, readMeasures, statusFromResult } from '../../src/core/measures';
import { planTotalsRow } from '../../src/core/totals-formulas';
import type { MeasureSpec } from '../support/grid-builders';
import { COL, measuresGrid, settingsGrid, printedGrid } from '../support/grid-builders';

/** The template tab with extra merges; data starts at row 2 (0-based). */
const withMerges = (rows: readonly (MeasureSpec | CellValue[])[], merges: Merge[]): Grid => {
  const grid = measuresGrid(rows);
  return { ...grid, merges: [...grid.merges, ...merges] };
};

const table = (grid: Grid) => {
  const result = findHeader(grid);
  if (result.kind !== 'found') throw new Error('no header');
  return readMeasures(grid, result.header, 2017);
};

const analyse = (grid: Grid) => analyseWorkbook([grid, settingsGrid()]);

/** Row 2 holds `text` in the number cell, merged across the whole table. */
const HEADING_ACROSS: Merge = { row: 2, col: 0, rows: 1, cols: 18 };
const headingRow = (text: string, col: number = COL.number): CellValue[] => {
  const row: CellValue[] = Array(18).fill('');
  row[col] = text;
  return row;
};

describe('readMeasures: a value merged down over several measures', () => {
  const grid = withMerges(
    [
      { executor: 'Прес-служба', term: 'І квартал' },
      { executor: '', term: '' },
      { executor: '', term: '' },
    ],
    [
      { row: 2, col: COL.executor, rows: 3, cols: 1 },
      { row: 2, col: COL.term, rows: 3, cols: 1 },
    ],
  );

  it('belongs to every row it covers', () => {
    expect(table(grid).measures.map((m) => [m.text.executor, m.term.kind])).toEqual([
      ['Прес-служба', 'known'],
      ['Прес-служба', 'known'],
      ['Прес-служба', 'known'],
    ]);
  });

  it('leaves no «Не заповнено» behind', () => {
    expect(analyse(grid).findings).toEqual([]);
  });

  it('counts an amount merged down once, at its top row', () => {
    const merged = withMerges(
      [{ money: { total: [30, 0], city: [30, 0] } }, {}, {}],
      [
        { row: 2, col: COL.total, rows: 3, cols: 1 },
        { row: 2, col: COL.city, rows: 3, cols: 1 },
      ],
    );
    expect(analyse(merged).totals.total).toEqual({ plan: 30000, fact: 0 });
  });

  it('does not make a measure of an empty row under a merged value', () => {
    const grid2 = withMerges(
      [{}, Array<CellValue>(18).fill('')],
      [{ row: 2, col: COL.executor, rows: 2, cols: 1 }],
    );
    expect(table(grid2).measures.map((m) => m.row)).toEqual([2]);
  });
});

describe('cellsMergesCouldFill', () => {
  const cells = (grid: Grid) => {
    const result = findHeader(grid);
    if (result.kind !== 'found') throw new Error('no header');
    return cellsMergesCouldFill(grid, result.header);
  };

  it.each<[string, (MeasureSpec | CellValue[])[], { row: number; col: number }[]]>([
    ['none on a filled table', [{}, {}], []],
    ['none for an empty result', [{}, { result: '' }], []],
    ['none in the first data row (no merge starts above it)', [{ executor: '' }, {}], []],
    [
      'the empty executor and term under the first measure',
      [{}, { executor: '', term: '' }],
      [
        { row: 3, col: COL.term },
        { row: 3, col: COL.executor },
      ],
    ],
    ['none on a group heading', [{}, headingRow('2. Відкритість')], []],
    [
      'the empty term, executor and status of a number and title under the last measure',
      [{}, { number: 2, title: 'Захід 2', term: '', executor: '', status: '' }],
      [
        { row: 3, col: COL.term },
        { row: 3, col: COL.executor },
        { row: 3, col: COL.status },
      ],
    ],
    [
      'none on a note under the ВСЬОГО row',
      [
        {},
        { number: 'ВСЬОГО', title: '', term: '', executor: '', status: '' },
        headingRow('Начальник відділу', COL.title),
      ],
      [],
    ],
  ])('%s', (_, rows, expected) => {
    expect(cells(measuresGrid(rows))).toEqual(expected);
  });
});

describe('readMeasures: rows that are not measures', () => {
  it('keeps a group heading merged across the table as a heading, not a measure', () => {
    const grid = withMerges([headingRow('1. Інформаційна відкритість'), {}, {}], [HEADING_ACROSS]);
    const { measures, headings } = table(grid);
    expect([headings, measures.map((m) => m.row)]).toEqual([
      [{ row: 2, text: '1. Інформаційна відкритість' }],
      [3, 4],
    ]);
  });

  it.each([
    ['in the title cell', headingRow('Інформаційна відкритість', COL.title)],
    ['in the number cell, unmerged', headingRow('Розділ 1. Відкритість')],
  ])('reads text %s only as a heading', (_, row) => {
    expect(table(measuresGrid([{}, row, {}])).headings).toHaveLength(1);
  });

  it('reads a number and a title alone as a measure still being filled in', () => {
    const row = headingRow('5');
    row[COL.title] = 'Новий захід';
    const { measures, headings } = table(measuresGrid([{}, row, {}]));
    expect([measures.length, headings]).toEqual([3, []]);
  });

  it('reads a number and a title alone as a heading when the measures under it are numbered within it', () => {
    const row = headingRow('1.');
    row[COL.title] = 'Інформаційна відкритість';
    const { measures, headings } = table(measuresGrid([row, { number: '1.1' }, { number: '1.2' }]));
    expect([headings, measures.map((m) => m.text.number)]).toEqual([
      [{ row: 2, text: '1. Інформаційна відкритість' }],
      ['1.1', '1.2'],
    ]);
  });

  it('reads a number and a title merged across the table as a heading', () => {
    const row = headingRow('1.');
    row[COL.title] = 'Інформаційна відкритість';
    const grid = withMerges([row, {}, {}], [{ row: 2, col: COL.title, rows: 1, cols: 17 }]);
    expect(table(grid).headings).toEqual([{ row: 2, text: '1. Інформаційна відкритість' }]);
  });

  it('ends the table at a signature or note typed under it', () => {
    const signature = headingRow('Начальник відділу', COL.title);
    signature[COL.result] = 'О. Коваленко';
    const note = headingRow('Примітка: суми в тис. грн');
    const grid = measuresGrid([{}, {}, signature, note]);
    expect([table(grid).measures.length, table(grid).notes, analyse(grid).findings]).toEqual([
      2,
      [4, 5],
      [],
    ]);
  });

  it('ends the table at a signature with a line to sign across the money columns', () => {
    const signature = headingRow('Начальник відділу', COL.title);
    signature[COL.executor] = '______________';
    signature[COL.city] = '__________';
    signature[COL.result] = 'Ольга КОВАЛЕНКО';
    const grid = measuresGrid([{}, signature]);
    expect([table(grid).measures.length, analyse(grid).findings]).toEqual([1, []]);
  });

  it.each([
    ['a name under the city plan', COL.city, 'О. КОВАЛЕНКО'],
    ['a name under the other sources’ fact', COL.other + 1, 'Ольга КОВАЛЕНКО'],
    ['a date line under the state plan', COL.state, '«___» ____________ 2017 р.'],
    ['a date under the enterprises’ plan', COL.enterprises, '30.06.2017'],
  ])('ends the table at a signature with %s, which is no amount', (_, col, text) => {
    const signature = headingRow('Начальник відділу', COL.title);
    signature[col] = text;
    const grid = measuresGrid([{}, {}, signature]);
    expect([table(grid).notes, analyse(grid).findings]).toEqual([[4], []]);
  });

  it('still reports a garbled amount of a measure as no amount', () => {
    const grid = measuresGrid([{}, { money: { city: ['двадцять', ''] } }]);
    expect(analyse(grid).findings.map((f) => [f.code, f.cell])).toEqual([['not-a-number', 'K4']]);
  });

  it('reads a row with digits typed under the money columns as a measure, to be fixed', () => {
    const row = headingRow('Начальник відділу', COL.title);
    row[COL.city] = '12,5 тис';
    const grid = measuresGrid([{}, row]);
    expect(table(grid).measures.map((m) => m.row)).toEqual([2, 3]);
  });

  it.each([
    [
      'a number and a title',
      { number: 3, title: 'Новий захід' },
      'A5',
      '«Термін виконання», «Виконавець» і «Стан виконання»',
    ],
    [
      'a title and an executor',
      { title: 'Новий захід', executor: 'Прес-служба' },
      'B5',
      '«Термін виконання» і «Стан виконання»',
    ],
    [
      'a title and a term',
      { title: 'Новий захід', term: 'І квартал' },
      'B5',
      '«Виконавець» і «Стан виконання»',
    ],
  ])(
    'warns at a last row with %s that it was read as a note, and what makes it a measure',
    (_, cells, cell, fill) => {
      const row = headingRow('');
      for (const [key, value] of Object.entries(cells)) row[COL[key as keyof typeof COL]] = value;
      const grid = measuresGrid([{}, {}, row]);
      expect([
        table(grid).measures.length,
        analyse(grid).findings.map((f) => [f.code, f.severity, f.cell, f.message]),
      ]).toEqual([
        2,
        [
          [
            'unfinished-measure',
            'warning',
            cell,
            'Рядок 5 («Новий захід») під таблицею схожий на початий захід, але його прочитано як ' +
              'примітку: у перевірку, підсумки і звіт він не потрапив. Якщо це захід, заповніть ' +
              `${fill}; якщо це підпис чи примітка, нічого робити не треба.`,
          ],
        ],
      ]);
    },
  );

  it('says nothing of a title alone under the table: a note or a signer’s position', () => {
    const grid = measuresGrid([{}, headingRow('Начальник відділу', COL.title)]);
    expect(analyse(grid).findings).toEqual([]);
  });

  it.each([
    ['Начальник відділу', 'Ольга КОВАЛЕНКО'],
    ['Начальник відділу', 'О. Коваленко'],
    ['Головний спеціаліст', 'КОВАЛЕНКО Ольга Петрівна'],
    ['В.о. директора', 'Прес-служба'],
    ['Заступник міського голови', 'Коваленко О. П.'],
  ])('says nothing of a signature «%s» with «%s» under «Виконавець»', (title, executor) => {
    const row = headingRow(title, COL.title);
    row[COL.executor] = executor;
    expect(analyse(measuresGrid([{}, row])).findings).toEqual([]);
  });

  it('still warns at a begun measure whose executor is a department in capitals', () => {
    const row = headingRow('Новий захід', COL.title);
    row[COL.executor] = 'ВІДДІЛ КУЛЬТУРИ';
    expect(analyse(measuresGrid([{}, row])).findings.map((f) => f.code)).toEqual([
      'unfinished-measure',
    ]);
  });

  it('says nothing of a note with a date under the term column («Станом на 01.07.2017»)', () => {
    const note = headingRow('Станом на', COL.title);
    note[COL.term] = { date: '2017-07-01' };
    expect(analyse(measuresGrid([{}, note])).findings).toEqual([]);
  });

  it('reads a ВСЬОГО row after the notes as the declared totals', () => {
    const totals = headingRow('ВСЬОГО');
    totals[COL.total] = 1;
    const grid = measuresGrid([{ money: { total: [1, 0] } }, headingRow('Примітка'), totals]);
    expect(table(grid).declared.map((d) => d.row)).toEqual([4]);
  });

  it('checks a half-filled row between measures as a measure', () => {
    const half = headingRow('Захід', COL.title);
    half[COL.executor] = 'Прес-служба';
    const grid = measuresGrid([{}, half, {}]);
    expect(analyse(grid).findings.map((f) => [f.code, f.cell])).toEqual([
      ['numbering', 'A4'],
      ['required', 'C4'],
      ['required', 'Q4'],
      ['numbering', 'A5'],
    ]);
  });

  it('prints headings between the measures in table order', () => {
    const grid = withMerges(
      [headingRow('1. Інформаційна відкритість'), {}, headingRow('2. Електронні послуги'), {}],
      [HEADING_ACROSS, { ...HEADING_ACROSS, row: 4 }],
    );
    expect(
      analyse(grid).report.rows.map((r) => [r.heading ?? false, r.cells[0], r.cells.length]),
    ).toEqual([
      [true, '1. Інформаційна відкритість', 11],
      [false, '2', 11],
      [true, '2. Електронні послуги', 11],
      [false, '4', 11],
    ]);
  });

  it('does not count headings as measures', () => {
    const grid = withMerges([headingRow('1. Інформаційна відкритість'), {}], [HEADING_ACROSS]);
    expect(analyse(grid).counts.planned).toBe(1);
  });
});

describe('statusFromResult', () => {
  it.each([
    ['Оновлення планується провести до кінця 2017 року/не виконувалося ', 'not-done'],
    ['Очікується розробка положення /Не виконувалося', 'not-done'],
    ['Не виконано.', 'not-done'],
    ['Проведено 12 прес-конференцій.', 'in-progress'],
    ['Придбано сервер відеотрансляцій', 'in-progress'],
    ['', 'in-progress'],
  ])('%j → %s', (text, status) => {
    expect(statusFromResult(text)).toBe(status);
  });
});

describe('readMeasures on a printed report pasted back', () => {
  const printed = printedGrid;

  it('splits each "план / факт" cell into plan and fact', () => {
    const [m] = table(
      printed([
        '8',
        'Сайт',
        '2017',
        'Відділ',
        '75 / 0',
        '-',
        '---',
        '15 / 0',
        '',
        '60 / 0',
        'Текст',
      ]),
    ).measures;
    expect(
      (['total', 'state', 'regional', 'city', 'other'] as const).map((s) => [
        m.money[s].plan.amount,
        m.money[s].fact.amount,
      ]),
    ).toEqual([
      [
        { kind: 'amount', hryvnias: 75000 },
        { kind: 'amount', hryvnias: 0 },
      ],
      [{ kind: 'empty' }, { kind: 'empty' }],
      [{ kind: 'empty' }, { kind: 'empty' }],
      [
        { kind: 'amount', hryvnias: 15000 },
        { kind: 'amount', hryvnias: 0 },
      ],
      [
        { kind: 'amount', hryvnias: 60000 },
        { kind: 'amount', hryvnias: 0 },
      ],
    ]);
  });

  it('reads "- / -" as no plan and no fact, and a dash on one side as that side empty', () => {
    const [m] = table(
      printed(['1', 'Сайт', '2017', 'Відділ', '75 / -', '- / -', '', '- / 0', '', '', 'Текст']),
    ).measures;
    expect(
      (['total', 'state', 'city'] as const).map((s) => [
        m.money[s].plan.amount.kind,
        m.money[s].fact.amount.kind,
      ]),
    ).toEqual([
      ['amount', 'empty'],
      ['empty', 'empty'],
      ['empty', 'amount'],
    ]);
  });

  it('reads a bare «/» as text that is no amount, not as an empty pair', () => {
    const { findings } = analyseWorkbook([
      printed(['1', 'Сайт', '2017', 'Відділ', '/', '', '', '', '', '', 'Текст']),
      settingsGrid(),
    ]);
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell])).toEqual([
      ['not-a-number', 'E3'],
    ]);
  });

  it('asks for the whole pair when the total fact is a dash, typing 0 alone would wipe the plan', () => {
    const { findings } = analyseWorkbook([
      printed(['1', 'А', '2017', 'Відділ', '75 / -', '', '', '75 / 0', '', '', 'Зроблено']),
      settingsGrid(),
    ]);
    expect(
      findings.filter((f) => f.code === 'total-missing').map((f) => [f.cell, f.message]),
    ).toEqual([
      [
        'E3',
        '«Всього», факт не заповнено, хоча суми за джерелами є: у звіті буде 0 тис. грн. ' +
          'Впишіть «75 / 0», щоб таблиця і звіт збігалися.',
      ],
    ]);
  });

  it('points a «not done» measure with a fact at its «Виконання» cell, where its status is read', () => {
    const { findings } = analyseWorkbook([
      printed([
        '1',
        'А',
        '2017',
        'Відділ',
        '10 / 5',
        '',
        '',
        '10 / 5',
        '',
        '',
        'Буде/не виконувалося',
      ]),
      settingsGrid(),
    ]);
    expect(findings.filter((f) => f.code === 'not-done-with-fact').map((f) => f.cell)).toEqual([
      'K3',
    ]);
  });

  it('takes the status from the result text', () => {
    const { measures } = table(
      printed(
        ['1', 'А', '2017', 'Відділ', '-', '', '', '', '', '', 'Зроблено'],
        ['2', 'Б', '2017', 'Відділ', '-', '', '', '', '', '', 'Буде/не виконувалося'],
      ),
    );
    expect(measures.map((m) => [m.status, m.text.status])).toEqual([
      ['in-progress', 'виконується'],
      ['not-done', 'не виконано'],
    ]);
  });

  it('says once, at the header, that the printed layout was read as it stands', () => {
    const { findings } = analyseWorkbook([
      printed(
        ['1', 'А', '2017', 'Відділ', '28,8 / 0', '', '', '28,8 / 0', '', '', 'Зроблено'],
        ['2', 'Б', '2017', 'Відділ', '-', '', '', '', '', '', 'Зроблено'],
      ),
      settingsGrid(),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['printed-layout', 'warning', 'B1'],
    ]);
    expect(findings[0].message).toContain('«Розширення → Zvit → Налаштувати аркуш»');
  });
});

describe('readMeasures: terms typed the same on many rows', () => {
  const grid = measuresGrid([{ term: 'І квартал' }, { term: 'І квартал' }, { term: 'березень' }]);
  const deadlines = (year: number) => {
    const result = findHeader(grid);
    if (result.kind !== 'found') throw new Error('no header');
    return readMeasures(grid, result.header, year).measures.map((m) => m.term);
  };

  it('fall due in the year of the table they are read with', () => {
    expect([deadlines(2017), deadlines(2018)]).toEqual([
      [
        { kind: 'known', deadline: '2017-03-31' },
        { kind: 'known', deadline: '2017-03-31' },
        { kind: 'known', deadline: '2017-03-31' },
      ],
      [
        { kind: 'known', deadline: '2018-03-31' },
        { kind: 'known', deadline: '2018-03-31' },
        { kind: 'known', deadline: '2018-03-31' },
      ],
    ]);
  });
});

/** A row with `cells` at the template's columns, the rest empty. */
const rowWith = (cells: Partial<Record<keyof typeof COL, CellValue>>): CellValue[] => {
  const row: CellValue[] = Array(18).fill('');
  for (const [key, value] of Object.entries(cells)) row[COL[key as keyof typeof COL]] = value;
  return row;
};

/** Every column of the template but the title, merged down from `row` over `rows` rows. */
const allButTitleDown = (row: number, rows: number): Merge[] =>
  Array.from({ length: 18 }, (_, col) => col)
    .filter((col) => col !== COL.title)
    .map((col) => ({ row, col, rows, cols: 1 }));

const found = (grid: Grid) =>
  analyse(grid).findings.map((f) => [f.code, f.severity, f.cell, f.message]);

describe('readMeasures: a measure whose title goes on in the rows under it', () => {
  it('reads a title over two rows, № and the rest merged down both, as one measure', () => {
    const grid = withMerges(
      [
        { title: 'Забезпечення відкритості засідань шляхом:', money: { total: [20, 10] } },
        rowWith({ title: 'проведення онлайн-трансляцій;' }),
        { number: 2 },
      ],
      allButTitleDown(2, 2),
    );
    expect([
      table(grid).measures.map((m) => [m.row, m.text.number, m.text.title]),
      found(grid),
    ]).toEqual([
      [
        [2, '1', 'Забезпечення відкритості засідань шляхом:\nпроведення онлайн-трансляцій;'],
        [4, '2', 'Захід 3'],
      ],
      [],
    ]);
  });

  it('joins a capitalised line under a measure when the measure’s № is merged down over it', () => {
    const grid = withMerges(
      [{ title: 'Проведення:' }, rowWith({ title: 'Онлайн-трансляцій' }), { number: 2 }],
      allButTitleDown(2, 2),
    );
    expect([table(grid).measures.length, table(grid).headings]).toEqual([2, []]);
  });

  it.each([
    ['a bullet', '· проведення онлайн-трансляцій;'],
    ['a dash', '- проведення онлайн-трансляцій;'],
    ['a lower-case letter', 'проведення онлайн-трансляцій;'],
  ])('joins an unmerged line that starts with %s to the title above', (_, line) => {
    const grid = measuresGrid([{ title: 'Шляхом:' }, rowWith({ title: line }), { number: 2 }]);
    expect([table(grid).measures.map((m) => m.text.title), found(grid)]).toEqual([
      [`Шляхом:\n${line}`, 'Захід 3'],
      [],
    ]);
  });

  it('joins a line with a result of its own to both the title and the result', () => {
    const grid = measuresGrid([
      { title: 'Шляхом:', result: 'Проведено 92 трансляції' },
      rowWith({ title: '· оприлюднення рішень.', result: 'Оприлюднено 45 рішень' }),
    ]);
    expect(table(grid).measures.map((m) => [m.text.title, m.text.result])).toEqual([
      ['Шляхом:\n· оприлюднення рішень.', 'Проведено 92 трансляції\nОприлюднено 45 рішень'],
    ]);
  });

  it('keeps a capitalised title-only row under a measure a group heading', () => {
    const grid = measuresGrid([{}, rowWith({ title: 'Електронне урядування' }), { number: 2 }]);
    expect(table(grid).headings).toEqual([{ row: 3, text: 'Електронне урядування' }]);
  });

  it('names a hidden line of a measure among the hidden rows, as it is printed', () => {
    const grid = measuresGrid([{ title: 'Шляхом:' }, rowWith({ title: '· трансляцій;' })]);
    expect(analyse({ ...grid, hiddenRows: [3] }).findings.map((f) => [f.code, f.cell])).toEqual([
      ['hidden-rows', 'A4'],
    ]);
  });

  it('puts ВСЬОГО under the last line of the last measure', () => {
    const grid = measuresGrid([{}, rowWith({ title: '· і ще одне' })]);
    const result = findHeader(grid);
    if (result.kind !== 'found') throw new Error('no header');
    expect(planTotalsRow(result.header, table(grid), 18)?.row).toBe(4);
  });
});

describe('readMeasures: a value merged down through a group heading', () => {
  it('leaves the heading a heading and gives the value to the measure under it', () => {
    const grid = withMerges(
      [
        {},
        { term: '', executor: '' },
        headingRow('2. Електронне урядування'),
        { number: 3, term: '', executor: '' },
      ],
      [
        { row: 2, col: COL.term, rows: 4, cols: 1 },
        { row: 2, col: COL.executor, rows: 4, cols: 1 },
        { row: 4, col: COL.number, rows: 1, cols: 2 },
      ],
    );
    expect([
      table(grid).headings,
      table(grid).measures.map((m) => [m.row, m.text.executor]),
      found(grid),
    ]).toEqual([
      [{ row: 4, text: '2. Електронне урядування' }],
      [
        [2, 'Прес-служба'],
        [3, 'Прес-служба'],
        [5, 'Прес-служба'],
      ],
      [],
    ]);
  });
});

describe('readMeasures: measures without numbers sharing a merged term, executor and status', () => {
  it('reads each title under the merge as a measure, not as a heading', () => {
    const grid = withMerges(
      [
        { number: '', title: 'Сайт' },
        rowWith({ title: 'Газета' }),
        rowWith({ title: 'Телебачення' }),
      ],
      [COL.term, COL.executor, COL.status].map((col) => ({ row: 2, col, rows: 3, cols: 1 })),
    );
    expect([
      table(grid).measures.map((m) => [m.text.title, m.text.status]),
      table(grid).headings,
    ]).toEqual([
      [
        ['Сайт', 'виконано'],
        ['Газета', 'виконано'],
        ['Телебачення', 'виконано'],
      ],
      [],
    ]);
  });
});

describe('readMeasures: a sum merged over several measures', () => {
  it('counts it once and warns at the merged cells which measure it was counted for', () => {
    const grid = withMerges(
      [{ money: { total: [30, 12], city: [30, 12] } }, {}],
      [
        { row: 2, col: COL.total, rows: 2, cols: 1 },
        { row: 2, col: COL.city, rows: 2, cols: 1 },
      ],
    );
    expect([analyse(grid).totals.total, found(grid)]).toEqual([
      { plan: 30000, fact: 12000 },
      [
        [
          'shared-sum',
          'warning',
          'E3',
          "Клітинки E3:E4 і K3:K4 об'єднано на 2 заходи (№ 1 і № 2): суму враховано один раз, " +
            'за заходом № 1. Якщо це спільні кошти цих заходів, нічого робити не треба; якщо ' +
            "кожен має свої, роз'єднайте клітинки і впишіть суму кожного заходу в його рядок.",
        ],
      ],
    ]);
  });
});

describe('readMeasures: a group’s «Разом …» row', () => {
  const withSubtotal = (subtotal: number): Grid =>
    measuresGrid([
      headingRow('1. Відкритість'),
      { number: 1, money: { total: [10, 5] } },
      { number: 2, money: { total: [3, 3] } },
      rowWith({ number: 'Разом по напряму 1', total: subtotal }),
      headingRow('2. Послуги'),
      { number: 3, money: { total: [7, 0] } },
      rowWith({ number: 'ВСЬОГО', total: 20 }),
    ]);

  it('is no ВСЬОГО: it is checked against its group, and the table’s ВСЬОГО against all', () => {
    const grid = withSubtotal(13);
    expect([
      table(grid).declared.map((d) => d.row),
      table(grid).groupSums.map((g) => [g.kind, g.row, g.from, g.to]),
      found(grid),
    ]).toEqual([[8], [['subtotal', 5, 0, 2]], []]);
  });

  it('warns once at a subtotal that disagrees with its group, and blocks nothing', () => {
    expect(found(withSubtotal(12))).toEqual([
      [
        'group-sum-mismatch',
        'warning',
        'E6',
        'Рядок «Разом по напряму 1» — підсумок групи заходів (№ 1 і № 2), але його суми з ними ' +
          'не збігаються: «Всього», план: 12, а за заходами — 13. Ні в підсумки, ні у звіт ці ' +
          'суми не йдуть (звіт рахує кожен захід), тож виправте їх, щоб таблиця не суперечила ' +
          'звітові.',
      ],
    ]);
  });

  it('reads a last «Разом» that names no group as the table’s ВСЬОГО', () => {
    const grid = measuresGrid([
      { money: { total: [10, 5] } },
      rowWith({ number: 'Разом:', total: 10, executor: '' }),
    ]);
    expect([table(grid).declared.map((d) => d.row), table(grid).groupSums]).toEqual([[3], []]);
  });

  it('leaves the subtotal out of the ВСЬОГО row’s sums', () => {
    const grid = withSubtotal(13);
    const result = findHeader(grid);
    if (result.kind !== 'found') throw new Error('no header');
    expect(planTotalsRow(result.header, table(grid), 18)?.formulas[0]).toBe('=SUM(E3:E5,E7:E8)');
  });
});

describe('readMeasures: a group heading with its group’s sums', () => {
  const withHeadingSums = (plan: number, title = 'ЕЛЕКТРОННЕ УРЯДУВАННЯ'): Grid =>
    measuresGrid([
      { number: '1.1', money: { total: [10, 5] } },
      rowWith({ number: '2.', title, total: plan, state: '' }),
      { number: '2.1', money: { total: [7, 0] } },
      { number: '2.2', money: { total: [1, 0] } },
    ]);

  it.each([
    ['in capitals', 'ЕЛЕКТРОННЕ УРЯДУВАННЯ'],
    ['numbered over the measures under it', 'Електронне урядування'],
  ])('reads a number and a title with sums %s as a heading', (_, title) => {
    const grid = withHeadingSums(8, title);
    expect([table(grid).headings, table(grid).measures.length, found(grid)]).toEqual([
      [{ row: 3, text: `2. ${title}` }],
      3,
      [],
    ]);
  });

  it('reads a title with the sums of the measures under it as a heading', () => {
    const grid = measuresGrid([
      rowWith({ title: 'Електронне урядування', total: 8 }),
      { money: { total: [7, 0] } },
      { money: { total: [1, 0] } },
    ]);
    expect(table(grid).headings.map((h) => h.row)).toEqual([2]);
  });

  it('reads a number, a title and sums that are no group’s as a measure being filled in', () => {
    const grid = measuresGrid([{}, rowWith({ number: 2, title: 'Новий захід', total: 5 })]);
    expect(table(grid).measures.map((m) => m.row)).toEqual([2, 3]);
  });

  it('warns once when the heading’s sums disagree with its group', () => {
    expect(found(withHeadingSums(9)).map((f) => f.slice(0, 3))).toEqual([
      ['group-sum-mismatch', 'warning', 'E4'],
    ]);
  });
});

describe('readMeasures: a signature with the name under «Стан виконання»', () => {
  it.each(['О. КОВАЛЕНКО', 'Олена КОВАЛЕНКО', 'О.П. Коваленко'])(
    'ends the table at «Начальник відділу» … «%s»',
    (name) => {
      const grid = measuresGrid([{}, {}, rowWith({ title: 'Начальник відділу', status: name })]);
      expect([table(grid).notes, found(grid)]).toEqual([[4], []]);
    },
  );
});

describe('readMeasures: a signature over three cells, with a mark under the line to sign', () => {
  it.each<[string, Partial<Record<keyof typeof COL, CellValue>>]>([
    [
      '«(підпис)» under «Виконавець», the name under «Виконання»',
      { executor: '(підпис)', result: 'О. КОВАЛЕНКО' },
    ],
    [
      '«підпис» under «Виконавець», the name under «Стан виконання»',
      { executor: 'підпис', status: 'О. КОВАЛЕНКО' },
    ],
    [
      '«(підпис)» under «Стан виконання», the name under «Виконання»',
      { status: '(підпис)', result: 'Ольга КОВАЛЕНКО' },
    ],
    ['a line to sign under «Стан виконання»', { status: '____________', result: 'О. КОВАЛЕНКО' }],
    [
      '«(підпис, ініціали, прізвище)» and a date',
      { executor: '(підпис, ініціали, прізвище)', term: '30.06.2017', result: 'О. КОВАЛЕНКО' },
    ],
    [
      'no mark, a date under «Термін виконання»',
      { term: '30.06.2017', executor: 'О. Коваленко', result: '«___» ________ 2017 р.' },
    ],
  ])('ends the table at «Начальник відділу» with %s', (_, cells) => {
    const grid = measuresGrid([{}, {}, rowWith({ title: 'Начальник відділу', ...cells })]);
    expect([table(grid).notes, found(grid)]).toEqual([[4], []]);
  });

  it.each<[string, Partial<Record<keyof typeof COL, CellValue>>]>([
    [
      'a title that is no position',
      { title: 'Провести нараду', term: 'І квартал', executor: 'Коваленко О. П.' },
    ],
    [
      'a position with a term that is no date',
      { title: 'Начальник відділу', term: 'І квартал', executor: 'О. Коваленко' },
    ],
    [
      'a position with a department for executor',
      { title: 'Начальник відділу', executor: 'Прес-служба', result: 'О. КОВАЛЕНКО' },
    ],
    [
      'a measure number',
      { number: 3, title: 'Начальник відділу', executor: '(підпис)', result: 'О. КОВАЛЕНКО' },
    ],
    [
      'a title opening with a position word in another case',
      { title: 'Начальникам відділів подати звіти', term: '31.12.2026', executor: 'Петренко О.В.' },
    ],
  ])('keeps a row without money or status as a measure when it has %s', (_, cells) => {
    const grid = measuresGrid([{}, {}, rowWith(cells)]);
    expect([table(grid).measures.map((m) => m.row), table(grid).notes]).toEqual([[2, 3, 4], []]);
  });
});

describe('readMeasures: the header pasted again inside the table', () => {
  it('skips its rows with one warning naming them, and reads the measures under it', () => {
    const base = measuresGrid([{}]);
    const grid = { ...base, rows: [...base.rows, [], base.rows[0], base.rows[1], base.rows[2]] };
    expect([table(grid).measures.map((m) => m.row), found(grid)]).toEqual([
      [2, 6],
      [
        [
          'repeated-header',
          'warning',
          'A5',
          'Рядки 5–6 повторюють шапку таблиці, тож їх пропущено: у перевірку, підсумки і звіт ' +
            'вони не потрапили. Якщо таблицю вставлено двічі, видаліть зайві рядки шапки.',
        ],
        ['numbering', 'warning', 'A7', expect.stringContaining('Номер 1 повторюється')],
      ],
    ]);
  });
});

describe('cellsMergesCouldFill: where the add-on reads merges for lines and sums', () => {
  const cells = (grid: Grid) => {
    const result = findHeader(grid);
    if (result.kind !== 'found') throw new Error('no header');
    return cellsMergesCouldFill(grid, result.header);
  };
  const MONEY_COLS = Array.from({ length: 12 }, (_, i) => COL.total + i);

  it.each<[string, (MeasureSpec | CellValue[])[], { row: number; col: number }[]]>([
    [
      'the № cell of a title-only line under a measure (its № may be merged over it)',
      [{}, rowWith({ title: 'Онлайн-трансляції' })],
      [{ row: 3, col: COL.number }],
    ],
    [
      'none for a heading «Напрям 2» under a measure',
      [{}, rowWith({ title: 'Напрям 2. Послуги' })],
      [],
    ],
    [
      'the amount cells of a measure without any under one with sums, when merges are read',
      [{ money: { total: [30, 12] } }, { status: '' }],
      [{ row: 3, col: COL.status }, ...MONEY_COLS.map((col) => ({ row: 3, col }))],
    ],
    [
      'none for a measure without sums alone (a merge would only add a warning)',
      [{ money: { total: [30, 12] } }, {}],
      [],
    ],
  ])('%s', (_, rows, expected) => {
    expect(cells(measuresGrid(rows))).toEqual(expected);
  });
});

describe('readMeasures: rows that look like sums, totals or signatures but are measures', () => {
  /** A row as the review's workbooks type it: №, title, its texts, Всього and the city's sums. */
  const reviewRow = (
    number: CellValue,
    title: string,
    more: { term?: string; executor?: string; status?: string; result?: string } = {},
    money: [CellValue, CellValue] | null = null,
  ): CellValue[] => {
    const row = rowWith({ number, title, ...more });
    if (money)
      for (const col of [COL.total, COL.city]) {
        row[col] = money[0];
        row[col + 1] = money[1];
      }
    return row;
  };
  const full = {
    term: 'Впродовж року',
    executor: 'Прес-служба',
    status: 'виконано',
    result: 'Так',
  };
  const plan = (grid: Grid) => {
    const result = findHeader(grid);
    if (result.kind !== 'found') throw new Error('no header');
    return planTotalsRow(result.header, table(grid), 18);
  };

  it('reads a numbered row with its term, executor and status merged down from above as a measure, though its sums equal those under it', () => {
    const grid = withMerges(
      [
        reviewRow(1, 'Перший захід', full, [5, 5]),
        reviewRow(2, 'Другий захід', {}, [7, 0]),
        reviewRow(3, 'Третій захід', full, [7, 0]),
        reviewRow('ВСЬОГО', '', {}, [19, 5]),
      ],
      [COL.term, COL.executor, COL.status].map((col) => ({ row: 2, col, rows: 2, cols: 1 })),
    );
    expect([table(grid).measures.map((m) => m.row), table(grid).groupSums]).toEqual([
      [2, 3, 4],
      [],
    ]);
  });

  it('reads a number, a title and zero sums over a measure with none as a measure: empty is no 0', () => {
    const grid = measuresGrid([
      reviewRow(1, 'Перший захід', full, [5, 5]),
      reviewRow(2, 'Другий захід', {}, [0, 0]),
      reviewRow(3, 'Третій захід', full),
    ]);
    expect([table(grid).measures.map((m) => m.row), table(grid).headings]).toEqual([[2, 3, 4], []]);
  });

  it('reads a ВСЬОГО followed by a group’s «Разом …» as the table’s, and writes no second one', () => {
    const grid = measuresGrid([
      headingRow('1. Відкритість'),
      reviewRow('1', 'Перший захід', full, [5, 5]),
      reviewRow('Разом по напряму 1', '', {}, [5, 5]),
      headingRow('2. Послуги'),
      reviewRow('2', 'Другий захід', full, [3, 3]),
      reviewRow('ВСЬОГО', '', {}, [8, 8]),
      reviewRow('Разом по напряму 2', '', {}, [3, 3]),
    ]);
    expect([
      table(grid).declared.map((d) => d.row),
      table(grid).groupSums.map((g) => [g.row, g.from, g.to]),
      [plan(grid)?.row, plan(grid)?.insertRow],
    ]).toEqual([
      [7],
      [
        [4, 0, 1],
        [8, 1, 2],
      ],
      [7, false],
    ]);
  });

  it('reads a signer’s position typed right under the last measure as a signature, not a line of it', () => {
    const grid = measuresGrid([
      reviewRow(1, 'Перший захід', full, [5, 5]),
      rowWith({ title: 'в.о. начальника відділу', result: 'О. КОВАЛЕНКО' }),
    ]);
    expect([table(grid).continued, table(grid).notes]).toEqual([[], [3]]);
  });

  it('reads a title starting «Разом із …» with its own term, executor and status as a measure', () => {
    const grid = measuresGrid([
      reviewRow(1, 'Перший захід', full, [5, 5]),
      reviewRow(2, 'Разом із громадськими організаціями провести толоку', full),
      reviewRow(3, 'Третій захід', full, [7, 0]),
    ]);
    expect([table(grid).measures.map((m) => m.row), table(grid).groupSums]).toEqual([
      [2, 3, 4],
      [],
    ]);
  });

  it('keeps a heading’s sums open over an unnumbered sub-heading, and says nothing when they agree', () => {
    const grid = measuresGrid([
      reviewRow('', 'ЕЛЕКТРОННЕ УРЯДУВАННЯ', {}, [12, 5]),
      rowWith({ title: 'Сайт міської ради' }),
      reviewRow('1', 'Перший захід', full, [5, 5]),
      reviewRow('2', 'Другий захід', full, [7, 0]),
    ]);
    expect([table(grid).groupSums.map((g) => [g.row, g.from, g.to]), found(grid)]).toEqual([
      [[2, 0, 2]],
      [],
    ]);
  });

  it('says nothing of a group’s «Разом …» with no measure in its group', () => {
    const grid = measuresGrid([
      reviewRow(1, 'Перший захід', full, [5, 5]),
      headingRow('2. Послуги'),
      reviewRow('Разом по напряму 2', '', {}, [3, 3]),
      headingRow('3. Освіта'),
      reviewRow(2, 'Другий захід', full, [3, 3]),
    ]);
    expect([table(grid).groupSums.map((g) => [g.from, g.to]), found(grid)]).toEqual([[[1, 1]], []]);
  });

  it('reads a capitalised line under a measure’s merged № as a heading, as the add-on does', () => {
    const grid = withMerges(
      [reviewRow(1, 'Перший захід', full, [5, 5]), rowWith({ title: 'Розділ 2. Послуги' })],
      [{ row: 2, col: COL.number, rows: 2, cols: 1 }],
    );
    expect([table(grid).continued, table(grid).headings.length + table(grid).notes.length]).toEqual(
      [[], 1],
    );
  });

  it('leaves a heading with sums under the last measure out of the typed ВСЬОГО’s sums', () => {
    const grid = measuresGrid([
      reviewRow(1, 'Перший захід', full, [5, 5]),
      reviewRow('', 'ДОВІДКОВО', {}, [9, 9]),
      reviewRow('ВСЬОГО', '', {}, [5, 5]),
    ]);
    expect(plan(grid)?.formulas[0]).toBe('=SUM(E3:E3)');
  });
});
