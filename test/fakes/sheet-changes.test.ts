// The fakes' model of a sheet people change, and of a run cut at its time limit.
import { createFakeEnvironment, spreadsheetFromRows } from '.';

const env = () =>
  createFakeEnvironment({ spreadsheet: spreadsheetFromRows('Заходи', [['a'], ['b'], ['c']]) });

const column = (e: ReturnType<typeof env>) =>
  [1, 2, 3].map((r) => e.spreadsheet.getSheetsQuietly()[0].peek(r, 1)?.note ?? '');

describe('cells move with their rows', () => {
  it('deleting a row moves the notes below up', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetsQuietly()[0];
    sheet.cell(3, 1).note = 'моя';
    sheet.deleteRows(2, 1);
    expect(column(e)).toEqual(['', 'моя', '']);
  });

  it('sorting carries each cell’s note with its value', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetsQuietly()[0];
    sheet.cell(1, 1).note = 'при a';
    sheet.rangeOf({ row: 1, col: 1, rows: 3, cols: 1 }).sort({ column: 1, ascending: false });
    expect(column(e)).toEqual(['', '', 'при a']);
  });

  it('cut and paste leaves the source empty', () => {
    const e = env();
    const sheet = e.spreadsheet.getSheetsQuietly()[0];
    sheet
      .rangeOf({ row: 1, col: 1, rows: 1, cols: 1 })
      .moveTo(sheet.rangeOf({ row: 5, col: 2, rows: 1, cols: 1 }));
    expect([sheet.peek(1, 1)?.value ?? '', sheet.peek(5, 2)?.value]).toEqual(['', 'a']);
  });
});

describe('the time limit', () => {
  it('stops the run and refuses every later call, as if no catch or finally ran', () => {
    const e = env();
    e.limitTime(0.25);
    const app = e.globals.SpreadsheetApp;
    const attempts = Array.from({ length: 4 }, () => {
      try {
        app.getActiveSpreadsheet();
        return 'ok';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(attempts).toEqual([
      'ok',
      'ok',
      'Exceeded maximum execution time',
      'Exceeded maximum execution time',
    ]);
  });
});
