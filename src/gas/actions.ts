// What each menu item and sidebar call does, over the services it is handed. Apps Script
// adapter layer: the core does the thinking; this reads once, writes once, and reports.
import { checkEditedRows } from '../core/analyse';
import type { Finding } from '../core/findings';
import { SEVERITY } from '../core/findings';
import type { Cell, Grid } from '../core/grid';
import { fromA1, toA1 } from '../core/grid';
import { LOCK_WAIT_MS, withDocumentLock } from './document-lock';
import type { Header } from '../core/header';
import { findHeader, HEADER_SCAN_ROWS, MAX_HEADER_ROWS } from '../core/header';
import { cellsMergesCouldFill } from '../core/measures';
import { echoPeriod as echoPeriodText } from '../core/period-echo';
import type { SettingKey } from '../core/settings';
import { SETTING_KEYS, SETTING_LABELS, SETTINGS_SHEET, readSettings } from '../core/settings';
import type {
  CheckView,
  ClearView,
  FindingRef,
  PeriodEcho,
  SettingsView,
  SummaryView,
} from '../shared/api';
import { markLines, strayMarkFinding } from '../core/mark-plan';
import { clearMarks, replaceMarks } from './marks';
import type { DateReader } from './read-sheet';
import { blockOf, cellsOf, dateReader, readGrid, readMerges, wholeGrid } from './read-sheet';
import type { RangeApi, Services, SheetApi, SpreadsheetApi } from './services';
import { activeSpreadsheet } from './services';
import { sheetGoneMessage, toProgrammeCheckView, toProgrammeSummaryView } from '../shared/views';
import { isNarrativeGrid } from '../core/programme';
import type { ProgrammeReport } from '../core/programme-report';
import { buildProgrammeReport, programmePreview } from '../core/programme-report';
import type { ReadOptions, ReadWorkbook } from './workbook';
import { analyseSpreadsheet } from './workbook';
import { programmeSincePrevious, SNAPSHOT_SHEET } from './snapshots';
import { writeTotalsRow } from './totals-row';
import type { ReportModel } from '../core/report-model';

/**
 * The header is looked for in the first HEADER_SCAN_ROWS rows (SPEC §2.1); the probe holds the
 * tallest header starting on the last of them and the row after it, where the data starts.
 */
const EDIT_PROBE_ROWS = HEADER_SCAN_ROWS + MAX_HEADER_ROWS + 1;

/** How long an action waits for another run on this file to finish (simple triggers: 30 s). */
const EDIT_LOCK_WAIT_MS = 10000;

const readWorkbook = (
  services: Services,
  options: ReadOptions = {},
): { spreadsheet: SpreadsheetApi; read: ReadWorkbook } => {
  const spreadsheet = activeSpreadsheet(services);
  return {
    spreadsheet,
    read: analyseSpreadsheet(spreadsheet, dateReader(spreadsheet, services.Utilities), options),
  };
};

/**
 * Takes every mark off the tabs read and marks `findings` instead, each on its own tab. The
 * ranges already read are reused: a check reads each tab's whole grid (the settings their data
 * range), since a cleared value leaves its mark beside or below the data range; a check of the
 * whole programme has read every tab but the narrative, since a marked cell may have been cut
 * and pasted to a tab that is no section. The narrative is never marked (no check reads its
 * values), but a check (`clearStrays`) takes the marks pasted onto it off. `clearStrays` takes
 * stray marks off too; each is returned as a finding to show (see strayMarkFinding).
 */
const remark = (
  read: ReadWorkbook,
  findings: readonly Finding[],
  clearStrays = false,
): { marked: number; strays: Finding[] } =>
  read.tabs.reduce<{ marked: number; strays: Finding[] }>(
    (count, { sheet, name }) => {
      // The hidden snapshots tab is Zvit's own: nothing on it is ever marked.
      if (name === SNAPSHOT_SHEET) return count;
      // A tab the check did not read (the narrative): a marked cell cut and pasted there keeps
      // its mark until a check takes it off, over its whole grid (the mark of an empty required
      // cell carries no value), in three calls and only with a tab of that kind.
      const range =
        read.reads.get(sheet)?.range ??
        (clearStrays && isNarrativeGrid({ name, rows: [], merges: [] })
          ? wholeGrid(sheet)
          : undefined);
      if (!range) return count;
      const own = findings.filter((f) => f.sheet === name);
      const done = replaceMarks(sheet, range, 0, 0, own, clearStrays);
      return {
        marked: count.marked + done.marked,
        strays: [
          ...count.strays,
          ...done.strays.map(({ row, col }) => strayMarkFinding(name, row, col)),
        ],
      };
    },
    { marked: 0, strays: [] },
  );

/**
 * `activeOnly`: only the active tab; otherwise every section tab (SPEC §7). The Пояснення tab's
 * values are not read («Чернетка пояснень» names its rows that name no section); only its notes,
 * for a mark pasted there.
 */
export const runCheck = (services: Services, activeOnly = false): CheckView =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const { read } = readWorkbook(services, { activeOnly, wholeTabs: true, narrative: false });
    const { programme } = programmeSincePrevious(read, activeOnly);
    // Stray marks come off here, where the check's list can say where: nothing a person may
    // have set changes unsaid.
    const { marked, strays } = remark(read, programme.findings, true);
    return toProgrammeCheckView(
      { ...programme, findings: [...programme.findings, ...strays] },
      marked,
    );
  });

/**
 * Takes every Zvit mark off every tab, over each tab's whole grid (a marked cell may have been
 * cut and pasted outside the table), stray marks too; says how many marks were restored from
 * their notes and which cells lost a mark's colour that had no note (the name of a tab costs a
 * call, asked only for those).
 */
export const runClearMarks = (services: Services): ClearView =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const sheets = activeSpreadsheet(services).getSheets();
    return sheets.reduce(
      (view, sheet) => {
        const { cleared, strays } = clearMarks(sheet, wholeGrid(sheet));
        const cells = strays.map(({ row, col }) => toA1(row, col));
        return {
          restored: view.restored + cleared,
          colourLeft:
            cells.length > 0
              ? [...view.colourLeft, { sheet: sheet.getName(), cells }]
              : view.colourLeft,
        };
      },
      { restored: 0, colourLeft: [] } as ClearView,
    );
  });

/**
 * Writes the ВСЬОГО row of each section tab (or of the active tab only). The view is of the
 * table as it now is without reading it again: a typed ВСЬОГО row just rewritten holds formulas
 * over the measures, so what was found on it (a total that does not agree, a figure that is
 * not a number) is gone.
 */
export const runTotals = (services: Services, activeOnly = false): SummaryView =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
    const { read } = readWorkbook(services, { activeOnly, narrative: false });
    const { programme } = read;
    const rewritten: { sheet: string; row: number }[] = [];
    const rows = programme.sections.map((section) => {
      const { table, sheet: name } = section.analysis;
      const tab = read.tabs.find((t) => t.name === name);
      const width = tab ? (read.reads.get(tab.sheet)?.cols ?? 0) : 0;
      const row = tab && table ? writeTotalsRow(tab.sheet, table.header, table, width) : 0;
      // 0-based, as findings count rows; a row inserted for ВСЬОГО replaced nothing.
      if (table?.declared.some((d) => d.row === row - 1))
        rewritten.push({ sheet: name, row: row - 1 });
      return { sheet: name, row };
    });
    const errors = programme.findings.filter(
      (f) =>
        f.severity === SEVERITY.error &&
        !rewritten.some((r) => r.sheet === f.sheet && r.row === f.row),
    ).length;
    // Not a spread of the programme: its departments are made when first read.
    return { ...toProgrammeSummaryView(programme, rows), errors };
  });

export const runSummary = (services: Services, activeOnly = false): SummaryView =>
  toProgrammeSummaryView(
    readWorkbook(services, { activeOnly, narrative: false }).read.programme,
    [],
  );

/** The report as the page previews it: one section's table, or the programme in one table. */
export const runPreview = (services: Services, activeOnly = false): ReportModel => {
  const { read } = readWorkbook(services, { activeOnly });
  return programmePreview(reportOf(read), read.programme);
};

/** Whether a note carries one of `lines` (a mark's line, as a row rule or the whole table wrote it). */
const carriesLine = (note: string, lines: readonly string[]): boolean =>
  note.split('\n').some((l) => lines.includes(l));

/** The 0-based cells of a tab whose note carries one of `lines`, row by row. */
const cellsCarrying = (sheet: SheetApi, lines: readonly string[]): { row: number; col: number }[] =>
  wholeGrid(sheet)
    .getNotes()
    .flatMap((row, r) =>
      row.flatMap((note, c) => (carriesLine(note, lines) ? [{ row: r, col: c }] : [])),
    );

/**
 * The cell of a finding among the cells of `sheet` that carry its mark's line: the one at its
 * place row by row, when the tab holds as many such cells as the check marked (rows inserted or
 * deleted keep their order); without a place, the only one. Otherwise (a mark taken off, one
 * added) which cell is which cannot be told, and there is none.
 */
const markedCell = (
  sheet: SheetApi,
  lines: readonly string[],
  sameMark: FindingRef['sameMark'],
): { row: number; col: number } | null => {
  const cells = cellsCarrying(sheet, lines);
  const { index, count } = sameMark ?? { index: 0, count: 1 };
  return cells.length === count ? cells[index] : null;
};

/**
 * Selects a finding's cell. On a shared sheet its coordinates go stale (rows inserted above it,
 * its tab renamed, another tab given its old name), but its mark's note moves with the cell:
 * given the `finding`, when the cell at `a1` on the tab named `sheetName` does not carry its mark
 * (or other cells carry the same), the cell that does is looked for by its place among the cells
 * carrying the same mark — on the tab of that name first, then on every other tab where the
 * check found nothing that reads the same (`sameMark.elsewhere`), the first where it can be told.
 * Where it cannot, the coordinates are all there is.
 */
export const selectCell = (
  services: Services,
  sheetName: string,
  a1: string,
  finding?: FindingRef,
): void => {
  const spreadsheet = activeSpreadsheet(services);
  const named = spreadsheet.getSheetByName(sheetName);
  const at = fromA1(a1);
  const lines = finding && at ? markLines(finding.severity, String(finding.message)) : [];
  const carries = (sheet: SheetApi): boolean =>
    carriesLine(sheet.getRange(a1).getNotes()[0][0], lines);
  // Where several cells carry the same mark, the one at `a1` may be another finding's that moved
  // there: their order tells which is this one.
  const several = (finding?.sameMark?.count ?? 1) > 1;
  if (at && lines.length > 0 && (several || !(named && carries(named)))) {
    const search = (sheet: SheetApi): boolean => {
      const found = markedCell(sheet, lines, finding?.sameMark);
      if (!found) return false;
      sheet.activate();
      sheet.getRange(found.row + 1, found.col + 1).activate();
      return true;
    };
    if (named && search(named)) return;
    // The tab renamed, and perhaps another given its name: the mark is on some other tab — not
    // one where this check found the same (its marks are those findings'), nor one the mark's
    // own tab may simply have lost by a fix.
    const skip = new Set([sheetName, ...(finding?.sameMark?.elsewhere ?? [])]);
    const others = spreadsheet.getSheets().filter((sheet) => !skip.has(sheet.getName()));
    if (others.some(search)) return;
  }
  if (!named) throw new Error(sheetGoneMessage(sheetName));
  named.activate();
  if (a1) named.getRange(a1).activate();
};

/** The report of what was read: the programme's title, its sections with narrative, the signature. */
export const reportOf = (read: ReadWorkbook): ProgrammeReport =>
  buildProgrammeReport(read.programme, read.settings, read.narrative);

/**
 * For the report steps: the programme of the open spreadsheet, its report, and `mark` to mark
 * its findings (or those given: the programme compared with the previous report) on the cells
 * as a check does (a refused report shows them where they are).
 */
export const readForReport = (
  services: Services,
  options: ReadOptions = {},
): {
  read: ReadWorkbook;
  mark: (findings?: readonly Finding[]) => number;
  spreadsheet: SpreadsheetApi;
} => {
  const { spreadsheet, read } = readWorkbook(services, options);
  return {
    read,
    mark: (findings = read.programme.findings) => remark(read, findings).marked,
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

/**
 * Writes each value beside its parameter (at most six cells); other rows stay as typed. Under
 * the document lock: two saves that each read the tab before the other wrote would each add the
 * missing parameters' rows.
 */
export const saveSettings = (
  services: Services,
  values: Readonly<Record<SettingKey, string>>,
): SettingsView =>
  withDocumentLock(services, LOCK_WAIT_MS, () => {
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
  });

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
): number =>
  // Past the wait the edit stays unchecked; the next check from the menu covers it.
  withDocumentLock(
    services,
    EDIT_LOCK_WAIT_MS,
    () => checkEditedRange(range, dateReader(spreadsheet, services.Utilities)),
    () => -1,
  );

/**
 * The edited rows with the merges that fill their empty title, term, executor or status cells,
 * and the rows above the edit where such a merge starts (its value is in its top cell). Asked
 * only when such a cell is empty: a merge costs a call.
 */
const withMergesFrom = (
  sheet: SheetApi,
  grid: Grid,
  header: Header,
  top: number,
  width: number,
  readDate: DateReader,
): Grid => {
  const block = blockOf(cellsMergesCouldFill(grid, header));
  if (block === null) return grid;
  const merges = readMerges(sheet, block).filter((m) => m.row >= header.dataRow);
  const first = merges.reduce((row, m) => Math.min(row, m.row), top);
  if (first === top) return { ...grid, merges };
  const above = cellsOf(sheet.getRange(first + 1, 1, top - first, width), readDate);
  const rows = grid.rows.map((row, r) => (r >= first && r < top ? above[r - first] : row));
  return { ...grid, rows, merges };
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
  const rows: Cell[][] = headerRows.slice(0, header.header.dataRow);
  while (rows.length < top) rows.push([]);
  rows.push(...cellsOf(block, readDate));
  const grid = withMergesFrom(
    sheet,
    { name, rows, merges: [] },
    header.header,
    top,
    lastColumn,
    readDate,
  );
  const findings = (checkEditedRows(grid) ?? []).filter((f) => f.row >= top && f.row < bottom);
  // Only the row rules were run again: the marks of the whole table's findings stay.
  return replaceMarks(sheet, block, top, 0, findings, false, true).marked;
};
