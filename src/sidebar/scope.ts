// Which tabs the checks, totals, preview and report cover: every section tab (the whole
// programme, SPEC §7) or only the tab the coordinator has open. Sidebar layer.
import { el } from './dom';

let activeOnly = false;

/** Whether the coordinator asked for the active tab only. */
export const isActiveOnly = (): boolean => activeOnly;

/** The extra argument of a server call: none for the whole programme, `true` for the active tab. */
export const scopeArgs = (): [] | [true] => (activeOnly ? [true] : []);

/** The «Лише активний аркуш» switch; `onChange` reloads the open view under the new scope. */
export const scopeSwitch = (onChange: () => void): HTMLElement => {
  const box = el('input', { type: 'checkbox', id: 'scope-active' });
  box.checked = activeOnly;
  box.addEventListener('change', () => {
    activeOnly = box.checked;
    onChange();
  });
  return el(
    'div',
    { class: 'scope' },
    box,
    el('label', { for: 'scope-active' }, 'Лише активний аркуш'),
  );
};
