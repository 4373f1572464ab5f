import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import JSZip from 'jszip';
import { FILE_KIND, FileProblem, readWorkbookFile, recogniseFile } from '../../src/cli/input-file';
import { zvit } from '../support/zvit-run';
import { HEADER_SIDES, HEADER_TOP, SAMPLE_PATH, SAMPLE_SETTINGS } from '../../scripts/make-sample';
import type { FodsSheet } from '../support/libreoffice';
import { describeWithCalc, fodsXml, writeWithCalc } from '../support/libreoffice';

const tmp = mkdtempSync(join(tmpdir(), 'zvit-input-'));

/** A file named `name` in its own folder holding `bytes`. */
const fileWith = (name: string, bytes: Uint8Array | string): string => {
  const dir = mkdtempSync(join(tmp, 'case-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** Exit 2, nothing on stdout, exactly one line on stderr that contains `phrase`. */
const refusedWith = (phrase: string) => ({
  code: 2,
  stdout: '',
  stderr: expect.stringMatching(new RegExp(`^[^\\n]*${phrase}[^\\n]*\\n$`)),
});

/**
 * A Compound File Binary header followed by directory entries naming `streams` in UTF-16LE,
 * as MS-CFB stores them (an encrypted OOXML book holds EncryptionInfo and EncryptedPackage).
 */
const cfbWith = (...streams: string[]): Buffer => {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entries = streams.map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 'utf16le');
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, ...entries]);
};

const zipWith = async (entries: Record<string, string>): Promise<Buffer> => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
};

/** The parts Excel writes for a binary workbook (.xlsb): the book and its sheets as .bin records. */
const XLSB_PARTS: Record<string, string> = {
  '[Content_Types].xml':
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Override PartName="/xl/workbook.bin" ' +
    'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
  '_rels/.rels': '<Relationships/>',
  'xl/workbook.bin': '\x83\x01\x00',
  'xl/_rels/workbook.bin.rels': '<Relationships/>',
  'xl/worksheets/sheet1.bin': '\x81\x01\x00',
};

describe('recogniseFile', () => {
  it.each([
    ['an encrypted book', cfbWith('Root Entry', 'EncryptionInfo', 'EncryptedPackage'), 'encrypted'],
    ['an Excel 97–2003 book', cfbWith('Root Entry', 'Workbook'), 'xls'],
    ['a Word 97–2003 document', cfbWith('Root Entry', 'WordDocument'), 'doc'],
    ['nothing at all', Buffer.alloc(0), 'empty'],
    ['a PDF', Buffer.from('%PDF-1.7\n'), 'pdf'],
    ['semicolon CSV', Buffer.from('№;Зміст заходу\n1;Сайт\n'), 'csv'],
    ['a note', Buffer.from('Звіт подати до 5 липня\nбез таблиці\n'), 'text'],
    [
      'a flat OpenDocument spreadsheet',
      Buffer.from(fodsXml([{ name: 'Заходи', rows: [['№', 'Зміст заходу']] }])),
      'fods',
    ],
    ['UTF-16 text', Buffer.from('\ufeffЗвіт', 'utf16le'), 'text'],
    ['random bytes', Buffer.from([0, 1, 2, 3, 0, 255]), 'unknown'],
    ['a book cut short', readFileSync(SAMPLE_PATH).subarray(0, 4000), 'cut-off'],
  ])('tells %s', (_what, bytes, kind) => {
    expect(recogniseFile(bytes)).toBe(kind);
  });

  it.each([
    [{ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }, 'ods'],
    [{ '[Content_Types].xml': '', 'word/document.xml': '' }, 'docx'],
    [{ 'notes.txt': 'x' }, 'zip'],
    [{ '[Content_Types].xml': '', 'xl/workbook.xml': '' }, 'xlsx'],
  ])('tells a zip with %j', async (entries, kind) => {
    expect(recogniseFile(await zipWith(entries))).toBe(kind);
  });

  it('tells an Excel binary workbook (.xlsb) by its xl/workbook.bin', async () => {
    expect(recogniseFile(await zipWith(XLSB_PARTS))).toBe('xlsb');
  });
});

describe('readWorkbookFile', () => {
  it('says "no permission" in one line when the system refuses the read', async () => {
    // Tests run as root here, where chmod cannot refuse a read: the refusal is staged.
    const refuse = async () => {
      throw Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' });
    };
    const read = readWorkbookFile(SAMPLE_PATH, 'book.xlsx', { stat, readFile: refuse });
    await expect(read).rejects.toEqual(
      new FileProblem(
        'Немає дозволу читати файл «book.xlsx». Попросіть власника дати вам доступ на читання ' +
          'або скопіюйте книгу у свою папку.',
      ),
    );
  });

  it('returns the bytes of a real .xlsx', async () => {
    const bytes = await readWorkbookFile(SAMPLE_PATH, 'book.xlsx');
    expect(recogniseFile(bytes)).toBe(FILE_KIND.xlsx);
  });
});

describe('zvit check on a file that is not an .xlsx', () => {
  it.each([
    ['a missing file', () => join(tmp, 'nope.xlsx'), 'не знайдено: перевірте назву і папку'],
    ['a folder', () => mkdtempSync(join(tmp, 'folder-')), 'це папка, а не книга'],
    ['an empty file', () => fileWith('book.xlsx', ''), 'порожній \\(0 байтів\\)'],
    [
      'a password-protected book',
      () => fileWith('book.xlsx', cfbWith('Root Entry', 'EncryptionInfo', 'EncryptedPackage')),
      'захищена паролем',
    ],
    ['a PDF', () => fileWith('book.xlsx', '%PDF-1.4\n'), 'документ PDF'],
    ['a note', () => fileWith('book.xlsx', 'Звіт подати до 5 липня\n'), 'звичайний текстовий файл'],
    [
      'a cut-off copy of a book',
      () => fileWith('book.xlsx', readFileSync(SAMPLE_PATH).subarray(0, 4000)),
      'пошкоджена або не докопійована',
    ],
  ])('refuses %s with exit 2 and one Ukrainian line', async (_what, make, phrase) => {
    expect(await zvit('check', make())).toEqual(refusedWith(phrase));
  });

  it('names a flat .fods LibreOffice wrote and says how to save it as .xlsx', async () => {
    const path = fileWith('book.fods', fodsXml(CALC_BOOK));
    expect(await zvit('check', path)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `«${path}» — таблиця LibreOffice у форматі плаского XML (.fods), а не книга .xlsx. ` +
        'Відкрийте її в LibreOffice Calc і збережіть як книгу Excel: Файл → Зберегти як…, ' +
        'тип файлу «Excel 2007–365 (.xlsx)».\n',
    });
  });

  it.each(['book.xlsb', 'book.xlsx'])(
    'names an Excel binary workbook called %s and says to save it as .xlsx',
    async (name) => {
      const path = fileWith(name, await zipWith(XLSB_PARTS));
      expect(await zvit('check', path)).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `«${path}» — двійкова книга Excel (.xlsb), а не .xlsx. Відкрийте її в Excel і ` +
          'збережіть як «Книга Excel (*.xlsx)» або в LibreOffice Calc — як ' +
          '«Excel 2007–365 (.xlsx)».\n',
      });
    },
  );

  it('names a Word report given instead of the book', async () => {
    const path = fileWith('book.xlsx', await zipWith({ 'word/document.xml': '<w:document/>' }));
    expect(await zvit('check', path)).toEqual(refusedWith('документ Word \\(.docx\\)'));
  });

  it('refuses an unreadable file as its own user would see it', () => {
    // root reads any file, so the command runs as "nobody" (65534) then, to meet a real
    // refusal. It runs as one bundled file in a folder "nobody" may enter, wherever the
    // project itself lies.
    const dir = mkdtempSync(join(tmpdir(), 'zvit-nobody-'));
    chmodSync(dir, 0o755);
    buildSync({
      entryPoints: ['src/cli/main.ts'],
      bundle: true,
      platform: 'node',
      outfile: join(dir, 'zvit.cjs'),
      logLevel: 'silent',
    });
    const path = join(dir, 'locked.xlsx');
    writeFileSync(path, readFileSync(SAMPLE_PATH));
    chmodSync(path, 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [join(dir, 'zvit.cjs'), 'check', 'locked.xlsx'], {
      cwd: dir,
      encoding: 'utf8',
      ...asNobody,
    });
    expect([result.status, result.stderr]).toEqual([
      2,
      'Немає дозволу читати файл «locked.xlsx». Попросіть власника дати вам доступ на читання ' +
        'або скопіюйте книгу у свою папку.\n',
    ]);
  });
});

/** The measures and settings tabs as a coordinator's Calc holds them. */
const CALC_BOOK: readonly FodsSheet[] = [
  {
    name: 'Заходи',
    rows: [
      HEADER_TOP,
      HEADER_SIDES,
      [
        1,
        'Сайт',
        'І квартал',
        'Прес-служба',
        10,
        5,
        null,
        null,
        null,
        null,
        10,
        5,
        null,
        null,
        null,
        null,
        'виконано частково',
        '',
      ],
    ],
  },
  { name: 'Налаштування', rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS] },
];

describeWithCalc('zvit check on books LibreOffice Calc saved in other formats', () => {
  const written: Record<string, string> = {};
  beforeAll(() => {
    for (const format of ['ods', 'xls', 'csv', 'xlsx'])
      written[format] = writeWithCalc(CALC_BOOK, format);
  }, 300_000);

  /** The file Calc wrote, renamed to book.xlsx as people do. */
  const renamed = (format: string): string => {
    const dir = mkdtempSync(join(tmp, `renamed-${format}-`));
    const path = join(dir, 'book.xlsx');
    copyFileSync(written[format], path);
    return path;
  };

  it.each([
    ['ods', 'таблиця OpenDocument \\(.ods\\)'],
    ['xls', 'книга старого формату Excel 97–2003 \\(.xls\\)'],
    ['csv', 'текст із роздільниками \\(CSV\\)'],
  ])('refuses a renamed .%s by its content', async (format, phrase) => {
    expect(await zvit('check', renamed(format))).toEqual(refusedWith(phrase));
  });

  it.each(['ods', 'xls', 'csv'])('refuses a .%s under its own name', async (format) => {
    expect((await zvit('check', written[format])).code).toBe(2);
  });

  it('reads the .xlsx Calc wrote', async () => {
    expect((await zvit('check', renamed('xlsx'))).code).toBe(0);
  });

  it('reads an .xlsx by its content whatever it is called', async () => {
    const path = join(mkdtempSync(join(tmp, 'misnamed-')), 'book.ods');
    copyFileSync(written.xlsx, path);
    expect((await zvit('check', path)).code).toBe(0);
  });
});
