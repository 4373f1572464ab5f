// Довідка: what each item of the add-on menu (Розширення → Zvit) does, in short lines. Sidebar layer.
import { menuPath } from '../../shared/views';
import { button, el } from '../dom';
import { closeDialog } from '../server';
import { showView, toolbar } from '../view';

const MENU_HELP = [
  ['Налаштувати аркуш', 'створює аркуш «Заходи» з шапкою-шаблоном і аркуш «Налаштування».'],
  ['Перевірити дані', 'позначає клітинки з помилками й показує їх збоку; клацніть, щоб перейти.'],
  ['Підрахувати підсумки', 'додає рядок ВСЬОГО з формулами і показує лічильники заходів.'],
  [
    'Сформувати звіт',
    'відкриває бічну панель і крок за кроком створює Google Документ звіту; з помилками в таблиці звіт не створюється.',
  ],
  ['Зняти позначки', 'повертає клітинкам їхній колір і примітки.'],
  ['Налаштування', 'розділ, місто, звітний період і підписант звіту.'],
  ['Довідка', 'це вікно.'],
] as const;

export const showHelp = (): void => {
  showView(
    el('h2', {}, `Меню ${menuPath()}`),
    el(
      'dl',
      { class: 'help' },
      ...MENU_HELP.flatMap(([item, what]) => [el('dt', {}, item), el('dd', {}, what)]),
    ),
    el('p', { class: 'hint' }, 'Поки виконавці вносять дані, нові помилки позначаються одразу.'),
    toolbar(button('Закрити', closeDialog, 'secondary')),
  );
};
