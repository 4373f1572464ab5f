// The add-on's menu and pages: the "Звіт" add-on menu, the sidebar and the dialogs, all one
// HTML page opened on a view. Apps Script adapter layer.
import type { InitialState } from '../shared/api';

type Ui = GoogleAppsScript.Base.Ui;

/** Caption and the top-level function Apps Script calls for it (stubs in the bundle). */
export const MENU_ITEMS = [
  ['Налаштувати аркуш', 'menuSetupSheet'],
  ['Перевірити дані', 'menuCheck'],
  ['Підрахувати підсумки', 'menuTotals'],
  ['Сформувати звіт', 'menuReport'],
  ['Зняти позначки', 'menuClearMarks'],
  ['Налаштування', 'menuSettings'],
  ['Довідка', 'menuHelp'],
] as const;

/** Builds the menu only: in AuthMode.NONE nothing else may be touched. */
export const buildMenu = (ui: Ui): void => {
  const menu = ui.createAddonMenu();
  for (const [caption, fn] of MENU_ITEMS) menu.addItem(caption, fn);
  menu.addToUi();
};

export const PAGE_FILE = 'sidebar';
const INITIAL_MARKER = '<!--zvit:initial-->';

/** The page with its first view's data inlined; "<" escaped so no text can close the script. */
export const pageHtml = (template: string, initial: InitialState): string =>
  template.replace(
    INITIAL_MARKER,
    () =>
      `<script type="application/json" id="zvit-initial">${JSON.stringify(initial).replace(/</g, '\\u003c')}</script>`,
  );

const DIALOG_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  report: [520, 420],
  settings: [520, 560],
  help: [520, 520],
};

export const showPage = (
  html: GoogleAppsScript.HTML.HtmlService,
  ui: Ui,
  initial: InitialState,
  title: string,
): void => {
  const content = pageHtml(html.createHtmlOutputFromFile(PAGE_FILE).getContent(), initial);
  const output = html.createHtmlOutput(content).setTitle(title);
  const size = DIALOG_SIZES[initial.view];
  if (size) ui.showModalDialog(output.setWidth(size[0]).setHeight(size[1]), title);
  else ui.showSidebar(output);
};
