import {
  analyseProgramme,
  checkNarrative,
  draftNarrative,
  qualifiedCell,
  readNarrative,
  sectionIdentity,
  snapshotProgramme,
} from '../../src/core/programme';
import { analyseWorkbook } from '../../src/core/analyse';
import { UNREAD_FUNDING } from '../../src/core/summary';
import { cell, gridOf, measuresGrid, settingsGrid, sectionGrid } from '../support/grid-builders';
import type { MeasureSpec } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const section = sectionGrid;

const sport: MeasureSpec[] = [
  { title: 'Змагання', executor: 'Відділ спорту', status: 'виконано', money: { total: [10, 4] } },
  {
    title: 'Стадіон',
    executor: 'Відділ спорту',
    term: 'І квартал',
    status: 'не виконано',
    money: { total: [5, 0] },
  },
];

describe('sectionIdentity', () => {
  it.each([
    [
      '6.2. Розвиток інформаційного простору',
      'Аркуш1',
      { number: '6.2', name: 'Розвиток інформаційного простору' },
    ],
    [
      '4.4. Виконання заходів розділу «Розвиток інформаційного простору» по місту СЛОВ’ЯНСЬК',
      'Аркуш1',
      { number: '4.4', name: 'Розвиток інформаційного простору' },
    ],
    ['', '6.5 Спорт', { number: '6.5', name: 'Спорт' }],
    [
      '4.4.Розвиток інформаційного простору',
      'Аркуш1',
      { number: '4.4', name: 'Розвиток інформаційного простору' },
    ],
    [
      '4.4 . Розвиток інформаційного простору',
      'Аркуш1',
      { number: '4.4', name: 'Розвиток інформаційного простору' },
    ],
    [
      '4.4.\u00a0Розвиток інформаційного простору',
      'Аркуш1',
      { number: '4.4', name: 'Розвиток інформаційного простору' },
    ],
    ['', '6.5.Спорт', { number: '6.5', name: 'Спорт' }],
  ])('title %j on tab %j is %j', (title, tab, identity) => {
    const grid = title ? section(tab, title, sport) : measuresGrid(sport, { name: tab });
    expect(sectionIdentity(grid, title ? 1 : 0, null)).toEqual(identity);
  });

  it.each(['30.06.2026', '30.06.2026 р.'])(
    'takes no number from the date %j beside the title',
    (date) => {
      const titled = section('Аркуш1', 'Звіт про виконання заходів розділу «Спорт»', sport);
      const grid = {
        ...titled,
        rows: [[...titled.rows[0], cell(''), cell(date)], ...titled.rows.slice(1)],
      };
      expect(sectionIdentity(grid, 1, null)).toEqual({ number: '', name: 'Спорт' });
    },
  );

  it('falls back to the settings when neither the title nor the tab names it', () => {
    expect(
      sectionIdentity(measuresGrid(sport, { name: 'Заходи' }), 0, { number: '4.4', name: 'Х' }),
    ).toEqual({
      number: '4.4',
      name: 'Х',
    });
  });
});

describe('analyseProgramme', () => {
  const grids = [
    section('Спорт', '6.5. Фізична культура і спорт', sport),
    section('Інформ', '6.2. Розвиток інформаційного простору', SEED_MEASURES),
    settingsGrid(),
  ];
  const programme = analyseProgramme(grids);

  it('reads each measures tab as a section, in number order', () => {
    expect(programme.sections.map((s) => [s.sheet, s.number, s.name])).toEqual([
      ['Інформ', '6.2', 'Розвиток інформаційного простору'],
      ['Спорт', '6.5', 'Фізична культура і спорт'],
    ]);
  });

  it('adds up counts over all sections', () => {
    const one = analyseWorkbook(grids, { sheet: 'Інформ' }).counts;
    expect(programme.counts.planned).toBe(one.planned + 2);
    expect(programme.counts.overdue).toBe(one.overdue + 1);
  });

  it('adds up totals over all sections', () => {
    const one = analyseWorkbook(grids, { sheet: 'Інформ' }).totals;
    expect(programme.totals.total).toEqual({
      plan: one.total.plan + 15_000,
      fact: one.total.fact + 4_000,
    });
  });

  it('names overdue measures with their section in the programme summary', () => {
    expect(programme.summary[0]).toContain('2 (розділ 6.5)');
  });

  it('names an overdue measure without a number by its title and section, never by an empty number', () => {
    const unnumbered = { ...sport[1], number: '', title: 'Стадіон' };
    const summary = analyseProgramme([
      section('Спорт', '6.5. Фізична культура і спорт', [sport[0], unnumbered]),
      section('Інформ', '6.2. Розвиток інформаційного простору', sport),
      settingsGrid(),
    ]).summary[0];
    expect(summary).toContain('(№ 2 (розділ 6.2) і «Стадіон» (розділ 6.5))');
  });

  it.each([['4.4'], ['4.4.'], [' 4.4 ']])(
    'numbers a tab named by its number alone (%j), with no name of its own',
    (tab) => {
      const bare = analyseProgramme([
        measuresGrid(sport, { name: tab }),
        measuresGrid(sport, { name: '6.2 Інформ' }),
        settingsGrid(),
      ]);
      expect([
        bare.sections.map((s) => [s.number, s.name]),
        bare.findings.filter((f) => f.code === 'section-number'),
      ]).toEqual([
        [
          ['4.4', ''],
          ['6.2', 'Інформ'],
        ],
        [],
      ]);
    },
  );

  describe('with a hidden tab', () => {
    const copy = {
      ...section('Копія 2016', '6.2. Розвиток інформаційного простору', sport),
      hidden: true,
    };
    const hidden = analyseProgramme([...grids, copy]);

    it('reads no hidden tab as a section', () => {
      expect(hidden.sections.map((s) => s.sheet)).toEqual(['Інформ', 'Спорт']);
    });

    it('says once which tab is hidden and not read, as a warning', () => {
      expect(hidden.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
        ['hidden-sheet', 'warning', 'Копія 2016', ''],
      ]);
    });

    it('does not read a hidden tab as the one section', () => {
      const one = analyseProgramme([copy, measuresGrid(sport), settingsGrid()]);
      expect([one.sections.map((s) => s.sheet), one.counts.planned]).toEqual([['Заходи'], 2]);
    });

    it('reads a hidden tab asked for by name', () => {
      expect(analyseProgramme([...grids, copy], { sheet: 'Копія 2016' }).counts.planned).toBe(2);
    });
  });

  it('is exactly the one-section analysis when there is one section', () => {
    const single = [measuresGrid(SEED_MEASURES), settingsGrid()];
    const alone = analyseProgramme(single);
    const analysis = analyseWorkbook(single);
    expect([alone.summary, alone.counts, alone.totals, alone.findings]).toEqual([
      analysis.summary,
      analysis.counts,
      analysis.totals,
      analysis.findings,
    ]);
    expect([alone.sections[0].number, alone.sections[0].name]).toEqual([
      '4.4',
      'Розвиток інформаційного простору',
    ]);
  });

  it('reports two tabs with the same section number as an error', () => {
    const twice = analyseProgramme([
      section('Спорт', '6.5. Спорт', sport),
      section('Спорт 2', '6.5. Спорт', sport),
      settingsGrid(),
    ]);
    const found = twice.findings.filter((f) => f.code === 'duplicate-section');
    expect(found.map((f) => [f.severity, f.sheet])).toEqual([['error', 'Спорт 2']]);
  });

  it('keeps a settings finding once, not once per section', () => {
    const noPeriod = analyseProgramme([
      section('Спорт', '6.5. Спорт', sport),
      section('Інформ', '6.2. Інформ', sport),
      settingsGrid({ 'Звітний період': '' }),
    ]);
    expect(noPeriod.findings.filter((f) => f.code === 'missing-setting')).toHaveLength(1);
  });

  it('says the funding is not counted when an amount of any section could not be read', () => {
    const unread = analyseProgramme([
      section('Спорт', '6.5. Спорт', sport),
      section('Інформ', '6.2. Інформ', [{ ...sport[0], money: { total: [10, '12,3,4'] } }]),
      settingsGrid(),
    ]);
    expect([unread.sections[0].analysis.summary[1], unread.summary[1]]).toEqual([
      UNREAD_FUNDING,
      UNREAD_FUNDING,
    ]);
  });

  it('warns at the header of a section tab with no measure under it', () => {
    const empty = analyseProgramme([
      section('Спорт', '6.5. Спорт', sport),
      section('7.1 Порожній', '7.1. Порожній', []),
      settingsGrid(),
    ]);
    expect(
      empty.findings
        .filter((f) => f.code === 'empty-section')
        .map((f) => [f.severity, f.sheet, f.cell, f.message]),
    ).toEqual([
      [
        'warning',
        '7.1 Порожній',
        'B2',
        'На аркуші «7.1 Порожній» немає жодного заходу: у звіті розділ 7.1 буде порожньою ' +
          'таблицею. Заповніть заходи під шапкою або видаліть аркуш, якщо цього розділу у звіті ' +
          'не має бути.',
      ],
    ]);
  });

  it('refuses at the first title cell a workbook of one section with no measure under its header', () => {
    const empty = analyseProgramme([measuresGrid([]), settingsGrid()]);
    expect(
      empty.findings
        .filter((f) => f.code === 'empty-section')
        .map((f) => [f.severity, f.cell, f.message]),
    ).toEqual([
      [
        'error',
        'B3',
        'У таблиці немає жодного заходу: впишіть заходи під шапкою, з рядка 3. ' +
          'Звіт без заходів не формується.',
      ],
    ]);
  });

  it('keeps a section tab whose header lacks a column, with that tab’s error, not dropping it', () => {
    const good = section('6.5 Спорт', '6.5. Спорт', sport);
    const plain = section('7.1 Медицина', '7.1. Медицина', sport);
    // «Стан виконання» renamed: the header is recognised by «Зміст заходу» but lacks a column.
    const bad = {
      ...plain,
      rows: plain.rows.map((row, r) =>
        r === 1 ? row.map((c, col) => (col === 16 ? cell('Коментар') : c)) : row,
      ),
    };
    const withBad = analyseProgramme([good, bad, settingsGrid()]);
    expect([
      withBad.sections.map((s) => [s.sheet, s.number]),
      withBad.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.sheet, f.cell]),
    ]).toEqual([
      [
        ['6.5 Спорт', '6.5'],
        ['7.1 Медицина', '7.1'],
      ],
      [['missing-column', '7.1 Медицина', 'A2']],
    ]);
  });

  it('reads only the asked tab when the coordinator asks for one', () => {
    expect(analyseProgramme(grids, { sheet: 'Спорт' }).sections.map((s) => s.sheet)).toEqual([
      'Спорт',
    ]);
  });
});

describe('the department list of a programme', () => {
  const withStatus = (status: string) =>
    analyseProgramme([
      section('Спорт', '6.5. Спорт', [{ ...sport[0], status, result: 'Проведено 3 змагання.' }]),
      section('Інформ', '6.2. Інформ', [{ title: 'Сайт', result: 'Оновлено.' }]),
      settingsGrid(),
    ]).departments.map((d) => [d.name, d.withErrors, d.withoutData]);

  it('counts a typed but unknown status as data given, and as an error', () => {
    expect(withStatus('зроблено')).toEqual([
      ['Прес-служба', 0, []],
      ['Відділ спорту', 1, []],
    ]);
  });

  it.each([[''], ['-']])('counts a status left %j as data not given', (status) => {
    expect(withStatus(status)[1][2]).toEqual(['1 (розділ 6.5)']);
  });
});

describe('analyseProgramme with one section named nowhere', () => {
  it('gives it no name, not its tab’s («Заходи»)', () => {
    const programme = analyseProgramme([
      measuresGrid(SEED_MEASURES),
      settingsGrid({ 'Назва розділу': '' }),
    ]);
    expect(programme.sections.map((s) => [s.sheet, s.number, s.name])).toEqual([
      ['Заходи', '4.4', ''],
    ]);
  });
});

describe('analyseProgramme with a tab that has no section number', () => {
  const sample = sectionGrid(
    'Заходи',
    'Виконання заходів розділу «Розвиток інформаційного простору»',
    SEED_MEASURES,
  );
  const sectionsOf = (grids: Parameters<typeof analyseProgramme>[0]) => {
    const programme = analyseProgramme(grids);
    return {
      sections: programme.sections.map((s) => [s.sheet, s.number, s.name]),
      errors: programme.findings
        .filter((f) => f.code === 'section-number')
        .map((f) => [f.severity, f.sheet, f.cell, f.message]),
    };
  };
  const warnings = (grids: Parameters<typeof analyseProgramme>[0]) =>
    analyseProgramme(grids)
      .findings.filter((f) => f.code === 'section-from-settings')
      .map((f) => [f.severity, f.sheet, f.cell, f.message]);

  it('warns at the title cell of the tab the settings number, naming the tab and the fix', () => {
    expect(warnings([sample, section('6.5 Спорт', '', sport), settingsGrid()])).toEqual([
      [
        'warning',
        'Заходи',
        'A1',
        'Аркуш «Заходи» не має номера розділу, тож звіт бере номер 4.4 з налаштувань і ' +
          'називає розділ «Розвиток інформаційного простору». Напишіть над шапкою номер і назву ' +
          'розділу («4.4. Розвиток інформаційного простору») або почніть назву аркуша з номера ' +
          '(«4.4 Заходи»), щоб розділ не залежав від налаштувань.',
      ],
    ]);
  });

  it('takes no name from the settings that another section has, and says so', () => {
    const bare = measuresGrid(sport, { name: 'Аркуш без номера' });
    const info = section('Інфо', '6.2. Розвиток інформаційного простору', sport);
    const grids = [bare, info, settingsGrid()];
    expect([sectionsOf(grids).sections, warnings(grids)[0][3]]).toEqual([
      [
        ['Аркуш без номера', '4.4', 'Аркуш без номера'],
        ['Інфо', '6.2', 'Розвиток інформаційного простору'],
      ],
      'Аркуш «Аркуш без номера» не має номера розділу, тож звіт бере номер 4.4 з налаштувань, ' +
        'а назву розділу — з назви аркуша (назва з налаштувань «Розвиток інформаційного ' +
        'простору» — це назва розділу 6.2). Напишіть над шапкою номер і назву розділу («4.4. ' +
        'Назва розділу») або почніть назву аркуша з номера («4.4 Аркуш без номера»), щоб розділ ' +
        'не залежав від налаштувань.',
    ]);
  });

  it('takes the name from a title without a number and the number from the settings', () => {
    expect(sectionsOf([sample, section('6.5 Спорт', '', sport), settingsGrid()])).toEqual({
      sections: [
        ['Заходи', '4.4', 'Розвиток інформаційного простору'],
        ['6.5 Спорт', '6.5', 'Спорт'],
      ],
      errors: [],
    });
  });

  it('names a copied tab by its own numbered name, not by the title it kept', () => {
    const copied = sectionGrid(
      '6.5 Спорт',
      'Виконання заходів розділу «Розвиток інформаційного простору»',
      sport,
    );
    expect(sectionsOf([sample, copied, settingsGrid()]).sections[1]).toEqual([
      '6.5 Спорт',
      '6.5',
      'Спорт',
    ]);
  });

  it('takes no name from quotes in a title that is not a section’s', () => {
    const decree = sectionGrid('Заходи', 'Додаток до рішення «Про бюджет»', sport);
    expect(
      sectionsOf([decree, section('6.5 Спорт', '', sport), settingsGrid({ 'Назва розділу': '' })])
        .sections[0],
    ).toEqual(['Заходи', '4.4', 'Заходи']);
  });

  it('names the tab by the settings when it has no title either', () => {
    const bare = measuresGrid(sport, { name: 'Заходи' });
    expect(sectionsOf([bare, section('6.5 Спорт', '', sport), settingsGrid()]).sections[0]).toEqual(
      ['Заходи', '4.4', 'Розвиток інформаційного простору'],
    );
  });

  it('is an error at the title cell without a number in the settings, saying how to fix it', () => {
    expect(
      sectionsOf([sample, section('6.5 Спорт', '', sport), settingsGrid({ 'Номер розділу': '' })])
        .errors,
    ).toEqual([
      [
        'error',
        'Заходи',
        'A1',
        'Аркуш «Заходи» не має номера розділу, а розділів у таблиці кілька, тож звіт не ' +
          'знає, де його місце. Напишіть над шапкою номер і назву розділу, як у програмі ' +
          '(наприклад, «6.2. Назва розділу»), або почніть назву аркуша з номера розділу ' +
          '(«6.2 Заходи»). У кожного аркуша номер свій.',
      ],
    ]);
  });

  it('is an error on every tab without a number when two have none', () => {
    const other = measuresGrid(sport, { name: 'Спорт' });
    expect(sectionsOf([sample, other, settingsGrid()]).errors.map((e) => e.slice(0, 3))).toEqual([
      ['error', 'Заходи', 'A1'],
      ['error', 'Спорт', 'A1'],
    ]);
  });

  it('does not give the settings number to a tab when another tab has it', () => {
    const errors = sectionsOf([sample, section('4.4 Спорт', '', sport), settingsGrid()]).errors;
    expect(errors.map((e) => [e[1], e[2]])).toEqual([['Заходи', 'A1']]);
  });
});

describe('qualifiedCell', () => {
  const finding = analyseProgramme([
    section("6.5 Спорт'с", '6.5. Спорт', [{ ...sport[0], money: { total: ['x', 1] } }]),
    settingsGrid(),
  ]).findings.find((f) => f.code === 'not-a-number')!;

  it('is the plain cell with one section', () => {
    expect(qualifiedCell(finding, false)).toBe(finding.cell);
  });

  it('names the tab, quoted as Sheets quotes it, with several sections', () => {
    expect(qualifiedCell(finding, true)).toBe(`'6.5 Спорт''с'!${finding.cell}`);
  });
});

describe('readNarrative', () => {
  it('groups paragraphs by section in the order typed, skipping the header row', () => {
    const grid = gridOf(
      [
        ['Розділ', 'Текст'],
        ['6.2.', 'Перший абзац.'],
        ['6.5', 'Про спорт.'],
        ['6.2', 'Другий абзац.'],
        ['6.2', ''],
      ],
      { name: 'Пояснення' },
    );
    expect([...readNarrative(grid)]).toEqual([
      ['6.2', ['Перший абзац.', 'Другий абзац.']],
      ['6.5', ['Про спорт.']],
    ]);
  });
});

describe('the header row of the narrative', () => {
  it.each([
    ['Номер розділу', 'Текст пояснення'],
    ['№ розділу', 'Пояснення'],
    ['РОЗДІЛ', 'ТЕКСТ'],
  ])('reads %j | %j as the header, not as a paragraph', (first, second) => {
    const grid = gridOf(
      [
        [first, second],
        ['6.5', 'Абзац.'],
      ],
      { name: 'Пояснення' },
    );
    expect([[...readNarrative(grid)], checkNarrative(grid, [{ number: '6.5' }])]).toEqual([
      [['6.5', ['Абзац.']]],
      [],
    ]);
  });
});

describe('the Розділ cell of the narrative', () => {
  const narrative = gridOf(
    [
      ['Розділ', 'Текст'],
      [cell(4.4), 'Число.'],
      [cell({ date: '2017-04-04' }), 'Дата.'],
      ['6,5', 'Кома.'],
      [cell('04.04.2026'), 'Дата, прочитана як текст.'],
      ['7.7', 'Нікуди.'],
      ['', 'Без розділу.'],
    ],
    { name: 'Пояснення' },
  );

  it.each([['Розділ 6.5'], ['розділ 6,5.'], ['6.5 Фізична культура і спорт'], ['6.5. Спорт']])(
    'reads %j as section 6.5',
    (typed) => {
      const grid = gridOf(
        [
          ['Розділ', 'Текст'],
          [typed, 'Абзац.'],
        ],
        { name: 'Пояснення' },
      );
      expect([...readNarrative(grid)]).toEqual([['6.5', ['Абзац.']]]);
    },
  );

  it('reads a cell of two numbers as no section', () => {
    const grid = gridOf(
      [
        ['Розділ', 'Текст'],
        ['6.5 2017', 'Абзац.'],
      ],
      { name: 'Пояснення' },
    );
    expect(checkNarrative(grid, [{ number: '6.5' }, { number: '4.4' }])).toHaveLength(1);
  });

  it('reads a typed number, a decimal comma and an auto-date as the section number', () => {
    expect([...readNarrative(narrative)].slice(0, 2)).toEqual([
      ['4.4', ['Число.', 'Дата.', 'Дата, прочитана як текст.']],
      ['6.5', ['Кома.']],
    ]);
  });

  it('warns at the cell of a row that names no section, naming the sections there are', () => {
    expect(
      checkNarrative(narrative, [{ number: '4.4' }, { number: '6.5' }]).map((f) => [
        f.code,
        f.severity,
        f.cell,
        f.message,
      ]),
    ).toEqual([
      [
        'narrative-section',
        'warning',
        'A6',
        'Розділу 7.7 немає в таблиці, тож цей абзац не потрапить до звіту. Є розділи: 4.4, ' +
          '6.5. Напишіть у стовпці «Розділ» номер одного з них.',
      ],
      [
        'narrative-section',
        'warning',
        'A7',
        'Абзац не має номера розділу, тож цей абзац не потрапить до звіту. Є розділи: 4.4, ' +
          '6.5. Напишіть у стовпці «Розділ» номер одного з них.',
      ],
    ]);
  });

  it('names each section number there is once, though two tabs share one', () => {
    const [finding] = checkNarrative(narrative, [
      { number: '4.4' },
      { number: '6.2' },
      { number: '6.2' },
      { number: '6.5' },
    ]);
    expect(finding.message).toContain('Є розділи: 4.4, 6.2, 6.5.');
  });

  it('is among the findings of a programme of several sections', () => {
    const programme = analyseProgramme([
      section('Інформ', '4.4. Інформ', sport),
      section('Спорт', '6.5. Спорт', sport),
      settingsGrid(),
      narrative,
    ]);
    expect(programme.findings.filter((f) => f.code === 'narrative-section')).toHaveLength(2);
  });
});

describe('draftNarrative', () => {
  it('opens with the counts and goes on with what the measures carried out achieved', () => {
    const programme = analyseProgramme([
      section('Спорт', '6.5. Фізична культура і спорт', [
        { ...sport[0], result: 'Проведено 12 змагань' },
        { ...sport[1], result: 'Не розпочато.' },
      ]),
      settingsGrid(),
    ]);
    expect(draftNarrative(programme.sections[0], 'за 1 півріччя 2017 року')).toBe(
      'За 1 півріччя 2017 року в межах розділу «Фізична культура і спорт» із 2 запланованих ' +
        'заходів виконувався 1. Не виконано в установлений термін захід № 2. Проведено 12 змагань.',
    );
  });

  it('names a section without a name (a tab named «6.5») by its number, not by empty quotes', () => {
    const programme = analyseProgramme([
      measuresGrid(sport, { name: '6.5' }),
      measuresGrid(sport, { name: '6.2 Інформ' }),
      settingsGrid(),
    ]);
    const bare = programme.sections.find((s) => s.number === '6.5')!;
    expect(draftNarrative(bare, 'за 1 півріччя 2017 року')).toMatch(
      /^За 1 півріччя 2017 року в межах розділу 6\.5 із 2 запланованих/,
    );
  });
});

describe('analyseProgramme with the previous report', () => {
  const grids = (fact: number, status = 'виконується') => [
    section('Спорт', '6.5. Спорт', [
      { ...sport[0], status, money: { total: [10, fact] } },
      sport[1],
    ]),
    section('Інформ', '6.2. Інформ', [
      { title: 'Сайт', executor: 'Прес-служба', status: 'виконано' },
    ]),
    settingsGrid({ 'Звітний період': 'І квартал 2017 року' }),
  ];
  const previous = (fact: number, period = 'І квартал 2017 року') =>
    snapshotProgramme(
      analyseProgramme([...grids(fact).slice(0, 2), settingsGrid({ 'Звітний період': period })]),
    );
  const now = (fact: number, status?: string) => [
    ...grids(fact, status).slice(0, 2),
    settingsGrid({ 'Звітний період': '1 півріччя 2017 року' }),
  ];

  it('has no changes and no department change counts without a previous report', () => {
    const programme = analyseProgramme(now(4));
    expect([programme.changes, programme.departments[0].unchanged]).toEqual([null, null]);
  });

  it('gives the same departments when read, copied or sent as JSON (they are made when first read)', () => {
    const programme = analyseProgramme(now(4));
    const read = programme.departments;
    expect([
      { ...programme }.departments,
      JSON.parse(JSON.stringify(programme)).departments,
      programme.departments === read,
    ]).toEqual([read, read, true]);
  });

  it('lists the measure whose fact and status changed', () => {
    const programme = analyseProgramme(now(6, 'виконано'), { previous: previous(4) });
    expect(programme.changes).toEqual({
      previous: { label: 'І квартал 2017 року', end: '2017-03-31' },
      measures: [
        {
          section: '6.5',
          number: '1',
          title: 'Змагання',
          status: { from: 'виконується', to: 'виконано' },
          fact: { from: 4, to: 6 },
        },
      ],
    });
  });

  it('warns where a fact went down since an earlier report of the same year', () => {
    const programme = analyseProgramme(now(3), { previous: previous(4) });
    expect(
      programme.findings.filter((f) => f.code === 'fact-decreased').map((f) => [f.sheet, f.cell]),
    ).toEqual([['Спорт', 'F4']]);
  });

  it('compares no facts with a report of another year, and says so once', () => {
    const programme = analyseProgramme(now(3), { previous: previous(4, 'І квартал 2016 року') });
    expect(
      programme.findings
        .filter((f) => /fact-decreased|previous-period/.test(f.code))
        .map((f) => f.code),
    ).toEqual(['previous-period']);
  });

  it('compares the one section asked for with that section alone of the previous report', () => {
    const programme = analyseProgramme(now(6), { previous: previous(4), sheet: 'Інформ' });
    expect(programme.changes?.measures).toEqual([]);
  });

  it('counts a row whose Виконання text alone was rewritten as changed', () => {
    const report = (result: string, period: string) =>
      analyseProgramme([
        section('Спорт', '6.5. Спорт', [{ ...sport[0], result }]),
        section('Інформ', '6.2. Інформ', [{ title: 'Сайт', executor: 'Прес-служба' }]),
        settingsGrid({ 'Звітний період': period }),
      ]);
    const before = snapshotProgramme(report('Проведено 3 змагання.', 'І квартал 2017 року'));
    const programme = analyseProgramme(
      [
        section('Спорт', '6.5. Спорт', [{ ...sport[0], result: 'Проведено 7 змагань.' }]),
        section('Інформ', '6.2. Інформ', [{ title: 'Сайт', executor: 'Прес-служба' }]),
        settingsGrid({ 'Звітний період': '1 півріччя 2017 року' }),
      ],
      { previous: before },
    );
    expect(programme.departments.map((d) => [d.name, d.unchanged])).toEqual([
      ['Прес-служба', 1],
      ['Відділ спорту', 0],
    ]);
  });

  it('compares a measure renumbered after a deletion with its old self: no false decrease', () => {
    const tab = (measures: MeasureSpec[]) => section('Спорт', '6.5. Спорт', measures);
    const pool = { ...sport[0], title: 'Басейн', money: { total: [10, 8] as [number, number] } };
    const gone = {
      ...sport[0],
      title: 'Шаховий турнір',
      money: { total: [10, 9] as [number, number] },
    };
    const before = snapshotProgramme(
      analyseProgramme([
        tab([sport[0], gone, { ...pool, number: 3 }]),
        section('Інформ', '6.2. Інформ', sport),
        settingsGrid({ 'Звітний період': 'І квартал 2017 року' }),
      ]),
    );
    const programme = analyseProgramme(
      [
        tab([sport[0], { ...pool, number: 2 }]),
        section('Інформ', '6.2. Інформ', sport),
        settingsGrid({ 'Звітний період': '1 півріччя 2017 року' }),
      ],
      { previous: before },
    );
    expect([
      programme.findings.filter((f) => f.code === 'fact-decreased'),
      programme.changes?.measures.map((m) => [m.number, m.title, m.status?.to]),
    ]).toEqual([[], [['2', 'Шаховий турнір', null]]]);
  });

  it('counts per department the measures unchanged since the previous report', () => {
    const programme = analyseProgramme(now(6), { previous: previous(4) });
    expect(programme.departments.map((d) => [d.name, d.measures, d.unchanged])).toEqual([
      ['Прес-служба', 1, 1],
      ['Відділ спорту', 2, 1],
    ]);
  });
});
