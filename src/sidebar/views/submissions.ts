// Хто не подав дані: per executor how many measures are complete and which numbers still miss
// a status, amounts or result text, with the reminder ready to copy. Sidebar layer.
import type { ExecutorProgress, SubmissionsView } from '../../shared/api';
import { button, el, wordFor } from '../dom';
import { call } from '../server';
import { runBusy, showNotice } from '../status';
import { calm, showRetry, showView, toolbar } from '../view';

const numbers = (list: readonly string[]): string => list.map((n) => `№ ${n}`).join(', ');

const MISSING = [
  ['missingStatus', 'Без стану виконання'],
  ['missingAmounts', 'Без фактичних сум'],
  ['missingResult', 'Без опису виконання'],
] as const;

/** "3 з 5 заходів заповнено", "1 з 1 заходу заповнено" (genitive after "з"). */
const completeLine = (p: ExecutorProgress): string =>
  `${p.complete} з ${p.measures} ${wordFor(p.measures, { one: 'заходу', few: 'заходів', many: 'заходів' })} заповнено`;

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
            el('li', {}, `${label}: ${numbers(p[key])}`),
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
  showView(
    owing.length === 0
      ? calm('Усі виконавці подали дані')
      : el(
          'p',
          { class: 'hint' },
          `Не все подали: ${owing.length} ${wordFor(owing.length, { one: 'виконавець', few: 'виконавці', many: 'виконавців' })} з ${view.executors.length}.`,
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
    toolbar(button('Оновити', openSubmissions, 'secondary')),
  );
};

export const openSubmissions = (): void => {
  void runBusy('Збираю дані виконавців…', () => call('sidebarSubmissions')).then((s) =>
    s ? showSubmissions(s) : showRetry(openSubmissions),
  );
};
