import { analyseWorkbook } from '../../src/core/analyse';
import type { MeasureSnapshot, Snapshot } from '../../src/core/changes';
import { checkFactDecreased, compareSnapshots, snapshotMeasures } from '../../src/core/changes';
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

  it('reports a new measure and a removed one', () => {
    const changes = compareSnapshots(previous([snap({ number: '1' })]), [snap({ number: '2' })]);
    expect(changes.measures).toEqual([
      {
        section: '4.4',
        number: '2',
        title: 'Захід',
        status: { from: null, to: 'виконується' },
        fact: { from: null, to: 2 },
      },
      {
        section: '4.4',
        number: '1',
        title: 'Захід',
        status: { from: 'виконується', to: null },
        fact: { from: 2, to: null },
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
    expect(checkFactDecreased('Заходи', '', previous(current), measures)).toEqual([]);
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
    const [finding, ...rest] = checkFactDecreased('Заходи', '', previous(higher), measures);
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
