// The preview: the report as it will print, before any document is created. In the sidebar it
// scrolls sideways and can be opened in a wide window; in that window it fits the width.
// Sidebar layer.
import type { ReportModel } from '../../core/report-model';
import { button, el } from '../dom';
import { renderPreview } from '../render-preview';
import { call } from '../server';
import { scopeArgs } from '../scope';
import { failureMessage } from '../../shared/views';
import { announce, runBusy } from '../status';
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

/**
 * A button of the preview, which loads alongside: made while a report is being built (the page
 * busy), it waits disabled like the buttons that were there, or a click would replace the
 * report's status line.
 */
const idleButton = (label: string, action: () => void): HTMLButtonElement => {
  const made = button(label, action, 'secondary');
  if (document.body.getAttribute('aria-busy') !== 'true') return made;
  made.disabled = true;
  const watch = new MutationObserver(() => {
    if (document.body.getAttribute('aria-busy') === 'true') return;
    made.disabled = false;
    watch.disconnect();
  });
  watch.observe(document.body, { attributes: true, attributeFilter: ['aria-busy'] });
  return made;
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
          toolbar(idleButton('Відкрити ширше', openWide)),
          renderPreview(model),
        ),
    );
  const offer = (): HTMLElement => toolbar(idleButton('Показати попередній перегляд', load));
  const loadAlongside = (): void => {
    slot.replaceChildren(
      el(
        'p',
        { class: 'busy' },
        el('span', { class: 'spinner', 'aria-hidden': 'true' }),
        'Готую попередній перегляд…',
      ),
    );
    call('sidebarPreview', ...scopeArgs()).then(show, (error) => {
      const text = failureMessage('підготувати попередній перегляд', error).text;
      slot.replaceChildren(el('p', { class: 'warning-text' }, text), offer());
      // Said aloud too: it fails beside the report card, away from where focus is.
      announce(text);
    });
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
