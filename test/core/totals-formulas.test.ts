import { analyseWorkbook } from '../../src/core/analyse';
import { planTotalsRow } from '../../src/core/totals-formulas';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const table = analyseWorkbook([measuresGrid(SEED_MEASURES), settingsGrid()]).table!;

describe('planTotalsRow', () => {
  const plan = planTotalsRow(table.header, table, 18)!;

  it('puts ВСЬОГО right under the last measure', () => {
    expect(plan.row).toBe(Math.max(...table.measures.map((m) => m.row)) + 1);
  });

  it('sums each amount column from the first data row to the row above', () => {
    const from = table.header.dataRow + 1;
    expect(plan.formulas[0]).toBe(`=SUM(E${from}:E${plan.row})`);
  });

  it('labels the number column', () => {
    expect(plan.labels[table.header.fields.number ?? 0]).toBe('ВСЬОГО:');
  });

  it('plans nothing without measures', () => {
    expect(planTotalsRow(table.header, { ...table, measures: [] }, 18)).toBeNull();
  });
});
