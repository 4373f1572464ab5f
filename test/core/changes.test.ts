import { analyseWorkbook } from '../../src/core/analyse';
import type { MeasureSnapshot, Snapshot } from '../../src/core/changes';
import {
  checkFactDecreased,
  compareMeasures,
  compareSnapshots,
  isRowUnchanged,
  matchMeasures,
  snapshotMeasures,
} from '../../src/core/changes';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const none = { plan: null, fact: null };
const snap = (over: Partial<MeasureSnapshot>): MeasureSnapshot => ({
  section: '4.4',
  number: '1',
  title: 'Захід',
  executor: 'Прес-служба',
  status: 'in-progress',
  money: {
    total: { plan: 10_000, fact: 2_000 },
    state: none,
    regional: none,
    city: none,
    enterprises: none,
    other: none,
  },
  ...over,
});
const previous = (measures: MeasureSnapshot[]): Snapshot => ({
  period: { label: 'І квартал 2017 року', end: '2017-03-31' },
  measures,
});
const withFact = (fact: number | null): MeasureSnapshot['money'] => ({
  ...snap({}).money,
  total: { plan: 10_000, fact },
});

describe('compareSnapshots', () => {
  it('reports nothing for a measure whose status and fact stayed', () => {
    expect(compareSnapshots(previous([snap({})]), [snap({})]).measures).toEqual([]);
  });

  it('reports a changed status with the words the report prints', () => {
    expect(compareSnapshots(previous([snap({})]), [snap({ status: 'done' })]).measures).toEqual([
      {
        section: '4.4',
        number: '1',
        title: 'Захід',
        status: { from: 'виконується', to: 'виконано' },
      },
    ]);
  });

  it('reports a changed Всього fact in thousand UAH', () => {
    expect(
      compareSnapshots(previous([snap({})]), [snap({ money: withFact(2_500) })]).measures,
    ).toEqual([{ section: '4.4', number: '1', title: 'Захід', fact: { from: 2, to: 2.5 } }]);
  });

  it('takes the sum of the sources as Всього when Всього was left empty', () => {
    const bySource = (fact: number): MeasureSnapshot['money'] => ({
      ...snap({}).money,
      total: none,
      city: { plan: 1_000, fact },
    });
    expect(
      compareSnapshots(previous([snap({ money: bySource(100) })]), [snap({ money: bySource(300) })])
        .measures[0].fact,
    ).toEqual({ from: 0.1, to: 0.3 });
  });

  it('reports a new measure and a removed one, the removed one at its old place', () => {
    const changes = compareSnapshots(previous([snap({ number: '1', title: 'Газета' })]), [
      snap({ number: '2', title: 'Сайт' }),
    ]);
    expect(changes.measures).toEqual([
      {
        section: '4.4',
        number: '1',
        title: 'Газета',
        status: { from: 'виконується', to: null },
        fact: { from: 2, to: null },
      },
      {
        section: '4.4',
        number: '2',
        title: 'Сайт',
        status: { from: null, to: 'виконується' },
        fact: { from: null, to: 2 },
      },
    ]);
  });

  it('leaves out the fact of a removed measure that had none (no change to list)', () => {
    const changes = compareSnapshots(previous([snap({ money: withFact(null) })]), []);
    expect(changes.measures).toEqual([
      {
        section: '4.4',
        number: '1',
        title: 'Захід',
        status: { from: 'виконується', to: null },
      },
    ]);
  });

  it('lists a new measure with neither status nor fact by itself', () => {
    const bare = snap({ status: null, money: withFact(null) });
    expect(compareSnapshots(previous([]), [bare]).measures).toEqual([
      { section: '4.4', number: '1', title: 'Захід' },
    ]);
  });

  it('matches measures without numbers by their title', () => {
    const was = snap({ number: '', title: 'Випуск  газети' });
    expect(
      compareSnapshots(previous([was]), [snap({ number: '', title: 'випуск газети' })]).measures,
    ).toEqual([]);
  });

  describe('after a measure was deleted and the rest renumbered', () => {
    // № 2 «Використання PROZORRO» deleted; «Контакт-центр» moved up from № 3 to № 2.
    const before = previous([
      snap({ number: '1', title: 'Сайт' }),
      snap({ number: '2', title: 'Використання PROZORRO', status: 'done' }),
      snap({ number: '3', title: 'Контакт-центр', money: withFact(5_000) }),
    ]);
    const now = [
      snap({ number: '1', title: 'Сайт' }),
      snap({ number: '2', title: 'Контакт-центр', money: withFact(5_000) }),
    ];

    it('lists only the deleted measure, as removed, and no change of the renumbered one', () => {
      expect(compareSnapshots(before, now).measures).toEqual([
        {
          section: '4.4',
          number: '2',
          title: 'Використання PROZORRO',
          status: { from: 'виконано', to: null },
          fact: { from: 2, to: null },
        },
      ]);
    });

    it('pairs the renumbered measure with its old self', () => {
      expect(matchMeasures(before.measures, now)).toEqual([0, 2]);
    });
  });

  it.each([
    ['case and spaces', 'Випуск  газети', 'випуск газети'],
    ['a Latin look-alike letter', 'Прес-конференції', 'Прес-кoнференції'],
    ['a non-breaking hyphen', 'Прес-конференції', 'Прес\u2011конференції'],
    ['a full stop', 'Випуск газети', 'Випуск газети.'],
  ])('matches a moved measure whose title differs by %s', (_, was, now) => {
    expect(
      matchMeasures([snap({ number: '3', title: was })], [snap({ number: '2', title: now })]),
    ).toEqual([0]);
  });

  it('matches the same number when the title was edited a little', () => {
    expect(
      matchMeasures(
        [snap({ title: 'Онлайн-трансляція засідань' })],
        [snap({ title: 'Онлайн-трансляції засідань' })],
      ),
    ).toEqual([0]);
  });

  it('takes a reworded measure under the same number for another one', () => {
    expect(
      matchMeasures([snap({ title: 'Використання PROZORRO' })], [snap({ title: 'Чат-бот' })]),
    ).toEqual([-1]);
  });

  it('matches each previous measure once, in order, when two have the same title', () => {
    const twice = [snap({ number: '', title: 'Нарада' }), snap({ number: '', title: 'Нарада' })];
    expect(matchMeasures(twice, twice)).toEqual([0, 1]);
  });

  it('keeps section order, a removed measure after its predecessor and a gone section at its number', () => {
    const done = { status: 'done' as const };
    const changes = compareSnapshots(
      previous([
        snap({ section: '4.4', number: '1', title: 'А' }),
        snap({ section: '4.4', number: '2', title: 'Б' }),
        snap({ section: '4.4', number: '3', title: 'В' }),
        snap({ section: '5.1', number: '1', title: 'Г' }),
        snap({ section: '6.5', number: '1', title: 'Д' }),
      ]),
      [
        snap({ section: '4.4', number: '1', title: 'А', ...done }),
        snap({ section: '4.4', number: '2', title: 'В', ...done }),
        snap({ section: '6.5', number: '1', title: 'Д', ...done }),
      ],
    );
    expect(changes.measures.map((m) => [m.section, m.title])).toEqual([
      ['4.4', 'А'],
      ['4.4', 'Б'],
      ['4.4', 'В'],
      ['5.1', 'Г'],
      ['6.5', 'Д'],
    ]);
  });

  it('keeps the same number in another section apart', () => {
    expect(
      compareSnapshots(previous([snap({ section: '6.2' })]), [snap({ section: '4.4' })]).measures,
    ).toHaveLength(2);
  });

  it('names the previous period', () => {
    expect(compareSnapshots(previous([]), []).previous).toEqual({
      label: 'І квартал 2017 року',
      end: '2017-03-31',
    });
  });
});

describe('checkFactDecreased', () => {
  const analysis = analyseWorkbook([measuresGrid(SEED_MEASURES), settingsGrid()]);
  const measures = analysis.table!.measures;
  const current = snapshotMeasures('', measures);

  it('finds nothing when every fact is what it was', () => {
    expect(checkFactDecreased('Заходи', previous(current), measures, current)).toEqual([]);
  });

  it('warns at the fact cell that went down, naming both amounts', () => {
    const first = current.find((m) => (m.money.total.fact ?? 0) > 0)!;
    const higher = current.map((m) =>
      m === first
        ? {
            ...m,
            money: { ...m.money, total: { ...m.money.total, fact: m.money.total.fact! + 1_000 } },
          }
        : m,
    );
    const [finding, ...rest] = checkFactDecreased('Заходи', previous(higher), measures, higher);
    expect(rest).toEqual([]);
    const measure = measures[current.indexOf(first)];
    expect([finding.row, finding.col]).toEqual([measure.row, measure.money.total.fact.col]);
    expect(finding.code).toBe('fact-decreased');
    expect(finding.severity).toBe('warning');
    expect(finding.message).toMatch(
      /^Факт «Всього» зменшився: .* тис\. грн, а в попередньому звіті \(«І квартал 2017 року»\) було .* тис\. грн\./,
    );
  });
});

describe('checkFactDecreased on a cleared fact', () => {
  /** One measure of section 6.2 whose Всього and city facts read `fact`. */
  const measuresWith = (fact: string | number) =>
    analyseWorkbook([
      measuresGrid([{ status: 'виконується', money: { total: [10, fact], city: [10, fact] } }]),
      settingsGrid(),
    ]).table!.measures;
  const before = snapshotMeasures('', measuresWith(5));
  const warned = (fact: string | number) =>
    checkFactDecreased('Заходи', previous(before), measuresWith(fact), before).map((f) => [
      f.cell,
      f.message.split(':')[0],
    ]);

  it.each([['-'], ['']])('warns at each fact cell cleared to %j, saying it was cleared', (fact) => {
    expect(warned(fact)).toEqual([
      ['F3', 'Факт «Всього» очищено'],
      ['L3', 'Факт «Бюджет міста» очищено'],
    ]);
  });

  it('names the figure there was and what to write', () => {
    const [finding] = checkFactDecreased('Заходи', previous(before), measuresWith('-'), before);
    expect(finding.message).toBe(
      'Факт «Всього» очищено: у попередньому звіті («І квартал 2017 року») було 5 тис. грн, ' +
        'а тепер суми немає. Факт за рік накопичується — впишіть суму витрат від початку року.',
    );
  });

  it('does not warn at an empty Всього whose sources still add up to the figure', () => {
    const measures = analyseWorkbook([
      measuresGrid([{ status: 'виконується', money: { total: [10, ''], city: [10, 5] } }]),
      settingsGrid(),
    ]).table!.measures;
    expect(checkFactDecreased('Заходи', previous(before), measures, before)).toEqual([]);
  });

  it('does not warn where there was no figure before', () => {
    const none = snapshotMeasures('', measuresWith(''));
    expect(checkFactDecreased('Заходи', previous(none), measuresWith('-'), none)).toEqual([]);
  });
});

describe('isRowUnchanged', () => {
  const row = (over: { plan?: number; result?: string } = {}) =>
    snapshotMeasures(
      '',
      analyseWorkbook([
        measuresGrid([
          {
            status: 'виконується',
            result: over.result ?? 'Проведено 60 трансляцій.',
            money: { total: [over.plan ?? 10, 5], city: [over.plan ?? 10, 5] },
          },
        ]),
        settingsGrid(),
      ]).table!.measures,
    )[0];

  it('is true for a row as it was', () => {
    expect(isRowUnchanged(row(), row())).toBe(true);
  });

  it('is false when only the Виконання text was rewritten', () => {
    expect(isRowUnchanged(row(), row({ result: 'Проведено 120 трансляцій.' }))).toBe(false);
  });

  it('is false when only a plan changed', () => {
    expect(isRowUnchanged(row(), row({ plan: 12 }))).toBe(false);
  });

  it('compares the figures alone with a snapshot kept before it held the text', () => {
    const older = { ...row(), result: undefined };
    expect(isRowUnchanged(older, row({ result: 'Інший текст.' }))).toBe(true);
  });
});

describe('compareMeasures', () => {
  it('says which change is new, removed or changed, with the executor cell that places it', () => {
    const compared = compareMeasures(
      previous([
        snap({ number: '1', title: 'Сайт' }),
        snap({ number: '2', title: 'Газета', executor: 'Відділ ІЗ' }),
      ]),
      [snap({ number: '1', title: 'Сайт', status: 'done' }), snap({ number: '2', title: 'Радіо' })],
    );
    expect(compared.details).toEqual([
      { kind: 'changed', executor: 'Прес-служба' },
      { kind: 'removed', executor: 'Відділ ІЗ' },
      { kind: 'new', executor: 'Прес-служба' },
    ]);
  });
});
