// Builds samples/zvit-sample.xlsx: the real half-year table of the reference report (shared
// seed 000) in the template layout of SPEC §2.1, with its settings tab. Run: npm run sample.
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';

interface SampleMeasure {
  readonly title: string;
  readonly term: string | number;
  readonly executor: string;
  readonly status: string;
  readonly result: string;
  /** [plan, fact] per source, in thousand UAH. */
  readonly money?: Partial<
    Record<'total' | 'state' | 'regional' | 'city' | 'enterprises' | 'other', [number, number]>
  >;
}

export const SAMPLE_MEASURES: readonly SampleMeasure[] = [
  {
    title: 'Висвітлення діяльності міської ради, її виконавчих органів на сайті міської ради.',
    term: 'Впродовж року',
    executor: 'Прес-служба',
    status: 'виконано',
    result: 'Розміщено 280 статей в розділі «Новини».',
  },
  {
    title:
      'Висвітлення діяльності міської ради, її виконавчих органів в засобах масової інформації.',
    term: 'Впродовж року',
    executor: 'Прес-служба',
    status: 'виконано',
    result:
      'Щоденно до засобів масової інформації надсилаються прес-релізи, пост-релізи, інформаційні статті, об’яви. ' +
      'Проведені 2 зустрічі міського голови з іноземними журналістами.',
  },
  {
    title: 'Проведення круглих столів, прес-конференцій, брифінгів.',
    term: 'Впродовж року',
    executor: 'Прес-служба',
    status: 'виконано',
    result: 'Проведено 12 прес-конференцій.',
  },
  {
    title:
      'Забезпечення відкритості пленарних засідань міської ради, виконавчого комітету, прес-конференцій та інших ' +
      'офіційних заходів шляхом:\n· проведення онлайн-трансляцій цих заходів в мережі Інтернет з подальшою ' +
      'публікацією їх записів;\n· оприлюднення рішень, протоколів, результатів поіменних голосувань тощо.',
    term: 'Впродовж року',
    executor: 'Відділ інформаційного забезпечення',
    status: 'виконано',
    result: 'Проведено 92 трансляції, відбулося 4,6 тис. переглядів.',
  },
  {
    title: 'Використання системи електронних державних закупівель PROZORRO.',
    term: 'Впродовж року',
    executor: 'Виконавчі органи міської ради',
    status: 'виконано',
    result: 'Проведено понад 200 торгів.',
  },
  {
    title: 'Використання веб-сервісу “Відкритий бюджет”.',
    term: 'Впродовж року',
    executor: 'Фінансове управління',
    status: 'виконано',
    result: 'Здійснено підключення до платформи openbudget.in.ua. Сервіс функціонує.',
  },
  {
    title: 'Приєднання до системи громадських ініціатив “Громадський бюджет”.',
    term: 'І квартал',
    executor: 'Відділ інформаційного забезпечення, відділ економіки',
    status: 'не виконано',
    result: 'Очікується розробка відповідного положення.',
  },
  {
    title: 'Оновлення функціоналу офіційного сайту міської ради',
    term: 2017,
    executor: 'Відділ інформаційного забезпечення',
    status: 'не виконано',
    result: 'Оновлення планується провести до кінця 2017 року.',
    money: { total: [75, 0], city: [15, 0], other: [60, 0] },
  },
  {
    title: 'Впровадження електронного сервісу “Міський Контакт-Центр”',
    term: 'І квартал',
    executor: 'Відділ інформаційного забезпечення, ЦНАП, УЖКГ',
    status: 'не виконано',
    result: 'Впровадження планується провести до кінця 2017 року.',
    money: { total: [28.8, 0], city: [28.8, 0] },
  },
  {
    title:
      'Вдосконалення системи інтернет-трансляцій нарад та засідань:\n· додаткове облаштування камерами зал ' +
      'засідань;\n· придбання обладнання для забезпечення звуковідтворення під час трансляцій.',
    term: 'І півріччя',
    executor: 'Відділ інформаційного забезпечення',
    status: 'не виконано',
    result: 'Реалізацію планується провести до кінця 2017 року.',
    money: { total: [25, 0], city: [25, 0] },
  },
  {
    title:
      'Забезпечення функціонування системи відеотрансляцій та організація робочих місць адміністраторів ' +
      'веб-сервісів шляхом придбання необхідної комп’ютерної та офісної техніки, мережевого обладнання, тощо.',
    term: 'І півріччя',
    executor: 'Відділ інформаційного забезпечення',
    status: 'виконано частково',
    result: 'Придбано сервер відеотрансляцій',
    money: { total: [40, 20], city: [20, 20], other: [20, 0] },
  },
];

export const SAMPLE_SETTINGS: readonly (readonly [string, string])[] = [
  ['Номер розділу', '4.4'],
  ['Назва розділу', 'Розвиток інформаційного простору'],
  ['Місто', "Слов'янськ"],
  ['Звітний період', '1 півріччя 2017 року'],
  ['Посада підписанта', 'Начальник відділу інформаційного забезпечення'],
  ['Підписант', 'Ольга КОВАЛЕНКО'],
];

const SOURCES = [
  ['total', 'Всього'],
  ['state', 'Державний бюджет'],
  ['regional', 'Обласний бюджет'],
  ['city', 'Бюджет міста'],
  ['enterprises', 'Кошти підприємств'],
  ['other', 'Інші джерела'],
] as const;

/** The template header's two rows (data from row 4, under a title row). */
export const HEADER_TOP = [
  '№ з/п',
  'Зміст заходу',
  'Термін виконання',
  'Виконавець',
  ...SOURCES.flatMap(([, label]) => [label, '']),
  'Стан виконання',
  'Виконання',
];
export const HEADER_SIDES = ['', '', '', '', ...SOURCES.flatMap(() => ['план', 'факт']), '', ''];

export const measureValues = (m: SampleMeasure, index: number): (string | number | null)[] => [
  index + 1,
  m.title,
  m.term,
  m.executor,
  ...SOURCES.flatMap(([key]) => m.money?.[key] ?? [null, null]),
  m.status,
  m.result,
];

/** A workbook in the template layout; `measures` rows go under the header. */
export const buildWorkbook = (
  rows: readonly (readonly (string | number | null)[])[],
  settings: readonly (readonly [string, string])[] = SAMPLE_SETTINGS,
): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Заходи');
  sheet.addRow(['Виконання заходів розділу «Розвиток інформаційного простору»']);
  sheet.addRow(HEADER_TOP);
  sheet.addRow(HEADER_SIDES);
  for (const col of [1, 2, 3, 4, 17, 18]) sheet.mergeCells(2, col, 3, col);
  for (let col = 5; col < 17; col += 2) sheet.mergeCells(2, col, 2, col + 1);
  sheet.getRow(1).font = { bold: true, size: 13 };
  for (const r of [2, 3]) {
    sheet.getRow(r).font = { bold: true };
    sheet.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  sheet.addRows(rows.map((row) => [...row]));
  const widths = [6, 48, 16, 26, ...Array(12).fill(9), 18, 44];
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (let col = 5; col <= 16; col++) sheet.getColumn(col).numFmt = '0.0##';
  for (let r = 4; r < 4 + rows.length; r++)
    sheet.getRow(r).alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  const tab = workbook.addWorksheet('Налаштування');
  tab.addRow(['Параметр', 'Значення']);
  tab.getRow(1).font = { bold: true };
  for (const [name, value] of settings) tab.addRow([name, value]);
  tab.getColumn(1).width = 24;
  tab.getColumn(2).width = 50;
  // Settings are text: "4.4" must not turn into a date or a number.
  tab.getColumn(2).numFmt = '@';
  return workbook;
};

export const SAMPLE_PATH = 'samples/zvit-sample.xlsx';

if (require.main === module) {
  mkdirSync('samples', { recursive: true });
  void buildWorkbook(SAMPLE_MEASURES.map(measureValues))
    .xlsx.writeFile(SAMPLE_PATH)
    .then(() => console.log(`${SAMPLE_PATH}: ${SAMPLE_MEASURES.length} заходів`));
}
