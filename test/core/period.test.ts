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
    ['III квартал 2017', '2017-07-01', '2017-09-30'],
    ['IІІ квартал 2017', '2017-07-01', '2017-09-30'],
    ['іv квартал 2017', '2017-10-01', '2017-12-31'],
    ['ІВ квартал 2017', '2017-10-01', '2017-12-31'],
    ['4 кв. 2017 р.', '2017-10-01', '2017-12-31'],
    ['1-й квартал 2017 року', '2017-01-01', '2017-03-31'],
    ['перше півріччя 2017 року', '2017-01-01', '2017-06-30'],
    ['1-ше півріччя 2017', '2017-01-01', '2017-06-30'],
    ['2 півріччя 2017 р.', '2017-07-01', '2017-12-31'],
    ['ІІ півріччя 2016', '2016-07-01', '2016-12-31'],
    ['І квартал 2017 року.', '2017-01-01', '2017-03-31'],
    ['9 міс. 2017', '2017-01-01', '2017-09-30'],
    ['2016 р.', '2016-01-01', '2016-12-31'],
    ['2016рік', '2016-01-01', '2016-12-31'],
    ['І\u00a0квартал\u00a02017\u00a0року', '2017-01-01', '2017-03-31'],
    ['за 9 місяців 2016 року', '2016-01-01', '2016-09-30'],
    ['За І квартал 2017 року', '2017-01-01', '2017-03-31'],
    ['за 2016 рік', '2016-01-01', '2016-12-31'],
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

  it('names a bare year as a year, so a title reads «за 2016 рік»', () => {
    expect(parsePeriod('2016')?.label).toBe('2016 рік');
  });

  it.each([
    'І квартал',
    'І півріччя',
    '9 місяців',
    'V квартал 2017',
    'IIII квартал 2017',
    '5 квартал 2017',
    '3 півріччя 2017',
    'колись',
    '',
    'березень 2017',
    '1017 рік',
    '20017',
    'constructor квартал 2017',
    '8 місяців 2017',
  ])('%j is not a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('labels the period with its text, spaces tidied', () => {
    expect(parsePeriod(' І  квартал 2017 року ')?.label).toBe('І квартал 2017 року');
  });

  it('leaves a leading "за" out of the label, as the title adds its own', () => {
    expect(parsePeriod('за 9 місяців 2016 року')?.label).toBe('9 місяців 2016 року');
  });

  it.each(['за', 'за квартал', 'зараз 2017'])('%j is not a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

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

  it('spans any spelling of a half within its year, from a first day to a last day', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1', 'І', 'I', 'перше', '2', 'ІІ', 'II', 'IІ', 'друге'),
        fc.constantFrom('півріччя', 'півр.'),
        fc.integer({ min: 1990, max: 2100 }),
        fc.constantFrom('', ' року', ' р.', ' рік'),
        (n, word, year, tail) => {
          const period = parsePeriod(`${n} ${word} ${year}${tail}`);
          expect(period).toMatchObject({ year });
          expect(period?.start).toMatch(new RegExp(`^${year}-(01|07)-01$`));
          expect(period?.end).toMatch(new RegExp(`^${year}-(06-30|12-31)$`));
        },
      ),
    );
  });

  it('never throws, and any period it reads lies within its year', () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.constantFrom('І квартал', '9 місяців', 'ІІ півріччя', ''), fc.integer())
        .map(([words, year]) => `${words} ${year}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        const period = parsePeriod(t);
        if (period) expect(period.end.slice(0, 4)).toBe(period.start.slice(0, 4));
      }),
    );
  });
});
