// The command line over a programme LibreOffice Calc wrote: the sample's tab «Заходи» (a title
// without a number) beside a tab «6.5 Спорт», and a Пояснення tab whose Розділ cells a sheet
// turned into a number and a date, or that name no section.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { zvit } from '../support/zvit-run';
import {
  HEADER_SIDES,
  HEADER_TOP,
  measureValues,
  SAMPLE_MEASURES,
  SAMPLE_SETTINGS,
} from '../../scripts/make-sample';
import type { FodsCell, FodsSheet } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';

const measures = SAMPLE_MEASURES.map(measureValues);

const book = (settings: readonly (readonly [string, string])[]): FodsSheet[] => [
  {
    name: 'Заходи',
    rows: [
      ['Виконання заходів розділу «Розвиток інформаційного простору»'],
      HEADER_TOP,
      HEADER_SIDES,
      ...measures,
    ],
  },
  { name: '6.5 Спорт', rows: [HEADER_TOP, HEADER_SIDES, ...measures.slice(0, 3)] },
  { name: 'Налаштування', rows: [['Параметр', 'Значення'], ...settings] },
  {
    name: 'Пояснення',
    rows: [
      ['Розділ', 'Текст'],
      [4.4, 'Абзац, де розділ став числом.'],
      [{ date: '2017-04-04', text: '04.04.2017' }, 'Абзац, де розділ став датою.'],
      ['6,5', 'Абзац із комою.'],
      ['7.7', 'Абзац до розділу, якого немає.'],
    ] as FodsCell[][],
  },
];

const paragraphs = async (docx: string): Promise<string[]> => {
  const xml = await (
    await JSZip.loadAsync(readFileSync(docx))
  )
    .file('word/document.xml')!
    .async('string');
  return xml.split(/<w:p[ >]/).map((p) => p.replace(/<[^>]*>/g, ''));
};

describeWithCalc('a programme written by LibreOffice Calc', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'zvit-calc-programme-'));
  let path = '';
  let unnumbered = '';
  beforeAll(() => {
    path = writeWithCalc(book(SAMPLE_SETTINGS));
    unnumbered = writeWithCalc(book(SAMPLE_SETTINGS.filter(([key]) => key !== 'Номер розділу')));
  }, 240_000);

  it('numbers the tab without a number by the settings and names it by its title', async () => {
    const { stdout } = await zvit('check', path, '--json', '-');
    const json = JSON.parse(stdout) as {
      sections: { sheet: string; number: string; name: string }[];
    };
    expect(json.sections.map((s) => [s.sheet, s.number, s.name])).toEqual([
      ['Заходи', '4.4', 'Розвиток інформаційного простору'],
      ['6.5 Спорт', '6.5', 'Спорт'],
    ]);
  });

  it('refuses a report when no number is left for it, at the title cell', async () => {
    const { code, stderr } = await zvit('check', unnumbered);
    expect([code, stderr.split('\n').filter((l) => l.includes('номера розділу'))]).toEqual([
      1,
      [
        "'Заходи'!A1: Аркуш «Заходи» не має номера розділу, а розділів у таблиці кілька, тож " +
          'звіт не знає, де його місце. Напишіть над шапкою номер і назву розділу, як у ' +
          'програмі (наприклад, «6.2. Назва розділу»), або почніть назву аркуша з номера ' +
          'розділу («6.2 Заходи»). У кожного аркуша номер свій.',
      ],
    ]);
  });

  it('prints the paragraphs whose Розділ the sheet made a number or a date, or typed with a comma', async () => {
    const out = join(tmp, 'report.docx');
    await zvit('report', path, '--out', out);
    const text = await paragraphs(out);
    expect(text.filter((p) => p.startsWith('Абзац'))).toEqual([
      'Абзац, де розділ став числом.',
      'Абзац, де розділ став датою.',
      'Абзац із комою.',
    ]);
  });

  it('warns at the Розділ cell that names no section', async () => {
    const { stderr } = await zvit('check', path);
    expect(stderr.split('\n').filter((l) => l.startsWith("'Пояснення'"))).toEqual([
      "'Пояснення'!A5: Розділу 7.7 немає в таблиці, тож цей абзац не потрапить до звіту. " +
        'Є розділи: 4.4, 6.5. Напишіть у стовпці «Розділ» номер одного з них.',
    ]);
  });
});
