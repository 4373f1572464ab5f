import { findHeader } from '../../src/core/header';
import type { Grid } from '../../src/core/grid';
import { gridOf, measuresGrid } from '../support/grid-builders';

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
    expect(found(measuresGrid([])).money).toEqual({
      total: { plan: 4, fact: 5 },
      state: { plan: 6, fact: 7 },
      regional: { plan: 8, fact: 9 },
      city: { plan: 10, fact: 11 },
      enterprises: { plan: 12, fact: 13 },
      other: { plan: 14, fact: 15 },
    });
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

  it('does not look past the first 10 rows', () => {
    const grid = gridOf([...Array(10).fill(['']), ['Зміст заходу']]);
    expect(findHeader(grid)).toEqual({ kind: 'not-found' });
  });

  it('names every missing required column', () => {
    const grid = gridOf([['№ з/п', 'Зміст заходу', 'Виконавець']]);
    expect(findHeader(grid)).toEqual({
      kind: 'missing',
      row: 0,
      missing: ['term', 'status', 'total.plan', 'total.fact'],
    });
  });
});
