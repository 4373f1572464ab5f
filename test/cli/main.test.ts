import JSZip from 'jszip';
import { mkdtempSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zvit } from '../support/zvit-run';
import { DRAFT_MARK } from '../../src/core/report-model';
import {
  buildWorkbook,
  measureValues,
  SAMPLE_MEASURES,
  SAMPLE_PATH,
  SAMPLE_SETTINGS,
} from '../../scripts/make-sample';

const tmp = mkdtempSync(join(tmpdir(), 'zvit-cli-'));

/** The sample with measure 9's city plan typed as "28,8 / 0" in one cell: an error. */
const brokenWorkbook = async (): Promise<string> => {
  const rows = SAMPLE_MEASURES.map(measureValues);
  rows[8][10] = '28,8 / 0';
  const path = join(tmp, 'broken.xlsx');
  await buildWorkbook(rows).xlsx.writeFile(path);
  return path;
};

/** An unreadable period (error on the settings tab) and a fact without plan in F4 (warning). */
const mixedWorkbook = async (): Promise<string> => {
  const rows = SAMPLE_MEASURES.map(measureValues);
  rows[0][5] = 5;
  const settings = SAMPLE_SETTINGS.map(([name, value]): [string, string] => [
    name,
    name === 'Звітний період' ? 'колись' : value,
  ]);
  const path = join(tmp, 'mixed.xlsx');
  await buildWorkbook(rows, settings).xlsx.writeFile(path);
  return path;
};

describe('zvit check', () => {
  it('exits 0 on the sample', async () => {
    expect((await zvit('check', SAMPLE_PATH)).code).toBe(0);
  });

  it('prints only JSON on stdout with --json -', async () => {
    const { stdout } = await zvit('check', SAMPLE_PATH, '--json', '-');
    expect(Object.keys(JSON.parse(stdout))).toEqual([
      'sheet',
      'period',
      'counts',
      'totals',
      'unreadable',
      'findings',
      'summary',
      'sections',
    ]);
  });

  it('names in the JSON the totals that rest on an amount it could not read', async () => {
    const rows = SAMPLE_MEASURES.map(measureValues);
    rows[8][10] = 'двадцять';
    const path = join(tmp, 'unreadable.xlsx');
    await buildWorkbook(rows).xlsx.writeFile(path);
    const json = JSON.parse((await zvit('check', path, '--json', '-')).stdout);
    expect([json.unreadable, json.sections[0].unreadable]).toEqual([
      { city: ['plan'] },
      { city: ['plan'] },
    ]);
  });

  it('names no total as unreadable when every amount reads', async () => {
    expect(JSON.parse((await zvit('check', SAMPLE_PATH, '--json', '-')).stdout).unreadable).toEqual(
      {},
    );
  });

  it('reports totals in thousand UAH and the period end in the JSON', async () => {
    const json = JSON.parse((await zvit('check', SAMPLE_PATH, '--json', '-')).stdout);
    expect([json.totals.total, json.totals.city, json.period]).toEqual([
      { plan: 168.8, fact: 20 },
      { plan: 88.8, fact: 20 },
      { label: '1 півріччя 2017 року', end: '2017-06-30' },
    ]);
  });

  it('exits 1 and prints "K12: …" for an error', async () => {
    const { code, stderr } = await zvit('check', await brokenWorkbook());
    expect([code, stderr]).toEqual([
      1,
      expect.stringContaining('K12: «28,8 / 0» — план і факт в одній клітинці.'),
    ]);
  });

  it('prints errors before warnings, each as "cell: message"', async () => {
    const { stderr } = await zvit('check', await mixedWorkbook());
    expect(stderr.split('\n').map((line) => line.split(':')[0])).toEqual([
      'Налаштування!B5',
      'F4',
      '',
    ]);
  });

  it('gives each JSON finding its code, severity, cell and message', async () => {
    const json = JSON.parse((await zvit('check', await mixedWorkbook(), '--json', '-')).stdout);
    expect(json.findings[0]).toEqual({
      code: 'bad-period',
      severity: 'error',
      cell: 'Налаштування!B5',
      message: expect.stringContaining('«колись»'),
    });
  });

  it('exits 2 with one line for a missing file', async () => {
    expect(await zvit('check', 'nope.xlsx')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Файл «nope.xlsx» не знайдено: перевірте назву і папку.\n',
    });
  });

  it('exits 2 with one line when --sheet names no tab of the workbook', async () => {
    expect(await zvit('check', SAMPLE_PATH, '--sheet', 'Нема')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `У книзі «${SAMPLE_PATH}» немає аркуша «Нема». Розділи із заходами: «Заходи». ` +
        'Вкажіть для --sheet один із них.\n',
    });
  });

  it('exits 2 with one line when --sheet names the settings, offering the sections', async () => {
    expect(await zvit('check', SAMPLE_PATH, '--sheet', 'Налаштування')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `Аркуш «Налаштування» у книзі «${SAMPLE_PATH}» — не розділ із заходами. Розділи із ` +
        'заходами: «Заходи». Вкажіть для --sheet один із них.\n',
    });
  });

  it('exits 2 without a stack for a file that is not a workbook', async () => {
    const path = join(tmp, 'text.xlsx');
    writeFileSync(path, 'not a zip');
    const { code, stderr } = await zvit('check', path);
    expect([code, stderr.split('\n').length, stderr.includes('    at ')]).toEqual([2, 2, false]);
  });

  it.each([
    [
      ['publish', SAMPLE_PATH],
      'Невідома команда «publish»: є check, report і export. Довідка: zvit --help.\n',
    ],
    [
      ['check'],
      'Не вказано книгу .xlsx, наприклад: zvit report заходи.xlsx. Довідка: zvit --help.\n',
    ],
    [['check', '--bogus', SAMPLE_PATH], 'Невідомий параметр «--bogus». Довідка: zvit --help.\n'],
    [
      ['report', SAMPLE_PATH, '--out'],
      'Параметру --out потрібне значення. Довідка: zvit --help.\n',
    ],
    [
      [],
      'Вкажіть команду: zvit report <книга.xlsx> або zvit check <книга.xlsx>. Довідка: zvit --help.\n',
    ],
  ])('exits 2 with one Ukrainian line for %j', async (argv, line) => {
    expect(await zvit(...argv)).toEqual({ code: 2, stdout: '', stderr: line });
  });

  it('exits 0 and prints usage with --help', async () => {
    const { code, stdout } = await zvit('--help');
    expect([code, stdout.includes('report')]).toEqual([0, true]);
  });
});

describe('zvit report', () => {
  it('writes the .docx where --out says', async () => {
    const out = join(tmp, 'sample.docx');
    const { code } = await zvit('report', SAMPLE_PATH, '--out', out);
    expect([code, existsSync(out)]).toEqual([0, true]);
  });

  it('says where it wrote the report and prints the summary', async () => {
    const out = join(tmp, 'said.docx');
    const { stdout } = await zvit('report', SAMPLE_PATH, '--out', out);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      `Звіт записано: ${out}`,
      expect.stringMatching(/^Із 11 запланованих заходів виконувались 7\./),
    ]);
  });

  it('prints only the JSON on stdout with --json - and still writes the report', async () => {
    const out = join(tmp, 'json.docx');
    const { stdout } = await zvit('report', SAMPLE_PATH, '--out', out, '--json', '-');
    expect([JSON.parse(stdout).counts.planned, existsSync(out)]).toEqual([11, true]);
  });

  it('writes no document when the workbook has errors', async () => {
    const out = join(tmp, 'broken.docx');
    const { code } = await zvit('report', await brokenWorkbook(), '--out', out);
    expect([code, existsSync(out)]).toEqual([1, false]);
  });

  it('writes a draft with --force and still exits 1', async () => {
    const out = join(tmp, 'forced.docx');
    const { code } = await zvit('report', await brokenWorkbook(), '--out', out, '--force');
    expect([code, existsSync(out)]).toEqual([1, true]);
  });

  it.each([
    ['with --force despite errors', true],
    ['from a workbook without errors', false],
  ])('marks a report made %s as a draft: %s', async (_, draft) => {
    const out = join(tmp, `draft-${draft}.docx`);
    const book = draft ? await brokenWorkbook() : SAMPLE_PATH;
    await zvit('report', book, '--out', out, '--force');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const headers = await Promise.all(zip.file(/^word\/header/).map((f) => f.async('string')));
    expect(headers.join('').includes(DRAFT_MARK)).toBe(draft);
  });

  it('writes beside the workbook by default', async () => {
    const path = join(tmp, 'copy.xlsx');
    await buildWorkbook(SAMPLE_MEASURES.map(measureValues)).xlsx.writeFile(path);
    await zvit('report', path);
    expect(existsSync(join(tmp, 'copy.docx'))).toBe(true);
  });
});
