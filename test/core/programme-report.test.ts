import type { Grid } from '../../src/core/grid';
import { analyseProgramme } from '../../src/core/programme';
import { buildProgrammeReport } from '../../src/core/programme-report';
import { isSettingsGrid, readSettings } from '../../src/core/settings';
import { measuresGrid, settingsGrid, sectionGrid } from '../support/grid-builders';
import type { MeasureSpec } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const section = sectionGrid;

const report = (grids: Grid[], narrative = new Map<string, string[]>()) =>
  buildProgrammeReport(
    analyseProgramme(grids),
    readSettings(grids.find(isSettingsGrid)),
    narrative,
  );

const sport: MeasureSpec[] = [
  { title: 'Змагання', executor: 'Відділ спорту', money: { total: [10, 4] } },
];
const two = [
  section('Спорт', '6.5. Фізична культура і спорт', sport),
  section('Інформ', '6.2. Розвиток інформаційного простору', SEED_MEASURES),
  settingsGrid({ 'Назва програми': 'Відкрита влада' }),
];

describe('buildProgrammeReport', () => {
  it('is the one section’s report, unchanged, when there is one section', () => {
    const grids = [measuresGrid(SEED_MEASURES), settingsGrid()];
    const built = report(grids);
    const analysis = analyseProgramme(grids).sections[0].analysis;
    expect([built.title, built.documentName, built.summary, built.sections[0].table]).toEqual([
      analysis.report.title,
      analysis.report.documentName,
      [],
      analysis.report,
    ]);
  });

  it('titles one section named nowhere without a name, not by its tab', () => {
    const grids = [measuresGrid(SEED_MEASURES), settingsGrid({ 'Назва розділу': '' })];
    expect(report(grids).title).toBe(
      "4.4. Виконання заходів по місту СЛОВ'ЯНСЬК за 1 півріччя 2017 року",
    );
  });

  it('heads each section with its number and name, in number order', () => {
    expect(report(two).sections.map((s) => s.heading)).toEqual([
      '6.2. Розвиток інформаційного простору',
      '6.5. Фізична культура і спорт',
    ]);
  });

  it('titles the programme with its name, city and period', () => {
    expect(report(two).title).toBe(
      "Виконання програми «Відкрита влада» по місту СЛОВ'ЯНСЬК за 1 півріччя 2017 року",
    );
  });

  it('drops «м.» before the city in the programme’s title too', () => {
    const grids = [
      ...two.slice(0, 2),
      settingsGrid({ 'Назва програми': 'Відкрита влада', Місто: 'м. Слов’янськ' }),
    ];
    expect(report(grids).title).toBe(
      'Виконання програми «Відкрита влада» по місту СЛОВ’ЯНСЬК за 1 півріччя 2017 року',
    );
  });

  it('gives each section’s table the section’s own title', () => {
    expect(report(two).sections[1].table.title).toBe(
      "6.5. Виконання заходів розділу «Фізична культура і спорт» по місту СЛОВ'ЯНСЬК за 1 півріччя 2017 року",
    );
  });

  it('puts each section’s narrative under its heading', () => {
    const built = report(two, new Map([['6.5', ['Проведено змагання.']]]));
    expect(built.sections.map((s) => s.narrative)).toEqual([[], ['Проведено змагання.']]);
  });

  it('ends with the summary over all sections', () => {
    expect(report(two).summary).toEqual(analyseProgramme(two).summary);
  });
});
