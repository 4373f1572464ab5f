import { analyseWorkbook } from '../../src/core/analyse';
import type { MeasureSpec } from '../support/grid-builders';
import { measuresGrid, settingsGrid } from '../support/grid-builders';

const report = (settings: Record<string, string>, ...measures: MeasureSpec[]) =>
  analyseWorkbook([measuresGrid(measures), settingsGrid(settings)]).report;

describe('buildReport', () => {
  it('makes one row per measure: number, title, term, executor, six plan/fact cells, result', () => {
    const row = report(
      {},
      {
        title: 'Рядок 1\n· пункт',
        money: { total: [28.8, 0], city: [28.8, 0] },
        result: 'Зроблено',
      },
    ).rows[0];
    expect(row.cells).toEqual([
      '1',
      'Рядок 1\n· пункт',
      'Впродовж року',
      'Прес-служба',
      '28,8 / 0',
      '-',
      '-',
      '28,8 / 0',
      '-',
      '-',
      'Зроблено',
    ]);
  });

  it('prints the status word when the result text is empty', () => {
    expect(report({}, { status: 'Виконується' }).rows[0].cells[10]).toBe('виконується');
  });

  it('prints Всього as the sum of the sources when it was left empty', () => {
    expect(report({}, { money: { city: [10, 2], other: [0.5, 0] } }).rows[0].cells[4]).toBe(
      '10,5 / 2',
    );
  });

  it('leaves "по місту" out when the city is empty', () => {
    expect(report({ Місто: '' }).title).toBe(
      '4.4. Виконання заходів розділу «Розвиток інформаційного простору» за 1 півріччя 2017 року',
    );
  });

  it.each([
    ['м. Слов’янськ', 'СЛОВ’ЯНСЬК'],
    ['М.Слов’янськ', 'СЛОВ’ЯНСЬК'],
    ['м Слов’янськ', 'СЛОВ’ЯНСЬК'],
    ['місто Слов’янськ', 'СЛОВ’ЯНСЬК'],
    ['Місто  Слов’янськ', 'СЛОВ’ЯНСЬК'],
    ['Миколаїв', 'МИКОЛАЇВ'],
    ['Мирноград', 'МИРНОГРАД'],
  ])('prints the city typed «%s» once after «по місту»: %s', (typed, printed) => {
    expect(report({ Місто: typed, 'Назва розділу': '' }).title).toBe(
      `4.4. Виконання заходів по місту ${printed} за 1 півріччя 2017 року`,
    );
  });

  it('leaves "розділу «…»" out when the section has no name', () => {
    expect(report({ 'Назва розділу': '' }).title).toBe(
      "4.4. Виконання заходів по місту СЛОВ'ЯНСЬК за 1 півріччя 2017 року",
    );
  });

  it('names a period typed as a bare year as a year in the title', () => {
    expect(report({ 'Звітний період': '2016' }).title).toBe(
      "4.4. Виконання заходів розділу «Розвиток інформаційного простору» по місту СЛОВ'ЯНСЬК за 2016 рік",
    );
  });

  it('prints "за" once when the period is typed with it', () => {
    const model = report({ Місто: '', 'Звітний період': 'за 9 місяців 2016 року' });
    expect([model.title, model.documentName]).toEqual([
      '4.4. Виконання заходів розділу «Розвиток інформаційного простору» за 9 місяців 2016 року',
      '4.4 Розвиток інформаційного простору — 9 місяців 2016 року',
    ]);
  });

  it('spans the header like the reference table', () => {
    const spans = report({}).header.map(
      (h) => `${h.text}@${h.row},${h.col} ${h.rowSpan}x${h.colSpan}`,
    );
    expect(spans).toEqual([
      '№ з/п@0,0 4x1',
      'Зміст заходу@0,1 4x1',
      'Термін виконання@0,2 4x1',
      'Виконавець@0,3 4x1',
      'Витрати на реалізацію (план/факт), тис. грн.@0,4 1x6',
      'Виконання@0,10 4x1',
      'Всього@1,4 3x1',
      'у тому числі за рахунок коштів:@1,5 1x5',
      'держбюджету@2,5 2x1',
      'місцевих бюджетів@2,6 1x2',
      'підприємств@2,8 2x1',
      'інших джерел@2,9 2x1',
      'обл. бюджету@3,6 1x1',
      'бюджету міста@3,7 1x1',
    ]);
  });

  it('gives column widths that fill the table', () => {
    const total = report({}).columns.reduce((sum, c) => sum + c.share, 0);
    expect(total).toBeCloseTo(1, 9);
  });

  it('signs with the position and the name as typed', () => {
    expect(report({}).signature).toEqual({
      position: 'Начальник відділу інформаційного забезпечення',
      name: 'Ольга КОВАЛЕНКО',
      line: '_______________',
      dateLine: '«____» ______________ 20___ р.',
    });
  });
});

describe('a forced draft with unreadable amounts', () => {
  const analysis = (...measures: MeasureSpec[]) =>
    analyseWorkbook([measuresGrid(measures), settingsGrid()]);
  const money = (cells: readonly string[]) => cells.slice(4, 10);

  it('prints "?" for the unreadable side in the row and in the ВСЬОГО row alike', () => {
    const { report: model } = analysis(
      { money: { city: ['abc', 5] } },
      { money: { city: [10, 2] } },
    );
    expect([money(model.rows[0].cells), model.totals.cells.slice(0, 6)]).toEqual([
      ['? / 5', '-', '-', '? / 5', '-', '-'],
      ['? / 7', '-', '-', '? / 7', '-', '-'],
    ]);
  });

  it('prints "?" for a typed Всього it cannot read instead of summing the sources', () => {
    const { report: model } = analysis({ money: { total: ['десять', 2], city: [10, 2] } });
    expect([model.rows[0].cells[4], model.totals.cells[0]]).toEqual(['? / 2', '? / 2']);
  });

  it('marks both sides of a source typed as "план / факт" in one cell', () => {
    const { report: model } = analysis({ money: { city: ['28,8 / 0', ''] } });
    expect([model.rows[0].cells[7], model.totals.cells[3]]).toEqual(['? / ?', '? / ?']);
  });

  it('says the funding could not be counted instead of a wrong percentage', () => {
    expect(analysis({ money: { city: ['abc', 5] } }).summary[1]).toBe(
      'Використання коштів не підраховано: суми, позначені в таблиці «?», не вдалося прочитати.',
    );
  });

  it('keeps the funding line when the unreadable amount is only in a source Всього covers', () => {
    expect(analysis({ money: { total: [10, 5], city: ['abc', 5] } }).summary[1]).toBe(
      'Фактично використано 5 тис. грн із 10 тис. грн запланованих (50 %).',
    );
  });
});
