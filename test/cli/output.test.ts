import { toJson } from '../../src/cli/output';
import { analyseProgramme } from '../../src/core/programme';
import { measuresGrid, settingsGrid } from '../support/grid-builders';

describe('toJson', () => {
  it('names the tab of a finding about a whole tab in a one-section workbook', () => {
    const programme = analyseProgramme([
      measuresGrid([{}]),
      { ...measuresGrid([{}], { name: 'Копія 2016' }), hidden: true },
      settingsGrid(),
    ]);
    expect(
      toJson(programme)
        .findings.filter((f) => f.code === 'hidden-sheet')
        .map((f) => f.cell),
    ).toEqual(["'Копія 2016'"]);
  });
});
