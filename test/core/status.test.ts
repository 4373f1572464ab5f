import fc from 'fast-check';
import { STATUS, STATUS_LABELS, parseStatus } from '../../src/core/status';

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
    ['не виконується', 'not-done'],
    ['Частково виконано', 'partial'],
    ['виконано\u00a0частково', 'partial'],
    ['виконано\nчастково', 'partial'],
    ['Виконано?', 'done'],
    ['виконано…', 'done'],
  ])('%j → %s', (text, status) => {
    expect(parseStatus(text)).toBe(status);
  });

  it.each(['', 'майже', 'виконано на 50%', 'constructor', '__proto__', 'toString', '.'])(
    '%j is not a status',
    (text) => {
      expect(parseStatus(text)).toBeNull();
    },
  );

  it.each(Object.entries(STATUS_LABELS))('reads its own label for %s back', (status, label) => {
    expect(parseStatus(label)).toBe(status);
  });

  it('never throws, and answers a status or null', () => {
    const statuses: readonly (string | null)[] = [...Object.values(STATUS), null];
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(statuses).toContain(parseStatus(text));
      }),
    );
  });
});
