import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { parseTerm } from '../../src/core/term';
import { cell } from '../support/grid-builders';

const deadline = (value: CellValue, year = 2017) => {
  const term = parseTerm(cell(value), year);
  return term.kind === 'known' ? term.deadline : 'unknown';
};

describe('parseTerm', () => {
  it.each([
    ['Впродовж року', '2017-12-31'],
    ['Протягом року', '2017-12-31'],
    ['Постійно', '2017-12-31'],
    ['впродовж 2016 року', '2016-12-31'],
    ['протягом 2016-2017 років', '2017-12-31'],
    ['І квартал', '2017-03-31'],
    ['I квартал', '2017-03-31'],
    ['ІІ квартал 2016 року', '2016-06-30'],
    ['ІІІ квартал', '2017-09-30'],
    ['IV квартал 2018 р.', '2018-12-31'],
    ['1 кв.', '2017-03-31'],
    ['4 квартал', '2017-12-31'],
    ['І півріччя', '2017-06-30'],
    ['ІІ півріччя', '2017-12-31'],
    ['9 місяців', '2017-09-30'],
    ['2017', '2017-12-31'],
    ['2017 рік', '2017-12-31'],
    ['2017 р.', '2017-12-31'],
    ['2016–2017', '2017-12-31'],
    ['2016-2017', '2017-12-31'],
    ['2016 — 2017', '2017-12-31'],
    ['до 01.07.2017', '2017-07-01'],
    ['01.07.2017', '2017-07-01'],
    ['1.7.2017', '2017-07-01'],
    ['до 1 липня 2017 року', '2017-07-01'],
    ['березень 2017', '2017-03-31'],
    ['березня 2016', '2016-03-31'],
    ['лютий 2016', '2016-02-29'],
    ['лютий 2017', '2017-02-28'],
    ['до грудня', '2017-12-31'],
    [2017, '2017-12-31'],
    ['Упродовж року', '2017-12-31'],
    ['на протязі року', '2017-12-31'],
    ['протягом усього року', '2017-12-31'],
    ['Постійно.', '2017-12-31'],
    ['до кінця року', '2017-12-31'],
    ['до кінця 2018 року', '2018-12-31'],
    ['у 2018 році', '2018-12-31'],
    ['2016 - 2017 рр.', '2017-12-31'],
    ['2016\u20132017 роки', '2017-12-31'],
    ['ІV квартал', '2017-12-31'],
    ['IІІ квартал 2016', '2016-09-30'],
    ['1-й квартал 2018 року', '2018-03-31'],
    ['до кінця І кварталу', '2017-03-31'],
    ['у ІІ кварталі 2018 року', '2018-06-30'],
    ['1 півріччя 2016 р.', '2016-06-30'],
    ['ІІ півріччя 2018', '2018-12-31'],
    ['9 місяців 2016 року', '2016-09-30'],
    ['2017 року', '2017-12-31'],
    ['01.07.17', '2017-07-01'],
    ['29.02.2016', '2016-02-29'],
    ['30.06.2017 р.', '2017-06-30'],
    ['до 30 червня', '2017-06-30'],
    ['у березні', '2017-03-31'],
    ['до кінця березня 2018 року', '2018-03-31'],
    ['квітень 2017 р.', '2017-04-30'],
    ['лютий 2000', '2000-02-29'],
    ['лютого 2100', '2100-02-28'],
    ['Впродовж\u00a0року', '2017-12-31'],
    ['Впродовж\nроку', '2017-12-31'],
  ])('%j is due %s', (text, iso) => {
    expect(deadline(text)).toBe(iso);
  });

  it('takes a date cell as its deadline', () => {
    expect(deadline({ date: '2017-05-15' })).toBe('2017-05-15');
  });

  it.each([
    'коли буде змога',
    '31.02.2017',
    '29.02.2017',
    '01.13.2017',
    '5 квартал',
    '3 півріччя',
    '',
    '1017',
    'лютий 1900',
    'constructor',
    'року',
    28.8,
    2017.5,
    1989,
    true,
    { date: '2017-02-31' },
    { date: 'завтра' },
  ])('%j has no deadline', (value) => {
    expect(deadline(value as CellValue)).toBe('unknown');
  });

  it('reads the shown text when the value is empty', () => {
    expect(parseTerm({ value: '', text: 'І квартал' }, 2017)).toEqual({
      kind: 'known',
      deadline: '2017-03-31',
    });
  });

  it('places a yearless term in year 0 when there is no reporting period', () => {
    expect(deadline('І квартал', 0)).toBe('0000-03-31');
  });

  it('places a term without a year in the default year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.constantFrom('І квартал', 'ІІ півріччя', '9 місяців', 'Постійно'),
        (year, text) => {
          expect(deadline(text, year).startsWith(`${year}-`)).toBe(true);
        },
      ),
    );
  });

  it('places a term that names its year in that year, whatever the default', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 1990, max: 2100 }),
        fc.constantFrom('І квартал', 'IV квартал', '2 кв.', 'І півріччя', '9 місяців', 'березень'),
        fc.constantFrom('', ' року', ' р.'),
        (year, defaultYear, words, tail) => {
          expect(deadline(`${words} ${year}${tail}`, defaultYear).startsWith(`${year}-`)).toBe(
            true,
          );
        },
      ),
    );
  });

  it('ends a span of years on the last day of the later one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 0, max: 5 }),
        fc.constantFrom('-', '–', '—', ' - ', ' — '),
        (from, length, dash) => {
          const to = Math.min(from + length, 2100);
          expect(deadline(`${from}${dash}${to}`)).toBe(`${to}-12-31`);
        },
      ),
    );
  });

  it('never throws, whatever the default year', () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.integer(), fc.double()), (text, year) => {
        expect(() => parseTerm({ value: text, text }, year)).not.toThrow();
      }),
    );
  });

  it('gives every valid date back as its own deadline', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-');
          expect(deadline(`до ${day}.${m}.${y}`)).toBe(iso);
        },
      ),
    );
  });

  it('never throws, and every deadline it gives is an ISO date', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer({ min: 1980, max: 2110 }),
      fc.constantFrom('до 31.12.2017', 'лютий', '2016–2017', 'ІІ кв. 2017 р.'),
      fc.double(),
      fc.boolean(),
      fc.string().map((date) => ({ date })),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 1990, max: 2100 }), (v, year) => {
        const term = parseTerm({ value: v as CellValue, text: '' }, year);
        if (term.kind === 'known') expect(term.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});
