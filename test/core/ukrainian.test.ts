import fc from 'fast-check';
import {
  countOf,
  formatCount,
  listNumbers,
  listPhrase,
  pluralForm,
} from '../../src/core/ukrainian';

const forms = { one: 'захід', few: 'заходи', many: 'заходів' };

describe('pluralForm', () => {
  it.each([
    [0, 'заходів'],
    [1, 'захід'],
    [2, 'заходи'],
    [4, 'заходи'],
    [5, 'заходів'],
    [11, 'заходів'],
    [12, 'заходів'],
    [14, 'заходів'],
    [21, 'захід'],
    [22, 'заходи'],
    [25, 'заходів'],
    [101, 'захід'],
    [111, 'заходів'],
    [112, 'заходів'],
    [122, 'заходи'],
  ])('%i → %s', (n, expected) => {
    expect(pluralForm(n, forms)).toBe(expected);
  });
});

describe('listNumbers', () => {
  it.each([
    [['7'], '№ 7'],
    [['7', '9'], '№ 7 і 9'],
    [['7', '9', '10'], '№ 7, 9 і 10'],
    [[], ''],
  ])('%j → %s', (numbers, expected) => {
    expect(listNumbers(numbers)).toBe(expected);
  });
});

const NBSP = '\u00a0';
const upTo = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, `1${NBSP}000`],
    [8333, `8${NBSP}333`],
    [50000, `50${NBSP}000`],
    [1234567, `1${NBSP}234${NBSP}567`],
  ])('%i → %j', (n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });
});

describe('countOf', () => {
  it.each([
    [1, '1 захід'],
    [3, '3 заходи'],
    [11, '11 заходів'],
    [8333, `8${NBSP}333 заходи`],
  ])('%i → %j', (n, expected) => {
    expect(countOf(n, forms)).toBe(expected);
  });
});

describe('listPhrase', () => {
  it.each([
    [upTo(10), {}, '1, 2, 3, 4, 5, 6, 7, 8, 9 і 10'],
    [upTo(11), {}, '1, 2, 3, 4, 5 та ще 6'],
    [upTo(8333), { shown: 3 }, `1, 2, 3 та ще 8${NBSP}330`],
    [upTo(7), { limit: 3, shown: 2, rest: forms }, '1, 2 та ще 5 заходів'],
    [upTo(24), { limit: 3, shown: 3, rest: forms }, '1, 2, 3 та ще 21 захід'],
  ])('%#', (items, options, expected) => {
    expect(listPhrase(items, options)).toBe(expected);
  });

  it('prefixes "№" to a shortened list of numbers', () => {
    expect(listNumbers(['7', '9', '10', ...upTo(8330)], { shown: 3 })).toBe(
      `№ 7, 9, 10 та ще 8${NBSP}330`,
    );
  });
});

describe('lists and counts, for any length', () => {
  it('a shortened list names exactly `shown` items and counts the others', () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 100_000 }), (n) => {
        const [named, rest] = listPhrase(upTo(n)).split(' та ще ');
        return named.split(', ').length === 5 && rest.replace(/\u00a0/g, '') === String(n - 5);
      }),
    );
  });

  it('a count reads back as the number once its no-break spaces are taken out', () => {
    fc.assert(fc.property(fc.nat(), (n) => formatCount(n).replace(/\u00a0/g, '') === String(n)));
  });
});
