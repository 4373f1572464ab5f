import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import JSZip from 'jszip';
import { zvitIn } from '../support/zvit-run';
import { FileProblem } from '../../src/cli/input-file';
import { writeAtomically, writeFilesAtomically } from '../../src/cli/output-file';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';
import { HEADER_SIDES, HEADER_TOP, SAMPLE_SETTINGS } from '../../scripts/make-sample';

const tmp = mkdtempSync(join(tmpdir(), 'zvit-output-'));

/** A folder holding a copy of the sample as book.xlsx; returns the folder. */
const folderWithBook = (): string => {
  const dir = mkdtempSync(join(tmp, 'case-'));
  writeFileSync(join(dir, 'book.xlsx'), readFileSync(SAMPLE_PATH));
  return dir;
};

const SAMPLE = readFileSync(SAMPLE_PATH);

describe('zvit report --out that would lose the workbook', () => {
  it.each([
    ['the same name', () => 'book.xlsx'],
    ['"./" before it', () => './book.xlsx'],
    ['a detour through another folder', () => 'sub/../book.xlsx'],
    ['the absolute path', (dir: string) => join(dir, 'book.xlsx')],
  ])('refuses %s with exit 2 and leaves the workbook as it was', async (_what, out) => {
    const dir = folderWithBook();
    mkdirSync(join(dir, 'sub'));
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', out(dir));
    expect([
      result.code,
      result.stdout,
      readFileSync(join(dir, 'book.xlsx')).equals(SAMPLE),
    ]).toEqual([2, '', true]);
  });

  it('says in one line that --out is the workbook itself', async () => {
    const dir = folderWithBook();
    expect((await zvitIn(dir, 'report', 'book.xlsx', '--out', 'book.xlsx')).stderr).toBe(
      '«book.xlsx» — це сама книга, з якої читаються дані: --out записав би поверх неї. ' +
        'Вкажіть для --out інший файл.\n',
    );
  });

  it.each([
    ['a symlink to it named .docx', (dir: string) => symlinkSync('book.xlsx', join(dir, 'r.docx'))],
    [
      'a hard link to it named .docx',
      (dir: string) => linkSync(join(dir, 'book.xlsx'), join(dir, 'r.docx')),
    ],
  ])('refuses %s', async (_what, link) => {
    const dir = folderWithBook();
    link(dir);
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', 'r.docx');
    expect([
      result.code,
      result.stderr,
      readFileSync(join(dir, 'book.xlsx')).equals(SAMPLE),
    ]).toEqual([2, expect.stringContaining('це сама книга'), true]);
  });

  it('refuses a workbook named .docx whose report would land on itself by default', async () => {
    const dir = mkdtempSync(join(tmp, 'case-'));
    writeFileSync(join(dir, 'book.docx'), SAMPLE);
    const result = await zvitIn(dir, 'report', 'book.docx');
    expect([result.code, readFileSync(join(dir, 'book.docx')).equals(SAMPLE)]).toEqual([2, true]);
  });

  it('refuses --json pointing at the workbook', async () => {
    const dir = folderWithBook();
    const result = await zvitIn(dir, 'check', 'book.xlsx', '--json', './book.xlsx');
    expect([result.code, readFileSync(join(dir, 'book.xlsx')).equals(SAMPLE)]).toEqual([2, true]);
  });
});

describe('zvit report --out that is not a report', () => {
  it('refuses a name that does not end in .docx', async () => {
    const dir = folderWithBook();
    expect(await zvitIn(dir, 'report', 'book.xlsx', '--out', 'report.pdf')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'Звіт записується лише у файл .docx, а «report.pdf» — ні. Вкажіть для --out ім’я, що ' +
        'закінчується на .docx, наприклад «report.docx».\n',
    });
  });

  it('refuses to overwrite an existing file that is not a Word document', async () => {
    const dir = folderWithBook();
    writeFileSync(join(dir, 'notes.docx'), 'мої нотатки');
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', 'notes.docx');
    expect([result.code, result.stderr, readFileSync(join(dir, 'notes.docx'), 'utf8')]).toEqual([
      2,
      expect.stringContaining('уже існує, і це не звіт, який записав Zvit'),
      'мої нотатки',
    ]);
  });

  it('refuses a folder', async () => {
    const dir = folderWithBook();
    mkdirSync(join(dir, 'out.docx'));
    expect((await zvitIn(dir, 'report', 'book.xlsx', '--out', 'out.docx')).stderr).toMatch(
      /^«out\.docx» — це папка\./,
    );
  });

  it('replaces an earlier report it wrote', async () => {
    const dir = folderWithBook();
    await zvitIn(dir, 'report', 'book.xlsx', '--out', 'r.docx');
    const earlier = statSync(join(dir, 'r.docx')).ino;
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', 'r.docx');
    // Written anew beside it and renamed over it: another file where the earlier one was.
    expect([result.code, statSync(join(dir, 'r.docx')).ino === earlier]).toEqual([0, false]);
  });

  it('refuses to overwrite a Word document it did not write, naming it and what to do', async () => {
    const dir = folderWithBook();
    const letter = new JSZip().file('word/document.xml', '<w:document/>');
    const bytes = await letter.generateAsync({ type: 'nodebuffer' });
    writeFileSync(join(dir, 'letter.docx'), bytes);
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', 'letter.docx');
    expect([
      result.code,
      result.stderr,
      readFileSync(join(dir, 'letter.docx')).equals(bytes),
    ]).toEqual([
      2,
      'Файл «letter.docx» уже існує, і це не звіт, який записав Zvit (або його відтоді змінено ' +
        'в текстовому редакторі): Zvit його не перезаписує. Вкажіть для --out інше ім’я або ' +
        'перенесіть чи видаліть цей файл, якщо він не потрібен.\n',
      true,
    ]);
  });

  it('refuses to overwrite its report once a word processor saved it', async () => {
    const dir = folderWithBook();
    await zvitIn(dir, 'report', 'book.xlsx', '--out', 'r.docx');
    const report = await JSZip.loadAsync(readFileSync(join(dir, 'r.docx')));
    report.file(
      'docProps/app.xml',
      '<Properties><Application>Microsoft Office Word</Application></Properties>',
    );
    const edited = await report.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    writeFileSync(join(dir, 'r.docx'), edited);
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', 'r.docx');
    expect([result.code, readFileSync(join(dir, 'r.docx')).equals(edited)]).toEqual([2, true]);
  });

  it('refuses --json and --out naming one file, in one line, writing neither', async () => {
    const dir = folderWithBook();
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', 'x.docx', '--json', 'x.docx');
    expect([result, existsSync(join(dir, 'x.docx'))]).toEqual([
      {
        code: 2,
        stdout: '',
        stderr:
          '«x.docx» — це той самий файл, що й звіт: JSON записав би поверх звіту. Вкажіть для ' +
          '--json інший файл, наприклад «x.json».\n',
      },
      false,
    ]);
  });

  it('replaces an empty file', async () => {
    const dir = folderWithBook();
    writeFileSync(join(dir, 'r.docx'), '');
    expect((await zvitIn(dir, 'report', 'book.xlsx', '--out', 'r.docx')).code).toBe(0);
  });

  it('refuses to overwrite a text file with --json unless it is text', async () => {
    const dir = folderWithBook();
    writeFileSync(join(dir, 'copy.bin'), SAMPLE);
    const result = await zvitIn(dir, 'check', 'book.xlsx', '--json', 'copy.bin');
    expect([result.code, readFileSync(join(dir, 'copy.bin')).equals(SAMPLE)]).toEqual([2, true]);
  });

  it.each([
    ['a CSV file', 'data.csv', 'номер;сума\n1;28,8\n'],
    ['a text file', 'plan.txt', 'план на рік\n'],
    ['another program’s JSON', 'settings.json', '{"sheet": "Заходи", "city": "Слов’янськ"}\n'],
  ])('refuses --json naming %s, in one line, leaving it', async (_, name, text) => {
    const dir = folderWithBook();
    writeFileSync(join(dir, name), text);
    const result = await zvitIn(dir, 'check', 'book.xlsx', '--json', name);
    expect([result.code, result.stderr, readFileSync(join(dir, name), 'utf8')]).toEqual([
      2,
      `Файл «${name}» уже існує, і це не результат перевірки (JSON), який записав Zvit: Zvit його ` +
        'не перезаписує. Вкажіть для --json інше ім’я або перенесіть чи видаліть цей файл, якщо ' +
        'він не потрібен.\n',
      text,
    ]);
  });

  it('replaces a JSON it wrote before', async () => {
    const dir = folderWithBook();
    await zvitIn(dir, 'check', 'book.xlsx', '--json', 'result.json');
    writeFileSync(
      join(dir, 'result.json'),
      readFileSync(join(dir, 'result.json'), 'utf8').replace(/"summary": "[^"]*"/, '"summary": ""'),
    );
    const result = await zvitIn(dir, 'check', 'book.xlsx', '--json', 'result.json');
    const json = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    expect([result.code, json.summary]).toEqual([0, expect.stringMatching(/^Із \d+ запланованих/)]);
  });

  it('leaves only the report in the folder (no temporary file)', async () => {
    const dir = folderWithBook();
    await zvitIn(dir, 'report', 'book.xlsx', '--out', 'r.docx');
    expect(readdirSync(dir).sort()).toEqual(['book.xlsx', 'r.docx']);
  });
});

describe('writeAtomically', () => {
  /** Chunks: a first part, then a failure, as a renderer that breaks half-way. */
  async function* breaksHalfWay(): AsyncGenerator<Uint8Array> {
    yield Buffer.from('PK half of a report');
    throw new Error('renderer broke');
  }

  it('leaves neither a half file nor a temporary file when writing fails', async () => {
    const dir = mkdtempSync(join(tmp, 'fail-'));
    await expect(writeAtomically(join(dir, 'r.docx'), breaksHalfWay())).rejects.toThrow(
      'renderer broke',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the earlier report whole when writing fails', async () => {
    const dir = mkdtempSync(join(tmp, 'fail-'));
    writeFileSync(join(dir, 'r.docx'), 'earlier report');
    await writeAtomically(join(dir, 'r.docx'), breaksHalfWay()).catch(() => undefined);
    expect([readdirSync(dir), readFileSync(join(dir, 'r.docx'), 'utf8')]).toEqual([
      ['r.docx'],
      'earlier report',
    ]);
  });

  it('changes none of several files when writing a later one fails', async () => {
    const dir = mkdtempSync(join(tmp, 'fail-'));
    writeFileSync(join(dir, 'measures.csv'), 'earlier');
    const files = [
      { path: join(dir, 'measures.csv'), data: 'new', name: 'measures.csv' },
      { path: join(dir, 'datapackage.json'), data: breaksHalfWay(), name: 'datapackage.json' },
    ];
    await writeFilesAtomically(files).catch(() => undefined);
    expect([readdirSync(dir), readFileSync(join(dir, 'measures.csv'), 'utf8')]).toEqual([
      ['measures.csv'],
      'earlier',
    ]);
  });

  it('names the files already replaced when a later rename is refused', async () => {
    const dir = mkdtempSync(join(tmp, 'fail-'));
    mkdirSync(join(dir, 'datapackage.json'));
    writeFileSync(join(dir, 'datapackage.json', 'x'), '');
    const files = [
      { path: join(dir, 'measures.csv'), data: 'new', name: 'measures.csv' },
      { path: join(dir, 'datapackage.json'), data: '{}', name: 'datapackage.json' },
    ];
    await expect(writeFilesAtomically(files)).rejects.toThrow(
      'Уже записано нові «measures.csv»; решту не змінено.',
    );
  });

  it('says in Ukrainian why the system refused the write', async () => {
    const file = join(mkdtempSync(join(tmp, 'fail-')), 'file');
    writeFileSync(file, '');
    await expect(writeAtomically(join(file, 'r.docx'), 'x', 'file/r.docx')).rejects.toEqual(
      new FileProblem(
        'Не вдалося записати «file/r.docx»: частина шляху — файл, а не папка. Наявний файл, ' +
          'якщо він був, не змінено.',
      ),
    );
  });

  it('writes through a symlink into the file it points to', async () => {
    const dir = mkdtempSync(join(tmp, 'link-'));
    writeFileSync(join(dir, 'real.docx'), 'old');
    symlinkSync('real.docx', join(dir, 'link.docx'));
    await writeAtomically(join(dir, 'link.docx'), 'new');
    expect(readFileSync(join(dir, 'real.docx'), 'utf8')).toBe('new');
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'leaves no file when the run is stopped with %s mid-write',
    async (signal) => {
      const dir = mkdtempSync(join(tmp, 'signal-'));
      const script = join(dir, '..', `stall-${signal}.ts`);
      const module = resolve('src/cli/output-file.ts');
      writeFileSync(
        script,
        `import { writeAtomically } from ${JSON.stringify(module)};\n` +
          'async function* stalls() {\n' +
          "  yield Buffer.from('PK first part');\n" +
          "  process.stdout.write('writing\\n');\n" +
          '  await new Promise((done) => setTimeout(done, 60_000));\n' +
          '}\n' +
          `void writeAtomically(${JSON.stringify(join(dir, 'r.docx'))}, stalls());\n`,
      );
      const bundle = join(dir, '..', `stall-${signal}.cjs`);
      buildSync({ entryPoints: [script], bundle: true, platform: 'node', outfile: bundle });
      const child = spawn(process.execPath, [bundle]);
      await new Promise<void>((started) => child.stdout.once('data', () => started()));
      const tempWhileWriting = readdirSync(dir).length;
      child.kill(signal);
      const ended = await new Promise<NodeJS.Signals | null>((done) =>
        child.once('exit', (_code, by) => done(by)),
      );
      expect([tempWhileWriting, ended, readdirSync(dir)]).toEqual([1, signal, []]);
    },
  );

  it('leaves no file when the run exits mid-write (the reader of its output gone)', async () => {
    const dir = mkdtempSync(join(tmp, 'exit-'));
    const script = join(dir, '..', 'exits.ts');
    const module = resolve('src/cli/output-file.ts');
    writeFileSync(
      script,
      `import { readdirSync } from 'node:fs';\n` +
        `import { writeAtomically } from ${JSON.stringify(module)};\n` +
        'async function* exits() {\n' +
        "  yield Buffer.from('PK first part');\n" +
        `  process.stdout.write(String(readdirSync(${JSON.stringify(dir)}).length));\n` +
        '  process.exit(141);\n' +
        '}\n' +
        `void writeAtomically(${JSON.stringify(join(dir, 'r.docx'))}, exits());\n`,
    );
    const bundle = join(dir, '..', 'exits.cjs');
    buildSync({ entryPoints: [script], bundle: true, platform: 'node', outfile: bundle });
    const child = spawnSync(process.execPath, [bundle], { encoding: 'utf8' });
    expect([child.stdout, child.status, readdirSync(dir)]).toEqual(['1', 141, []]);
  });
});

describeWithCalc('zvit report on a book LibreOffice Calc wrote', () => {
  let dir = '';
  beforeAll(() => {
    const book = writeWithCalc([
      {
        name: 'Заходи',
        rows: [
          HEADER_TOP,
          HEADER_SIDES,
          [1, 'Сайт', 'І квартал', 'Прес-служба', ...Array(12).fill(null), 'виконано', ''],
        ],
      },
      { name: 'Налаштування', rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS] },
    ]);
    dir = mkdtempSync(join(tmp, 'calc-'));
    writeFileSync(join(dir, 'book.xlsx'), readFileSync(book));
  }, 120_000);

  it('refuses --out on the book itself through a symlink', async () => {
    symlinkSync(join(dir, 'book.xlsx'), join(dir, 'link.docx'));
    const before = readFileSync(join(dir, 'book.xlsx'));
    const result = await zvitIn(dir, 'report', 'book.xlsx', '--out', 'link.docx');
    expect([result.code, readFileSync(join(dir, 'book.xlsx')).equals(before)]).toEqual([2, true]);
  });

  it('writes its report beside it', async () => {
    const result = await zvitIn(dir, 'report', join(dir, 'book.xlsx'));
    expect([result.code, existsSync(join(dir, 'book.docx'))]).toEqual([0, true]);
  });
});
