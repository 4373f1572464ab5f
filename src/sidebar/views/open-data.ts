// Відкриті дані: the exported package's folder and files, as links, in a dialog. Sidebar layer.
import type { OpenDataResult } from '../../shared/api';
import { button, el, externalLink } from '../dom';
import { closeDialog } from '../server';
import { empty, showView, toolbar } from '../view';

export const showOpenData = (result: OpenDataResult): void => {
  if (!result.ok) {
    showView(
      el('h2', { class: 'result-heading' }, 'Дані не експортовано'),
      empty(result.message),
      toolbar(button('Закрити', closeDialog, 'secondary')),
    );
    return;
  }
  showView(
    el('h2', { class: 'result-heading' }, 'Відкриті дані збережено'),
    el(
      'p',
      {},
      'Пакет даних (Frictionless Data Package: опис і дві таблиці CSV, суми в тисячах гривень) ' +
        'збережено в папці ',
      externalLink(result.folder.name, result.folder.url),
      '. Завантажте файли цієї папки на портал відкритих даних разом.',
    ),
    el('ul', {}, ...result.files.map((f) => el('li', {}, externalLink(f.name, f.url)))),
    toolbar(button('Закрити', closeDialog, 'secondary')),
  );
};
