import ExcelJS from 'exceljs';
import { readXlsx, toCell } from '../../src/cli/read-xlsx';

const workbookBytes = async (fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Заходи'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe('toCell', () => {
  it.each([
    [28.8, { value: 28.8, text: '28,8' }],
    [1020.5, { value: 1020.5, text: '1020,5' }],
    ['Прес-служба', { value: 'Прес-служба', text: 'Прес-служба' }],
    [null, { value: '', text: '' }],
    [true, { value: true, text: 'TRUE' }],
    [
      { richText: [{ text: 'Всього ' }, { text: 'план' }] },
      { value: 'Всього план', text: 'Всього план' },
    ],
    [{ error: '#REF!' }, { value: '#REF!', text: '#REF!' }],
    [
      { formula: 'SUM(E4:E5)', result: 168.8 },
      { value: 168.8, text: '168,8' },
    ],
    [
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { value: '#DIV/0!', text: '#DIV/0!' },
    ],
    [new Date(Date.UTC(2017, 7, 28)), { value: { date: '2017-08-28' }, text: '28.08.2017' }],
  ])('%j', (raw, expected) => {
    expect(toCell(raw as ExcelJS.CellValue)).toEqual(expected);
  });
});

describe('readXlsx', () => {
  it('keeps a merge’s value in its top-left cell only, like Sheets', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(['Всього', '']);
      sheet.mergeCells('A1:B1');
    });
    const [grid] = await readXlsx(bytes);
    expect([grid.rows[0].map((c) => c.text), grid.merges]).toEqual([
      ['Всього', ''],
      [{ row: 0, col: 0, rows: 1, cols: 2 }],
    ]);
  });

  it('places cells at their columns and keeps empty rows as empty', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getCell('C1').value = 5;
      sheet.getCell('A3').value = 'x';
    });
    const [grid] = await readXlsx(bytes);
    expect(grid.rows.map((r) => r.map((c) => c.text))).toEqual([['', '', '5'], [], ['x']]);
  });
});

describe('readXlsx on a workbook written by exceljs', () => {
  const firstRow = async (fill: (sheet: ExcelJS.Worksheet) => void) =>
    (await readXlsx(await workbookBytes(fill)))[0].rows[0];

  it('shows a number with a decimal comma', async () => {
    const [a1] = await firstRow((sheet) => {
      sheet.getCell('A1').value = 28.8;
    });
    expect(a1).toEqual({ value: 28.8, text: '28,8' });
  });

  it('reads a date cell as its calendar date', async () => {
    const [a1] = await firstRow((sheet) => {
      sheet.getCell('A1').value = new Date(Date.UTC(2017, 6, 1));
      sheet.getCell('A1').numFmt = 'dd.mm.yyyy';
    });
    expect(a1).toEqual({ value: { date: '2017-07-01' }, text: '01.07.2017' });
  });

  it('reads a formula as its cached result', async () => {
    const [, b1] = await firstRow((sheet) => {
      sheet.getCell('A1').value = 14.4;
      sheet.getCell('B1').value = { formula: 'A1*2', result: 28.8 } as ExcelJS.CellValue;
    });
    expect(b1).toEqual({ value: 28.8, text: '28,8' });
  });

  it('reads a formula that failed as its error text', async () => {
    const [a1] = await firstRow((sheet) => {
      sheet.getCell('A1').value = {
        formula: 'B1/0',
        result: { error: '#DIV/0!' },
      } as ExcelJS.CellValue;
    });
    expect(a1).toEqual({ value: '#DIV/0!', text: '#DIV/0!' });
  });

  it('reads an error value as its text', async () => {
    const [a1] = await firstRow((sheet) => {
      sheet.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellValue;
    });
    expect(a1).toEqual({ value: '#REF!', text: '#REF!' });
  });

  it('blanks every cell of a vertical merge but its top one', async () => {
    const grid = (
      await readXlsx(
        await workbookBytes((sheet) => {
          sheet.getCell('A1').value = '№ з/п';
          sheet.mergeCells('A1:A2');
        }),
      )
    )[0];
    expect([grid.rows.map((r) => r[0]?.text), grid.merges]).toEqual([
      ['№ з/п', ''],
      [{ row: 0, col: 0, rows: 2, cols: 1 }],
    ]);
  });
});
