// Which tab is chosen: marked on the tab buttons and on the panel. Sidebar layer.

export type TabId = 'check' | 'summary' | 'report' | 'changes' | 'submissions';

export const tabButtons = (): HTMLButtonElement[] => [
  ...document.querySelectorAll<HTMLButtonElement>('#tabs [role="tab"]'),
];

/** Marks `id` chosen (a view that moves the person to another tab calls it too). */
export const selectTab = (id: TabId): void => {
  for (const tab of tabButtons()) {
    const chosen = tab.id === `tab-${id}`;
    tab.setAttribute('aria-selected', String(chosen));
    // One tab stop for the tab list; the arrow keys move between tabs.
    tab.tabIndex = chosen ? 0 : -1;
  }
  document.getElementById('view')?.setAttribute('aria-labelledby', `tab-${id}`);
};
