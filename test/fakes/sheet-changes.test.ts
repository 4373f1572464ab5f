// The fakes' model of a sheet people change, and of an execution: cut at its time limit, its
// locks released when it ends.
import type { FakeSheet } from '.';
import { createFakeEnvironment, spreadsheetFromRows } from '.';
import { thrown } from '../support/thrown';

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

describe('inserted rows take a neighbour row’s format, not its value or note', () => {
  /** Row 1 red with a note, row 2 green; the looks of rows 1–4 in column A after `change`. */
  const looks = (change: (sheet: FakeSheet) => void) => {
    const e = env();
    const sheet = e.spreadsheet.getSheetsQuietly()[0];
    Object.assign(sheet.cell(1, 1), { note: 'Zvit ▸ Помилка', background: '#f4c7c3' });
    sheet.cell(2, 1).background = '#d9ead3';
    change(sheet);
    return [1, 2, 3, 4].map((r) => {
      const d = sheet.peek(r, 1);
      return [d?.value ?? '', d?.note ?? '', d?.background ?? '#ffffff'];
    });
  };

  it.each<[string, (sheet: FakeSheet) => void, string[][]]>([
    [
      'after row 1: the row above’s colour',
      (s) => s.insertRowsAfter(1, 1),
      [
        ['a', 'Zvit ▸ Помилка', '#f4c7c3'],
        ['', '', '#f4c7c3'],
        ['b', '', '#d9ead3'],
        ['c', '', '#ffffff'],
      ],
    ],
    [
      'before row 2: the row above’s colour',
      (s) => s.insertRowsBefore(2, 1),
      [
        ['a', 'Zvit ▸ Помилка', '#f4c7c3'],
        ['', '', '#f4c7c3'],
        ['b', '', '#d9ead3'],
        ['c', '', '#ffffff'],
      ],
    ],
    [
      'before row 1: the row below’s colour',
      (s) => s.insertRowsBefore(1, 1),
      [
        ['', '', '#f4c7c3'],
        ['a', 'Zvit ▸ Помилка', '#f4c7c3'],
        ['b', '', '#d9ead3'],
        ['c', '', '#ffffff'],
      ],
    ],
  ])('%s', (_, change, expected) => {
    expect(looks(change)).toEqual(expected);
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

describe('an execution', () => {
  /** A run that takes the document lock and never lets go of it. */
  const keepLock = (e: ReturnType<typeof env>) => () => {
    e.globals.LockService.getDocumentLock().tryLock(1000);
    e.globals.SpreadsheetApp.getActiveSpreadsheet();
    e.globals.SpreadsheetApp.getActiveSpreadsheet();
  };

  it('releases the locks it still holds when it ends', () => {
    const e = env();
    e.run(keepLock(e));
    expect(e.locks.isHeld('document')).toBe(false);
  });

  it('releases them when stopped at its time limit too', () => {
    const e = env();
    e.limitTime(0.25);
    const stop = thrown(() => e.run(keepLock(e)));
    expect([stop, e.locks.isHeld('document')]).toEqual(['Exceeded maximum execution time', false]);
  });

  it('stopped at its time limit lets go of its locks at once, even called outside a run', () => {
    const e = env();
    e.limitTime(0.25);
    thrown(keepLock(e));
    expect(e.locks.isHeld('document')).toBe(false);
  });

  it('leaves a lock another user holds', () => {
    const e = env();
    e.locks.holdByOtherUser('document');
    e.run(() => e.globals.LockService.getDocumentLock().tryLock(1000));
    expect(e.locks.isHeld('document')).toBe(true);
  });

  it('starts its own clock: the run after a stopped one runs', () => {
    const e = env();
    e.limitTime(0.25);
    thrown(() => e.run(keepLock(e)));
    expect(thrown(() => e.run(() => e.globals.SpreadsheetApp.getActiveSpreadsheet()))).toEqual(
      'no error',
    );
  });
});
