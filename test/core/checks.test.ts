import { analyseWorkbook, checkEditedRows } from '../../src/core/analyse';
import { ROW_RULE_CODES } from '../../src/core/checks';
import type { CellValue } from '../../src/core/grid';
import type { MeasureSpec } from '../support/grid-builders';
import {
  cell,
  measureRow,
  measuresGrid,
  settingsGrid,
  printedGrid,
} from '../support/grid-builders';

/** Findings for measures in the template layout (header rows 1–2, data from row 3). */
const check = (...measures: (MeasureSpec | CellValue[])[]) =>
  analyseWorkbook([measuresGrid(measures), settingsGrid()]).findings.map((f) => [
    f.code,
    f.severity,
    f.cell,
  ]);

const messageOf = (...measures: MeasureSpec[]) =>
  analyseWorkbook([measuresGrid(measures), settingsGrid()]).findings.map((f) => f.message);

describe('checkMeasures', () => {
  it('finds nothing on a clean row', () => {
    expect(check({ money: { total: [10, 5], city: [10, 5] } })).toEqual([]);
  });

  it.each([
    ['title', 'B3'],
    ['term', 'C3'],
    ['executor', 'D3'],
    ['status', 'Q3'],
  ])('requires %s', (field, address) => {
    expect(check({ [field]: '' })).toEqual([['required', 'error', address]]);
  });

  it.each([
    ['abc', 'not-a-number'],
    [-5, 'negative'],
    ['-5', 'negative'],
    [1.0005, 'too-precise'],
    ['#REF!', 'sheet-error'],
    [true, 'not-a-number'],
    [{ date: '2026-08-28' }, 'not-a-number'],
  ])('rejects the amount %j as %s', (value, code) => {
    expect(check({ money: { city: [value as CellValue, ''] } })[0]).toEqual([code, 'error', 'K3']);
  });

  it('accepts text amounts with a decimal comma and no-break spaces', () => {
    expect(check({ money: { total: ['1\u00a0020,5', '0'], city: ['1 020.5', '-'] } })).toEqual([]);
  });

  it('says why a date sits where an amount was typed', () => {
    expect(
      messageOf({ money: { city: [{ date: '2026-08-28' } as unknown as CellValue, ''] } })[0],
    ).toContain('28.8');
  });

  it('names both cells when plan and fact share one', () => {
    expect(messageOf({ money: { city: ['28,8 / 0', ''] } })).toEqual([
      '«28,8 / 0» — план і факт в одній клітинці. Впишіть план (28,8) у клітинку K3, а факт (0) — у клітинку L3.',
    ]);
  });

  it('flags Всього that differs from its sources', () => {
    expect(check({ money: { total: [40, 20], city: [20, 20], other: [10, 0] } })).toEqual([
      ['total-mismatch', 'error', 'E3'],
    ]);
  });

  it('adds money exactly: 0,1 + 0,2 is 0,3', () => {
    expect(check({ money: { total: [0.3, 0], city: [0.1, 0], other: [0.2, 0] } })).toEqual([]);
  });

  it('warns when Всього is empty but sources are given', () => {
    expect(check({ money: { city: [20, 10] } })).toEqual([
      ['total-missing', 'warning', 'E3'],
      ['total-missing', 'warning', 'F3'],
    ]);
  });

  it('warns when fact is over plan for a source', () => {
    expect(check({ money: { total: [10, 12], city: [10, 12] } })).toEqual([
      ['fact-over-plan', 'warning', 'L3'],
    ]);
  });

  it('warns when there is a fact without a plan', () => {
    expect(check({ money: { total: ['', 5], city: ['', 5] } })).toEqual([
      ['fact-without-plan', 'warning', 'L3'],
    ]);
  });

  it('warns when a measure not carried out has spent money', () => {
    expect(
      check({ status: 'не виконано', term: '2017', money: { total: [10, 5], city: [10, 5] } }),
    ).toEqual([['not-done-with-fact', 'warning', 'Q3']]);
  });

  it('rejects an unknown status', () => {
    expect(check({ status: 'майже' })).toEqual([['unknown-status', 'error', 'Q3']]);
  });

  it('warns about a term it cannot read', () => {
    expect(check({ term: 'коли буде змога' })).toEqual([['unknown-term', 'warning', 'C3']]);
  });

  it('warns about duplicate and skipped numbers', () => {
    expect(check({ number: 1 }, { number: 1 }, { number: 3 })).toEqual([
      ['numbering', 'warning', 'A4'],
      ['numbering', 'warning', 'A5'],
    ]);
  });

  it('warns once, at the first, about a table that numbers none of its measures', () => {
    expect(check({ number: '' }, { number: '' }, { number: '' })).toEqual([
      ['numbering', 'warning', 'A3'],
    ]);
  });

  it('warns at each measure left without a number among numbered ones', () => {
    expect(check({ number: 1 }, { number: '' }, { number: 2 }, { number: '' })).toEqual([
      ['numbering', 'warning', 'A4'],
      ['numbering', 'warning', 'A6'],
    ]);
  });

  it('checks a typed ВСЬОГО row against the computed totals', () => {
    const totalsRow = measureRow({
      number: 'ВСЬОГО:',
      title: '',
      term: '',
      executor: '',
      status: '',
      money: { total: [30, 0], city: [20, 0] },
    });
    expect(check({ money: { total: [20, 0], city: [20, 0] } }, totalsRow)).toEqual([
      ['declared-total-mismatch', 'error', 'E4'],
    ]);
  });

  it('does not count a ВСЬОГО row as a measure', () => {
    const totalsRow = measureRow({
      number: '',
      title: 'Разом',
      term: '',
      executor: '',
      status: '',
      money: { total: [20, 0] },
    });
    const analysis = analyseWorkbook([
      measuresGrid([{ money: { total: [20, 0] } }, totalsRow]),
      settingsGrid(),
    ]);
    expect([analysis.counts.planned, analysis.findings]).toEqual([1, []]);
  });

  it('warns about Latin letters inside a Cyrillic executor name', () => {
    expect(check({ executor: 'Прес-cлужба' })).toEqual([['lookalike-letters', 'warning', 'D3']]);
  });

  it('names the Latin letter in an executor name', () => {
    expect(messageOf({ executor: 'Прес-cлужба' })).toEqual([
      'У слові «cлужба» є латинська літера «c», схожа на українську. Наберіть його ' +
        'українською розкладкою, щоб виконавця скрізь було написано однаково (рахуючи заходи ' +
        'за виконавцями, Zvit уже зараховує цей рядок до того самого підрозділу).',
    ]);
  });

  it('names a measure without a number by its title in a finding', () => {
    expect(messageOf({ number: '', title: 'Оновлення сайту', executor: '' })).toContain(
      'Не заповнено «Виконавець» (захід «Оновлення сайту»). Впишіть підрозділ, відповідальний ' +
        'за захід, наприклад «Прес-служба».',
    );
  });

  it.each([
    [{ status: 'Виконуєтьcя' }, 'Q3'],
    [{ status: 'Bиконано' }, 'Q3'],
    [{ term: 'Впрoдовж року' }, 'C3'],
    [{ term: 'Пoстійнo' }, 'C3'],
  ])('makes Latin letters in %j one error at the cell', (spec, address) => {
    expect(check(spec)).toEqual([['lookalike-letters', 'error', address]]);
  });

  it('names the Latin letter in a status and the status it is meant to be', () => {
    expect(messageOf({ status: 'Виконуєтьcя' })).toEqual([
      'У стані «Виконуєтьcя» є латинська літера «c», схожа на українську, тому стан не ' +
        'розпізнано. Мало бути «виконується»? Наберіть його українською розкладкою.',
    ]);
  });

  it('names the Latin letters in a term and the term it is meant to be', () => {
    expect(messageOf({ term: 'Пoстійнo' })).toEqual([
      'У терміні «Пoстійнo» є латинська літера «o», схожа на українську, тому термін не ' +
        'прочитано. Мало бути «Постійно»? Наберіть його українською розкладкою.',
    ]);
  });

  it('names several Latin letters and, when nothing matches, the statuses to choose from', () => {
    expect(messageOf({ status: 'Зрoблeнo' })).toEqual([
      'У стані «Зрoблeнo» є латинські літери «o», «e», схожі на українські, тому стан не ' +
        'розпізнано. Наберіть його українською розкладкою. Оберіть стан: виконано, виконується, ' +
        'виконано частково або не виконано.',
    ]);
  });

  it('reads a Roman numeral typed half in Cyrillic, half in Latin, as a numeral', () => {
    expect(check({ term: 'ІV квартал' })).toEqual([]);
  });

  it('leaves all-Latin words alone', () => {
    expect(check({ title: 'Використання системи PROZORRO' })).toEqual([]);
  });

  it('skips empty rows and reads past them to the end of the data', () => {
    const empty = Array(18).fill('') as CellValue[];
    const analysis = analyseWorkbook([
      measuresGrid([{}, empty, empty, { number: 2 }]),
      settingsGrid(),
    ]);
    expect(analysis.counts.planned).toBe(2);
  });

  it('reads a number cell by its value, not its rounded display', () => {
    const row = measureRow({ money: { total: [0, 0], city: [0, 0] } });
    row[10] = cell(28.8, '29') as unknown as CellValue;
    row[4] = 28.8;
    expect(check(row)).toEqual([]);
  });
});

describe('one unreadable cell, one finding', () => {
  /** A typed ВСЬОГО row under the measures. */
  const totalsRow = (money: MeasureSpec['money']) =>
    measureRow({ number: 'ВСЬОГО:', title: '', term: '', executor: '', status: '', money });

  it.each([
    [
      'text in one of two sources (no "Всього ≠ сума джерел")',
      { total: [20, 5], state: [10, 0], city: ['abc', 5] },
      [['not-a-number', 'error', 'K3']],
    ],
    ['text in a source', { total: [10, 5], city: ['abc', 5] }, [['not-a-number', 'error', 'K3']]],
    [
      'plan and fact in one source cell',
      { total: [28.8, 0], city: ['28,8 / 0', ''] },
      [['plan-fact-in-one-cell', 'error', 'K3']],
    ],
    [
      'a sheet error in a fact',
      { total: [10, 5], state: [10, '#REF!'] },
      [['sheet-error', 'error', 'H3']],
    ],
    [
      'a fact beside an unreadable plan',
      { total: ['', 5], city: ['abc', 5] },
      [['not-a-number', 'error', 'K3']],
    ],
  ] as const)('says nothing more about the row for %s', (_what, money, expected) => {
    expect(check({ money: money as MeasureSpec['money'] })).toEqual(expected);
  });

  it('still checks the side of the row the unreadable cell is not on', () => {
    expect(check({ money: { total: [10, 9], city: ['abc', 5] } })).toEqual([
      ['total-mismatch', 'error', 'F3'],
      ['not-a-number', 'error', 'K3'],
    ]);
  });

  it('says nothing about the ВСЬОГО row the unreadable amount is missing from', () => {
    expect(
      check(
        { money: { total: [20, 5], city: ['abc', 5] } },
        { money: { total: [10, 0], city: [10, 0] } },
        totalsRow({ total: [30, 5], city: [30, 5] }),
      ),
    ).toEqual([['not-a-number', 'error', 'K3']]);
  });

  it('says nothing at a ВСЬОГО cell whose =SUM inherits a measure’s formula error', () => {
    expect(
      check(
        { money: { total: ['#DIV/0!', 3], city: [5, 3] } },
        { money: { total: [4, '#N/A'], city: [4, 2] } },
        totalsRow({ total: ['#DIV/0!', '#N/A'], city: [9, 5] }),
      ),
    ).toEqual([
      ['sheet-error', 'error', 'E3'],
      ['sheet-error', 'error', 'F4'],
    ]);
  });

  it('still reports a formula error at ВСЬОГО when every measure of its column reads', () => {
    expect(
      check(
        { money: { total: ['#DIV/0!', 3], city: [5, 3] } },
        totalsRow({ total: [5, 3], city: ['#DIV/0!', 3] }),
      ),
    ).toEqual([
      ['sheet-error', 'error', 'E3'],
      ['sheet-error', 'error', 'K4'],
    ]);
  });

  it('still reports a formula error at ВСЬОГО that no measure cell of its column holds', () => {
    expect(
      check(
        { money: { total: ['дванадцять', 3] } },
        { money: { total: ['#DIV/0!', 2] } },
        totalsRow({ total: ['#REF!', 5] }),
      ),
    ).toEqual([
      ['not-a-number', 'error', 'E3'],
      ['sheet-error', 'error', 'E4'],
      ['sheet-error', 'error', 'E5'],
    ]);
  });

  it('still checks the ВСЬОГО cells that no unreadable amount feeds', () => {
    expect(
      check(
        { money: { total: [7, 5], city: ['abc', 5] } },
        totalsRow({ total: [7, 5], state: [1, 0], city: [7, 5] }),
      ),
    ).toEqual([
      ['not-a-number', 'error', 'K3'],
      ['declared-total-mismatch', 'error', 'G4'],
    ]);
  });
});

describe('a printed report pasted in (SPEC §10)', () => {
  const printed = printedGrid;

  it('asks once for the whole pair when Всього holds neither side', () => {
    const { findings } = analyseWorkbook([
      printed(['1', 'Газета', '2017', 'Відділ', '-', '-', '-', '12 / 10', '-', '-', 'Зроблено']),
      settingsGrid(),
    ]);
    expect(
      findings.filter((f) => f.code === 'total-missing').map((f) => [f.cell, f.message]),
    ).toEqual([
      [
        'E3',
        '«Всього» не заповнено, хоча суми за джерелами є: у звіті буде 12 / 10 тис. грн. ' +
          'Впишіть «12 / 10», щоб таблиця і звіт збігалися.',
      ],
    ]);
  });

  it('quotes the table’s own first pair as the example of plan and fact in one cell', () => {
    const { findings } = analyseWorkbook([
      printed(
        ['1', 'Сайт', '2017', 'Відділ', '-', '-', '-', '-', '-', '-', 'Зроблено'],
        ['2', 'Газета', '2017', 'Відділ', '1188,8 / 964', '-', '-', '1188,8/964', '-', '-', 'Так'],
      ),
      settingsGrid(),
    ]);
    expect(findings.find((f) => f.code === 'printed-layout')?.message).toMatch(
      /^Таблицю вставлено з надрукованого звіту: план і факт записано в одній клітинці \(як «1188,8 \/ 964» у E4\), її прочитано як є\./,
    );
  });
});

describe('ROW_RULE_CODES', () => {
  // Every kind of slip a row can hold, each in its own row.
  const slips: MeasureSpec[] = [
    { title: '' },
    { status: 'Виконуєтьcя' },
    { status: 'майже' },
    { term: 'колись' },
    { term: 'Впродовж рокy' },
    { money: { city: ['abc', ''] } },
    { money: { city: [-5, ''] } },
    { money: { city: [1.0005, ''] } },
    { money: { city: ['#REF!', ''] } },
    { money: { city: ['28,8 / 0', ''] } },
    { money: { total: [9, 0], city: [10, 0] } },
    { money: { city: [10, 0] } },
    { money: { total: [1, 5], city: [1, 5] } },
    { money: { total: ['', 5], city: ['', 5] } },
    { status: 'не виконано', money: { total: [5, 5], city: [5, 5] } },
    { executor: 'Прес-cлужба' },
  ];

  it('holds the code of every finding an edit of a row makes', () => {
    const codes = checkEditedRows(measuresGrid(slips))!.map((f) => f.code);
    expect(codes.filter((c) => !ROW_RULE_CODES.has(c))).toEqual([]);
  });

  it('leaves out the numbering and ВСЬОГО checks, which need the whole table', () => {
    expect([
      ROW_RULE_CODES.has('numbering'),
      ROW_RULE_CODES.has('declared-total-mismatch'),
    ]).toEqual([false, false]);
  });
});
