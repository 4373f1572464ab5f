// The command line over a programme as people word it, written by LibreOffice Calc: a section
// title without a space after its number («4.4.Розвиток…»), a Пояснення header «Номер розділу |
// Текст пояснення», and reports by quarter (ІІ квартал after І квартал) whose facts are each
// quarter's own, beside a half-year report whose facts include the first quarter's.
import { zvit } from '../support/zvit-run';
import { HEADER_SIDES, HEADER_TOP } from '../../scripts/make-sample';
import type { FodsCell, FodsSheet } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';

/** A measure row: Всього and Бюджет міста alike, the other sources empty. */
const row = (n: number, title: string, executor: string, plan: number, fact: number) =>
  [
    n,
    title,
    'Впродовж року',
    executor,
    plan,
    fact,
    null,
    null,
    null,
    null,
    plan,
    fact,
    null,
    null,
    null,
    null,
    'виконується',
    'Триває.',
  ] as FodsCell[];

/** Two sections, measure 1 of the sport section with the fact `sportFact`, in `period`. */
const book = (period: string, sportFact: number): FodsSheet[] => [
  {
    name: 'Інформ',
    rows: [
      ['4.4.Розвиток інформаційного простору'],
      HEADER_TOP,
      HEADER_SIDES,
      row(1, 'Оновлення сайту', 'Прес-служба', 75, 20),
    ],
  },
  {
    name: 'Спорт',
    rows: [
      ['6.5. Фізична культура і спорт'],
      HEADER_TOP,
      HEADER_SIDES,
      row(1, 'Спартакіада', 'Відділ молоді та спорту', 100, sportFact),
    ],
  },
  {
    name: 'Пояснення',
    rows: [
      ['Номер розділу', 'Текст пояснення'],
      ['4.4', 'Про інформаційний простір.'],
      ['6.5', 'Про спорт.'],
    ],
  },
  {
    name: 'Налаштування',
    rows: [
      ['Параметр', 'Значення'],
      ['Місто', "Слов'янськ"],
      ['Звітний період', period],
      ['Посада підписанта', 'Начальник управління економіки'],
      ['Підписант', 'Ольга КОВАЛЕНКО'],
    ],
  },
];

interface Json {
  sections: { sheet: string; number: string; name: string }[];
  findings: { code: string; cell: string }[];
  changes?: { measures: Record<string, unknown>[] };
}

describeWithCalc('a programme worded as people word it, written by LibreOffice Calc', () => {
  let q1 = '';
  let q2 = '';
  let h1 = '';
  beforeAll(() => {
    q1 = writeWithCalc(book('І квартал 2017 року', 50), 'xlsx', 'q1');
    q2 = writeWithCalc(book('ІІ квартал 2017 року', 30), 'xlsx', 'q2');
    h1 = writeWithCalc(book('1 півріччя 2017 року', 30), 'xlsx', 'h1');
  }, 360_000);

  const json = async (...argv: string[]): Promise<Json> =>
    JSON.parse((await zvit('check', ...argv, '--json', '-')).stdout) as Json;

  it('reads «4.4.Розвиток…» as section 4.4, with no finding about its number', async () => {
    const { sections, findings } = await json(q1);
    expect([
      sections.map((s) => [s.sheet, s.number, s.name]),
      findings.filter((f) => f.code === 'section-number'),
    ]).toEqual([
      [
        ['Інформ', '4.4', 'Розвиток інформаційного простору'],
        ['Спорт', '6.5', 'Фізична культура і спорт'],
      ],
      [],
    ]);
  });

  it('reads «Номер розділу | Текст пояснення» as the Пояснення header, not a paragraph', async () => {
    const { findings } = await json(q1);
    expect(findings.filter((f) => f.code === 'narrative-section')).toEqual([]);
  });

  it('warns of no lower fact in ІІ квартал after І квартал, and lists the change', async () => {
    const { findings, changes } = await json(q2, '--previous', q1);
    expect([findings.filter((f) => f.code === 'fact-decreased'), changes?.measures]).toEqual([
      [],
      [{ section: '6.5', number: '1', title: 'Спартакіада', fact: { from: 50, to: 30 } }],
    ]);
  });

  it('warns of the lower fact in 1 півріччя after І квартал, whose facts it includes', async () => {
    const { findings } = await json(h1, '--previous', q1);
    expect(findings.filter((f) => f.code === 'fact-decreased').map((f) => f.cell)).toEqual([
      "'Спорт'!F4",
      "'Спорт'!L4",
    ]);
  });
});
