import ExcelJS from 'exceljs';
import { readXlsx, toCell } from '../../src/cli/read-xlsx';
import { xlsxByHand } from '../support/xlsx-by-hand';

const workbookBytes = async (fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Заходи'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const firstRowOf = async (fill: (sheet: ExcelJS.Worksheet) => void) =>
  (await readXlsx(await workbookBytes(fill)))[0].rows[0];

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

  it.each([
    ['0%', 0.5, '50%'],
    ['0.0%', 0.855, '85,5%'],
    ['0.00%;[Red]-0.00%', 1, '100,00%'],
  ])(
    'shows a number formatted %j as the percentage the sheet shows',
    async (numFmt, value, text) => {
      const [a1] = await firstRow((sheet) => {
        sheet.getCell('A1').value = value;
        sheet.getCell('A1').numFmt = numFmt;
      });
      expect(a1).toEqual({ value, text });
    },
  );

  it('keeps a quoted percent sign as text, not a percentage', async () => {
    const [a1] = await firstRow((sheet) => {
      sheet.getCell('A1').value = 28.8;
      sheet.getCell('A1').numFmt = '0.0" %"';
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

describe('readXlsx on formulas saved by other programs', () => {
  const row1 = async (cells: string) =>
    (await readXlsx(await xlsxByHand(`<row r="1">${cells}</row>`)))[0].rows[0];

  it.each([
    ['Excel: no type, result 0', '<c r="A1"><f>B1+C1</f><v>0</v></c>', { value: 0, text: '0' }],
    [
      'Google Sheets export: a style and result 0',
      '<c r="A1" s="0"><f>SUM(B1:C1)</f><v>0</v></c>',
      { value: 0, text: '0' },
    ],
    [
      'LibreOffice: t="n" and result 0',
      '<c r="A1" t="n"><f aca="false">B1+C1</f><v>0</v></c>',
      { value: 0, text: '0' },
    ],
    [
      'a FALSE result',
      '<c r="A1" t="b"><f>B1&gt;C1</f><v>0</v></c>',
      { value: false, text: 'FALSE' },
    ],
    ['an empty text result', '<c r="A1" t="str"><f>""</f><v></v></c>', { value: '', text: '' }],
    ['no result saved at all', '<c r="A1"><f>B1+C1</f></c>', { value: '', text: '' }],
  ])('%s', async (_, xml, expected) => {
    expect((await row1(xml))[0]).toEqual(expected);
  });

  it('reads a shared formula’s copies as their results, 0 included', async () => {
    const cells = await row1(
      '<c r="A1"><f t="shared" ref="A1:B1" si="0">C1*2</f><v>4</v></c>' +
        '<c r="B1"><f t="shared" si="0"/><v>0</v></c>',
    );
    expect(cells).toEqual([
      { value: 4, text: '4' },
      { value: 0, text: '0' },
    ]);
  });

  it('reads a formula showing 0 written by exceljs', async () => {
    const [a1] = await firstRowOf((sheet) => {
      sheet.getCell('A1').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellValue;
    });
    expect(a1).toEqual({ value: 0, text: '0' });
  });
});

describe('readXlsx hidden rows', () => {
  it('lists the rows exceljs marks hidden, 0-based', async () => {
    const [grid] = await readXlsx(
      await workbookBytes((sheet) => {
        for (const r of [1, 2, 3, 4]) sheet.getCell(`A${r}`).value = r;
        sheet.getRow(2).hidden = true;
        sheet.getRow(4).hidden = true;
      }),
    );
    expect(grid.hiddenRows).toEqual([1, 3]);
  });
});

describe('readXlsx hidden tabs', () => {
  it.each([
    ['visible', false],
    ['hidden', true],
    ['veryHidden', true],
  ] as const)('reads a tab whose state is %s as hidden: %s', async (state, hidden) => {
    const [grid] = await readXlsx(
      await workbookBytes((sheet) => {
        sheet.getCell('A1').value = 1;
        sheet.state = state;
      }),
    );
    expect(grid.hidden).toBe(hidden);
  });
});
