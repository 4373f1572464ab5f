// The Apps Script entry: exactly the functions Apps Script must see (triggers, menu items,
// google.script.run targets). Each passes the real service globals to the adapters; the build
// adds a top-level stub per export. No service is touched at load time (AuthMode.NONE).
import type { SettingKey } from '../core/settings';
import * as actions from './actions';
import * as steps from './report-steps';
import { runDraftNarrative } from './narrative';
import { runOpenData } from './open-data';
import { runChanges, runDepartments } from './since-previous';
import type { FindingRef, InitialState } from '../shared/api';
import { ADDON_NAME, clearedMessage, failureMessage } from '../shared/views';
import type { DocsApi, DriveApi, Services } from './services';
import { setupSheets } from './setup-sheet';
import { buildMenu, showPage } from './ui';

const services = (): Services => {
  // The advanced services are globals named by the manifest's userSymbol.
  const advanced = globalThis as unknown as { Docs: DocsApi; Drive: DriveApi };
  return {
    SpreadsheetApp,
    DocumentApp,
    HtmlService,
    PropertiesService,
    LockService,
    Session,
    Utilities,
    Docs: advanced.Docs,
    Drive: advanced.Drive,
  };
};

const TITLE = ADDON_NAME;

const show = (initial: InitialState): void =>
  showPage(HtmlService, SpreadsheetApp.getUi(), initial);

/** Runs a menu action; a failure becomes an alert in Ukrainian that names it, never a stack trace. */
const guarded = (what: string, action: () => void): void => {
  try {
    action();
  } catch (error) {
    SpreadsheetApp.getUi().alert(
      TITLE,
      failureMessage(what, error).text,
      SpreadsheetApp.getUi().ButtonSet.OK,
    );
  }
};

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuSetupSheet(): void {
  guarded('налаштувати аркуш', () => {
    const { created, kept } = setupSheets(services());
    const lines = [
      created.length ? `Створено: ${created.map((n) => `«${n}»`).join(', ')}.` : '',
      kept.length ? `Не змінено (там уже є дані): ${kept.map((n) => `«${n}»`).join(', ')}.` : '',
    ].filter((l) => l !== '');
    SpreadsheetApp.getActiveSpreadsheet().toast(lines.join(' '), TITLE, 8);
  });
}

export function menuCheck(): void {
  guarded('перевірити дані', () => show({ view: 'check', check: actions.runCheck(services()) }));
}

export function menuTotals(): void {
  guarded('підрахувати підсумки', () =>
    show({ view: 'summary', summary: actions.runTotals(services()) }),
  );
}

/** Opens the sidebar at once; the page builds the report in steps the person sees. */
export function menuReport(): void {
  guarded('відкрити бічну панель звіту', () => show({ view: 'report' }));
}

export function menuClearMarks(): void {
  guarded('зняти позначки', () => {
    const cleared = actions.runClearMarks(services());
    // Longer when it names cells that kept a mark's colour: there is more to read.
    const seconds = cleared.colourLeft.length > 0 ? 15 : 5;
    SpreadsheetApp.getActiveSpreadsheet().toast(clearedMessage(cleared), TITLE, seconds);
  });
}

export function menuSettings(): void {
  guarded('відкрити налаштування', () =>
    show({ view: 'settings', settings: actions.loadSettings(services()) }),
  );
}

export function menuDraftNarrative(): void {
  guarded('додати чернетку пояснень', () => {
    const { message } = runDraftNarrative(services());
    SpreadsheetApp.getActiveSpreadsheet().toast(message, TITLE, 10);
  });
}

/**
 * The package's links in a dialog; a refusal opens the check with its findings marked and the
 * refusal said above them, as the report's refusal is.
 */
export function menuOpenData(): void {
  guarded('експортувати відкриті дані', () => {
    const result = runOpenData(services());
    if (!result.ok && result.check)
      return show({ view: 'check', check: result.check, refusal: result.message });
    if (!result.ok) throw new Error(result.message);
    show({ view: 'open-data', result });
  });
}

export function menuHelp(): void {
  guarded('відкрити довідку', () => show({ view: 'help' }));
}

// Sidebar calls (google.script.run): results are JSON-safe; errors reach the page's
// failure handler with their message. `activeOnly` true: only the active tab; otherwise every
// section tab of the programme (SPEC §7).

export function sidebarCheck(activeOnly?: boolean) {
  return actions.runCheck(services(), activeOnly === true);
}

export function sidebarSummary(activeOnly?: boolean) {
  return actions.runSummary(services(), activeOnly === true);
}

/** Writes the ВСЬОГО row on every section tab, or on the active tab alone (the page's switch). */
export function sidebarTotals(activeOnly?: boolean) {
  return actions.runTotals(services(), activeOnly === true);
}

export function sidebarPreview(activeOnly?: boolean) {
  return actions.runPreview(services(), activeOnly === true);
}

export function sidebarChanges() {
  return runChanges(services());
}

export function sidebarDepartments() {
  return runDepartments(services());
}

export function draftNarrative() {
  return runDraftNarrative(services());
}

/** The preview in a wide modeless window beside the sheet, over the scope the sidebar shows. */
export function showPreviewWindow(activeOnly?: boolean): void {
  show({ view: 'preview', report: actions.runPreview(services(), activeOnly === true) });
}

export function selectCell(sheet: string, a1: string, finding?: FindingRef): void {
  actions.selectCell(services(), sheet, a1, finding);
}

// The report in steps (ReportStepsApi): each a server call the page makes in turn.

export function reportCheck(activeOnly?: boolean) {
  return steps.reportCheck(services(), activeOnly === true);
}

export function reportCreate(replacePrevious: boolean) {
  return steps.reportCreate(services(), replacePrevious === true);
}

export function reportFill(docId: string, activeOnly?: boolean) {
  return steps.reportFill(services(), docId, activeOnly === true);
}

export function reportPdf(docId: string) {
  return steps.reportPdf(services(), docId);
}

export function lastReport() {
  return steps.lastReport(services());
}

export function clearMarksNow() {
  return actions.runClearMarks(services());
}

export function loadSettings() {
  return actions.loadSettings(services());
}

export function echoPeriod(text: string) {
  return actions.echoPeriod(text);
}

export function saveSettings(values: Record<SettingKey, string>) {
  return actions.saveSettings(services(), values);
}

/** Simple trigger: checks the edited rows as people type; never throws at the person typing. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    if (e && e.range) actions.checkEdit({ LockService, Utilities }, e.source, e.range);
  } catch (error) {
    // A failed live check must not interrupt typing; the full check will report the problem.
    console.warn(`Zvit onEdit: ${error instanceof Error ? error.message : String(error)}`);
  }
}
