// The sidebar and dialog page: one page opened on a view. In the sidebar the five views are
// tabs; a dialog shows one view alone. Sidebar layer (runs in Apps Script's sandboxed iframe).
import type { InitialState } from '../shared/api';
import { scopeSwitch } from './scope';
import { windowTitle } from '../shared/views';
import { button, focusOn } from './dom';
import { clearStatus } from './status';
import type { TabId } from './tabs';
import { selectTab, tabButtons } from './tabs';
import { followPinnedHeight, showView } from './view';
import { openChanges } from './views/changes';
import { openCheck, recheckInScope, showCheck } from './views/check';
import { showHelp } from './views/help';
import { showOpenData } from './views/open-data';
import { showPreviewWindow } from './views/preview';
import { openReport } from './views/report';
import { showSettings } from './views/settings';
import { openSubmissions } from './views/submissions';
import { openSummary, showSummary } from './views/summary';

/**
 * `scoped`: the view narrows to the active tab when «Лише активний аркуш» is ticked, and shows
 * the switch. Зміни and Хто не подав дані always cover the whole programme: they compare with the
 * previous report's snapshot of every section, and list every department.
 */
const TABS: readonly { id: TabId; label: string; open: () => void; scoped: boolean }[] = [
  { id: 'check', label: 'Перевірка', open: openCheck, scoped: true },
  { id: 'summary', label: 'Підсумки', open: () => openSummary(), scoped: true },
  { id: 'report', label: 'Звіт', open: () => openReport(), scoped: true },
  { id: 'changes', label: 'Зміни', open: () => openChanges(), scoped: false },
  {
    id: 'submissions',
    label: 'Хто не подав дані',
    open: () => openSubmissions(),
    scoped: false,
  },
];

/** The page's one h1 (read by screen readers; the window's own title shows it to the eye). */
const setHeading = (part?: string): void => {
  const h1 = document.getElementById('page-title');
  if (h1) h1.textContent = windowTitle(part);
};

/** Arrow keys, Home and End move between tabs; Enter or Space opens one (a server call). */
const onTabKey = (event: KeyboardEvent): void => {
  const tabs = tabButtons();
  const at = tabs.indexOf(event.target as HTMLButtonElement);
  const next =
    event.key === 'ArrowRight'
      ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft'
        ? (at - 1 + tabs.length) % tabs.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? tabs.length - 1
            : -1;
  if (at < 0 || next < 0) return;
  event.preventDefault();
  tabs[next]?.focus();
};

const scope = scopeSwitch(() => {
  const open = document.querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]');
  if (open?.id === 'tab-check') recheckInScope();
  else open?.click();
});

const buildTabs = (): void => {
  const nav = document.getElementById('tabs') as HTMLElement;
  nav.replaceChildren(
    ...TABS.map(({ id, label, open, scoped }) =>
      button(
        label,
        () => {
          selectTab(id);
          clearStatus();
          scope.hidden = !scoped;
          // The panel belongs to the chosen tab at once, even if its data never comes.
          showView();
          open();
        },
        'tab',
        { role: 'tab', id: `tab-${id}`, 'aria-controls': 'view', 'aria-selected': 'false' },
      ),
    ),
  );
  nav.addEventListener('keydown', onTabKey);
  followPinnedHeight();
  document.getElementById('view')?.setAttribute('role', 'tabpanel');
  // The scope changes what the scoped views show: the open one is loaded again under it. It
  // sits above the views, not in the pinned header, which stays as short as it can.
  document.getElementById('view')?.before(scope);
};

const openDialog = (title: string, show: () => void): void => {
  document.body.classList.add('dialog');
  document.getElementById('tabs-nav')?.remove();
  setHeading(title);
  // The status line stays in sight above a dialog's content too: focus lands below it.
  followPinnedHeight();
  show();
};

const start = (initial: InitialState | null): void => {
  if (
    initial === null ||
    initial.view === 'check' ||
    initial.view === 'summary' ||
    initial.view === 'report'
  ) {
    buildTabs();
    setHeading();
  }
  if (initial === null) {
    selectTab('check');
    return openCheck();
  }
  switch (initial.view) {
    case 'check':
      selectTab('check');
      showCheck(initial.check, initial.refusal);
      // The refusal stands above the findings: focus goes to the check's result, where it is read
      // first and the findings follow.
      if (initial.refusal) focusOn(document.getElementById('check-result'));
      return;
    case 'summary':
      selectTab('summary');
      return showSummary(initial.summary);
    case 'report':
      selectTab('report');
      return openReport(true);
    case 'preview':
      document.body.classList.add('wide');
      return openDialog('Попередній перегляд', () => showPreviewWindow(initial.report));
    case 'settings':
      return openDialog('Налаштування', () => showSettings(initial.settings));
    case 'help':
      return openDialog('Довідка', showHelp);
    case 'open-data':
      return openDialog('Відкриті дані', () => showOpenData(initial.result));
  }
};

/** The server puts the first view's data in the page; without it the page runs a check. */
const readInitial = (): InitialState | null => {
  const node = document.getElementById('zvit-initial');
  if (!node?.textContent) return null;
  try {
    return JSON.parse(node.textContent) as InitialState;
  } catch {
    return null;
  }
};

start(readInitial());
