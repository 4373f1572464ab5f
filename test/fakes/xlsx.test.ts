// The sample workbook as a fake spreadsheet: tabs, shown numbers, merges of the header.
import { spreadsheetFromXlsx } from '.';

const sample = () => spreadsheetFromXlsx('samples/zvit-sample.xlsx');

describe('spreadsheetFromXlsx', () => {
  it('keeps the tabs in order', async () => {
    expect((await sample()).getSheets().map((s) => s.getName())).toEqual([
      'Заходи',
      'Налаштування',
    ]);
  });

  it('keeps the header merges', async () => {
    const sheet = (await sample()).getSheetByName('Заходи');
    const merges = sheet?.getRange(1, 1, 3, 18).getMergedRanges() ?? [];
    expect(merges.map((r) => r.getA1Notation()).sort()).toEqual([
      'A2:A3',
      'B2:B3',
      'C2:C3',
      'D2:D3',
      'E2:F2',
      'G2:H2',
      'I2:J2',
      'K2:L2',
      'M2:N2',
      'O2:P2',
      'Q2:Q3',
      'R2:R3',
    ]);
  });

  it('shows the section number as typed', async () => {
    const sheet = (await sample()).getSheetByName('Налаштування');
    const row = sheet
      ?.getDataRange()
      .getDisplayValues()
      .find((r) => r[0] === 'Номер розділу');
    expect(row?.[1]).toEqual('4.4');
  });
});
