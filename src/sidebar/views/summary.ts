// Підсумки: execution counts, the summary paragraphs with the funding line, and the totals per
// source exactly as the report prints them. Sidebar layer.
import type { SummaryView } from '../../shared/api';
import { menuPath } from '../../shared/views';
import { button, counted, el, ERRORS, focusOn } from '../dom';
import { call } from '../server';
import { scopeArgs } from '../scope';
import { announce, focusFailure, runBusy, showNotice } from '../status';
import { empty, showUnloaded, showView, toolbar } from '../view';

const formatDate = (iso: string): string => iso.split('-').reverse().join('.');

const COUNT_LABELS = [
  ['planned', 'Заплановано'],
  ['executing', 'Виконувались'],
  ['notYetDue', 'Термін не настав'],
  ['overdue', 'Прострочено'],
  ['unknownDeadline', 'Термін невідомий'],
] as const;

type Written = readonly { readonly sheet: string; readonly row: number }[];

/** Where the ВСЬОГО rows went: every tab written, not only the first. */
const writtenText = (written: Written): string => {
  const places = written.map(({ sheet, row }) => `рядок ${row} аркуша «${sheet}»`);
  return places.length === 1
    ? `Рядок ВСЬОГО з формулами записано в ${places[0]}.`
    : `Рядки ВСЬОГО з формулами записано: ${places.join(', ')}.`;
};

export const showSummary = (summary: SummaryView): void => {
  if (summary.counts.planned === 0) {
    showView(
      el('h2', { id: 'summary-result', class: 'result-heading' }, 'Підсумків немає'),
      empty(
        'У таблиці не знайдено жодного заходу.',
        'Перевірте таблицю на вкладці «Перевірка»: там сказано, чого бракує.',
      ),
      toolbar(button('Оновити', () => openSummary(true), 'secondary')),
    );
    return;
  }
  const written: Written =
    summary.totalsRows ??
    (summary.totalsRow > 0 ? [{ sheet: summary.sheet, row: summary.totalsRow }] : []);
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
        : `Звітний період не прочитано: вкажіть його в ${menuPath('Налаштування')}.`,
    ),
    summary.errors > 0
      ? el(
          'p',
          { class: 'warning-text' },
          `У таблиці ${counted(summary.errors, ERRORS)}: після виправлень підсумки можуть змінитися.`,
        )
      : null,
    el('h2', { id: 'summary-result', class: 'result-heading' }, 'Заходи'),
    counts,
    ...summary.summary.map((p) => el('p', { class: 'summary-text' }, p)),
    el('h2', {}, 'Кошти'),
    totals,
    written.length > 0 ? el('p', { class: 'hint' }, writtenText(written)) : null,
    toolbar(
      button('Записати рядок ВСЬОГО', writeTotals, 'secondary'),
      button('Чернетка пояснень', draftNarrative, 'secondary'),
      button('Оновити', () => openSummary(true), 'secondary'),
    ),
  );
};

/**
 * *Підрахувати підсумки* over the same tabs as the check and the report: the whole programme, or
 * the active tab when «Лише активний аркуш» is on (the menu item has no such switch).
 */
const writeTotals = (): void => {
  void runBusy(
    { doing: 'Записую рядок ВСЬОГО…', action: 'записати рядок ВСЬОГО', retry: writeTotals },
    () => call('sidebarTotals', ...scopeArgs()),
  ).then((s) => {
    if (!s) return;
    showSummary(s);
    announce('Рядок ВСЬОГО записано.');
    focusOn(document.getElementById('summary-result'));
  });
};

/**
 * «Чернетка пояснень»: a draft paragraph per section still without one, on the Пояснення tab;
 * what a person wrote there stays as it is. The server's message says what was added.
 */
const draftNarrative = (): void => {
  void runBusy(
    {
      doing: 'Пишу чернетку пояснень…',
      action: 'додати чернетку пояснень',
      retry: draftNarrative,
    },
    () => call('draftNarrative'),
  ).then((result) => {
    if (result) showNotice(result.message, 'success');
  });
};

export const openSummary = (focusResult = false): void => {
  void runBusy(
    {
      doing: 'Рахую підсумки…',
      action: 'порахувати підсумки',
      // The retry button is gone once pressed: the reloaded view, or the new retry, takes the focus.
      retry: () => openSummary(true),
    },
    () => call('sidebarSummary', ...scopeArgs()),
  ).then((s) => {
    if (!s) {
      showUnloaded('Підсумки');
      if (focusResult) focusFailure();
      return;
    }
    showSummary(s);
    if (!focusResult) return;
    announce('Підсумки оновлено.');
    focusOn(document.getElementById('summary-result'));
  });
};
