// The add-on's menu and pages: the add-on menu (Sheets lists it as Розширення → Zvit), the
// sidebar and the dialogs, all one HTML page opened on a view. Apps Script adapter layer.
import type { InitialState } from '../shared/api';
import { windowTitle } from '../shared/views';
import type { HtmlServiceApi, UiApi } from './services';

/** Caption and the top-level function Apps Script calls for it (stubs in the bundle). */
export const MENU_ITEMS = [
  ['Налаштувати аркуш', 'menuSetupSheet'],
  ['Перевірити дані', 'menuCheck'],
  ['Підрахувати підсумки', 'menuTotals'],
  ['Сформувати звіт', 'menuReport'],
  ['Чернетка пояснень', 'menuDraftNarrative'],
  ['Експорт відкритих даних', 'menuOpenData'],
  ['Зняти позначки', 'menuClearMarks'],
  ['Налаштування', 'menuSettings'],
  ['Довідка', 'menuHelp'],
] as const;

/** Builds the menu only: in AuthMode.NONE nothing else may be touched. */
export const buildMenu = (ui: UiApi): void => {
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

/** How each view is shown: in the sidebar, a modal dialog or a modeless window, and its title. */
const PLACES: Readonly<
  Record<
    InitialState['view'],
    { readonly title: string; readonly size?: readonly [number, number]; readonly modeless?: true }
  >
> = {
  check: { title: windowTitle() },
  summary: { title: windowTitle() },
  report: { title: windowTitle() },
  settings: { title: windowTitle('Налаштування'), size: [520, 600] },
  help: { title: windowTitle('Довідка'), size: [520, 600] },
  'open-data': { title: windowTitle('Відкриті дані'), size: [520, 420] },
  // Wide enough for the report's eleven columns; the window stays open beside the sheet.
  preview: { title: windowTitle('Попередній перегляд'), size: [1100, 720], modeless: true },
};

export const titleOf = (view: InitialState['view']): string => PLACES[view].title;

export const showPage = (html: HtmlServiceApi, ui: UiApi, initial: InitialState): void => {
  const { title, size, modeless } = PLACES[initial.view];
  const content = pageHtml(html.createHtmlOutputFromFile(PAGE_FILE).getContent(), initial);
  const output = html.createHtmlOutput(content).setTitle(title);
  if (!size) return ui.showSidebar(output);
  const sized = output.setWidth(size[0]).setHeight(size[1]);
  if (modeless) ui.showModelessDialog(sized, title);
  else ui.showModalDialog(sized, title);
};
