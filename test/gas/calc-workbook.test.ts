// A workbook written by LibreOffice Calc (merged header, a person's note, a date term, a bad
// amount) in the add-on: check, then Зняти позначки, leaves every cell as it was.
import type { FodsCell } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';
import { generatedRow } from '../../scripts/bench-offline';
import { HEADER_SIDES, HEADER_TOP, SAMPLE_SETTINGS } from '../../scripts/make-sample';
import type { FakeEnvironment } from '../fakes';
import { createFakeEnvironment, spreadsheetFromXlsx } from '../fakes';

/** The template header with its merges: single columns over two rows, sources across план/факт. */
const header = (): FodsCell[][] => {
  const top: FodsCell[] = [];
  const sides: FodsCell[] = [];
  HEADER_TOP.forEach((label, c) => {
    if (label === '') top.push({ covered: true });
    else if (HEADER_SIDES[c] === '') top.push({ text: label, rows: 2 });
    else top.push({ text: label, cols: 2 });
    sides.push(HEADER_SIDES[c] === '' ? { covered: true } : HEADER_SIDES[c]);
  });
  return [top, sides];
};

const measures = (): FodsCell[][] =>
  Array.from({ length: 6 }, (_, i) => {
    const row: FodsCell[] = generatedRow(i);
    if (i === 1) row[10] = { text: 'двадцять', note: 'уточнити в бухгалтерії' };
    if (i === 2) row[2] = { date: '2017-06-15', text: '15.06.2017' };
    return row;
  });

/** Value, note and background of every cell that is not blank, on every tab. */
const seen = (env: FakeEnvironment): string =>
  JSON.stringify(
    env.spreadsheet.getSheetsQuietly().map((sheet) => [
      sheet.name,
      [...sheet.cells.entries()]
        .sort(([a], [b]) => a - b)
        .filter(([, d]) => d.value !== '' || d.note !== '' || d.background !== '#ffffff')
        .map(([key, d]) => [key, d.value, d.note, d.background]),
    ]),
  );

describeWithCalc('a workbook written by LibreOffice Calc', () => {
  let path = '';
  beforeAll(() => {
    path = writeWithCalc([
      { name: 'Заходи', rows: [['Виконання заходів'], ...header(), ...measures()] },
      {
        name: 'Налаштування',
        rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS.map((r) => [...r])],
      },
    ]);
  }, 180000);

  const load = async () => {
    const env = createFakeEnvironment({ spreadsheet: await spreadsheetFromXlsx(path) });
    return { env, scope: env.load('dist') };
  };

  it('marks the bad amount and keeps the person’s note under the mark', async () => {
    const { env, scope } = await load();
    scope.sidebarCheck();
    const cell = env.spreadsheet.getSheetsQuietly()[0].peek(5, 11)!;
    expect([cell.background, cell.note.endsWith('\nуточнити в бухгалтерії')]).toEqual([
      '#f4c7c3',
      true,
    ]);
  });

  it('check then Зняти позначки leaves every cell as it was, the person’s note included', async () => {
    const { env, scope } = await load();
    const before = seen(env);
    scope.sidebarCheck();
    scope.clearMarksNow();
    expect(seen(env)).toBe(before);
  });
});
