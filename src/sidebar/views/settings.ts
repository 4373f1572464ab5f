// The settings dialog: the six parameters of the Налаштування tab, the period read back as it
// is typed, and "Зберегти". Sidebar layer.
import type { SettingKey } from '../../core/settings';
import type { PeriodEcho, SettingsView } from '../../shared/api';
import { button, el } from '../dom';
import { call, closeDialog } from '../server';
import { runBusy, showNotice } from '../status';
import { showView, toolbar } from '../view';

/** Waits for a pause in typing before asking the server to read the period. */
const ECHO_DELAY_MS = 350;

const showEcho = (node: HTMLElement, echo: PeriodEcho): void => {
  node.textContent = echo.text;
  node.className = echo.ok ? 'echo ok' : 'echo bad';
};

export const showSettings = (settings: SettingsView): void => {
  const keys = Object.keys(settings.labels) as SettingKey[];
  const inputs = new Map<SettingKey, HTMLInputElement>();
  const echo = el('p', { id: 'period-echo', 'aria-live': 'polite' });
  showEcho(echo, settings.periodEcho);
  let timer = 0;
  // Only the answer to the latest text is shown, whatever order the answers come back in.
  let asked = 0;
  const askEcho = (text: string): void => {
    const ticket = ++asked;
    call('echoPeriod', text)
      .then((e) => ticket === asked && showEcho(echo, e))
      .catch(() => undefined);
  };
  const fields = keys.map((key) => {
    const id = `setting-${key}`;
    const input = el('input', { id, name: key, type: 'text', autocomplete: 'off' });
    input.value = settings.values[key] ?? '';
    inputs.set(key, input);
    if (key === 'period') {
      input.setAttribute('aria-describedby', 'period-echo');
      input.addEventListener('input', () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => askEcho(input.value), ECHO_DELAY_MS);
      });
    }
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id }, settings.labels[key]),
      input,
      key === 'period' ? echo : null,
    );
  });
  const save = (): void => {
    const values = Object.fromEntries(keys.map((k) => [k, inputs.get(k)?.value ?? ''])) as Record<
      SettingKey,
      string
    >;
    window.clearTimeout(timer);
    asked++;
    void runBusy('Зберігаю налаштування…', () => call('saveSettings', values)).then((saved) => {
      if (!saved) return;
      for (const key of keys) {
        const input = inputs.get(key);
        if (input) input.value = saved.values[key] ?? '';
      }
      showEcho(echo, saved.periodEcho);
      showNotice('Збережено', 'success');
    });
  };
  const form = el(
    'form',
    { class: 'settings', novalidate: '' },
    ...fields,
    toolbar(
      el('button', { type: 'submit', class: 'action' }, 'Зберегти'),
      button('Закрити', closeDialog, 'secondary'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  showView(form);
};
