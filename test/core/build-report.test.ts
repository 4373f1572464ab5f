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
