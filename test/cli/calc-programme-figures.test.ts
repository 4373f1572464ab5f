// The command line over two reports of one programme that LibreOffice Calc wrote (І квартал and
// 1 півріччя): a figure that does not read, a section tab with no measures, a removed measure,
// one section compared with the previous report, and narrative paragraphs of several lines.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { zvit } from '../support/zvit-run';
import { HEADER_SIDES, HEADER_TOP } from '../../scripts/make-sample';
import { UNREAD_FUNDING } from '../../src/core/summary';
import type { FodsCell, FodsSheet } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';

type Money = readonly [number | string | null, number | string | null];

/** A measure row: Всього and Бюджет міста alike, the other sources empty. */
const row = (
  n: number,
  title: string,
  term: string,
  executor: string,
  [plan, fact]: Money,
  status: string,
  result: string,
): FodsCell[] => [
  n,
  title,
  term,
  executor,
  plan,
  fact,
  null,
  null,
  null,
  null,
  typeof plan === 'number' ? plan : null,
  typeof fact === 'number' ? fact : null,
  null,
  null,
  null,
  null,
  status,
  result,
];

const tab = (name: string, title: string, rows: FodsCell[][]): FodsSheet => ({
  name,
  rows: [[title], HEADER_TOP, HEADER_SIDES, ...rows],
});

const book = (later: boolean): FodsSheet[] => [
  tab('Інформ', '6.2. Розвиток інформаційного простору', [
    row(
      1,
      'Оновлення сайту',
      'Впродовж року',
      'Прес-служба',
      [75, later ? 20 : 8],
      'виконується',
      'Триває.',
    ),
    // At 1 півріччя the fact of measure 2 is typed as no number can be read.
    row(
      2,
      'Придбання техніки',
      'І півріччя',
      'Відділ інформаційного забезпечення',
      [40, later ? '12,3,4' : 0],
      'виконується',
      'Закуплено.',
    ),
    ...(later
      ? []
      : [
          row(
            3,
            'Захід, що його потім вилучили',
            'І квартал',
            'Прес-служба',
            [null, null],
            'виконано',
            'Зроблено.',
          ),
        ]),
  ]),
  tab('Спорт', '6.5. Фізична культура і спорт', [
    row(
      1,
      'Спартакіада',
      'ІІ квартал',
      'Відділ молоді та спорту',
      [50, later ? 45 : 10],
      later ? 'виконано' : 'виконується',
      'Проведено.',
    ),
  ]),
  ...(later
    ? [{ name: '7.1 Порожній', rows: [['7.1. Порожній розділ'], HEADER_TOP, HEADER_SIDES] }]
    : []),
  {
    name: 'Пояснення',
    rows: [
      ['Розділ', 'Текст'],
      ['6.2', 'Перший рядок абзацу.\nДругий рядок того ж абзацу.'],
      ['Розділ 6.5', 'Про спорт.'],
    ],
  },
  {
    name: 'Налаштування',
    rows: [
      ['Параметр', 'Значення'],
      ['Назва програми', 'Програма розвитку міста'],
      ['Місто', "Слов'янськ"],
      ['Звітний період', later ? '1 півріччя 2017 року' : 'І квартал 2017 року'],
      ['Посада підписанта', 'Начальник управління економіки'],
      ['Підписант', 'Ольга КОВАЛЕНКО'],
    ],
  },
];

interface Json {
  summary: string;
  sections: { number: string; summary: string }[];
  changes?: { measures: Record<string, unknown>[] };
}

describeWithCalc('two reports of a programme written by LibreOffice Calc', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'zvit-calc-figures-'));
  let first = '';
  let later = '';
  beforeAll(() => {
    first = writeWithCalc(book(false), 'xlsx', 'q1');
    later = writeWithCalc(book(true), 'xlsx', 'h1');
  }, 240_000);

  const json = async (...argv: string[]): Promise<Json> =>
    JSON.parse((await zvit('check', ...argv, '--json', '-')).stdout) as Json;

  it('says the programme’s funding is not counted when a section’s is not', async () => {
    const { summary, sections } = await json(later);
    expect([
      summary.endsWith(UNREAD_FUNDING),
      sections.filter((s) => s.summary.endsWith(UNREAD_FUNDING)).map((s) => s.number),
    ]).toEqual([true, ['6.2']]);
  });

  it('leaves the section’s Всього fact empty in a forced export, not the part it could read', async () => {
    const out = join(tmp, 'open');
    await zvit('export', later, '--out', out, '--force');
    const rows = readFileSync(join(out, 'sections.csv'), 'utf8')
      .split('\r\n')
      .slice(1, -1)
      .map((r) => r.split(','));
    expect(rows.map((r) => [r[0], r[7], r[8]])).toEqual([
      ['6.2', '115', ''],
      ['6.5', '50', '45'],
      ['7.1', '0', '0'],
    ]);
  });

  it('warns of the section tab with no measure, naming it', async () => {
    const { stderr } = await zvit('check', later);
    expect(stderr.split('\n').filter((l) => l.includes('жодного заходу'))).toEqual([
      "'7.1 Порожній'!B2: На аркуші «7.1 Порожній» немає жодного заходу: у звіті розділ 7.1 " +
        'буде порожньою таблицею. Заповніть заходи під шапкою або видаліть аркуш, якщо цього ' +
        'розділу у звіті не має бути.',
    ]);
  });

  it('compares one section with that section of the previous report alone', async () => {
    const { changes } = await json(later, '--sheet', 'Спорт', '--previous', first);
    expect(changes?.measures).toEqual([
      {
        section: '6.5',
        number: '1',
        title: 'Спартакіада',
        status: { from: 'виконується', to: 'виконано' },
        fact: { from: 10, to: 45 },
      },
    ]);
  });

  it('lists a removed measure without a fact it never had', async () => {
    const { changes } = await json(later, '--previous', first);
    expect(changes?.measures.filter((m) => m.number === '3')).toEqual([
      {
        section: '6.2',
        number: '3',
        title: 'Захід, що його потім вилучили',
        status: { from: 'виконано', to: null },
      },
    ]);
  });

  it('prints each line of a narrative paragraph as a paragraph, and the row named «Розділ 6.5»', async () => {
    const out = join(tmp, 'report.docx');
    await zvit('report', later, '--out', out, '--force');
    const xml = await (
      await JSZip.loadAsync(readFileSync(out))
    )
      .file('word/document.xml')!
      .async('string');
    const paragraphs = xml.split(/<w:p[ >]/).map((p) => p.replace(/<[^>]*>/g, ''));
    expect(paragraphs.filter((p) => /рядок|спорт\./.test(p) && !p.includes('ЧЕРНЕТКА'))).toEqual([
      'Перший рядок абзацу.',
      'Другий рядок того ж абзацу.',
      'Про спорт.',
    ]);
  });
});
