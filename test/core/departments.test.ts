import type { DepartmentMeasure } from '../../src/core/departments';
import {
  countJoint,
  departmentKey,
  owesData,
  reminderLine,
  splitExecutors,
  summariseDepartments,
  withoutDataText,
} from '../../src/core/departments';

const measure = (over: Partial<DepartmentMeasure>): DepartmentMeasure => ({
  section: '4.4',
  number: '1',
  executor: 'Прес-служба',
  hasErrors: false,
  missingData: false,
  unchanged: null,
  ...over,
});

describe('splitExecutors', () => {
  it.each([
    ['Прес-служба', ['Прес-служба']],
    [
      'Відділ інформаційного забезпечення, ЦНАП, УЖКГ',
      ['Відділ інформаційного забезпечення', 'ЦНАП', 'УЖКГ'],
    ],
    ['Прес-служба;\nЦНАП', ['Прес-служба', 'ЦНАП']],
    ['Управління освіти, молоді та спорту', ['Управління освіти, молоді та спорту']],
    [
      'Відділ інформаційного забезпечення, відділ економіки',
      ['Відділ інформаційного забезпечення', 'відділ економіки'],
    ],
    ['Відділ культури, управління освіти', ['Відділ культури', 'управління освіти']],
    ['Прес-служба, міський центр зайнятості', ['Прес-служба', 'міський центр зайнятості']],
    ['Відділ економіки, кп «Водоканал»', ['Відділ економіки', 'кп «Водоканал»']],
    ['КП «Благоустрій», вул. Шевченка, 5', ['КП «Благоустрій», вул. Шевченка, 5']],
    [
      'Відділ культури, «Міський будинок культури»',
      ['Відділ культури', '«Міський будинок культури»'],
    ],
    ['КП «Водоканал», «Міськсвітло»', ['КП «Водоканал»', '«Міськсвітло»']],
    [
      'Управління освіти, комунальних закладів та молоді',
      ['Управління освіти, комунальних закладів та молоді'],
    ],
    [
      'Управління благоустрою, комунального господарства',
      ['Управління благоустрою, комунального господарства'],
    ],
    [
      'Управління освіти, комунальне підприємство «Шкільне харчування»',
      ['Управління освіти', 'комунальне підприємство «Шкільне харчування»'],
    ],
    ['Відділ культури, заклади культури', ['Відділ культури', 'заклади культури']],
    ['Відділ культури та відділ туризму', ['Відділ культури', 'відділ туризму']],
    ['Відділ культури і Управління спорту', ['Відділ культури', 'Управління спорту']],
    ['Прес-служба та міський центр зайнятості', ['Прес-служба', 'міський центр зайнятості']],
    ['Управління освіти та КП «Водоканал»', ['Управління освіти', 'КП «Водоканал»']],
    ['ЦНАП та УЖКГ', ['ЦНАП', 'УЖКГ']],
    ['Управління освіти, молоді та спорту.', ['Управління освіти, молоді та спорту']],
    ['Відділ контролю та управління майном', ['Відділ контролю та управління майном']],
    [
      'Відділ з питань надзвичайних ситуацій та цивільного захисту',
      ['Відділ з питань надзвичайних ситуацій та цивільного захисту'],
    ],
    ['Відділ взаємодії з громадськістю та ЗМІ', ['Відділ взаємодії з громадськістю та ЗМІ']],
    [
      'Відділ взаємодії зі Службою безпеки та центру',
      ['Відділ взаємодії зі Службою безпеки та центру'],
    ],
    ['Управління освіти, молоді та відділ спорту', ['Управління освіти, молоді', 'відділ спорту']],
    [
      'Прес-служба міської ради, редакція газети «Вісті», телерадіокомпанія',
      ['Прес-служба міської ради', 'редакція газети «Вісті»', 'телерадіокомпанія'],
    ],
    ['Прес-служба та редакція газети «Вісті»', ['Прес-служба', 'редакція газети «Вісті»']],
    ['Відділ культури, трк «С-плюс»', ['Відділ культури', 'трк «С-плюс»']],
    [
      'Відділ взаємодії з ЗМІ, телерадіокомпаній та редакцій',
      ['Відділ взаємодії з ЗМІ, телерадіокомпаній та редакцій'],
    ],
    [
      "Відділ інформаційної політики, редакційної роботи та зв'язків з громадськістю",
      ["Відділ інформаційної політики, редакційної роботи та зв'язків з громадськістю"],
    ],
    ['  ', []],
  ])('%j names %j', (cell, names) => {
    expect(splitExecutors(cell)).toEqual(names);
  });
});

describe('departmentKey', () => {
  it.each([
    ['Прес-cлужба', 'Прес-служба'],
    ['прес-служба', 'Прес-служба'],
    ['Прес-служба.', 'Прес-служба'],
    ['Відділ  інформаційного\u00a0забезпечення', 'Відділ інформаційного забезпечення'],
    ['Відділ зв’язків', "Відділ зв'язків"],
  ])('%j is the same department as %j', (a, b) => {
    expect(departmentKey(a)).toBe(departmentKey(b));
  });

  it.each([['\u2010'], ['\u2011'], ['\u2012'], ['\u2013']])(
    'reads the hyphen look-alike %j between letters as a hyphen',
    (hyphen) => {
      expect(departmentKey(`Прес${hyphen}служба`)).toBe(departmentKey('Прес-служба'));
    },
  );

  it('keeps a dash between words apart from a hyphen inside one', () => {
    expect(departmentKey('Відділ ІЗ – ЦНАП')).not.toBe(departmentKey('Відділ ІЗ-ЦНАП'));
  });

  it('keeps a Latin word that has no Cyrillic letters as it is', () => {
    expect(departmentKey('IT відділ')).not.toBe(departmentKey('ІТ відділ'));
  });
});

describe('summariseDepartments', () => {
  it('counts a joint measure for each department it names', () => {
    const list = summariseDepartments([
      measure({ executor: 'Відділ інформаційного забезпечення, ЦНАП, УЖКГ' }),
      measure({ executor: 'Відділ інформаційного забезпечення', number: '2' }),
    ]);
    expect(list.map((d) => [d.name, d.measures])).toEqual([
      ['Відділ інформаційного забезпечення', 2],
      ['ЦНАП', 1],
      ['УЖКГ', 1],
    ]);
  });

  it('folds a look-alike spelling into the department and names it as a variant', () => {
    const [only, ...rest] = summariseDepartments([
      measure({}),
      measure({ number: '2' }),
      measure({ number: '3', executor: 'Прес-cлужба' }),
    ]);
    expect(rest).toEqual([]);
    expect([only.name, only.variants, only.measures]).toEqual(['Прес-служба', ['Прес-cлужба'], 3]);
  });

  it('prefers the all-Cyrillic spelling when the counts are tied', () => {
    const [only] = summariseDepartments([
      measure({ executor: 'Прес-cлужба' }),
      measure({ number: '2' }),
    ]);
    expect(only.name).toBe('Прес-служба');
  });

  it('lists the measures without data, with errors and unchanged', () => {
    const [only] = summariseDepartments([
      measure({ missingData: true, unchanged: true }),
      measure({ number: '2', hasErrors: true, unchanged: false }),
      measure({ number: '', missingData: true, unchanged: true }),
    ]);
    expect(only).toEqual({
      name: 'Прес-служба',
      variants: [],
      measures: 3,
      withErrors: 1,
      errorsIn: ['2'],
      withoutData: ['1', ''],
      unchanged: 2,
    });
  });

  it('names the section of a measure without data when there are several sections', () => {
    const [only] = summariseDepartments(
      [measure({ section: '6.2', number: '7', missingData: true })],
      true,
    );
    expect(only.withoutData).toEqual(['7 (розділ 6.2)']);
  });

  it('says nothing of changes when there is no previous report', () => {
    expect(summariseDepartments([measure({})])[0].unchanged).toBeNull();
  });
});

describe('withoutDataText', () => {
  it.each([
    [['4'], '№ 4'],
    [['4', '8'], '№ 4 і 8'],
    [['4', '', ''], '№ 4 та ще 2 заходи без номера'],
    [['3', '5', '', ''], '№ 3, 5 та ще 2 заходи без номера'],
    [[''], '1 захід без номера'],
    [
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', ''],
      '№ 1, 2, 3, 4, 5 та ще 7 заходів',
    ],
  ])('%j reads %j', (numbers, text) => {
    expect(withoutDataText(numbers)).toBe(text);
  });
});

describe('owesData', () => {
  const summary = (unchanged: (boolean | null)[]) =>
    summariseDepartments(
      unchanged.map((u, i) => measure({ number: String(i + 1), unchanged: u })),
    )[0];

  it.each([
    [[true, true], true],
    [[true, false], false],
    [[null, null], false],
  ])('a department with complete rows, unchanged %j, owes data: %j', (unchanged, owes) => {
    expect(owesData(summary(unchanged))).toBe(owes);
  });
});

describe('reminderLine', () => {
  it('names a department whose only trouble is errors, with the measures to fix', () => {
    const [only] = summariseDepartments(
      [measure({ section: '6.2', number: '3', hasErrors: true })],
      true,
    );
    expect(reminderLine(only, '')).toBe(
      'Прес-служба: помилки в заході № 3 (розділ 6.2) — виправте позначені клітинки.',
    );
  });

  it('opens the line with a capital, though the cell names the department in small letters', () => {
    const [only] = summariseDepartments([
      measure({ executor: 'відділ економіки', missingData: true }),
    ]);
    expect(reminderLine(only, '')).toBe('Відділ економіки: не подано дані до заходу № 1.');
  });

  it('puts errors before missing data', () => {
    const [only] = summariseDepartments([
      measure({ number: '2', hasErrors: true }),
      measure({ number: '4', hasErrors: true, missingData: true }),
    ]);
    expect(reminderLine(only, '')).toBe(
      'Прес-служба: помилки в заходах № 2 і 4 — виправте позначені клітинки; не подано дані ' +
        'до заходу № 4.',
    );
  });

  it.each([
    [[''], 'помилки в заході без номера', 'до заходу без номера'],
    [['', ''], 'помилки у 2 заходах без номера', 'до 2 заходів без номера'],
    [
      ['4', ''],
      'помилки в заході № 4 та ще одному заході без номера',
      'до заходу № 4 та ще одного заходу без номера',
    ],
    [
      ['3', '5', '', ''],
      'помилки в заходах № 3, 5 та ще 2 заходах без номера',
      'до заходів № 3, 5 та ще 2 заходів без номера',
    ],
    [
      ['7', ...Array<string>(21).fill('')],
      'помилки в заході № 7 та ще 21 заході без номера',
      'до заходу № 7 та ще 21 заходу без номера',
    ],
  ])('names measures %j with one «та ще» and a noun after every count', (numbers, errors, data) => {
    const [only] = summariseDepartments(
      numbers.map((number) => measure({ number, hasErrors: true, missingData: true })),
    );
    expect(reminderLine(only, '')).toBe(
      `Прес-служба: ${errors} — виправте позначені клітинки; не подано дані ${data}.`,
    );
  });
});

describe('countJoint', () => {
  it('counts the executor cells that name more than one department', () => {
    expect(
      countJoint([
        'Прес-служба',
        'Відділ інформаційного забезпечення, ЦНАП, УЖКГ',
        'Управління освіти, молоді та спорту',
        'Прес-служба, Прес-cлужба',
      ]),
    ).toBe(1);
  });
});
