// Підсумки: execution counts, the summary paragraphs with the funding line, and the totals per
// source exactly as the report prints them. Sidebar layer.
import type { SummaryView } from '../../shared/api';
import { button, counted, el, ERRORS } from '../dom';
import { call } from '../server';
import { runBusy } from '../status';
import { showRetry, showView, toolbar } from '../view';

const formatDate = (iso: string): string => iso.split('-').reverse().join('.');

const COUNT_LABELS = [
  ['planned', 'Заплановано'],
  ['executing', 'Виконувались'],
  ['notYetDue', 'Термін не настав'],
  ['overdue', 'Прострочено'],
  ['unknownDeadline', 'Термін невідомий'],
] as const;

export const showSummary = (summary: SummaryView): void => {
  const counts = el(
    'dl',
    { class: 'figures' },
    ...COUNT_LABELS.flatMap(([key, label]) => [
      el('dt', {}, label),
      el(
        'dd',
        { class: key === 'overdue' && summary.counts.overdue > 0 ? 'bad' : '' },
        String(summary.counts[key]),
      ),
    ]),
  );
  const totals = el(
    'table',
    { class: 'totals-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Джерело'),
        el('th', { scope: 'col' }, 'План / факт, тис. грн'),
      ),
    ),
    el(
      'tbody',
      {},
      ...summary.totals.map((t) =>
        el('tr', {}, el('th', { scope: 'row' }, t.label), el('td', {}, t.text)),
      ),
    ),
  );
  showView(
    el(
      'p',
      { class: summary.period ? 'hint' : 'warning-text' },
      summary.period
        ? `Звітний період: ${summary.period.label} (до ${formatDate(summary.period.end)}).`
        : 'Звітний період не прочитано: вкажіть його в меню «Звіт» → «Налаштування».',
    ),
    summary.errors > 0
      ? el(
          'p',
          { class: 'warning-text' },
          `У таблиці ${counted(summary.errors, ERRORS)}: після виправлень підсумки можуть змінитися.`,
        )
      : null,
    el('h2', {}, 'Заходи'),
    counts,
    ...summary.summary.map((p) => el('p', { class: 'summary-text' }, p)),
    el('h2', {}, 'Кошти'),
    totals,
    summary.totalsRow > 0
      ? el(
          'p',
          { class: 'hint' },
          `Рядок ВСЬОГО з формулами записано в рядок ${summary.totalsRow} аркуша «${summary.sheet}».`,
        )
      : null,
    toolbar(button('Оновити', openSummary, 'secondary')),
  );
};

export const openSummary = (): void => {
  void runBusy('Рахую підсумки…', () => call('sidebarSummary')).then((s) =>
    s ? showSummary(s) : showRetry(openSummary),
  );
};
