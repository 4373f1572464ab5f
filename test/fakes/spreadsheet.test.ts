// The spreadsheet fake fails where Sheets fails: ranges, shapes, merges, formulas, display text.
import { spreadsheetFromRows } from '.';
import { THIS_REALM, createContext } from './context';
import { FakeSpreadsheet } from './spreadsheet';
import { thrown } from '../support/thrown';

const sheetOf = (rows: unknown[][] = []) => spreadsheetFromRows('Заходи', rows).getSheets()[0];

describe('getRange', () => {
  it('throws on 0 rows, the crash of a header without data rows', () => {
    expect(thrown(() => sheetOf().getRange(2, 1, 0, 3))).toEqual(
      'The number of rows in the range must be at least 1.',
    );
  });

  it('throws on 0 columns', () => {
    expect(thrown(() => sheetOf().getRange(1, 1, 1, 0))).toEqual(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('throws when the range leaves the grid', () => {
    expect(thrown(() => sheetOf().getRange(1000, 1, 2, 1))).toEqual(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('reaches new rows after insertRowsAfter', () => {
    const sheet = sheetOf();
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1001, 1, 5, 1).getA1Notation()).toEqual('A1001:A1005');
  });

  it('takes A1 notation', () => {
    expect(sheetOf().getRange('b2:c3').getA1Notation()).toEqual('B2:C3');
  });
});

describe('empty sheet', () => {
  it('has last row and column 0', () => {
    const sheet = sheetOf();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('has A1 as its data range', () => {
    expect(sheetOf().getDataRange().getA1Notation()).toEqual('A1');
  });
});

describe('setValues', () => {
  it('throws when the data has fewer rows than the range', () => {
    expect(
      thrown(() =>
        sheetOf()
          .getRange(1, 1, 2, 2)
          .setValues([[1, 2]]),
      ),
    ).toEqual(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });

  it('throws when a row has the wrong number of columns', () => {
    expect(
      thrown(() =>
        sheetOf()
          .getRange(1, 1, 1, 2)
          .setNotes([['a', 'b', 'c']]),
      ),
    ).toEqual(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('reads "28,8" as the number 28.8 in a uk_UA sheet', () => {
    const sheet = sheetOf();
    sheet.getRange('A1').setValue('28,8');
    expect(sheet.getRange('A1').getValue()).toEqual(28.8);
  });

  it('reads "28.8" as the date 28 August in a uk_UA sheet', () => {
    const sheet = sheetOf();
    sheet.getRange('A1').setValue('28.8');
    expect(sheet.getRange('A1').getDisplayValue()).toEqual(`28.08.${new Date().getFullYear()}`);
  });

  it('keeps "4.4" as text in a plain-text cell', () => {
    const sheet = sheetOf();
    sheet.getRange('A1').setNumberFormat('@').setValue('4.4');
    expect(sheet.getRange('A1').getValue()).toEqual('4.4');
  });
});

describe('getValues', () => {
  it('gives "" for empty cells and Dates for date cells', () => {
    const sheet = sheetOf([[1, '', new Date(2017, 6, 1)]]);
    const [[number, empty, date]] = sheet.getRange(1, 1, 1, 3).getValues();
    expect([number, empty, (date as Date).getMonth()]).toEqual([1, '', 6]);
  });

  it('builds Dates with the realm constructor', () => {
    class RealmDate extends Date {}
    const realm = { ...THIS_REALM, Date: () => RealmDate as DateConstructor };
    const spreadsheet = new FakeSpreadsheet({ context: createContext({ realm }) });
    spreadsheet.addSheet('A', [[new Date(2017, 0, 1)]]);
    expect(spreadsheet.getSheets()[0].getRange('A1').getValue()).toBeInstanceOf(RealmDate);
  });
});

describe('display values', () => {
  it('show a decimal comma in uk_UA', () => {
    expect(
      sheetOf([[28.8, 1020.5]])
        .getRange(1, 1, 1, 2)
        .getDisplayValues(),
    ).toEqual([['28,8', '1020,5']]);
  });

  it('show a decimal point in en_US', () => {
    const sheet = spreadsheetFromRows('A', [[28.8]], { locale: 'en_US' }).getSheets()[0];
    expect(sheet.getRange('A1').getDisplayValue()).toEqual('28.8');
  });

  it('follow "0.0##"', () => {
    const sheet = sheetOf([[28, 1.23456]]);
    const range = sheet.getRange(1, 1, 1, 2).setNumberFormat('0.0##');
    expect(range.getDisplayValues()).toEqual([['28,0', '1,235']]);
  });

  it('show dates as dd.MM.yyyy', () => {
    expect(
      sheetOf([[new Date(2017, 6, 1)]])
        .getRange('A1')
        .getDisplayValue(),
    ).toEqual('01.07.2017');
  });
});

describe('merges', () => {
  it('read "" outside the top-left cell', () => {
    const sheet = sheetOf([['top', 'right']]);
    sheet.getRange(1, 1, 1, 2).merge();
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['top', '']]);
  });

  it('lose values written outside the top-left cell', () => {
    const sheet = sheetOf();
    sheet.getRange(1, 1, 2, 1).mergeVertically();
    sheet.getRange(1, 1, 2, 1).setValues([['kept'], ['lost']]);
    expect(sheet.getRange(1, 1, 2, 1).getValues()).toEqual([['kept'], ['']]);
  });

  it('are listed by the range they touch', () => {
    const sheet = sheetOf();
    sheet.getRange(1, 1, 1, 2).mergeAcross();
    expect(
      sheet
        .getRange('B1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B1']);
  });

  // "merged cells that either are fully within the current range, or contain at least one cell
  // in the current range": https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()
  it('are listed whole by a range that cuts them', () => {
    const sheet = sheetOf();
    sheet.getRange('D4:D6').merge();
    expect(
      sheet
        .getRange('A5:D6')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['D4:D6']);
  });

  const after = (change: (sheet: ReturnType<typeof sheetOf>) => void): string[] => {
    const sheet = sheetOf();
    sheet.getRange('D4:D6').merge();
    change(sheet);
    return sheet
      .getRange('A1:Z20')
      .getMergedRanges()
      .map((r) => r.getA1Notation());
  };

  it.each<[string, (sheet: ReturnType<typeof sheetOf>) => void, string[]]>([
    ['move down with rows inserted above', (s) => s.insertRowsBefore(2, 2), ['D6:D8']],
    ['grow with a row inserted inside', (s) => s.insertRowsAfter(4, 1), ['D4:D7']],
    ['shrink with a row deleted inside', (s) => s.deleteRows(5, 1), ['D4:D5']],
    ['move up with rows deleted above', (s) => s.deleteRows(1, 2), ['D2:D4']],
    ['are gone when one cell is left', (s) => s.deleteRows(5, 2), []],
  ])('%s', (_, change, expected) => {
    expect(after(change)).toEqual(expected);
  });

  it('keep a range holding them from being sorted', () => {
    const sheet = sheetOf([['b'], ['a'], ['c']]);
    sheet.getRange('B1:B2').merge();
    expect(thrown(() => sheet.getRange('A1:B3').sort(1))).toEqual(
      'Cannot sort a range that contains merged cells.',
    );
  });

  it('refuse a merge that cuts through another one', () => {
    const sheet = sheetOf();
    sheet.getRange('A1:B1').merge();
    expect(thrown(() => sheet.getRange('B1:C1').merge())).toEqual(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
  });
});

describe('formulas', () => {
  it('compute SUM', () => {
    const sheet = sheetOf([[1], [2.5], ['x']]);
    sheet.getRange('A4').setFormula('=SUM(A1:A3)');
    expect(sheet.getRange('A4').getValue()).toEqual(3.5);
  });

  it('recompute SUM after a change', () => {
    const sheet = sheetOf([[1], [2], ['=SUM(A1:A2)']]);
    sheet.getRange('A1').setValue(10);
    expect(sheet.getRange('A3').getValue()).toEqual(12);
  });

  it('answer #NAME? for what the fake does not compute', () => {
    const sheet = sheetOf([['=AVERAGE(B1:B2)']]);
    expect(sheet.getRange('A1').getValues()).toEqual([['#NAME?']]);
  });

  it('come back from getFormulas', () => {
    expect(
      sheetOf([['=SUM(B1:B2)', 3]])
        .getRange(1, 1, 1, 2)
        .getFormulas(),
    ).toEqual([['=SUM(B1:B2)', '']]);
  });
});

describe('formats and notes', () => {
  it('default to white backgrounds and empty notes', () => {
    const range = sheetOf().getRange(1, 1, 1, 2);
    expect([range.getBackgrounds(), range.getNotes()]).toEqual([
      [['#ffffff', '#ffffff']],
      [['', '']],
    ]);
  });

  it.each([
    ['#fff', '#ffffff'],
    ['#F4C7C3', '#f4c7c3'],
    ['red', '#ff0000'],
  ])('read a background set as %s back as %s', (set, read) => {
    const range = sheetOf().getRange(1, 1);
    range.setBackground(set);
    expect(range.getBackground()).toEqual(read);
  });

  it('have no data validation until one is set', () => {
    expect(sheetOf().getRange(1, 1, 1, 2).getDataValidations()).toEqual([[null, null]]);
  });
});

describe('spreadsheet', () => {
  it('activates a new tab', () => {
    const spreadsheet = new FakeSpreadsheet();
    spreadsheet.addSheet('Заходи');
    spreadsheet.insertSheet('Zvit: позначки');
    expect(spreadsheet.getActiveSheet().getName()).toEqual('Zvit: позначки');
  });

  it('makes a new tab 1 000 rows by 26 columns, and no range reaches past them', () => {
    const sheet = new FakeSpreadsheet().insertSheet('Zvit: знімки');
    expect([
      sheet.getMaxRows(),
      sheet.getMaxColumns(),
      thrown(() => sheet.getRange(1, 1, 1001, 6)),
    ]).toEqual([1000, 26, 'The coordinates of the range are outside the dimensions of the sheet.']);
  });

  it('refuses a second tab of the same name', () => {
    const spreadsheet = spreadsheetFromRows('Заходи', []);
    expect(thrown(() => spreadsheet.insertSheet('Заходи'))).toEqual(
      'A sheet with the name "Заходи" already exists. Please enter another name.',
    );
  });

  it('refuses to rename a tab to another tab’s name', () => {
    const spreadsheet = spreadsheetFromRows('Заходи', []);
    const other = spreadsheet.insertSheet('Заходи 2017');
    expect(thrown(() => other.setName('Заходи'))).toEqual(
      'A sheet with the name "Заходи" already exists. Please enter another name.',
    );
  });

  it('is uk_UA unless told otherwise', () => {
    expect(new FakeSpreadsheet().getSpreadsheetLocale()).toEqual('uk_UA');
  });
});

describe('the 50 000 characters a cell holds', () => {
  it('refuses a longer text', () => {
    expect(thrown(() => sheetOf().getRange(1, 1).setValue('x'.repeat(50001)))).toEqual(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it('takes a text of exactly 50 000 characters', () => {
    const sheet = sheetOf();
    sheet.getRange(1, 1).setValue('x'.repeat(50000));
    expect(String(sheet.getRange(1, 1).getValue()).length).toBe(50000);
  });
});

describe('getSheetValues and getRangeList', () => {
  it('getSheetValues gives a block’s values as its range does, and refuses past the grid', () => {
    const sheet = sheetOf([
      ['№', 'Захід'],
      [1, 'перший'],
    ]);
    expect([
      sheet.getSheetValues(1, 1, 2, 2),
      thrown(() => sheet.getSheetValues(1, 1, 1001, 2)),
    ]).toEqual([
      [
        ['№', 'Захід'],
        [1, 'перший'],
      ],
      'The coordinates of the range are outside the dimensions of the sheet.',
    ]);
  });

  it('getSheetValues takes -1 rows and columns as far as the last row and column with data', () => {
    const sheet = sheetOf([
      ['№', 'Захід', ''],
      [1, 'перший', ''],
      ['', '', ''],
    ]);
    expect([sheet.getSheetValues(2, 1, -1, -1), sheet.getSheetValues(1, 2, 1, -1)]).toEqual([
      [[1, 'перший']],
      [['Захід']],
    ]);
  });

  it('a RangeList gives its ranges in order and sets one colour on all of them', () => {
    const sheet = sheetOf([['', '', '']]);
    const list = sheet.getRangeList(['A1', 'C1:C2']);
    list.setBackground('#f4c7c3');
    expect([
      list.getRanges().map((r) => r.getA1Notation()),
      sheet.getRange(1, 1, 2, 3).getBackgrounds(),
    ]).toEqual([
      ['A1', 'C1:C2'],
      [
        ['#f4c7c3', '#ffffff', '#f4c7c3'],
        ['#ffffff', '#ffffff', '#f4c7c3'],
      ],
    ]);
  });
});
