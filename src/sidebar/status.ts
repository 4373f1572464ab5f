// The status line under the tabs and the busy state: while a server call runs the buttons
// that start calls are disabled and the line says what is happening; a failure is shown in
// Ukrainian and the buttons come back. Sidebar layer.
import { el } from './dom';
import { failureText } from './server';

const statusNode = (): HTMLElement => document.getElementById('status') as HTMLElement;

/** Controls that start server calls (tabs, buttons, the filter); disabled while one runs. */
const CONTROLS = 'button, select';

export const clearStatus = (): void => statusNode().replaceChildren();

/** A calm line ("Збережено"), read out by screen readers without interrupting. */
export const showNotice = (text: string, kind: 'notice' | 'success' = 'notice'): void => {
  statusNode().replaceChildren(el('p', { class: kind, role: 'status' }, text));
};

export const showFailure = (error: unknown): void => {
  statusNode().replaceChildren(
    el(
      'p',
      { class: 'failure', role: 'alert' },
      el('span', { class: 'icon', 'aria-hidden': 'true' }, '!'),
      failureText(error),
    ),
  );
};

/**
 * Runs `task` with the page busy. Resolves with its result, or undefined when it failed (the
 * failure is already shown). Focus goes back where it was: disabling the focused button
 * would otherwise drop a keyboard user at the top of the page.
 */
export const runBusy = async <T>(doing: string, task: () => Promise<T>): Promise<T | undefined> => {
  const focused = document.activeElement;
  const controls = [
    ...document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(CONTROLS),
  ].filter((c) => !c.disabled);
  controls.forEach((c) => (c.disabled = true));
  document.body.setAttribute('aria-busy', 'true');
  statusNode().replaceChildren(
    el(
      'p',
      { class: 'busy', role: 'status' },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }),
      doing,
    ),
  );
  try {
    const result = await task();
    clearStatus();
    return result;
  } catch (error) {
    showFailure(error);
    return undefined;
  } finally {
    controls.forEach((c) => (c.disabled = false));
    document.body.removeAttribute('aria-busy');
    if (focused instanceof HTMLElement && focused.isConnected && document.activeElement !== focused)
      focused.focus();
  }
};
