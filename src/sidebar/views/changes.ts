// Зміни: what changed since the previous report of this year, grouped by department (executor),
// so the coordinator sees who moved what. Sidebar layer.
import type { ChangeLine, ChangesView, DepartmentChanges } from '../../shared/api';
import { formatThousands } from '../../core/money';
import { inSection } from '../../core/ukrainian';
import { counted, MEASURES, menuPath } from '../../shared/views';
import { button, el, focusOn } from '../dom';
import { call } from '../server';
import { announce, focusFailure, runBusy } from '../status';
import { calm, empty, showUnloaded, showView, toolbar } from '../view';

const formatDate = (iso: string): string => iso.split('-').reverse().join('.');

const fact = (value: number | null): string =>
  value === null ? 'немає' : `${formatThousands(value * 1000)} тис. грн`;

/** "стан: не розпочато → виконано; факт: 10 → 25,5 тис. грн", or that it is new or gone. */
export const changeText = (change: ChangeLine): string => {
  if (change.kind === 'new') return 'новий захід у таблиці';
  if (change.kind === 'removed') return 'заходу більше немає в таблиці';
  const parts: string[] = [];
  if (change.status)
    parts.push(`стан: ${change.status.from ?? 'не вказано'} → ${change.status.to ?? 'не вказано'}`);
  if (change.fact) parts.push(`факт: ${fact(change.fact.from)} → ${fact(change.fact.to)}`);
  return parts.join('; ');
};

const measureName = (change: ChangeLine): string => {
  const number = change.number ? `№ ${change.number}` : 'Без номера';
  return `${number}${inSection(change.section)}. ${change.title}`;
};

const renderDepartment = (group: DepartmentChanges): HTMLElement =>
  el(
    'section',
    { class: 'department' },
    el('h3', {}, group.department),
    el('p', { class: 'progress-line' }, `Змінено: ${counted(group.changes.length, MEASURES)}`),
    el(
      'ul',
      { class: 'changes' },
      ...group.changes.map((c) =>
        el('li', {}, el('strong', {}, measureName(c)), el('br'), changeText(c)),
      ),
    ),
  );

export const showChanges = (view: ChangesView): void => {
  const refresh = toolbar(button('Оновити', () => openChanges(true), 'secondary'));
  const heading = el('h2', { id: 'changes-result', class: 'result-heading' }, 'Зміни');
  if (!view.previous) {
    showView(
      heading,
      empty(
        'Звіту за попередній період цього року немає.',
        view.period
          ? `Порівнювати звіт «${view.period.label}» немає з чим: зміни з’являться, коли звіт за ` +
              'раніший період цього року буде сформовано в Zvit (його цифри зберігаються в таблиці).'
          : `Звітний період не прочитано: вкажіть його в ${menuPath('Налаштування')}, щоб знайти ` +
              'звіт за попередній період.',
      ),
      refresh,
    );
    return;
  }
  const since = el(
    'p',
    { class: 'hint' },
    `Звіт за попередній період: ${view.previous.label} (до ${formatDate(view.previous.end)}).`,
  );
  if (view.departments.length === 0) {
    showView(
      heading,
      since,
      calm('Відтоді нічого не змінилося', 'Стани і факти ті самі.'),
      refresh,
    );
    return;
  }
  showView(heading, since, ...view.departments.map(renderDepartment), refresh);
};

export const openChanges = (focusResult = false): void => {
  void runBusy(
    {
      doing: 'Порівнюю зі звітом за попередній період…',
      action: 'порівняти зі звітом за попередній період',
      // The retry button is gone once pressed: the reloaded view, or the new retry, takes the focus.
      retry: () => openChanges(true),
    },
    () => call('sidebarChanges'),
  ).then((view) => {
    if (!view) {
      showUnloaded('Зміни');
      if (focusResult) focusFailure();
      return;
    }
    showChanges(view);
    if (!focusResult) return;
    announce('Зміни оновлено.');
    focusOn(document.getElementById('changes-result'));
  });
};
