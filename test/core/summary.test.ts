import type { CountedMeasures, MeasureName } from '../../src/core/counts';
import { buildSummary, fundingSentence, nameMeasures, shortTitle } from '../../src/core/summary';

const numbers = (n: number, from = 1): MeasureName[] =>
  Array.from({ length: n }, (_, i) => ({ number: String(from + i), title: 'Захід', row: i }));

const counted = (
  planned: number,
  executing: number,
  notYetDue = 0,
  overdue = 0,
  unknown = 0,
): CountedMeasures => ({
  counts: { planned, executing, notYetDue, overdue, unknownDeadline: unknown },
  notYetDue: numbers(notYetDue, 100),
  overdue: numbers(overdue, 200),
  unknownDeadline: numbers(unknown, 300),
});

const execution = (c: CountedMeasures): string => buildSummary(c, { plan: 0, fact: 0 })[0];

describe('the execution paragraph', () => {
  it.each([
    [
      counted(12, 10, 2),
      'Із 12 запланованих заходів виконувались 10. Термін виконання 2 заходів не настав.',
    ],
    [counted(0, 0), 'Заходів на звітний період не заплановано.'],
    [counted(1, 1), 'Запланований захід виконувався.'],
    [counted(1, 0, 1), 'Запланований захід не виконувався. Термін виконання 1 заходу не настав.'],
    [
      counted(2, 1, 1),
      'Із 2 запланованих заходів виконувався 1. Термін виконання 1 заходу не настав.',
    ],
    [counted(5, 5), 'Із 5 запланованих заходів виконувались усі.'],
    [
      counted(11, 0, 11),
      'Із 11 запланованих заходів не виконувався жоден. Термін виконання 11 заходів не настав.',
    ],
    [counted(21, 21), 'Із 21 запланованого заходу виконувались усі.'],
    [
      counted(22, 21, 1),
      'Із 22 запланованих заходів виконувався 21. Термін виконання 1 заходу не настав.',
    ],
    [
      counted(25, 22, 3),
      'Із 25 запланованих заходів виконувались 22. Термін виконання 3 заходів не настав.',
    ],
    [
      counted(101, 100, 1),
      'Із 101 запланованого заходу виконувались 100. Термін виконання 1 заходу не настав.',
    ],
    [
      counted(111, 101, 10),
      'Із 111 запланованих заходів виконувався 101. Термін виконання 10 заходів не настав.',
    ],
    [
      counted(112, 111, 0, 1),
      'Із 112 запланованих заходів виконувались 111. Не виконано в установлений термін захід № 200.',
    ],
    [
      counted(5, 3, 0, 2),
      'Із 5 запланованих заходів виконувались 3. Не виконано в установлений термін 2 заходи (№ 200 і 201).',
    ],
    [
      counted(30, 5, 0, 25),
      expect.stringContaining('Не виконано в установлений термін 25 заходів (№ 200, 201,'),
    ],
    [
      counted(3, 2, 0, 0, 1),
      'Із 3 запланованих заходів виконувались 2. Не виконано захід № 300, термін виконання якого не визначено.',
    ],
    [
      counted(4, 2, 0, 0, 2),
      'Із 4 запланованих заходів виконувались 2. Не виконано 2 заходи (№ 300 і 301), термін виконання яких не визначено.',
    ],
  ])('%#', (c, expected) => {
    expect(execution(c)).toEqual(expected);
  });
});

describe('the funding line', () => {
  it.each([
    [
      { plan: 1188800, fact: 964000 },
      'Фактично використано 964 тис. грн із 1188,8 тис. грн запланованих (81,1 %).',
    ],
    [{ plan: 0, fact: 0 }, 'Фінансування заходів на звітний період не передбачалося.'],
    [
      { plan: 168800, fact: 0 },
      'Кошти на виконання заходів не використовувались (заплановано 168,8 тис. грн).',
    ],
    [{ plan: 25000, fact: 25000 }, 'Заплановані кошти використано повністю: 25 тис. грн (100 %).'],
    [{ plan: 0, fact: 5000 }, 'Фактично використано 5 тис. грн, хоча кошти не планувалися.'],
  ])('%j', (total, expected) => {
    expect(fundingSentence(total)).toBe(expected);
  });
});

const NBSP = '\u00a0';

describe('measures named in the summary', () => {
  const overdue = (...measures: MeasureName[]): string =>
    execution({
      counts: {
        planned: 9,
        executing: 9 - measures.length,
        notYetDue: 0,
        overdue: measures.length,
        unknownDeadline: 0,
      },
      notYetDue: [],
      overdue: measures,
      unknownDeadline: [],
    });
  const measure = (number: string, title = 'Захід', row = 3): MeasureName => ({
    number,
    title,
    row,
  });

  it('names a measure without a number by its title, never "№ ."', () => {
    expect(overdue(measure('', 'Оновлення сайту'))).toBe(
      'Із 9 запланованих заходів виконувались 8. Не виконано в установлений термін захід «Оновлення сайту».',
    );
  });

  it('names numbered measures first, then the others by title', () => {
    expect(overdue(measure('', 'Оновлення сайту'), measure('7'), measure('9'))).toContain(
      '3 заходи (№ 7, 9 і «Оновлення сайту»).',
    );
  });

  it('names a measure with neither number nor title by its row on the sheet', () => {
    expect(overdue(measure('', '', 13))).toContain('термін захід рядок 14.');
  });

  it('counts thousands with a no-break space and names five of a long list', () => {
    expect(execution(counted(50_000, 41_667, 0, 8_333))).toBe(
      `Із 50${NBSP}000 запланованих заходів виконувались 41${NBSP}667. Не виконано в установлений ` +
        `термін 8${NBSP}333 заходи (№ 200, 201, 202, 203, 204 та ще 8${NBSP}328).`,
    );
  });

  it('shortens a long list of deadlines it could not read the same way', () => {
    expect(execution(counted(30, 0, 0, 0, 12))).toContain(
      'Не виконано 12 заходів (№ 300, 301, 302, 303, 304 та ще 7), термін виконання яких не визначено.',
    );
  });
});

describe('shortTitle', () => {
  it.each([
    ['Оновлення сайту.', 'Оновлення сайту'],
    [
      'Оновлення функціоналу офіційного сайту міської ради',
      'Оновлення функціоналу офіційного сайту…',
    ],
    ['Висвітлення діяльності\n- на сайті\n- у газеті', 'Висвітлення діяльності'],
    [
      'Надзвичайнодовгеслововякомунемапробілівзовсімніде',
      'Надзвичайнодовгеслововякомунемапробілівз…',
    ],
  ])('%j → %j', (title, expected) => {
    expect(shortTitle(title)).toBe(expected);
  });
});

describe('nameMeasures', () => {
  it('is empty for no measures', () => {
    expect(nameMeasures([])).toBe('');
  });
});
