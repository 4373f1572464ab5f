// The Apps Script entry: exactly the functions Apps Script must see (triggers, menu items,
// google.script.run targets). Each passes the real service globals to the adapters; the build
// adds a top-level stub per export. No service is touched at load time (AuthMode.NONE).
import type { SettingKey } from '../core/settings';
import * as actions from './actions';
import type { InitialState } from '../shared/api';
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
    Utilities,
    Docs: advanced.Docs,
    Drive: advanced.Drive,
  };
};

const TITLE = 'Zvit';

const show = (initial: InitialState, title = TITLE): void =>
  showPage(HtmlService, SpreadsheetApp.getUi(), initial, title);

/** Runs a menu action; any failure becomes an alert with its message, never a stack trace. */
const guarded = (what: string, action: () => void): void => {
  try {
    action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    SpreadsheetApp.getUi().alert(
      TITLE,
      `Не вдалося ${what}: ${message}`,
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

export function menuReport(): void {
  guarded('сформувати звіт', () =>
    show({ view: 'report', result: actions.runReport(services()) }, 'Звіт'),
  );
}

export function menuClearMarks(): void {
  guarded('зняти позначки', () => {
    const restored = actions.runClearMarks(services());
    SpreadsheetApp.getActiveSpreadsheet().toast(
      restored ? `Позначки знято, клітинки відновлено: ${restored}.` : 'Позначок немає.',
      TITLE,
      5,
    );
  });
}

export function menuSettings(): void {
  guarded('відкрити налаштування', () =>
    show({ view: 'settings', settings: actions.loadSettings(services()) }, 'Налаштування звіту'),
  );
}

export function menuHelp(): void {
  guarded('відкрити довідку', () => show({ view: 'help' }, 'Довідка Zvit'));
}

// Sidebar calls (google.script.run): results are JSON-safe; errors reach the page's
// failure handler with their message.

export function sidebarCheck() {
  return actions.runCheck(services());
}

export function sidebarSummary() {
  return actions.runSummary(services());
}

export function sidebarPreview() {
  return actions.runPreview(services());
}

export function sidebarSubmissions() {
  return actions.runSubmissions(services());
}

export function selectCell(sheet: string, a1: string): void {
  actions.selectCell(services(), sheet, a1);
}

export function generateReport() {
  return actions.runReport(services());
}

export function savePdf(docId: string) {
  return actions.savePdf(services(), docId);
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
