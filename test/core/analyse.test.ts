import fc from 'fast-check';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Cell, CellValue } from '../../src/core/grid';
import { cell, gridOf, measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const seed = () =>
  analyseWorkbook([measuresGrid(SEED_MEASURES, { titleRow: true }), settingsGrid()]);

describe('analyseWorkbook on the reference half-year table', () => {
  it('finds no errors or warnings', () => {
    expect(seed().findings).toEqual([]);
  });

  it('totals Всього, бюджет міста and інші джерела exactly', () => {
    const { totals } = seed();
    expect([totals.total, totals.city, totals.other]).toEqual([
      { plan: 168800, fact: 20000 },
      { plan: 88800, fact: 20000 },
      { plan: 80000, fact: 0 },
    ]);
  });

  it('prints the totals row as in the reference', () => {
    expect(seed().report.totals.cells).toEqual([
      '168,8 / 20',
      '-',
      '-',
      '88,8 / 20',
      '-',
      '80 / 0',
      'х',
    ]);
  });

  it('counts 11 planned, 7 carried out, 1 not yet due, 3 overdue', () => {
    expect(seed().counts).toEqual({
      planned: 11,
      executing: 7,
      notYetDue: 1,
      overdue: 3,
      unknownDeadline: 0,
    });
  });

  it('writes the summary in the words of the reference narrative', () => {
    expect(seed().summary).toEqual([
      'Із 11 запланованих заходів виконувались 7. Термін виконання 1 заходу не настав. ' +
        'Не виконано в установлений термін 3 заходи (№ 7, 9 і 10).',
      'Фактично використано 20 тис. грн із 168,8 тис. грн запланованих (11,8 %).',
    ]);
  });

  it('reads the period end from the settings tab', () => {
    expect(seed().period).toEqual({ label: '1 півріччя 2017 року', end: '2017-06-30' });
  });

  it('names the report after the section and the period', () => {
    expect(seed().report.documentName).toBe(
      '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року',
    );
  });

  it('titles the report with the city in capitals', () => {
    expect(seed().report.title).toBe(
      "4.4. Виконання заходів розділу «Розвиток інформаційного простору» по місту СЛОВ'ЯНСЬК за 1 півріччя 2017 року",
    );
  });
});

describe('analyseWorkbook picks the measures tab', () => {
  it('reports a missing tab by name with the tabs there are', () => {
    const { findings } = analyseWorkbook([measuresGrid([]), settingsGrid()], { sheet: 'Інше' });
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ['no-header', 'Аркуша «Інше» немає в книзі. Є аркуші: «Заходи», «Налаштування».'],
    ]);
  });

  it('skips tabs without the header and reads the first one that has it', () => {
    const other = measuresGrid([{}], { name: 'Зміст' });
    const { sheet } = analyseWorkbook([
      { name: 'Титул', rows: [[{ value: 'Звіт', text: 'Звіт' }]], merges: [] },
      other,
      settingsGrid(),
    ]);
    expect(sheet).toBe('Зміст');
  });

  it('says so when no tab has the header, leaving the tab to the place it is shown at', () => {
    const { findings } = analyseWorkbook([{ name: 'Титул', rows: [], merges: [] }, settingsGrid()]);
    expect(findings.map((f) => [f.code, f.sheet, f.cell, f.message])).toEqual([
      [
        'no-header',
        'Титул',
        '',
        'Не знайдено шапки таблиці: у перших 30 рядках немає клітинки «Зміст заходу». ' +
          'Додайте над заходами рядок шапки зі стовпцями «№ з/п», «Зміст заходу», ' +
          '«Термін виконання», «Виконавець», «Стан виконання», «Всього» (план і факт); ' +
          'шапку за шаблоном створює «Розширення → Zvit → Налаштувати аркуш» у Google Таблицях.',
      ],
    ]);
  });

  it('flags a missing period as an error on the settings tab', () => {
    const { findings } = analyseWorkbook([
      measuresGrid([{}]),
      settingsGrid({ 'Звітний період': '' }),
    ]);
    expect(findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['missing-setting', 'Налаштування', 'B5'],
    ]);
  });

  it('says the settings tab is not there when it was renamed, not that the period is empty', () => {
    const renamed = { ...settingsGrid(), name: 'Settings' };
    const { findings } = analyseWorkbook([measuresGrid([{}]), renamed]);
    expect(findings.map((f) => [f.code, f.sheet, f.cell, f.message])).toEqual([
      [
        'missing-setting',
        '',
        '',
        'У таблиці немає аркуша «Налаштування», з якого береться «Звітний період». Якщо його ' +
          'перейменовано, поверніть йому назву «Налаштування». Інакше відкрийте «Розширення → ' +
          'Zvit → Налаштування», впишіть період і збережіть: аркуш буде створено. У LibreOffice ' +
          'чи Excel додайте аркуш «Налаштування» зі стовпцями «Параметр» і «Значення» і рядком ' +
          '«Звітний період» (наприклад, «1 півріччя 2017 року»).',
      ],
    ]);
  });

  it('flags an unreadable period with its cell', () => {
    const { findings } = analyseWorkbook([
      measuresGrid([{}]),
      settingsGrid({ 'Звітний період': 'колись' }),
    ]);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['bad-period', 'B5']]);
  });
});

describe('analyseWorkbook on any input', () => {
  const value = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom(
      '',
      '-',
      '28,8 / 0',
      '#REF!',
      'ВСЬОГО',
      'не виконано',
      'І квартал',
      'Зміст заходу',
    ),
    fc.string().map((date) => ({ date })),
  );

  it('never throws, with or without a header', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 20 }), { maxLength: 30 }),
        fc.boolean(),
        (rows, withHeader) => {
          const grids = withHeader
            ? [measuresGrid(rows as CellValue[][]), settingsGrid()]
            : [
                {
                  name: 'Аркуш',
                  rows: rows.map((r) => r.map((v) => cell(v as CellValue))),
                  merges: [],
                },
              ];
          expect(() => analyseWorkbook(grids)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('analyseWorkbook on settings the sheet turned into numbers or dates', () => {
  const analyseWith = (sectionNumber: Cell) =>
    analyseWorkbook([measuresGrid([{}]), settingsGrid({ 'Номер розділу': sectionNumber })]);

  it.each([
    ['a date in a uk_UA sheet', cell({ date: '2017-04-04' }, '04.04.2017'), '4.4. Виконання'],
    ['a number shown with a comma', cell(4.4, '4,4'), '4.4. Виконання'],
    ['a number shown with a point', cell(6.2, '6.2'), '6.2. Виконання'],
  ])('reads the section number typed as "4.4" from %s', (_, typed, title) => {
    expect(analyseWith(typed).report.title.startsWith(title)).toBe(true);
  });

  it('warns at the cell and says how to type it as text', () => {
    const { findings } = analyseWith(cell({ date: '2017-04-04' }, '04.04.2017'));
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ['setting-not-text', 'warning', 'Налаштування', 'B2'],
    ]);
    expect(findings[0].message).toMatch(
      /дату \(04\.04\.2017\); прочитано «4\.4».*апострофом на початку \('4\.4\)/,
    );
  });

  it('makes a period turned into a date one error whose advice is words, not the date as text', () => {
    const { findings } = analyseWorkbook([
      measuresGrid([{}]),
      settingsGrid({ 'Звітний період': cell({ date: '2017-06-30' }, '30.06.2017') }),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      [
        'bad-period',
        'error',
        'B5',
        '«Звітний період»: таблиця перетворила введене на дату (30.06.2017), а звітний період — ' +
          'це квартал, півріччя, 9 місяців або рік, а не дата. Напишіть, наприклад, ' +
          '«І квартал 2017 року», «1 півріччя 2017 року», «9 місяців 2016 року» або «2016 рік».',
      ],
    ]);
  });

  it('takes a whole number as typed, without a warning', () => {
    const { report, findings } = analyseWith(cell(6));
    expect([report.title.slice(0, 3), findings]).toEqual(['6. ', []]);
  });
});

describe('analyseWorkbook when the only measures tab is hidden', () => {
  it('says in one error that the tab is hidden and how to show it, without the warning that contradicts it', () => {
    const { findings } = analyseWorkbook([
      { ...measuresGrid([{}]), hidden: true },
      gridOf([['Примітки']], { name: 'Аркуш1' }),
      settingsGrid(),
    ]);
    expect(findings.map((f) => [f.code, f.severity, f.sheet, f.message])).toEqual([
      [
        'no-header',
        'error',
        '',
        'Таблиця із заходами є лише на прихованому аркуші «Заходи», а прихований аркуш не ' +
          'читається. Покажіть його (у Google Таблицях: Вигляд → Приховані аркуші; у ' +
          'LibreOffice Calc чи Excel: правою кнопкою на ярлику аркуша → «Показати») або, у ' +
          'командному рядку, вкажіть аркуш явно: --sheet "Заходи".',
      ],
    ]);
  });
});

describe('analyseWorkbook on hidden rows', () => {
  const hiding = (hiddenRows: number[]) =>
    analyseWorkbook([{ ...measuresGrid([{}, {}, {}, {}]), hiddenRows }, settingsGrid()]);

  it('counts hidden measures like the others', () => {
    expect(hiding([3, 4]).counts.planned).toBe(4);
  });

  it('says once which rows are hidden', () => {
    const { findings } = hiding([3, 4]);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['hidden-rows', 'warning', 'A4'],
    ]);
    expect(findings[0].message).toMatch(/^Рядки 4–5 приховано/);
  });

  it('names separate hidden rows and leaves hidden header rows out', () => {
    expect(hiding([0, 2, 5]).findings[0].message).toMatch(/^Рядки 3, 6 приховано/);
  });

  it('speaks of one hidden row in the singular', () => {
    expect(hiding([3]).findings[0].message).toBe(
      'Рядок 4 приховано, але його враховано у перевірці, підсумках і звіті. Якщо він не ' +
        'потрібен у звіті, видаліть його; інакше покажіть (виділіть сусідні рядки → ' +
        '«Показати рядки»), щоб бачити все, що піде у звіт.',
    );
  });

  it('is silent when nothing in the table is hidden', () => {
    expect(hiding([0]).findings).toEqual([]);
  });
});

describe('analyseWorkbook on a header without a required column', () => {
  it('names the labels it found', () => {
    const grid = gridOf([
      ['№ з/п', 'Зміст заходу', 'Термін', 'Відповідальний', 'Разом', '', 'Стан'],
      ['', '', '', '', 'план', 'ф.'],
    ]);
    const { findings } = analyseWorkbook([grid, settingsGrid()]);
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      [
        'missing-column',
        'У шапці таблиці (рядок 1) немає стовпця «Всього» (факт). Знайдено: «№ з/п», ' +
          '«Зміст заходу», «Термін», «Відповідальний», «Разом», «Стан», «план», «ф.». ' +
          'Додайте його — назви стовпців як у шаблоні «Налаштувати аркуш».',
      ],
    ]);
  });
});

describe('analyseWorkbook on a header without «Всього»', () => {
  it('makes the missing column one error, its plan and fact together', () => {
    const grid = gridOf([
      ['№ з/п', 'Зміст заходу', 'Термін', 'Виконавець', 'Сума', '', 'Стан виконання'],
      ['', '', '', '', 'план', 'факт'],
    ]);
    const { findings } = analyseWorkbook([grid, settingsGrid()]);
    expect(findings.map((f) => [f.code, f.cell, f.message])).toEqual([
      [
        'missing-column',
        'A1',
        'У шапці таблиці (рядок 1) немає стовпців «Всього» (план і факт). Знайдено: «№ з/п», ' +
          '«Зміст заходу», «Термін», «Виконавець», «Сума», «Стан виконання», «план», «факт». ' +
          'Додайте їх — назви стовпців як у шаблоні «Налаштувати аркуш».',
      ],
    ]);
  });
});

describe('analyseWorkbook on a header naming one column twice', () => {
  it('refuses it, naming both cells', () => {
    const grid = gridOf([
      ['№ з/п', 'Зміст заходу', 'Термін', 'Виконавець', 'Всього', 'Всього', '', 'Стан виконання'],
      ['', '', '', '', 'план, тис. грн', 'план', 'факт', ''],
    ]);
    const { findings } = analyseWorkbook([grid, settingsGrid()]);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.message])).toEqual([
      [
        'duplicate-column',
        'error',
        'F2',
        'Стовпці E2 («план, тис. грн») і F2 («план») обидва прочитано як «Всього» (план), тож ' +
          'незрозуміло, з якого брати суми. Залиште один такий стовпець: перейменуйте або ' +
          'видаліть зайвий.',
      ],
    ]);
  });
});

describe('analyseWorkbook on a period typed with «за»', () => {
  it('reads it without an error', () => {
    const { findings, period } = analyseWorkbook([
      measuresGrid([{}]),
      settingsGrid({ 'Звітний період': 'за 9 місяців 2016 року' }),
    ]);
    expect([findings, period]).toEqual([[], { label: '9 місяців 2016 року', end: '2016-09-30' }]);
  });
});
