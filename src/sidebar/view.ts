// The one place a view is shown: the panel under the tabs (or the whole dialog). Sidebar layer.
import { button, el } from './dom';

const viewNode = (): HTMLElement => document.getElementById('view') as HTMLElement;

export const showView = (...nodes: readonly (Node | null)[]): void => {
  viewNode().replaceChildren(...nodes.filter((n): n is Node => n !== null));
  window.scrollTo(0, 0);
};

export const appendToView = (...nodes: readonly Node[]): void => {
  viewNode().append(...nodes);
};

/** A row of buttons that wraps at the sidebar's width. */
export const toolbar = (...buttons: readonly HTMLElement[]): HTMLElement =>
  el('div', { class: 'toolbar' }, ...buttons);

/** What a view shows when its data could not be loaded: the failure is in the status line. */
export const showRetry = (retry: () => void): void =>
  showView(toolbar(button('Спробувати знову', retry, 'secondary')));

/** A calm, bordered message ("Помилок не знайдено"). */
export const calm = (title: string, detail = ''): HTMLElement =>
  el(
    'div',
    { class: 'calm' },
    el('span', { class: 'icon', 'aria-hidden': 'true' }, '✓'),
    el('div', {}, el('strong', {}, title), detail ? el('p', {}, detail) : null),
  );
