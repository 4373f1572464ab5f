import { readXlsx } from '../../src/cli/read-xlsx';
import type { Analysis } from '../../src/core/analyse';
import { analyseWorkbook } from '../../src/core/analyse';
import { SAMPLE_PATH } from '../../scripts/make-sample';

let sample: Analysis;

beforeAll(async () => {
  sample = analyseWorkbook(await readXlsx(SAMPLE_PATH));
});

describe('the committed sample workbook', () => {
  it('is clean', () => {
    expect(sample.findings).toEqual([]);
  });

  it('prints the reference totals: 168,8 / 20 Всього, 88,8 / 20 бюджет міста, 80 / 0 інші джерела', () => {
    expect(sample.report.totals.cells).toEqual([
      '168,8 / 20',
      '-',
      '-',
      '88,8 / 20',
      '-',
      '80 / 0',
      'х',
    ]);
  });

  it('plans 11 measures: 7 carried out, 1 not yet due, 3 overdue', () => {
    expect(sample.counts).toEqual({
      planned: 11,
      executing: 7,
      notYetDue: 1,
      overdue: 3,
      unknownDeadline: 0,
    });
  });

  it('sums it up in the words of the reference narrative', () => {
    expect(sample.summary).toEqual([
      'Із 11 запланованих заходів виконувались 7. Термін виконання 1 заходу не настав. ' +
        'Не виконано в установлений термін 3 заходи (№ 7, 9 і 10).',
      'Фактично використано 20 тис. грн із 168,8 тис. грн запланованих (11,8 %).',
    ]);
  });

  it('keeps the bullet lines of measure 4', () => {
    expect(
      sample.report.rows[3].cells[1]
        .split('\n')
        .slice(1)
        .every((line) => line.startsWith('· ')),
    ).toBe(true);
  });
});
