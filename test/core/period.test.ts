import fc from 'fast-check';
import { parsePeriod } from '../../src/core/period';

describe('parsePeriod', () => {
  it.each([
    ['І квартал 2017 року', '2017-01-01', '2017-03-31'],
    ['I квартал 2017 року', '2017-01-01', '2017-03-31'],
    ['ІІ квартал 2017 р.', '2017-04-01', '2017-06-30'],
    ['IІ квартал 2017', '2017-04-01', '2017-06-30'],
    ['ІІІ квартал 2016 року', '2016-07-01', '2016-09-30'],
    ['IV квартал 2016 року', '2016-10-01', '2016-12-31'],
    ['ІV квартал 2016 року', '2016-10-01', '2016-12-31'],
    ['1 кв. 2017', '2017-01-01', '2017-03-31'],
    ['1 півріччя 2017 року', '2017-01-01', '2017-06-30'],
    ['І півріччя 2017 року', '2017-01-01', '2017-06-30'],
    ['ІІ півріччя 2017', '2017-07-01', '2017-12-31'],
    ['9 місяців 2016 року', '2016-01-01', '2016-09-30'],
    ['2016 рік', '2016-01-01', '2016-12-31'],
    ['2016 року', '2016-01-01', '2016-12-31'],
    ['2016', '2016-01-01', '2016-12-31'],
    ['  1  ПІВРІЧЧЯ  2017  РОКУ ', '2017-01-01', '2017-06-30'],
  ])('%j runs from %s to %s', (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ start, end });
  });

  it('keeps the label and the year', () => {
    expect(parsePeriod('9 місяців 2016 року')).toEqual({
      label: '9 місяців 2016 року',
      year: 2016,
      start: '2016-01-01',
      end: '2016-09-30',
    });
  });

  it.each(['І квартал', 'V квартал 2017', '3 півріччя 2017', 'колись', '', 'березень 2017'])(
    '%j is not a period',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('ends every quarter on its last day, within its year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1990, max: 2100 }),
        (q, year) => {
          const period = parsePeriod(`${q} квартал ${year} року`);
          expect(period?.end.startsWith(`${year}-`)).toBe(true);
          expect(period!.start < period!.end).toBe(true);
        },
      ),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => void parsePeriod(text)));
  });
});
