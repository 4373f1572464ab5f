import { listNumbers, pluralForm } from '../../src/core/ukrainian';

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
  ])('%j → %s', (numbers, expected) => {
    expect(listNumbers(numbers)).toBe(expected);
  });
});
