// Перевірка: the counts pinned under the tabs and working as filters, "Наступна помилка" that
// walks the sheet cell by cell, findings grouped by row with department and kind filters,
// "Перевірити знову" and "Зняти позначки". Sidebar layer.
import type { FindingCode, Severity } from '../../core/findings';
import type { CheckView, FindingView } from '../../shared/api';
import { CELLS, clearedMessage, counted, ERRORS, WARNINGS } from '../../shared/views';
import { button, el, focusOn } from '../dom';
import { call } from '../server';
import { isActiveOnly, scopeArgs } from '../scope';
import { announce, focusFailure, runBusy, showFailureText, showNotice } from '../status';
import { calm, empty, fitScrollPadding, pin, showUnloaded, showView, toolbar } from '../view';
import { findingKey, keyFindings, placeOf, renderFindingGroups, selectFinding } from './findings';

const ALL = '';

/** Short names of the kinds of findings, for the "Вид" filter. */
// Every code has its label: a new kind of finding is a compile error here until it is named.
const KIND_LABELS: Readonly<Record<FindingCode, string>> = {
  'missing-column': 'Немає стовпця',
  'duplicate-column': 'Стовпець двічі',
  'no-header': 'Немає шапки таблиці',
  required: 'Порожня клітинка',
  'not-a-number': 'Не число',
  negative: 'Від’ємна сума',
  'too-precise': 'Забагато знаків після коми',
  'sheet-error': 'Помилка у формулі',
  'plan-fact-in-one-cell': 'План і факт в одній клітинці',
  'total-mismatch': '«Всього» не дорівнює сумі',
  'total-missing': 'Не заповнено «Всього»',
  'fact-over-plan': 'Факт більший за план',
  'fact-without-plan': 'Факт без плану',
  'not-done-with-fact': '«Не виконано», але є факт',
  'unknown-status': 'Невідомий стан виконання',
  'unknown-term': 'Невідомий термін',
  numbering: 'Нумерація заходів',
  'declared-total-mismatch': 'Рядок ВСЬОГО не збігається',
  'lookalike-letters': 'Латинські літери серед кириличних',
  'bad-period': 'Звітний період',
  'missing-setting': 'Не вказано налаштування',
  'setting-not-text': 'Налаштування змінила таблиця',
  'fact-decreased': 'Факт менший, ніж у звіті за попередній період',
  'duplicate-section': 'Однаковий номер розділу',
  'section-number': 'Номер розділу',
  'section-from-settings': 'Номер розділу з налаштувань',
  'narrative-section': 'Пояснення без розділу',
  'empty-section': 'Розділ без заходів',
  'previous-period': 'Звіт за попередній період',
  'printed-layout': 'Таблиця з друкованого звіту',
  'hidden-rows': 'Приховані рядки',
  'unfinished-measure': 'Незаповнений захід',
  'hidden-sheet': 'Прихований аркуш',
  'stray-mark': 'Колір позначки без примітки',
  'repeated-header': 'Шапка таблиці ще раз',
  'shared-sum': 'Сума на кілька заходів',
  'group-sum-mismatch': 'Суми групи не збігаються',
};
const kindLabel = (code: FindingCode): string => KIND_LABELS[code];

interface Filters {
  severity: Severity | typeof ALL;
  executor: string;
  kind: FindingCode | typeof ALL;
}

/** The last check stays shown when the person comes back to the tab: a check re-marks the sheet. */
let current: CheckView | null = null;
/** The check shown is an earlier one: checking again failed since. */
let earlier = false;
const filters: Filters = { severity: ALL, executor: ALL, kind: ALL };
/** Where "Наступна помилка" stands: the key of the finding it showed last. */
let walkAt = '';

const shownOf = (check: CheckView): FindingView[] =>
  check.findings.filter(
    (f) =>
      (filters.severity === ALL || f.severity === filters.severity) &&
      (filters.executor === ALL || f.executor === filters.executor) &&
      (filters.kind === ALL || f.code === filters.kind),
  );

const columnOf = (a1: string): number =>
  [...a1.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** The errors in the order the sheet shows them, the measures sheet first, then row and column. */
const walkOrder = (check: CheckView): FindingView[] =>
  shownOf(check)
    .filter((f) => f.severity === 'error')
    .sort(
      (a, b) =>
        Number(a.sheet !== check.sheet) - Number(b.sheet !== check.sheet) ||
        a.sheet.localeCompare(b.sheet) ||
        a.row - b.row ||
        columnOf(a.cell) - columnOf(b.cell),
    );

const distinct = <T extends string>(values: readonly T[]): T[] =>
  [...new Set(values.filter((v) => v !== ''))].sort((a, b) => a.localeCompare(b, 'uk'));

/** A count that is also a filter: pressed, only that severity is listed. A zero is just a count. */
const countFilter = (check: CheckView, severity: Severity): HTMLElement => {
  const n = severity === 'error' ? check.errors : check.warnings;
  const words = counted(n, severity === 'error' ? ERRORS : WARNINGS);
  const [number, ...label] = words.split(' ');
  if (n === 0)
    return el(
      'div',
      { class: `count ${severity} zero` },
      el('span', { class: 'count-number' }, number ?? ''),
      el('span', { class: 'count-label' }, label.join(' ')),
    );
  const pressed = filters.severity === severity;
  const b = el(
    'button',
    {
      type: 'button',
      class: `count ${severity}`,
      'aria-pressed': String(pressed),
      title: pressed
        ? 'Показати всі'
        : `Показати лише ${severity === 'error' ? 'помилки' : 'попередження'}`,
    },
    el('span', { class: 'count-number' }, number ?? ''),
    el('span', { class: 'count-label' }, label.join(' ')),
  );
  b.addEventListener('click', () => {
    filters.severity = pressed ? ALL : severity;
    walkAt = '';
    renderCheck(check);
    focusOn(document.querySelector<HTMLElement>(`#pinned .count.${severity}`));
  });
  return b;
};

/** "Наступна помилка": selects the next error's cell and shows it here; focus stays on the button. */
const walkNext = (check: CheckView, at: HTMLElement): void => {
  const order = walkOrder(check);
  if (order.length === 0) return;
  const i = order.findIndex((f) => findingKey(f) === walkAt);
  const next = order[(i + 1) % order.length] as FindingView;
  walkAt = findingKey(next);
  const position = `${((i + 1) % order.length) + 1} з ${order.length}`;
  const place = next.cell || placeOf(next);
  at.replaceChildren(
    el('strong', {}, `Помилка ${position} · ${place}`),
    el('span', {}, next.message),
  );
  announce(`Помилка ${position}, ${place}: ${next.message}`);
  for (const node of document.querySelectorAll('.finding[aria-current]'))
    node.removeAttribute('aria-current');
  const item = document.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(walkAt)}"]`);
  item?.setAttribute('aria-current', 'true');
  // The header has just changed with the line above: its height is measured now, not later.
  fitScrollPadding();
  item?.scrollIntoView({ block: 'center' });
  selectFinding(next);
};

const recheck = (focusResult = false): void => {
  void runBusy(
    {
      doing: 'Перевіряю таблицю…',
      action: 'перевірити таблицю',
      retry: () => recheck(focusResult),
    },
    () => call('sidebarCheck', ...scopeArgs()),
  ).then((c) => {
    if (c) {
      earlier = false;
      renderCheck(c);
      announceCheck(c);
      if (focusResult) focusOn(document.getElementById('check-result'));
    } else if (!current) showUnloaded('Перевірка');
    else {
      // What is shown no longer answers for the table as it is now: said so above it.
      earlier = true;
      renderCheck(current);
      focusFailure();
    }
  });
};

const clearMarks = (): void => {
  void runBusy({ doing: 'Знімаю позначки…', action: 'зняти позначки', retry: clearMarks }, () =>
    call('clearMarksNow'),
  ).then((cleared) => {
    if (cleared === undefined || !current) return;
    renderCheck({ ...current, marked: 0 });
    focusOn(showNotice(clearedMessage(cleared), 'success'));
  });
};

/** "2 помилки, 1 попередження" or "Помилок не знайдено": the check's result in words. */
const resultWords = (check: CheckView): string =>
  check.findings.length === 0
    ? 'Таблицю перевірено'
    : [
        check.errors > 0 ? counted(check.errors, ERRORS) : '',
        check.warnings > 0 ? counted(check.warnings, WARNINGS) : '',
      ]
        .filter((s) => s)
        .join(', ');

const announceCheck = (check: CheckView): void =>
  announce(
    check.findings.length === 0
      ? 'Перевірку завершено: помилок немає.'
      : `Перевірку завершено: ${resultWords(check)}.`,
  );

const renderList = (check: CheckView): HTMLElement => {
  if (check.findings.length === 0)
    return calm(
      'Помилок не знайдено',
      earlier ? 'Так було під час попередньої перевірки.' : 'Таблицю можна подавати у звіт.',
    );
  const shown = shownOf(check);
  // Not good news: the findings are there, the filters hide them.
  if (shown.length === 0)
    return empty(
      'За цими фільтрами нічого не знайдено',
      'Виберіть «Усі» або відпустіть натиснутий лічильник, щоб побачити решту.',
    );
  return renderFindingGroups(shown, check.sheet);
};

const selectFilter = (
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
  /** Fewer choices than this and the filter would not narrow anything worth it. */
  least = 1,
): HTMLElement | null => {
  if (options.length < least) return null;
  const select = el(
    'select',
    { id },
    el('option', { value: ALL }, 'Усі'),
    ...options.map(([v, text]) => el('option', { value: v }, text)),
  );
  select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  return el('div', { class: 'field' }, el('label', { for: id }, label), select);
};

/**
 * Where the marks are: the tabs of the findings that name a cell (a mark is put on each such
 * cell), «На аркуші «Спорт» позначено 3 клітинки» or «Позначено 3 клітинки на аркушах
 * «Інформ», «Спорт»».
 */
const markedText = (check: CheckView): string => {
  // A stray mark is named, not marked: its colour came off.
  const marked = new Set(
    check.findings
      .filter((f) => f.cell !== '' && f.sheet !== '' && f.code !== 'stray-mark')
      .map((f) => f.sheet),
  );
  // In the programme's order, then any other tab (the settings).
  const tabs = [...new Set([...(check.sheets ?? []).filter((t) => marked.has(t)), ...marked])];
  const cells = counted(check.marked, CELLS);
  if (tabs.length > 1)
    return `Позначено ${cells} на аркушах ${tabs.map((t) => `«${t}»`).join(', ')}.`;
  return `На аркуші «${tabs[0] ?? check.sheet}» позначено ${cells}.`;
};

/** Shows a check as it stands (an earlier one said so); `refusal`: why a report was not made. */
const renderCheck = (check: CheckView, refusal = ''): void => {
  current = check;
  keyFindings(check.findings);
  // A count pressed before "Перевірити знову" that now counts nothing is no filter any more.
  if (filters.severity !== ALL && !check.findings.some((f) => f.severity === filters.severity))
    filters.severity = ALL;
  const executors = distinct(check.findings.map((f) => f.executor));
  if (!executors.includes(filters.executor)) filters.executor = ALL;
  const kinds = distinct(check.findings.map((f) => f.code));
  if (!kinds.includes(filters.kind as FindingCode)) filters.kind = ALL;
  const errors = walkOrder(check);
  const walking = errors.length > 0;
  const at = el('p', { id: 'walk-at', class: 'walk-at' });
  const walk = walking
    ? button('Наступна помилка', () => walkNext(check, at), 'action', {
        'aria-describedby': 'walk-at',
      })
    : null;
  const refilter = (): void => {
    walkAt = '';
    const focused = document.activeElement?.id;
    renderCheck(check);
    if (focused) focusOn(document.getElementById(focused));
  };
  showView(
    earlier
      ? el(
          'p',
          { class: 'warning-text', id: 'check-earlier' },
          'Це результат попередньої перевірки: таблицю могли змінити відтоді.',
        )
      : null,
    el('h2', { id: 'check-result', class: 'result-heading' }, resultWords(check)),
    check.marked > 0 ? el('p', { class: 'hint' }, markedText(check)) : null,
    toolbar(
      button('Перевірити знову', () => recheck(true), walking ? 'secondary' : 'action'),
      // Nothing is marked: nothing to take off (a stray colour is taken off by the check). A check
      // of the active tab alone does not know the other tabs' marks, which «Зняти позначки» takes
      // off too.
      check.marked > 0 || isActiveOnly() ? button('Зняти позначки', clearMarks, 'secondary') : null,
    ),
    selectFilter(
      'executor-filter',
      'Виконавець',
      executors.map((e) => [e, e] as const),
      filters.executor,
      (v) => {
        filters.executor = v;
        refilter();
      },
    ),
    selectFilter(
      'kind-filter',
      'Вид',
      kinds.map((k) => [k, kindLabel(k)] as const),
      filters.kind,
      (v) => {
        filters.kind = v as FindingCode | typeof ALL;
        refilter();
      },
      2,
    ),
    el('div', { class: 'list' }, renderList(check)),
  );
  pin(
    el(
      'div',
      { class: 'counts', role: 'group', 'aria-label': 'Показати' },
      countFilter(check, 'error'),
      countFilter(check, 'warning'),
    ),
    walk ? el('div', { class: 'walk' }, walk, at) : null,
  );
  if (refusal) showFailureText(refusal);
};

/** Shows a fresh check; `refusal` is why a report was not made, when the check came from one. */
export const showCheck = (check: CheckView, refusal = ''): void => {
  earlier = false;
  renderCheck(check, refusal);
};

/** The scope changed: the check shown no longer answers it, so check again. */
export const recheckInScope = (): void => recheck(true);

/** Opens the tab: the last check if there is one, else a fresh check. */
export const openCheck = (): void => {
  if (current) renderCheck(current);
  else recheck();
};
