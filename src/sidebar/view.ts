// The one place a view is shown: the panel under the tabs (or the whole dialog), and the pinned
// strip under the tabs that a view may fill (the check's counts). Sidebar layer.
import { el } from './dom';

const viewNode = (): HTMLElement => document.getElementById('view') as HTMLElement;
const pinnedNode = (): HTMLElement => document.getElementById('pinned') as HTMLElement;

/** Shows a view; the pinned strip is emptied unless the view fills it again. */
export const showView = (...nodes: readonly (Node | null)[]): void => {
  pinnedNode().replaceChildren();
  viewNode().replaceChildren(...nodes.filter((n): n is Node => n !== null));
  window.scrollTo(0, 0);
};

export const appendToView = (...nodes: readonly Node[]): void => {
  viewNode().append(...nodes);
};

/** What stays in sight under the tabs while the view scrolls. */
export const pin = (...nodes: readonly (Node | null)[]): void =>
  pinnedNode().replaceChildren(...nodes.filter((n): n is Node => n !== null));

/**
 * The pinned header's height as the window's scroll padding, so whatever is scrolled into view
 * (the walked finding, a control reached with Tab) lands below the header rather than behind it.
 * In a dialog only the status line is pinned.
 */
export const fitScrollPadding = (): void => {
  const top = document.getElementById('top');
  const pinned = top !== null && getComputedStyle(top).position === 'sticky';
  document.documentElement.style.scrollPaddingTop = pinned ? `${top.offsetHeight}px` : '';
};

/** Keeps the scroll padding as tall as the header while the header grows and shrinks. */
export const followPinnedHeight = (): void => {
  const top = document.getElementById('top');
  if (top && typeof ResizeObserver === 'function')
    new ResizeObserver(fitScrollPadding).observe(top);
  fitScrollPadding();
};

/** A row of buttons that wraps at the sidebar's width. */
export const toolbar = (...buttons: readonly (HTMLElement | null)[]): HTMLElement =>
  el('div', { class: 'toolbar' }, ...buttons);

/**
 * What a view shows when its data could not be loaded: the failure, with "Спробувати знову"
 * when retrying may help, is in the status line above.
 */
export const showUnloaded = (what: string): void =>
  showView(empty(`${what}: дані не завантажено.`));

/** A calm, bordered message ("Помилок не знайдено"). */
export const calm = (title: string, detail = ''): HTMLElement =>
  el(
    'div',
    { class: 'calm' },
    el('span', { class: 'icon', 'aria-hidden': 'true' }, '✓'),
    el('div', {}, el('strong', {}, title), detail ? el('p', {}, detail) : null),
  );

/** A plain statement of an empty state that is not good news ("Заходів не знайдено"). */
export const empty = (title: string, detail = ''): HTMLElement =>
  el('div', { class: 'empty-state' }, el('strong', {}, title), detail ? el('p', {}, detail) : null);
