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
  ])('%j is due %s', (text, iso) => {
    expect(deadline(text)).toBe(iso);
  });

  it('takes a date cell as its deadline', () => {
    expect(deadline({ date: '2017-05-15' })).toBe('2017-05-15');
  });

  it.each(['коли буде змога', '31.02.2017', '5 квартал', '', 28.8, true])(
    '%j has no deadline',
    (value) => {
      expect(deadline(value)).toBe('unknown');
    },
  );

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

  it('never throws', () => {
    const value = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.string().map((date) => ({ date })),
    );
    fc.assert(
      fc.property(
        value,
        fc.integer(),
        (v, year) => void parseTerm({ value: v as CellValue, text: '' }, year),
      ),
    );
  });
});
