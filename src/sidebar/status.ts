// The status line under the tabs, the busy state and the live region: while a server call runs
// the buttons that start calls are disabled and the line says what is happening; a failure is
// shown in Ukrainian with the action named and, where it may help, "Спробувати знову"; results
// are announced to screen readers. Sidebar layer.
import type { FailureText } from '../shared/views';
import { failureMessage } from '../shared/views';
import { button, el, focusOn } from './dom';

const statusNode = (): HTMLElement => document.getElementById('status') as HTMLElement;

/**
 * Controls that start server calls or change what the next one covers (tabs, buttons, the
 * filters, «Лише активний аркуш», the settings' fields); disabled while one runs, so the report's
 * steps all cover the scope they started with.
 */
const CONTROLS = 'button, select, input';

export const clearStatus = (): void => statusNode().replaceChildren();

/**
 * Says `text` through the page's one polite live region. Emptied first and filled on the next
 * frame, so the same words said twice are read twice.
 */
export const announce = (text: string): void => {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => (region.textContent = text), 50);
};

/**
 * "×": a notice or a failure stays pinned above the view until the next action, so it can be put
 * away. Focus then goes to the view's heading (the button it was on is gone). The cross is drawn
 * by the style sheet: the line's text stays the message alone.
 */
const dismissButton = (): HTMLButtonElement =>
  button(
    '',
    () => {
      clearStatus();
      focusOn(
        document.querySelector<HTMLElement>('#view h2') ??
          document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'),
      );
    },
    'secondary',
    { class: 'dismiss', 'aria-label': 'Закрити повідомлення', title: 'Закрити повідомлення' },
  );

/**
 * The message's text in a box of a few lines: the pinned header stays short whatever the message
 * (a long one scrolls inside, and then is reached with Tab, so it can be scrolled by keyboard).
 */
const messageBox = (line: HTMLElement): HTMLElement => el('div', { class: 'status-text' }, line);

/**
 * A box that holds more than it shows gets a tab stop and fades at its foot until scrolled to its
 * end (class `more`); one that shows it all needs neither.
 */
const fitMessageBox = (): void => {
  for (const box of statusNode().querySelectorAll<HTMLElement>('.status-text')) {
    const more = (): boolean => box.scrollTop + box.clientHeight < box.scrollHeight - 1;
    if (!more()) {
      box.removeAttribute('tabindex');
      continue;
    }
    box.tabIndex = 0;
    box.classList.add('more');
    box.addEventListener('scroll', () => box.classList.toggle('more', more()));
  }
};

/** A calm line ("Збережено"), shown and announced; returns it so focus can move there. */
export const showNotice = (text: string, kind: 'notice' | 'success' = 'notice'): HTMLElement => {
  const line = el('p', {}, text);
  statusNode().replaceChildren(el('div', { class: kind }, messageBox(line), dismissButton()));
  fitMessageBox();
  announce(text);
  return line;
};

/** A failure in words, with "Спробувати знову" when `retry` is given and retrying may help. */
export const showFailureText = (text: string, retry?: () => void): void => {
  statusNode().replaceChildren(
    el(
      'div',
      { class: 'failure', role: 'alert' },
      el('span', { class: 'icon', 'aria-hidden': 'true' }, '!'),
      el(
        'div',
        { class: 'failure-body' },
        messageBox(el('p', {}, text)),
        retry
          ? button(
              'Спробувати знову',
              () => {
                clearStatus();
                retry();
              },
              'secondary',
              { class: 'secondary retry' },
            )
          : null,
      ),
      dismissButton(),
    ),
  );
  fitMessageBox();
};

/**
 * Focuses the failure shown: its «Спробувати знову», else the message. After a retry that failed
 * again the button pressed is gone, and the focus would fall to the page.
 */
export const focusFailure = (): void =>
  focusOn(
    document.querySelector<HTMLElement>('#status .retry') ??
      document.querySelector<HTMLElement>('#status .failure'),
  );

/** "Не вдалося <action>. <what Google's failure means>", and a retry when it makes sense. */
export const showFailure = (action: string, error: unknown, retry?: () => void): FailureText => {
  const failure = failureMessage(action, error);
  showFailureText(failure.text, failure.retry ? retry : undefined);
  return failure;
};

export interface Busy {
  /** What the status line says while the call runs: "Перевіряю таблицю…". */
  readonly doing: string;
  /** The action a failure names: "перевірити таблицю". */
  readonly action: string;
  /** What "Спробувати знову" does after a failure. */
  readonly retry?: () => void;
  /** What the view does about a failure, once it is shown (what it says tells which). */
  readonly failed?: (failure: FailureText) => void;
}

/**
 * Runs `task` with the page busy. Resolves with its result, or undefined when it failed (the
 * failure is already shown). Focus goes back where it was: disabling the focused button
 * would otherwise drop a keyboard user at the top of the page.
 */
export const runBusy = async <T>(busy: Busy, task: () => Promise<T>): Promise<T | undefined> => {
  const focused = document.activeElement;
  const controls = [
    ...document.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>(
      CONTROLS,
    ),
  ].filter((c) => !c.disabled);
  controls.forEach((c) => (c.disabled = true));
  document.body.setAttribute('aria-busy', 'true');
  statusNode().replaceChildren(
    el('p', { class: 'busy' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }), busy.doing),
  );
  try {
    const result = await task();
    clearStatus();
    return result;
  } catch (error) {
    // Shown first, whether or not the view does more: `failed?.(…)` would skip its argument.
    const failure = showFailure(busy.action, error, busy.retry);
    busy.failed?.(failure);
    return undefined;
  } finally {
    controls.forEach((c) => (c.disabled = false));
    document.body.removeAttribute('aria-busy');
    if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused)
      focused.focus();
  }
};
