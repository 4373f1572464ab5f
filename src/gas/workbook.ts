// Finding and reading the measures tab and the settings tab of the open spreadsheet, then
// running the core on them. Apps Script adapter layer: a few batch reads, never per cell.
import type { Analysis } from '../core/analyse';
import { analyseWorkbook } from '../core/analyse';
import type { Grid } from '../core/grid';
import { findHeaderRow } from '../core/header';
import { SETTINGS_SHEET } from '../core/settings';
import { MARKS_SHEET } from './marks';
import { readGrid } from './read-sheet';
import { MEASURES_SHEET } from './setup-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PROBE_ROWS = 10;

/** Whether the first rows hold the "Зміст заходу" header: one small read per tab. */
const hasHeader = (sheet: Sheet): boolean => {
  const rows = Math.min(PROBE_ROWS, sheet.getLastRow());
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return false;
  const texts = sheet.getRange(1, 1, rows, cols).getDisplayValues();
  const grid: Grid = {
    name: '',
    rows: texts.map((r) => r.map((text) => ({ value: text, text }))),
    merges: [],
  };
  return findHeaderRow(grid) >= 0;
};

/** The measures tab: "Заходи", else the active tab, else the first tab with the header. */
export const findMeasuresSheet = (spreadsheet: Spreadsheet): Sheet | null => {
  const sheets = spreadsheet.getSheets();
  const name = (s: Sheet) => s.getName();
  const candidates = sheets.filter((s) => name(s) !== SETTINGS_SHEET && name(s) !== MARKS_SHEET);
  const active = spreadsheet.getActiveSheet();
  const ordered = [
    ...candidates.filter((s) => name(s) === MEASURES_SHEET),
    ...candidates.filter((s) => name(s) !== MEASURES_SHEET && name(s) === name(active)),
    ...candidates.filter((s) => name(s) !== MEASURES_SHEET && name(s) !== name(active)),
  ];
  return ordered.find(hasHeader) ?? null;
};

export interface ReadWorkbook {
  readonly analysis: Analysis;
  readonly sheet: Sheet | null;
}

export const analyseSpreadsheet = (spreadsheet: Spreadsheet): ReadWorkbook => {
  const sheet = findMeasuresSheet(spreadsheet);
  const settings = spreadsheet.getSheetByName(SETTINGS_SHEET);
  const grids = [
    sheet ? readGrid(sheet) : { name: MEASURES_SHEET, rows: [], merges: [] },
    ...(settings ? [readGrid(settings)] : []),
  ];
  return { analysis: analyseWorkbook(grids, { sheet: grids[0].name }), sheet };
};
