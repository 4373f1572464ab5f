import fc from 'fast-check';
import { parseAmount } from '../../src/core/amount';
import type { CellValue } from '../../src/core/grid';
import { formatThousands } from '../../src/core/money';
import { cell } from '../support/grid-builders';

const parse = (value: CellValue, text?: string) => parseAmount(cell(value, text));

describe('parseAmount', () => {
  it.each([
    [28.8, 28800],
    [0, 0],
    [1020.5, 1020500],
    [0.001, 1],
    ['28,8', 28800],
    ['28.8', 28800],
    ['1 020,5', 1020500],
    ['1\u00a0020,5', 1020500],
    ['1\u202f020.5', 1020500],
    [' 75 ', 75000],
    ['0,100', 100],
    ['1\u2009020', 1020000],
    ['1 000 000,001', 1000000001],
    ['1,0000', 1000],
    ['2\u200b8,8', 28800],
    [0.1 + 0.2, 300],
    [1000000.001, 1000000001],
  ])('%j is %i hryvnias', (value, hryvnias) => {
    expect(parse(value)).toEqual({ kind: 'amount', hryvnias });
  });

  it.each(['', '-', '–', '—', '---', '  ', ' — ', '\u2212', '\u00a0'])(
    '%j is no amount',
    (value) => {
      expect(parse(value)).toEqual({ kind: 'empty' });
    },
  );

  it.each([
    ['abc', 'not-a-number', 'text'],
    ['12 грн', 'not-a-number', 'text'],
    ['1,2,3', 'not-a-number', 'text'],
    [-5, 'negative', 'negative'],
    ['-5', 'negative', 'negative'],
    ['−5,5', 'negative', 'negative'],
    [1.0005, 'too-precise', 'precision'],
    ['1,0005', 'too-precise', 'precision'],
    ['#REF!', 'sheet-error', 'error-value'],
    ['#VALUE!', 'sheet-error', 'error-value'],
    ['#N/A', 'sheet-error', 'error-value'],
    ['#DIV/0!', 'sheet-error', 'error-value'],
    ['#ERROR!', 'sheet-error', 'error-value'],
    ['#NAME?', 'sheet-error', 'error-value'],
    ['#NUM!', 'sheet-error', 'error-value'],
    ['#NULL!', 'sheet-error', 'error-value'],
    ['#ref!', 'sheet-error', 'error-value'],
    ['- 5', 'negative', 'negative'],
    ['–1 020,5', 'negative', 'negative'],
    [1000000.0005, 'too-precise', 'precision'],
    [NaN, 'not-a-number', 'text'],
    [Infinity, 'not-a-number', 'text'],
    ['1.020,5', 'not-a-number', 'text'],
    ['1 02', 'not-a-number', 'text'],
    ['28,', 'not-a-number', 'text'],
    ['+5', 'not-a-number', 'text'],
    [false, 'not-a-number', 'boolean'],
    [true, 'not-a-number', 'boolean'],
    [{ date: '2026-08-28' }, 'not-a-number', 'date'],
  ])('%j is %s (%s)', (value, code, reason) => {
    expect(parse(value as CellValue)).toMatchObject({ kind: 'invalid', code, reason });
  });

  it.each([
    ['28,8 / 0', '28,8', '0'],
    ['75/0', '75', '0'],
    ['168,8 / 20,0', '168,8', '20,0'],
    ['75 / 0', '75', '0'],
    ['1 020,5 /0', '1 020,5', '0'],
  ])('%j is plan and fact in one cell', (value, plan, fact) => {
    expect(parse(value)).toEqual({ kind: 'pair', plan, fact });
  });

  it.each([
    [cell(-5, '-5,00'), '-5,00'],
    [cell({ date: '2026-08-28' }, '28.08.2026'), '28.08.2026'],
    [cell(true, ''), 'true'],
    [cell(' abc\u00a0 '), 'abc'],
  ])('shows %j as %j in messages', (c, shown) => {
    expect(parseAmount(c)).toMatchObject({ shown });
  });

  it.each([
    [0.5, '50%'],
    [0.855, '85,5 %'],
    [1, '100%'],
  ])('%j shown as %j (a percent format) is no amount, as the text would be', (value, text) => {
    expect([parse(value, text), parse(text)]).toEqual([
      { kind: 'invalid', code: 'not-a-number', reason: 'text', shown: text },
      { kind: 'invalid', code: 'not-a-number', reason: 'text', shown: text },
    ]);
  });

  it('reads a number by its value, not its rounded display', () => {
    expect(parse(28.8, '29')).toEqual({ kind: 'amount', hryvnias: 28800 });
  });

  it('reads back every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (hryvnias) => {
        expect(parse(formatThousands(hryvnias))).toEqual({ kind: 'amount', hryvnias });
      }),
    );
  });

  it('reads every number with at most 3 decimals exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (hryvnias) => {
        expect(parse(hryvnias / 1000)).toEqual({ kind: 'amount', hryvnias });
      }),
    );
  });

  it('never throws, whatever the cell holds', () => {
    const value = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constantFrom('#REF!', '1 / 2', '—', ' ', '1\u00a0000,0001'),
      fc.string().map((date) => ({ date })),
    );
    fc.assert(
      fc.property(value, fc.string(), (v, text) => {
        expect(() => parseAmount({ value: v as CellValue, text })).not.toThrow();
      }),
    );
  });
});
