// What each menu item and sidebar call does, over the services it is handed. Apps Script
// adapter layer: the core does the thinking; this reads once, writes once, and reports.
import type { Analysis } from '../core/analyse';
import { checkEditedRows } from '../core/analyse';
import type { Cell, Grid } from '../core/grid';
import { findHeader } from '../core/header';
import { parsePeriod } from '../core/period';
import type { SettingKey } from '../core/settings';
import { SETTING_KEYS, SETTING_LABELS, SETTINGS_SHEET, readSettings } from '../core/settings';
import type {
  CheckView,
  PeriodEcho,
  SettingsView,
  SummaryView,
  SubmissionsView,
} from '../shared/api';
import { clearMarks, MARKS_SHEET, markFindings, markRows } from './marks';
import { readGrid, toCellValue } from './read-sheet';
import type { Services } from './services';
import { activeSpreadsheet } from './services';
import { toCheckView, toSubmissionsView, toSummaryView } from '../shared/views';
import { analyseSpreadsheet } from './workbook';
import { writeTotalsRow } from './totals-row';
import type { ReportModel } from '../core/report-model';

/** The header is looked for in the first 10 rows (SPEC §2.1). */
const EDIT_PROBE_ROWS = 10;

export const runCheck = (services: Services): CheckView => {
  const spreadsheet = activeSpreadsheet(services);
  const { analysis } = analyseSpreadsheet(spreadsheet);
  const marked = markFindings(spreadsheet, analysis.findings);
  return toCheckView(analysis, marked);
};

export const runClearMarks = (services: Services): number =>
  clearMarks(activeSpreadsheet(services));

export const runTotals = (services: Services): SummaryView => {
  const { analysis, sheet } = analyseSpreadsheet(activeSpreadsheet(services));
  const row =
    sheet && analysis.table
      ? writeTotalsRow(sheet, analysis.table.header, analysis.table, sheet.getLastColumn())
      : 0;
  return toSummaryView(analysis, row);
};

export const runSummary = (services: Services): SummaryView =>
  toSummaryView(analyseSpreadsheet(activeSpreadsheet(services)).analysis, 0);

export const runPreview = (services: Services): ReportModel =>
  analyseSpreadsheet(activeSpreadsheet(services)).analysis.report;

export const runSubmissions = (services: Services): SubmissionsView =>
  toSubmissionsView(analyseSpreadsheet(activeSpreadsheet(services)).analysis);

export const selectCell = (services: Services, sheetName: string, a1: string): void => {
  const sheet = activeSpreadsheet(services).getSheetByName(sheetName);
  if (!sheet) throw new Error(`Аркуша «${sheetName}» більше немає в таблиці.`);
  sheet.activate();
  if (a1) sheet.getRange(a1).activate();
};

/**
 * For the report steps: the analysis of the open spreadsheet, and `mark` to mark its findings on
 * the cells as a check does (a refused report shows them where they are).
 */
export const readForReport = (services: Services): { analysis: Analysis; mark: () => number } => {
  const spreadsheet = activeSpreadsheet(services);
  const { analysis } = analyseSpreadsheet(spreadsheet);
  return { analysis, mark: () => markFindings(spreadsheet, analysis.findings) };
};

const formatIsoDate = (iso: string): string => iso.split('-').reverse().join('.');

export const echoPeriod = (text: string): PeriodEcho => {
  if (text.trim() === '')
    return { ok: false, text: 'Вкажіть звітний період, наприклад «9 місяців 2016 року».' };
  const period = parsePeriod(text);
  return period
    ? { ok: true, text: `кінець періоду: ${formatIsoDate(period.end)}` }
    : {
        ok: false,
        text: 'Не вдалося прочитати період. Напишіть, наприклад, «І квартал 2017 року», «1 півріччя 2017 року» або «2016 рік».',
      };
};

const settingsView = (values: Record<SettingKey, string>): SettingsView => ({
  values,
  labels: SETTING_LABELS,
  periodEcho: echoPeriod(values.period),
});

export const loadSettings = (services: Services): SettingsView => {
  const sheet = activeSpreadsheet(services).getSheetByName(SETTINGS_SHEET);
  const settings = readSettings(sheet ? readGrid(sheet) : undefined);
  return settingsView(
    Object.fromEntries(SETTING_KEYS.map((key) => [key, settings[key].value])) as Record<
      SettingKey,
      string
    >,
  );
};

/** Writes each value beside its parameter (at most six cells); other rows stay as typed. */
export const saveSettings = (
  services: Services,
  values: Readonly<Record<SettingKey, string>>,
): SettingsView => {
  const spreadsheet = activeSpreadsheet(services);
  const sheet =
    spreadsheet.getSheetByName(SETTINGS_SHEET) ?? spreadsheet.insertSheet(SETTINGS_SHEET);
  const current = readSettings(readGrid(sheet));
  const clean = Object.fromEntries(
    SETTING_KEYS.map((k) => [k, String(values[k] ?? '').trim()]),
  ) as Record<SettingKey, string>;
  const missing = SETTING_KEYS.filter((key) => current[key].row < 0);
  for (const key of SETTING_KEYS.filter((k) => current[k].row >= 0)) {
    // Plain text: in a uk_UA sheet "4.4" typed as a number turns into the date 4 April.
    sheet
      .getRange(current[key].row + 1, 2)
      .setNumberFormat('@')
      .setValue(clean[key]);
  }
  if (missing.length > 0) {
    const top = sheet.getLastRow() === 0 ? [['Параметр', 'Значення']] : [];
    const rows = [...top, ...missing.map((key) => [SETTING_LABELS[key], clean[key]])];
    sheet
      .getRange(sheet.getLastRow() + 1, 1, rows.length, 2)
      .setNumberFormat('@')
      .setValues(rows);
  }
  return settingsView(clean);
};

/**
 * onEdit: checks just the edited rows and replaces their marks. A handful of calls whatever the
 * size of the sheet; only SpreadsheetApp (a simple trigger may not use anything that needs
 * authorisation). Returns the number of marked cells in those rows, or -1 when the edit is not
 * on a measures tab.
 */
export const checkEdit = (
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  range: GoogleAppsScript.Spreadsheet.Range,
): number => {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (name === SETTINGS_SHEET || name === MARKS_SHEET) return -1;
  const lastColumn = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  if (lastColumn === 0 || lastRow === 0) return -1;
  const probe = sheet
    .getRange(1, 1, Math.min(EDIT_PROBE_ROWS, lastRow), lastColumn)
    .getDisplayValues();
  const headerRows: Cell[][] = probe.map((row) => row.map((text) => ({ value: text, text })));
  const headerGrid: Grid = { name, rows: headerRows, merges: [] };
  const header = findHeader(headerGrid);
  if (header.kind !== 'found') return -1;
  const top = Math.max(range.getRow() - 1, header.header.dataRow);
  const bottom = Math.min(range.getRow() - 1 + range.getNumRows(), lastRow);
  if (bottom <= top) return 0;
  const block = sheet.getRange(top + 1, 1, bottom - top, lastColumn);
  const values = block.getValues();
  const texts = block.getDisplayValues();
  const rows: Cell[][] = headerRows.slice(0, header.header.dataRow);
  while (rows.length < top) rows.push([]);
  values.forEach((row, r) =>
    rows.push(row.map((value, c) => ({ value: toCellValue(value), text: texts[r][c] }))),
  );
  const findings = checkEditedRows({ name, rows, merges: [] }) ?? [];
  return markRows(spreadsheet, name, top, bottom - top, findings);
};
