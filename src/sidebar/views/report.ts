// Звіт: the one result card ("Останній звіт": link, time, folder, PDF) that stays, the report
// built in steps the person sees (Перевіряю → Створюю документ → Заповнюю таблицю, then
// Зберігаю PDF on request), «Замінити останній звіт?» before a second one, and the preview.
// A refusal shows its findings in the check view. Sidebar layer.
import type { FilledReport, LastReport } from '../../shared/api';
import type { FailureText } from '../../shared/views';
import {
  counted,
  FILE_GONE_TEXT,
  replacedMessage,
  STALE_REPORT_MESSAGE,
  WARNINGS,
} from '../../shared/views';
import { button, el, externalLink, focusOn } from '../dom';
import { call } from '../server';
import { scopeArgs } from '../scope';
import { announce, focusFailure, runBusy, showFailureText } from '../status';
import { selectTab } from '../tabs';
import { empty, showView, toolbar } from '../view';
import { showCheck } from './check';
import { previewSection } from './preview';

const STEPS = ['Перевіряю таблицю', 'Створюю документ', 'Заповнюю таблицю'] as const;
type StepState = 'waiting' | 'running' | 'done' | 'failed';
const STATE_TEXT: Readonly<Record<StepState, string>> = {
  waiting: 'далі',
  running: 'зараз',
  done: 'готово',
  failed: 'не вдалося',
};
const STATE_ICON: Readonly<Record<StepState, string>> = {
  waiting: '',
  running: '',
  done: '✓',
  failed: '!',
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** "25.11.2026, 22:50" in the person's own time zone. */
export const formatWhen = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The step list: each step says in words whether it is done, running or next. */
const stepList = (): { node: HTMLElement; set(step: number, state: StepState): void } => {
  const items = STEPS.map((label) => {
    const state = el('span', { class: 'sr-only' });
    const icon = el('span', { class: 'step-icon', 'aria-hidden': 'true' });
    const li = el('li', { class: 'step waiting' }, icon, el('span', {}, label), state);
    return { li, state, icon };
  });
  const set = (step: number, s: StepState): void => {
    const item = items[step];
    if (!item) return;
    item.li.className = `step ${s}`;
    item.state.textContent = ` — ${STATE_TEXT[s]}`;
    item.icon.textContent = STATE_ICON[s];
  };
  items.forEach((_, i) => set(i, 'waiting'));
  return {
    node: el(
      'ol',
      { class: 'steps', 'aria-label': 'Як формується звіт' },
      ...items.map((i) => i.li),
    ),
    set,
  };
};

const detail = (term: string, value: Node | string): Node[] => [
  el('dt', {}, term),
  el('dd', {}, value),
];

/** Whether a failure says the report is gone: its Doc deleted, or another report made since. */
const reportGone = (failure: FailureText): boolean =>
  failure.text.includes(FILE_GONE_TEXT) || failure.text.includes(STALE_REPORT_MESSAGE);

/**
 * The "Останній звіт" card; its one action is "Зберегти PDF" until a PDF is saved. `gone`: a
 * PDF was refused because the report is no more.
 */
const reportCard = (
  last: LastReport,
  onChange: (last: LastReport) => void,
  gone: () => void,
): HTMLElement => {
  const savePdf = (): void => {
    void runBusy(
      {
        doing: 'Зберігаю PDF…',
        action: 'зберегти PDF',
        retry: savePdf,
        failed: (failure) => {
          if (reportGone(failure)) gone();
        },
      },
      () => call('reportPdf', last.docId),
    ).then((updated) => {
      if (!updated) return;
      onChange(updated);
      announce('PDF збережено.');
      focusOn(document.getElementById('last-report-pdf'));
    });
  };
  return el(
    'section',
    { class: 'card', 'aria-labelledby': 'last-report-heading' },
    el('h2', { id: 'last-report-heading' }, 'Останній звіт'),
    el('p', { class: 'doc-link' }, externalLink(last.name, last.url)),
    el(
      'dl',
      { class: 'card-details' },
      ...detail('Створено', formatWhen(last.createdAt)),
      ...(last.period ? detail('Період', last.period) : []),
      ...detail('Папка', externalLink(last.folder.name, last.folder.url)),
      ...detail(
        'PDF',
        last.pdf
          ? el('span', { id: 'last-report-pdf' }, externalLink(last.pdf.name, last.pdf.url))
          : 'ще не збережено',
      ),
    ),
    last.pdf ? null : toolbar(button('Зберегти PDF', savePdf, 'action')),
  );
};

interface Slots {
  readonly card: HTMLElement;
  readonly progress: HTMLElement;
  readonly actions: HTMLElement;
}

/** The last report this page knows of: shown again when a new one is cancelled or fails. */
let known: LastReport | null = null;

/**
 * How the button that makes a report is offered under the card: as usual (primary without a
 * report yet); `none` when a failure's «Спробувати знову» above already makes it again;
 * `after-change` when a refusal above says that the table as it stands is refused again (too
 * many measures, no permission): a plain button, with a word on what to do first.
 */
type Offer = 'usual' | 'none' | 'after-change';

/** The card (or "no report yet") and the button that makes a report, as `offer` says. */
const showLast = (slots: Slots, last: LastReport | null, offer: Offer = 'usual'): void => {
  known = last;
  const again = (): void => void build(slots);
  slots.actions.replaceChildren();
  slots.card.replaceChildren(
    last
      ? reportCard(
          last,
          (updated) => showLast(slots, updated),
          () => showGone(slots, last),
        )
      : empty(
          'Звіту ще не створено.',
          'Zvit перевірить таблицю, створить Google Документ у папці звітів і заповнить його.',
        ),
  );
  if (offer === 'none') return;
  const label = last ? 'Сформувати заново' : 'Сформувати звіт';
  if (offer === 'after-change') {
    slots.actions.replaceChildren(
      el(
        'p',
        { class: 'hint' },
        'Так само сформувати звіт не вдасться: спершу зробіть те, що сказано вище.',
      ),
      toolbar(button(label, again, 'secondary')),
    );
    return;
  }
  slots.actions.replaceChildren(toolbar(button(label, again, last ? 'secondary' : 'create')));
  if (last)
    slots.actions.append(
      el(
        'p',
        { class: 'hint' },
        'Новий звіт можна створити замість цього або поруч із ним: Zvit запитає.',
      ),
    );
};

/**
 * The last report is no more (its Doc deleted, or a newer one made meanwhile): no link to it, no
 * PDF to save; making a report is the one thing to do. The failure above, which said why, takes
 * the focus: the button pressed is gone.
 */
const showGone = (slots: Slots, gone: LastReport): void => {
  known = null;
  slots.card.replaceChildren(
    el(
      'section',
      { class: 'card', 'aria-labelledby': 'last-report-heading' },
      el('h2', { id: 'last-report-heading' }, 'Останній звіт'),
      empty(
        `Звіту «${gone.name}» уже немає.`,
        'Його видалили або замість нього сформовано новий. Сформуйте звіт знову.',
      ),
    ),
  );
  slots.actions.replaceChildren(
    toolbar(button('Сформувати звіт', () => void build(slots), 'create')),
  );
  focusOn(document.querySelector<HTMLElement>('#status .failure'));
};

/** The last report could not be loaded: a new one can be made all the same. */
const showLastUnknown = (slots: Slots): void => {
  known = null;
  slots.card.replaceChildren(
    empty(
      'Останній звіт не вдалося завантажити.',
      'Новий звіт можна сформувати й так: якщо останній звіт є, Zvit запитає, чи замінити його.',
    ),
  );
  slots.actions.replaceChildren(
    toolbar(button('Сформувати звіт', () => void build(slots), 'create')),
  );
};

/** «Замінити останній звіт?»: resolves true (replace), false (keep both) or null (cancel). */
const askReplace = (slots: Slots, previous: LastReport): Promise<boolean | null> =>
  new Promise((answer) => {
    const choose = (value: boolean | null) => () => {
      slots.progress.replaceChildren();
      answer(value);
    };
    const question = el(
      'div',
      { class: 'ask', role: 'group', 'aria-labelledby': 'ask-title' },
      el('h2', { id: 'ask-title' }, 'Замінити останній звіт?'),
      el(
        'p',
        {},
        `Звіт «${previous.name}» створено ${formatWhen(previous.createdAt)}. Якщо замінити, ` +
          'його буде переміщено в кошик Google Диска (звідти його можна відновити), щойно ' +
          'новий буде готовий.',
      ),
      toolbar(
        button('Замінити', choose(true), 'action'),
        button('Залишити обидва', choose(false), 'secondary'),
        button('Скасувати', choose(null), 'secondary'),
      ),
    );
    slots.progress.replaceChildren(question);
    focusOn(question.querySelector('h2'));
  });

/** The report in steps; each step is one server call the person sees. */
const build = async (slots: Slots): Promise<void> => {
  const steps = stepList();
  const restart = (): void => void build(slots);
  /**
   * The step marked failed and the failure (shown above) focused: the button pressed is gone.
   * Its «Спробувати знову», when there is one, is the one way to make the report again;
   * without one, trying again as it stands is refused the same way (no primary button invites
   * it), unless the file it worked on is gone: then a report made afresh makes a new one.
   */
  const fail = (at: number): void => {
    steps.set(at, 'failed');
    const retry = document.querySelector<HTMLElement>('#status .retry');
    // A file gone from under the report (its Doc trashed meanwhile): a report made afresh makes a
    // new one, so the button is offered as usual, not as one that needs a change first.
    const gone =
      document.querySelector('#status .failure')?.textContent?.includes(FILE_GONE_TEXT) ?? false;
    showLast(slots, known, retry !== null ? 'none' : gone ? 'usual' : 'after-change');
    focusOn(retry ?? document.querySelector<HTMLElement>('#status .failure'));
  };
  slots.progress.replaceChildren(steps.node);
  // While a report is made the only thing to do is wait (or answer «Замінити останній звіт?»).
  slots.card.replaceChildren();
  slots.actions.replaceChildren();
  // The button pressed is gone: focus waits on the steps, which say how far the report is.
  focusOn(steps.node);
  steps.set(0, 'running');
  announce('Формую звіт: перевіряю таблицю.');
  const check = await runBusy(
    { doing: 'Перевіряю таблицю…', action: 'перевірити таблицю', retry: restart },
    () => call('reportCheck', ...scopeArgs()),
  );
  if (!check) return fail(0);
  if (!check.ok) {
    if (check.check) {
      steps.set(0, 'failed');
      // The findings that block the report, where a click selects the cell.
      selectTab('check');
      showCheck(check.check, check.message);
      focusOn(document.getElementById('check-result'));
      return;
    }
    showFailureText(check.message, check.retry ? restart : undefined);
    fail(0);
    return;
  }
  steps.set(0, 'done');
  // The server's last report: still the last one should a later step fail, replaced or not.
  known = check.previous;
  let replace = false;
  if (check.previous) {
    const answer = await askReplace(slots, check.previous);
    if (answer === null) {
      showLast(slots, check.previous);
      // The question and its buttons are gone: focus goes to the report that stays.
      focusOn(document.getElementById('last-report-heading'));
      return;
    }
    replace = answer;
    slots.progress.replaceChildren(steps.node);
    focusOn(steps.node);
  }
  steps.set(1, 'running');
  announce('Створюю документ.');
  const draft = await runBusy(
    { doing: 'Створюю документ…', action: 'створити документ звіту', retry: restart },
    () => call('reportCreate', replace),
  );
  if (!draft) return fail(1);
  steps.set(1, 'done');
  steps.set(2, 'running');
  announce('Заповнюю таблицю.');
  const last: FilledReport | undefined = await runBusy(
    { doing: 'Заповнюю таблицю…', action: 'заповнити таблицю звіту', retry: restart },
    () => call('reportFill', draft.docId, ...scopeArgs()),
  );
  if (!last) return fail(2);
  steps.set(2, 'done');
  showLast(slots, last);
  const replaced = last.replaced ? replacedMessage(last.replaced) : '';
  const warnings =
    check.warnings > 0
      ? `У таблиці ${counted(check.warnings, WARNINGS)}. Звіту це не заважає, але варто переглянути вкладку «Перевірка».`
      : '';
  // What the report left out (Пояснення rows that name no section) is said with the warnings.
  const said = [warnings, ...(last.notes ?? [])].filter((t) => t !== '');
  slots.progress.replaceChildren(
    replaced ? el('p', { class: last.replaced?.trashed ? 'hint' : 'warning-text' }, replaced) : '',
    ...said.map((t) => el('p', { class: 'warning-text' }, t)),
  );
  announce(['Звіт створено.', replaced, ...said].filter((t) => t).join(' '));
  focusOn(document.getElementById('last-report-heading'));
};

/** Opens the tab: the last report, then the preview; `start` builds a report at once. */
export const openReport = (start = false): void => {
  const slots: Slots = {
    card: el('div', { class: 'card-slot' }),
    progress: el('div', { class: 'progress-slot' }),
    actions: el('div', { class: 'actions-slot' }),
  };
  const preview = previewSection();
  showView(slots.card, slots.progress, slots.actions, preview.node);
  if (start) {
    void build(slots);
    return;
  }
  /** `focusResult`: after «Спробувати знову», whose button is gone, the card takes the focus. */
  const load = (focusResult = false): void => {
    void runBusy(
      {
        doing: 'Шукаю останній звіт…',
        action: 'знайти останній звіт',
        retry: () => load(true),
      },
      () => call('lastReport'),
    ).then((last) => {
      if (last === undefined) showLastUnknown(slots);
      else showLast(slots, last);
      // Failed again: the new «Спробувати знову».
      if (focusResult && last === undefined) focusFailure();
      else if (focusResult)
        focusOn(
          document.getElementById('last-report-heading') ??
            slots.card.querySelector<HTMLElement>('.empty-state'),
        );
      // Alongside: «Сформувати звіт» stays usable while the preview is prepared.
      preview.loadAlongside();
    });
  };
  load();
};
