// Попередній перегляд: the report as it will print, before any document is created, and
// "Сформувати звіт". Sidebar layer.
import type { ReportModel } from '../../core/report-model';
import { button, el } from '../dom';
import { renderPreview } from '../render-preview';
import { call } from '../server';
import { runBusy } from '../status';
import { appendToView, showView, toolbar } from '../view';
import { renderReportResult } from './report';

const generate = (result: HTMLElement): void => {
  void runBusy('Створюю документ…', () => call('generateReport')).then((r) => {
    if (r) result.replaceChildren(renderReportResult(r));
  });
};

export const openPreview = (): void => {
  const result = el('div', { class: 'result-slot' });
  showView(toolbar(button('Сформувати звіт', () => generate(result), 'action')), result);
  void runBusy('Готую попередній перегляд…', () => call('sidebarPreview')).then(
    (model?: ReportModel) => {
      if (!model)
        return appendToView(toolbar(button('Спробувати знову', openPreview, 'secondary')));
      appendToView(
        el('p', { class: 'hint' }, 'Так виглядатиме звіт. Таблицю можна прокрутити вбік.'),
        renderPreview(model),
      );
    },
  );
};
