// The checks and the summary on a workbook LibreOffice Calc wrote (not exceljs): measures
// without numbers, Latin look-alike letters, one unreadable cell, long lists, a forced draft.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { readXlsx } from '../../src/cli/read-xlsx';
import type { Analysis } from '../../src/core/analyse';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { HEADER_SIDES, HEADER_TOP, SAMPLE_SETTINGS } from '../../scripts/make-sample';
import type { FodsCell } from '../support/libreoffice';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';

type Money = readonly FodsCell[];
const NO_MONEY: Money = Array(12).fill(null);

/** One measure row of the template: number, title, term, executor, 12 amounts, status, result. */
const row = (
  number: FodsCell,
  title: string,
  term: string,
  status: string,
  money: Money = NO_MONEY,
): FodsCell[] => [number, title, term, 'Прес-служба', ...money, status, ''];

/** Всього, держбюджет, обласний, міський, підприємства, інші: [plan, fact] each. */
const money = (...pairs: [FodsCell, FodsCell][]): Money => [
  ...pairs.flat(),
  ...NO_MONEY.slice(pairs.length * 2),
];

const tab = (name: string, rows: FodsCell[][]) => ({
  name,
  rows: [HEADER_TOP, HEADER_SIDES, ...rows],
});

const BOOK = [
  tab('Без номерів', [
    row('', 'Оновлення функціоналу офіційного сайту міської ради', 'І квартал', 'не виконано'),
    row('', 'Висвітлення діяльності на сайті', 'Впродовж року', 'виконано'),
  ]),
  tab('Латиниця', [
    row(1, 'Сайт', 'І квартал', 'Виконуєтьcя'),
    row(2, 'Газета', 'Впрoдовж року', 'виконано'),
  ]),
  tab('Нечитабельне', [
    row(1, 'Сайт', 'І квартал', 'виконано', money([20, 5], [10, 0], [null, null], ['abc', 5])),
    row(2, 'Газета', 'І квартал', 'виконано', money([10, 0], [null, null], [null, null], [10, 0])),
    ['ВСЬОГО:', '', '', '', 30, 5, 10, 0, null, null, 20, 5, null, null, null, null, '', ''],
  ]),
  tab(
    'Багато',
    Array.from({ length: 30 }, (_, i) => row(i + 1, `Захід ${i + 1}`, 'І квартал', 'не виконано')),
  ),
  { name: 'Налаштування', rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS] },
];

describeWithCalc('checks and summary on a book written by LibreOffice Calc', () => {
  let path = '';
  let grids: Grid[] = [];
  beforeAll(async () => {
    path = writeWithCalc(BOOK);
    grids = await readXlsx(path);
  }, 120_000);

  const analysis = (sheet: string): Analysis => analyseWorkbook(grids, { sheet });
  const findings = (sheet: string) =>
    analysis(sheet).findings.map((f) => [f.code, f.severity, f.cell]);

  it('names a measure without a number by its title, never "№ ."', () => {
    expect(analysis('Без номерів').summary[0]).toBe(
      'Із 2 запланованих заходів виконувався 1. Не виконано в установлений термін захід ' +
        '«Оновлення функціоналу офіційного сайту…».',
    );
  });

  it('makes Latin letters in a status and a term one error each, naming them', () => {
    expect(
      analysis('Латиниця').findings.map((f) => [f.code, f.severity, f.cell, f.message]),
    ).toEqual([
      [
        'lookalike-letters',
        'error',
        'Q3',
        expect.stringContaining(
          '«c», схожа на українську, тому стан не розпізнано. Мало бути «виконується»?',
        ),
      ],
      [
        'lookalike-letters',
        'error',
        'C4',
        expect.stringContaining(
          '«o», схожа на українську, тому термін не прочитано. Мало бути «Впродовж року»?',
        ),
      ],
    ]);
  });

  it('reports one unreadable cell once, with no knock-on on its row or on ВСЬОГО', () => {
    expect(findings('Нечитабельне')).toEqual([['not-a-number', 'error', 'K3']]);
  });

  it('names five overdue measures of thirty and counts the rest', () => {
    expect(analysis('Багато').summary[0]).toBe(
      'Із 30 запланованих заходів не виконувався жоден. Не виконано в установлений термін ' +
        '30 заходів (№ 1, 2, 3, 4, 5 та ще 25).',
    );
  });

  it('prints "?" in the forced draft for the unreadable amount, in its row and in ВСЬОГО', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'zvit-draft-')), 'draft.docx');
    const code = await run(['report', path, '--sheet', 'Нечитабельне', '--force', '--out', out], {
      stdout: () => {},
      stderr: () => {},
      cwd: process.cwd(),
    });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const totalsAt = texts.indexOf('ВСЬОГО:');
    expect([
      code,
      texts.slice(0, totalsAt).filter((t) => t === '? / 5').length,
      texts.slice(totalsAt).filter((t) => t === '? / 5').length,
      texts.some((t) => t.includes('Використання коштів не підраховано')),
    ]).toEqual([1, 1, 1, false]);
  });
});
