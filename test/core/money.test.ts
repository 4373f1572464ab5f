import fc from 'fast-check';
import { formatPercent, formatPlanFact, formatThousands } from '../../src/core/money';

describe('formatThousands', () => {
  it.each([
    [28800, '28,8'],
    [1188800, '1188,8'],
    [964000, '964'],
    [0, '0'],
    [1, '0,001'],
    [1020500, '1020,5'],
    [300, '0,3'],
    [1000, '1'],
    [10, '0,01'],
    [100000000000, '100000000'],
    [-28800, '-28,8'],
  ])('%i → %s', (hryvnias, text) => {
    expect(formatThousands(hryvnias)).toBe(text);
  });

  it('never prints float noise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (h) => {
        expect(formatThousands(h)).toMatch(/^\d+(,\d{1,3})?$/);
      }),
    );
  });
});

describe('formatPlanFact', () => {
  it.each([
    [28800, 0, '28,8 / 0'],
    [null, null, '-'],
    [75000, null, '75 / 0'],
    [null, 5000, '0 / 5'],
  ])('%j / %j → %s', (plan, fact, text) => {
    expect(formatPlanFact(plan, fact)).toBe(text);
  });
});

describe('formatPercent', () => {
  it.each([
    [964000, 1188800, '81,1 %'],
    [20000, 168800, '11,8 %'],
    [25000, 25000, '100 %'],
    [1, 2, '50 %'],
    [0, 10, '0 %'],
    [1, 3, '33,3 %'],
    [2, 3, '66,7 %'],
    [1, 8, '12,5 %'],
    [1, 16, '6,3 %'],
    [1, 160, '0,6 %'],
    [30000, 25000, '120 %'],
    [5, 0, '0 %'],
    [0, 0, '0 %'],
  ])('%i of %i → %s', (fact, plan, text) => {
    expect(formatPercent(fact, plan)).toBe(text);
  });

  it('rounds half up exactly, even where float division would not', () => {
    const reference = (fact: number, plan: number): string => {
      const tenths = (BigInt(fact) * 2000n + BigInt(plan)) / (BigInt(plan) * 2n);
      const rest = tenths % 10n;
      return `${tenths / 10n}${rest ? `,${rest}` : ''} %`;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e12 }),
        fc.integer({ min: 1, max: 1e12 }),
        (fact, plan) => {
          expect(formatPercent(fact, plan)).toBe(reference(fact, plan));
        },
      ),
    );
  });
});
