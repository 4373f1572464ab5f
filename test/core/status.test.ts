import fc from 'fast-check';
import { parseStatus } from '../../src/core/status';

describe('parseStatus', () => {
  it.each([
    ['виконано', 'done'],
    ['Виконано.', 'done'],
    ['  ВИКОНУЄТЬСЯ ', 'in-progress'],
    ['виконано частково', 'partial'],
    ['Виконано  частково;', 'partial'],
    ['не виконано', 'not-done'],
    ['Не виконувалося', 'not-done'],
    ['не виконувалось!', 'not-done'],
  ])('%j → %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each(['', 'майже', 'виконано на 50%'])('%j is not a status', (text) => {
    expect(parseStatus(text)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseStatus(text)));
  });
});
