// How the fakes show a number in a spreadsheet's locale: CLDR's separators (see separatorsOf).
import { formatNumber, separatorsOf } from './display';

describe('a locale’s separators', () => {
  it.each([
    ['uk_UA', { decimal: ',', group: '\u00a0' }],
    ['en_US', { decimal: '.', group: ',' }],
    ['de_DE', { decimal: ',', group: '.' }],
  ])('%s: %j', (locale, separators) => {
    expect(separatorsOf(locale)).toEqual(separators);
  });

  it('groups thousands in uk_UA with a no-break space', () => {
    expect(formatNumber(1234567.5, '#,##0.0', 'uk_UA')).toBe('1\u00a0234\u00a0567,5');
  });
});
