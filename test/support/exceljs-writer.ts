// The same tabs test/support/libreoffice.ts hands to Calc, written by exceljs instead: one
// description of a workbook, two writers, so a test can state that both read alike.
import ExcelJS from 'exceljs';
import type { FodsCell, FodsSheet } from './libreoffice';

/** OpenFormula "of:=[.E9]+[.F9]" as Excel writes it: "E9+F9". */
const excelFormula = (formula: string): string =>
  formula
    .replace(/^of:=/, '')
    .replace(/\[\.([A-Z]+\d+)(?::\.([A-Z]+\d+))?\]/g, (_, a, b) => (b ? `${a}:${b}` : a));

const isoToDate = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

const setCell = (sheet: ExcelJS.Worksheet, r: number, c: number, cell: FodsCell): void => {
  if (cell === null || cell === '' || (typeof cell === 'object' && 'covered' in cell)) return;
  const target = sheet.getCell(r + 1, c + 1);
  if (typeof cell !== 'object') {
    target.value = cell;
    return;
  }
  if (cell.formula) {
    target.value = {
      formula: excelFormula(cell.formula),
      result: cell.value ?? cell.text,
    } as ExcelJS.CellValue;
  } else if (cell.date !== undefined) {
    target.value = isoToDate(cell.date);
    target.numFmt = 'dd.mm.yyyy';
  } else target.value = cell.value ?? cell.text ?? null;
  if (cell.percent) target.numFmt = '0%';
  if ((cell.rows ?? 1) > 1 || (cell.cols ?? 1) > 1) {
    sheet.mergeCells(r + 1, c + 1, r + (cell.rows ?? 1), c + (cell.cols ?? 1));
  }
};

export const writeWithExceljs = async (sheets: readonly FodsSheet[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  for (const tab of sheets) {
    const sheet = workbook.addWorksheet(tab.name);
    tab.rows.forEach((row, r) => row.forEach((cell, c) => setCell(sheet, r, c, cell)));
    for (const r of tab.hiddenRows ?? []) sheet.getRow(r + 1).hidden = true;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
