// The sidebar and dialog page: one page opened on a view. In the sidebar the four views are
// tabs; a dialog shows one view alone. Sidebar layer (runs in Apps Script's sandboxed iframe).
import type { InitialState } from '../shared/api';
import { button } from './dom';
import { clearStatus } from './status';
import { showView, toolbar } from './view';
import { closeDialog } from './server';
import { openCheck, showCheck } from './views/check';
import { showHelp } from './views/help';
import { openPreview } from './views/preview';
import { renderReportResult } from './views/report';
import { showSettings } from './views/settings';
import { openSubmissions } from './views/submissions';
import { openSummary, showSummary } from './views/summary';

const TABS = [
  { id: 'check', label: 'Перевірка', open: openCheck },
  { id: 'summary', label: 'Підсумки', open: openSummary },
  { id: 'preview', label: 'Попередній перегляд', open: openPreview },
  { id: 'submissions', label: 'Хто не подав дані', open: openSubmissions },
] as const;

type TabId = (typeof TABS)[number]['id'];

const tabButtons = (): HTMLButtonElement[] => [
  ...document.querySelectorAll<HTMLButtonElement>('#tabs [role="tab"]'),
];

const markSelected = (id: TabId): void => {
  for (const tab of tabButtons()) tab.setAttribute('aria-selected', String(tab.id === `tab-${id}`));
  document.getElementById('view')?.setAttribute('aria-labelledby', `tab-${id}`);
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

const buildTabs = (): void => {
  const nav = document.getElementById('tabs') as HTMLElement;
  nav.replaceChildren(
    ...TABS.map(({ id, label, open }) =>
      button(
        label,
        () => {
          markSelected(id);
          clearStatus();
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
  document.getElementById('view')?.setAttribute('role', 'tabpanel');
};

const openDialog = (show: () => void): void => {
  document.body.classList.add('dialog');
  document.getElementById('tabs')?.remove();
  show();
};

const start = (initial: InitialState | null): void => {
  if (initial === null || initial.view === 'check' || initial.view === 'summary') buildTabs();
  if (initial === null) {
    markSelected('check');
    return openCheck();
  }
  switch (initial.view) {
    case 'check':
      markSelected('check');
      return showCheck(initial.check);
    case 'summary':
      markSelected('summary');
      return showSummary(initial.summary);
    case 'report':
      return openDialog(() =>
        showView(
          renderReportResult(initial.result),
          toolbar(button('Закрити', closeDialog, 'secondary')),
        ),
      );
    case 'settings':
      return openDialog(() => showSettings(initial.settings));
    case 'help':
      return openDialog(showHelp);
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
