// The settings dialog: the parameters of the Налаштування tab, the period read back as it
// is typed, the fields checked before saving (marked invalid with the reason beside it), the
// first field focused on open, and a question before unsaved edits are dropped. Sidebar layer.
import type { SettingKey } from '../../core/settings';
import type { PeriodEcho, SettingsView } from '../../shared/api';
import { invalidReason } from '../../shared/settings-form';
import { button, el, focusOn } from '../dom';
import { call, closeDialog } from '../server';
import { announce, clearStatus, runBusy, showNotice } from '../status';
import { showView, toolbar } from '../view';

/** Waits for a pause in typing before asking the server to read the period. */
const ECHO_DELAY_MS = 350;

/** What an optional field's emptiness means, said under it. */
const HINTS: Partial<Record<SettingKey, string>> = {
  sectionName:
    'Номер і назву розділу можна не вказувати, якщо вони є в рядку над таблицею («4.4. Назва») ' +
    'або в назві аркуша. Коли розділів кілька, їх беруть з аркушів; номер звідси отримує ' +
    'лише єдиний аркуш без номера.',
  city: 'Якщо не вказати, у назві звіту не буде «по місту …».',
  programme: 'Друкується над звітом, якщо вказано; для одного розділу не потрібна.',
};
/** The section's number is explained by the hint under its name, the field after it. */
const HINT_OF: Partial<Record<SettingKey, SettingKey>> = {
  sectionNumber: 'sectionName',
  sectionName: 'sectionName',
  city: 'city',
  programme: 'programme',
};

const showEcho = (node: HTMLElement, echo: PeriodEcho): void => {
  node.textContent = echo.text;
  node.className = echo.ok ? 'echo ok' : 'echo bad';
};

export const showSettings = (settings: SettingsView): void => {
  const keys = Object.keys(settings.labels) as SettingKey[];
  const inputs = new Map<SettingKey, HTMLInputElement>();
  const messages = new Map<SettingKey, HTMLElement>();
  let saved = { ...settings.values };
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
  const valueOf = (key: SettingKey): string => inputs.get(key)?.value ?? '';
  const dirty = (): boolean => keys.some((k) => valueOf(k) !== (saved[k] ?? ''));

  const mark = (key: SettingKey, reason: string): void => {
    const input = inputs.get(key);
    const message = messages.get(key);
    if (!input || !message) return;
    if (key === 'period') {
      // The period's reason is its echo line, already beside the field.
      if (reason) showEcho(echo, { ok: false, text: reason });
    } else message.textContent = reason;
    if (reason) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };

  const fields = keys.map((key) => {
    const id = `setting-${key}`;
    const message = el('p', { id: `${id}-error`, class: 'field-error' });
    messages.set(key, message);
    const hintOf = HINT_OF[key];
    const hint = HINTS[key];
    const input = el('input', {
      id,
      name: key,
      type: 'text',
      autocomplete: 'off',
      'aria-describedby': [key === 'period' ? 'period-echo' : message.id]
        .concat(hintOf ? [`setting-${hintOf}-hint`] : [])
        .join(' '),
    });
    input.value = settings.values[key] ?? '';
    inputs.set(key, input);
    input.addEventListener('input', () => {
      // A field marked invalid is cleared as soon as it holds something that would save.
      if (
        input.hasAttribute('aria-invalid') &&
        !invalidReason(key, settings.labels[key], input.value)
      )
        mark(key, '');
      if (key === 'period') {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => askEcho(input.value), ECHO_DELAY_MS);
      }
    });
    return el(
      'div',
      { class: 'field' },
      el('label', { for: id }, settings.labels[key]),
      input,
      key === 'period' ? echo : message,
      hint ? el('p', { id: `${id}-hint`, class: 'hint field-hint' }, hint) : null,
    );
  });

  /**
   * A refusal: back in the form with its usual buttons (the question about unsaved edits, if it
   * was asked, is answered by the refusal), the invalid field focused.
   */
  const refuse = (field: SettingKey): void => {
    if (!actions.querySelector('button[type="submit"]')) actions.replaceChildren(plainActions());
    inputs.get(field)?.focus();
  };

  const save = (then?: () => void): void => {
    const reasons = keys.map((k) => [k, invalidReason(k, settings.labels[k], valueOf(k))] as const);
    for (const [key, reason] of reasons) mark(key, reason);
    const invalid = reasons.filter(([, reason]) => reason !== '');
    if (invalid.length > 0) {
      const first = invalid[0]?.[0] as SettingKey;
      clearStatus();
      announce(
        invalid.length === 1
          ? 'Налаштування не збережено: виправте позначене поле.'
          : 'Налаштування не збережено: виправте позначені поля.',
      );
      refuse(first);
      return;
    }
    const values = Object.fromEntries(keys.map((k) => [k, valueOf(k)])) as Record<
      SettingKey,
      string
    >;
    window.clearTimeout(timer);
    asked++;
    void runBusy(
      {
        doing: 'Зберігаю налаштування…',
        action: 'зберегти налаштування',
        retry: () => save(then),
      },
      () => call('saveSettings', values),
    ).then((view) => {
      // The failure is in the status line above the form: its «Спробувати знову» takes the focus.
      if (!view)
        return focusOn(
          document.querySelector<HTMLElement>('#status .retry') ??
            document.querySelector<HTMLElement>('#status .failure'),
        );
      saved = { ...view.values };
      for (const key of keys) {
        const input = inputs.get(key);
        if (input) input.value = view.values[key] ?? '';
      }
      showEcho(echo, view.periodEcho);
      if (!view.periodEcho.ok) {
        mark('period', view.periodEcho.text);
        refuse('period');
        return;
      }
      if (then) return then();
      // Said in the status line above the form (pinned in sight), and focused there.
      focusOn(showNotice('Налаштування збережено.', 'success'));
    });
  };

  const actions = el('div', { class: 'actions-slot' });
  const plainActions = (): HTMLElement =>
    toolbar(
      el('button', { type: 'submit', class: 'action' }, 'Зберегти'),
      button('Закрити', close, 'secondary'),
    );
  /** Closing with unsaved edits asks first; the question replaces the buttons. */
  function close(): void {
    if (!dirty()) return closeDialog();
    const back = (): void => {
      actions.replaceChildren(plainActions());
      focusOn(actions.querySelector<HTMLElement>('button:not([type="submit"])'));
    };
    const ask = el(
      'div',
      { class: 'ask', role: 'group', 'aria-labelledby': 'unsaved-title' },
      el('h2', { id: 'unsaved-title' }, 'Зміни не збережено'),
      el('p', {}, 'Зберегти їх перед тим, як закрити вікно?'),
      toolbar(
        button('Зберегти й закрити', () => save(closeDialog), 'action'),
        button('Закрити без збереження', closeDialog, 'secondary'),
        button('Повернутися', back, 'secondary'),
      ),
    );
    actions.replaceChildren(ask);
    // The question stands at the form's end, below the fold of a short window: brought into sight
    // whole, its first answer focused (the group's title is read out with it).
    ask.scrollIntoView({ block: 'nearest' });
    focusOn(ask.querySelector('button'));
  }
  actions.append(plainActions());
  const form = el('form', { class: 'settings', novalidate: '' }, ...fields, actions);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  showView(form);
  inputs.get(keys[0] as SettingKey)?.focus();
};
