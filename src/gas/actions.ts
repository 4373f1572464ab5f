// What each menu item and sidebar call does, over the services it is handed. Apps Script
// adapter layer: the core does the thinking; this reads once, writes once, and reports.
import type { Analysis } from '../core/analyse';
import { checkEditedRows } from '../core/analyse';
import type { Finding } from '../core/findings';
import type { Cell, Grid } from '../core/grid';
import { findHeader } from '../core/header';
import { echoPeriod as echoPeriodText } from '../core/period-echo';
import type { SettingKey } from '../core/settings';
import { SETTING_KEYS, SETTING_LABELS, SETTINGS_SHEET, readSettings } from '../core/settings';
import type {
  CheckView,
  PeriodEcho,
  SettingsView,
  SummaryView,
  SubmissionsView,
} from '../shared/api';
import type { MarkCount } from './marks';
import { addCounts, replaceMarks } from './marks';
import type { DateReader } from './read-sheet';
import { dateReader, readGrid, toCellValue } from './read-sheet';
import type { RangeApi, Services, SpreadsheetApi } from './services';
import { activeSpreadsheet } from './services';
import { toCheckView, toSubmissionsView, toSummaryView } from '../shared/views';
import type { ReadWorkbook } from './workbook';
import { analyseSpreadsheet } from './workbook';
import { analysisSincePrevious, SNAPSHOT_SHEET } from './snapshots';
import { writeTotalsRow } from './totals-row';
import type { ReportModel } from '../core/report-model';

const LOCK_WAIT_MS = 2000;
/** The header is looked for in the first 10 rows (SPEC §2.1). */
const EDIT_PROBE_ROWS = 10;

/** How long an action waits for another run on this file to finish (simple triggers: 30 s). */
const EDIT_LOCK_WAIT_MS = 10000;
const BUSY =
  'Цю таблицю саме перевіряє або змінює інша дія Zvit. Зачекайте кілька секунд і спробуйте знову.';

/**
 * Runs `action` holding the document lock: every read-change-write of the marks and the ВСЬОГО
 * row, so two runs on one file (two quick edits, two departments) never overwrite each other.
 * The lock needs no authorisation, so onEdit takes it too.
 */
const withDocumentLock = <T>(services: Services, waitMs: number, action: () => T): T => {
  const lock = services.LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) throw new Error(BUSY);
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
};

const readWorkbook = (services: Services): { spreadsheet: SpreadsheetApi; read: ReadWorkbook } => {
  const spreadsheet = activeSpreadsheet(services);
  return {
    spreadsheet,
    read: analyseSpreadsheet(spreadsheet, dateReader(spreadsheet, services.Utilities)),
  };
};

/**
 * Takes every mark off every tab and marks `findings` instead. The measures and settings tabs
 * reuse the data ranges already read; other tabs are looked at too, since a marked cell may
 * have been cut and pasted there.
 */
const remark = (read: ReadWorkbook, findings: readonly Finding[]): MarkCount =>
  read.tabs.reduce(
    (count, { sheet, name }) => {
      // The hidden snapshots tab is Zvit's own: nothing on it is ever marked.
      if (name === SNAPSHOT_SHEET) return count;
      const range: RangeApi = read.reads.get(sheet)?.range ?? sheet.getDataRange();
      const own = findings.filter((f) => f.sheet === name);
      return addCounts(count, replaceMarks(sheet, range, 0, 0, own));
    },
    { marked: 0, cleared: 0 } as MarkCount,
  );

export const runCheck = (services: Services): CheckView =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const { read } = readWorkbook(services);
    const analysis = analysisSincePrevious(read);
    const { marked } = remark(read, analysis.findings);
    return toCheckView(analysis, marked);
  });

/**
 * Takes every Zvit mark off every tab, over each tab's whole grid (a marked cell may have been
 * cut and pasted outside the table); returns how many cells were marked.
 */
export const runClearMarks = (services: Services): number =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const sheets = activeSpreadsheet(services).getSheets();
    return sheets.reduce((cleared, sheet) => {
      const grid = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
      return cleared + replaceMarks(sheet, grid, 0, 0, []).cleared;
    }, 0);
  });

export const runTotals = (services: Services): SummaryView =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const { read } = readWorkbook(services);
    const { analysis, sheet } = read;
    const width = sheet ? (read.reads.get(sheet)?.cols ?? 0) : 0;
    const row =
      sheet && analysis.table
        ? writeTotalsRow(sheet, analysis.table.header, analysis.table, width)
        : 0;
    return toSummaryView(analysis, row);
  });

export const runSummary = (services: Services): SummaryView =>
  toSummaryView(readWorkbook(services).read.analysis, 0);

export const runPreview = (services: Services): ReportModel =>
  readWorkbook(services).read.analysis.report;

export const runSubmissions = (services: Services): SubmissionsView =>
  toSubmissionsView(readWorkbook(services).read.analysis);

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
export const readForReport = (
  services: Services,
): { analysis: Analysis; mark: () => number; read: ReadWorkbook; spreadsheet: SpreadsheetApi } => {
  const { spreadsheet, read } = readWorkbook(services);
  return {
    analysis: read.analysis,
    mark: () => remark(read, read.analysis.findings).marked,
    read,
    spreadsheet,
  };
};

export const echoPeriod = (text: string): PeriodEcho => echoPeriodText(text);

const settingsView = (values: Record<SettingKey, string>): SettingsView => ({
  values,
  labels: SETTING_LABELS,
  periodEcho: echoPeriod(values.period),
});

export const loadSettings = (services: Services): SettingsView => {
  const spreadsheet = activeSpreadsheet(services);
  const sheet = spreadsheet.getSheetByName(SETTINGS_SHEET);
  const settings = readSettings(
    sheet
      ? readGrid(sheet, SETTINGS_SHEET, dateReader(spreadsheet, services.Utilities))
      : undefined,
  );
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
  const current = readSettings(
    readGrid(sheet, SETTINGS_SHEET, dateReader(spreadsheet, services.Utilities)),
  );
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
 * onEdit: checks just the edited rows and replaces their marks, holding the document lock so an
 * overlapping run (another quick edit) cannot write over this one with what it read earlier. A
 * handful of calls whatever the size of the sheet, and only services a simple trigger may use.
 * Returns the number of marked cells in those rows, or -1 when the edit is not on a measures tab.
 */
export const checkEdit = (
  services: Pick<Services, 'LockService' | 'Utilities'>,
  spreadsheet: SpreadsheetApi,
  range: RangeApi,
): number => {
  const lock = services.LockService.getDocumentLock();
  // Past the wait the edit stays unchecked; the next check from the menu covers it.
  if (!lock.tryLock(EDIT_LOCK_WAIT_MS)) return -1;
  try {
    return checkEditedRange(range, dateReader(spreadsheet, services.Utilities));
  } finally {
    lock.releaseLock();
  }
};

const checkEditedRange = (range: RangeApi, readDate: DateReader): number => {
  const sheet = range.getSheet();
  const name = sheet.getName();
  if (name === SETTINGS_SHEET) return -1;
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
  const editedRow = range.getRow() - 1;
  const top = Math.max(editedRow, header.header.dataRow);
  const bottom = Math.min(editedRow + range.getNumRows(), lastRow);
  if (bottom <= top) return 0;
  const block = sheet.getRange(top + 1, 1, bottom - top, lastColumn);
  const values = block.getValues();
  const texts = block.getDisplayValues();
  const rows: Cell[][] = headerRows.slice(0, header.header.dataRow);
  while (rows.length < top) rows.push([]);
  values.forEach((row, r) =>
    rows.push(row.map((value, c) => ({ value: toCellValue(value, readDate), text: texts[r][c] }))),
  );
  const findings = (checkEditedRows({ name, rows, merges: [] }) ?? []).filter(
    (f) => f.row >= top && f.row < bottom,
  );
  return replaceMarks(sheet, block, top, 0, findings).marked;
};
