// The Apps Script figures `npm run bench` prints: the report counted as the sidebar makes it.
import { benchGas, benchLargestReport } from '../../scripts/bench-gas';

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

  it('counts the largest report the add-on makes, at 5 000 measures, with its largest Docs batch', () => {
    const [report] = benchLargestReport();
    expect([
      report.measures,
      report.action,
      report.largestBatch > 0 && report.largestBatch <= 500,
    ]).toEqual([5000, 'Сформувати звіт', true]);
  });
});
