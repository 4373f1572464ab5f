// Хто не подав дані: per executor how many measures are complete and which numbers still miss
// a status, amounts or result text, with the reminder ready to copy. Sidebar layer.
import type { ExecutorProgress, SubmissionsView } from '../../shared/api';
import { counted, EXECUTORS, MEASURES_OF, numberList } from '../../shared/views';
import { button, el, focusOn } from '../dom';
import { call } from '../server';
import { announce, runBusy, showNotice } from '../status';
import { calm, empty, showUnloaded, showView, toolbar } from '../view';

const MISSING = [
  ['missingStatus', 'Без стану виконання'],
  ['missingAmounts', 'Без фактичних сум'],
  ['missingResult', 'Без опису виконання'],
] as const;

/** "3 з 5 заходів заповнено", "1 з 1 заходу заповнено" (genitive after "з"). */
const completeLine = (p: ExecutorProgress): string =>
  `${p.complete} з ${counted(p.measures, MEASURES_OF)} заповнено`;

const renderExecutor = (p: ExecutorProgress): HTMLElement => {
  const done = p.complete === p.measures;
  const share = p.measures === 0 ? 1 : p.complete / p.measures;
  return el(
    'section',
    { class: `executor${done ? ' done' : ''}` },
    el('h3', {}, p.executor),
    el('p', { class: 'progress-line' }, completeLine(p)),
    el(
      'div',
      { class: 'bar', 'aria-hidden': 'true' },
      el('span', { style: `width: ${Math.round(share * 100)}%` }),
    ),
    done
      ? null
      : el(
          'ul',
          { class: 'missing' },
          ...MISSING.filter(([key]) => p[key].length > 0).map(([key, label]) =>
            el('li', {}, `${label}: ${numberList(p[key])}`),
          ),
        ),
  );
};

/** The clipboard API when the sandbox allows it; otherwise the text stays selected for Ctrl+C. */
const copy = async (text: HTMLTextAreaElement): Promise<void> => {
  text.focus();
  text.select();
  try {
    await navigator.clipboard.writeText(text.value);
    showNotice('Скопійовано.', 'success');
  } catch {
    const copied = document.execCommand?.('copy') ?? false;
    showNotice(copied ? 'Скопійовано.' : 'Текст виділено: натисніть Ctrl+C, щоб скопіювати.');
  }
};

export const showSubmissions = (view: SubmissionsView): void => {
  const owing = view.executors.filter((p) => p.complete < p.measures);
  const ordered = [...owing, ...view.executors.filter((p) => p.complete >= p.measures)];
  const reminder = el('textarea', {
    id: 'reminder',
    readonly: '',
    // Tall enough for the whole reminder at the sidebar's width (about 34 characters a line).
    rows: String(
      Math.min(
        10,
        view.reminder.split('\n').reduce((n, line) => n + Math.ceil((line.length + 1) / 34), 0),
      ),
    ),
  });
  reminder.value = view.reminder;
  if (view.executors.length === 0) {
    // No measures table (or no measure in it): nobody can have submitted anything.
    showView(
      el('h2', { id: 'submissions-result', class: 'result-heading' }, 'Виконавців не знайдено'),
      empty(
        'У таблиці не знайдено жодного заходу з виконавцем.',
        'Перевірте таблицю на вкладці «Перевірка»: там сказано, чого бракує.',
      ),
      toolbar(button('Оновити', () => openSubmissions(true), 'secondary')),
    );
    return;
  }
  showView(
    el(
      'h2',
      { id: 'submissions-result', class: 'result-heading' },
      owing.length === 0 ? 'Дані подали всі' : 'Хто ще не подав дані',
    ),
    owing.length === 0
      ? calm('Усі виконавці подали дані')
      : el(
          'p',
          { class: 'hint' },
          `Не все подали: ${counted(owing.length, EXECUTORS)} з ${view.executors.length}.`,
        ),
    view.reminder
      ? el(
          'div',
          { class: 'field' },
          el('label', { for: 'reminder' }, 'Текст нагадування'),
          reminder,
          toolbar(button('Копіювати', () => void copy(reminder), 'action')),
        )
      : null,
    ...ordered.map(renderExecutor),
    toolbar(button('Оновити', () => openSubmissions(true), 'secondary')),
  );
};

export const openSubmissions = (focusResult = false): void => {
  void runBusy(
    {
      doing: 'Збираю дані виконавців…',
      action: 'зібрати дані виконавців',
      retry: () => openSubmissions(focusResult),
    },
    () => call('sidebarSubmissions'),
  ).then((s) => {
    if (!s) return showUnloaded('Хто не подав дані');
    showSubmissions(s);
    if (!focusResult) return;
    announce('Дані виконавців оновлено.');
    focusOn(document.getElementById('submissions-result'));
  });
};
