// Хто не подав дані: per department over all sections, its measures, those with errors, those
// still without data and those unchanged since the previous report — the list a coordinator
// phones down, a department whose rows all stayed as they were included — with the reminder
// ready to copy. Sidebar layer.
import { isUnchanged, owesData, withoutDataText } from '../../core/departments';
import type { DepartmentSummary, DepartmentsView } from '../../shared/api';
import { counted, MEASURES } from '../../shared/views';
import { button, el, focusOn } from '../dom';
import { call } from '../server';
import { announce, focusFailure, runBusy, showNotice } from '../status';
import { calm, empty, showUnloaded, showView, toolbar } from '../view';

const renderDepartment = (d: DepartmentSummary): HTMLElement => {
  const figures: [string, string][] = [
    ['Заходів', String(d.measures)],
    ['З помилками', String(d.withErrors)],
    ['Без даних', d.withoutData.length === 0 ? '0' : withoutDataText(d.withoutData)],
  ];
  if (d.unchanged !== null)
    figures.push(['Без змін від звіту за попередній період', String(d.unchanged)]);
  return el(
    'section',
    { class: `executor${owesData(d) ? '' : ' done'}` },
    el('h3', {}, d.name),
    el(
      'dl',
      { class: 'department-figures' },
      ...figures.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)]),
    ),
    isUnchanged(d)
      ? el('p', { class: 'hint unchanged' }, 'Дані не змінилися від звіту за попередній період.')
      : null,
    d.variants.length > 0
      ? el(
          'p',
          { class: 'hint' },
          `Також написано як: ${d.variants.map((v) => `«${v}»`).join(', ')}. ` +
            'Ці рядки вже пораховано разом із цим департаментом; виправте написання в ' +
            'стовпці виконавця, щоб у таблиці воно було однакове.',
        )
      : null,
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

export const showSubmissions = (view: DepartmentsView): void => {
  const owing = view.departments.filter(owesData);
  const ordered = [...owing, ...view.departments.filter((d) => !owesData(d))];
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
  if (view.departments.length === 0) {
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
      owing.length === 0 ? 'Дані подали всі' : 'Хто не подав дані',
    ),
    owing.length === 0
      ? calm('Усі департаменти подали дані без помилок')
      : el(
          'p',
          { class: 'hint' },
          `Не подали дані, не оновили їх або мають помилки: ${owing.length} з ${view.departments.length} ` +
            `(усього ${counted(view.measures, MEASURES)}` +
            // A joint measure is in each of its departments' lists: their figures add up to more.
            `${view.joint > 0 ? `, з них спільних для кількох виконавців: ${view.joint}` : ''}).`,
        ),
    el(
      'p',
      { class: 'hint' },
      view.previous
        ? `Незмінені заходи порівняно зі звітом за попередній період («${view.previous.label}»).`
        : 'Звіту за попередній період цього року немає: незмінені заходи не пораховано.',
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
    ...ordered.map(renderDepartment),
    toolbar(button('Оновити', () => openSubmissions(true), 'secondary')),
  );
};

export const openSubmissions = (focusResult = false): void => {
  void runBusy(
    {
      doing: 'Збираю дані департаментів…',
      action: 'зібрати дані департаментів',
      // The retry button is gone once pressed: the reloaded view, or the new retry, takes the focus.
      retry: () => openSubmissions(true),
    },
    () => call('sidebarDepartments'),
  ).then((s) => {
    if (!s) {
      showUnloaded('Хто не подав дані');
      if (focusResult) focusFailure();
      return;
    }
    showSubmissions(s);
    if (!focusResult) return;
    announce('Дані департаментів оновлено.');
    focusOn(document.getElementById('submissions-result'));
  });
};
