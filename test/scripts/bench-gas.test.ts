// The Apps Script figures `npm run bench` prints: the report counted as the sidebar makes it.
import type { GasFigures } from '../../scripts/bench-gas';
import { benchGas, benchLargestReport, verdictOf } from '../../scripts/bench-gas';

describe('the Apps Script bench', () => {
  it('counts the report in its three cases, without and with a Пояснення tab, each within 40 service calls', () => {
    const reports = benchGas([10]).filter((f) => f.largestBatch > 0);
    expect(reports.map((f) => [f.action, f.serviceCalls <= 40])).toEqual([
      ['Сформувати звіт', true],
      ['Звіт знову, заміна', true],
      ['Наступний період', true],
      ['Сформувати звіт + Пояснення', true],
      ['Звіт знову, заміна + Пояснення', true],
      ['Наступний період + Пояснення', true],
    ]);
  });

  it('holds a check after a report with marks in two rows far apart to 20 service calls, and to 20 + the Пояснення tab’s 4 reads with one', () => {
    const checks = benchGas([10]).filter((f) => f.action.startsWith('Перевірити дані після'));
    expect(checks.map((f) => [f.action, verdictOf(f)])).toEqual([
      ['Перевірити дані після звіту, 2 рядки', '≤20 так'],
      // Its name, size, range and notes: «A Пояснення tab is a tab of its own» in decisions.
      ['Перевірити дані після звіту, 2 рядки + Пояснення', '≤20+4 так'],
    ]);
  });

  it('judges a programme’s action by its calls per tab and the limits of one run', () => {
    const figures = (estimateS: number): GasFigures => ({
      measures: 1000,
      action: 'Сформувати звіт (20×50)',
      calls: 250,
      serviceCalls: 230,
      estimateS,
      largestBatch: 500,
      byMethod: {},
    });
    expect([verdictOf(figures(39)), verdictOf(figures(400))]).toEqual([
      '11.5/арк. так',
      '11.5/арк. НІ',
    ]);
  });

  it('counts the largest report the add-on makes, at 5 000 measures, with its largest Docs batch', () => {
    const [report] = benchLargestReport();
    expect([
      report.measures,
      report.action,
      report.largestBatch > 0 && report.largestBatch <= 500,
    ]).toEqual([5000, 'Сформувати звіт', true]);
  });
});
