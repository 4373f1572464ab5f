import fc from 'fast-check';
import { fromA1, toA1 } from '../../src/core/grid';

describe('fromA1', () => {
  it.each([
    ['A1', { row: 0, col: 0 }],
    ['E14', { row: 13, col: 4 }],
    ['aa3', { row: 2, col: 26 }],
    ['K', null],
    ['A0', null],
    ['', null],
  ])('%s → %j', (a1, cell) => {
    expect(fromA1(a1)).toEqual(cell);
  });

  it('reads back every address toA1 writes', () => {
    fc.assert(
      fc.property(fc.nat(100000), fc.nat(2000), (row, col) => {
        expect(fromA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });
});
