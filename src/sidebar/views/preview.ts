// The preview: the report as it will print, before any document is created. In the sidebar it
// scrolls sideways and can be opened in a wide window; in that window it fits the width.
// Sidebar layer.
import type { ReportModel } from '../../core/report-model';
import { button, el } from '../dom';
import { renderPreview } from '../render-preview';
import { call } from '../server';
import { scopeArgs } from '../scope';
import { failureMessage } from '../../shared/views';
import { runBusy } from '../status';
import { empty, showView, toolbar } from '../view';

const openWide = (): void => {
  void runBusy(
    {
      doing: 'Відкриваю попередній перегляд у вікні…',
      action: 'відкрити попередній перегляд у вікні',
      retry: openWide,
    },
    () => call('showPreviewWindow', ...scopeArgs()),
  );
};

const noRows = (model: ReportModel): HTMLElement | null =>
  model.rows.length === 0
    ? empty('У звіті немає жодного заходу.', 'Перевірте таблицю на вкладці «Перевірка».')
    : null;

/**
 * The preview section under the report card; `load` fills it (one server call), with the page
 * busy; `loadAlongside` fills it leaving the other buttons usable, any failure said in it.
 */
export const previewSection = (): {
  node: HTMLElement;
  load(): void;
  loadAlongside(): void;
} => {
  const slot = el('div', { class: 'preview-slot' });
  const show = (model: ReportModel): void =>
    slot.replaceChildren(
      noRows(model) ??
        el(
          'div',
          {},
          el('p', { class: 'hint' }, 'Так виглядатиме звіт. Таблицю можна прокрутити вбік.'),
          toolbar(button('Відкрити ширше', openWide, 'secondary')),
          renderPreview(model),
        ),
    );
  const offer = (): HTMLElement =>
    toolbar(button('Показати попередній перегляд', load, 'secondary'));
  const loadAlongside = (): void => {
    slot.replaceChildren(
      el(
        'p',
        { class: 'busy' },
        el('span', { class: 'spinner', 'aria-hidden': 'true' }),
        'Готую попередній перегляд…',
      ),
    );
    call('sidebarPreview', ...scopeArgs()).then(show, (error) =>
      slot.replaceChildren(
        el(
          'p',
          { class: 'warning-text' },
          failureMessage('підготувати попередній перегляд', error).text,
        ),
        offer(),
      ),
    );
  };
  const load = (): void => {
    void runBusy(
      {
        doing: 'Готую попередній перегляд…',
        action: 'підготувати попередній перегляд',
        retry: load,
      },
      () => call('sidebarPreview', ...scopeArgs()),
    ).then((model) => {
      if (model) show(model);
    });
  };
  slot.append(offer());
  return {
    node: el(
      'section',
      { class: 'preview-section', 'aria-labelledby': 'preview-heading' },
      el('h2', { id: 'preview-heading' }, 'Попередній перегляд'),
      slot,
    ),
    load,
    loadAlongside,
  };
};

/** The wide window: the whole report fitted to the window's width. */
export const showPreviewWindow = (model: ReportModel): void =>
  showView(noRows(model) ?? renderPreview(model, { fit: true }));
