// Перевірка: counts, findings grouped by row with a department filter, "Перевірити знову"
// and "Зняти позначки". Sidebar layer.
import type { CheckView } from '../../shared/api';
import { button, counted, el, ERRORS, WARNINGS, wordFor } from '../dom';
import { call } from '../server';
import { runBusy, showNotice } from '../status';
import { calm, showRetry, showView, toolbar } from '../view';
import { renderFindingGroups } from './findings';

const ALL = '';
/** The last check stays shown when the person comes back to the tab: a check re-marks the sheet. */
let current: CheckView | null = null;
let chosenExecutor = ALL;

const countTile = (n: number, severity: 'error' | 'warning'): HTMLElement =>
  el(
    'div',
    { class: `count ${severity}${n === 0 ? ' zero' : ''}` },
    el('span', { class: 'count-number' }, String(n)),
    el('span', { class: 'count-label' }, wordFor(n, severity === 'error' ? ERRORS : WARNINGS)),
  );

const executorsOf = (check: CheckView): string[] =>
  [...new Set(check.findings.map((f) => f.executor).filter((e) => e !== ''))].sort((a, b) =>
    a.localeCompare(b, 'uk'),
  );

const recheck = (): void => {
  void runBusy('Перевіряю таблицю…', () => call('sidebarCheck')).then((c) => {
    if (c) showCheck(c);
    else if (!current) showRetry(recheck);
  });
};

const clearMarks = (): void => {
  void runBusy('Знімаю позначки…', () => call('clearMarksNow')).then((n) => {
    if (n === undefined || !current) return;
    showCheck({ ...current, marked: 0 });
    showNotice(
      n === 0
        ? 'Позначок на аркуші не було.'
        : `Позначки знято з ${counted(n, { one: 'клітинки', few: 'клітинок', many: 'клітинок' })}.`,
      'success',
    );
  });
};

const renderList = (check: CheckView, executor: string): HTMLElement => {
  if (check.findings.length === 0)
    return calm('Помилок не знайдено', 'Таблицю можна подавати у звіт.');
  const shown = check.findings.filter((f) => executor === ALL || f.executor === executor);
  if (shown.length === 0) return calm('У цього виконавця зауважень немає');
  return renderFindingGroups(shown, check.sheet);
};

export const showCheck = (check: CheckView): void => {
  current = check;
  const executors = executorsOf(check);
  if (!executors.includes(chosenExecutor)) chosenExecutor = ALL;
  const list = el('div', { class: 'list' }, renderList(check, chosenExecutor));
  const filter = el(
    'select',
    { id: 'executor-filter' },
    el('option', { value: ALL }, 'Усі'),
    ...executors.map((e) => el('option', { value: e }, e)),
  );
  filter.value = chosenExecutor;
  filter.addEventListener('change', () => {
    chosenExecutor = filter.value;
    list.replaceChildren(renderList(check, chosenExecutor));
  });
  showView(
    el(
      'div',
      { class: 'counts' },
      countTile(check.errors, 'error'),
      countTile(check.warnings, 'warning'),
    ),
    check.marked > 0
      ? el(
          'p',
          { class: 'hint' },
          `На аркуші «${check.sheet}» позначено ${counted(check.marked, { one: 'клітинку', few: 'клітинки', many: 'клітинок' })}.`,
        )
      : null,
    toolbar(
      button('Перевірити знову', recheck, 'action'),
      button('Зняти позначки', clearMarks, 'secondary'),
    ),
    executors.length > 0
      ? el('div', { class: 'field' }, el('label', { for: 'executor-filter' }, 'Виконавець'), filter)
      : null,
    list,
  );
};

/** Opens the tab: the last check if there is one, else a fresh check. */
export const openCheck = (): void => {
  if (current) showCheck(current);
  else recheck();
};
