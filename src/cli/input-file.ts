// The workbook file before it is parsed: what it really is, told by its first bytes rather than
// its name, and one Ukrainian line saying what to do when it is not an .xlsx. Node adapter layer.
import type { Stats } from 'node:fs';
import { files } from './files';

/** A file the person has to deal with: printed as one line, exit code 2. */
export class FileProblem extends Error {}

/** The two file-system calls reading needs; tests pass their own to stage a refused read. */
export interface FileReader {
  readonly stat: (path: string) => Promise<Stats>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
}

export const NODE_FILES: FileReader = {
  stat: (path) => files.stat(path),
  readFile: (path) => files.readFile(path),
};

export const FILE_KIND = {
  xlsx: 'xlsx',
  empty: 'empty',
  encrypted: 'encrypted',
  xls: 'xls',
  /** Excel's binary workbook: a zip like .xlsx, with the sheets as binary records. */
  xlsb: 'xlsb',
  doc: 'doc',
  oldOffice: 'old-office',
  ods: 'ods',
  /** LibreOffice's flat OpenDocument spreadsheet: the whole book as one XML file (.fods). */
  fods: 'fods',
  docx: 'docx',
  zip: 'zip',
  cutOff: 'cut-off',
  pdf: 'pdf',
  csv: 'csv',
  text: 'text',
  unknown: 'unknown',
} as const;
export type FileKind = (typeof FILE_KIND)[keyof typeof FILE_KIND];

/** Compound File Binary: .xls, .doc, and an OOXML book encrypted with a password (MS-OFFCRYPTO). */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP_MAGIC = Buffer.from('PK\x05\x06', 'latin1');
const PDF_MAGIC = Buffer.from('%PDF', 'latin1');

/** CFB directory entries name their streams in UTF-16LE. */
const hasStream = (bytes: Buffer, name: string): boolean =>
  bytes.includes(Buffer.from(name, 'utf16le'));

/** Zip entry names are stored as plain bytes in the local and central headers. */
const hasEntry = (bytes: Buffer, name: string): boolean => bytes.includes(Buffer.from(name));

const cfbKind = (bytes: Buffer): FileKind => {
  if (hasStream(bytes, 'EncryptedPackage') || hasStream(bytes, 'EncryptionInfo')) {
    return FILE_KIND.encrypted;
  }
  if (hasStream(bytes, 'Workbook') || hasStream(bytes, 'Book')) return FILE_KIND.xls;
  if (hasStream(bytes, 'WordDocument')) return FILE_KIND.doc;
  return FILE_KIND.oldOffice;
};

const EOCD_MAGIC = Buffer.from('PK\x05\x06', 'latin1');

const zipKind = (bytes: Buffer): FileKind => {
  // A zip ends with its directory (after at most a 64 KB comment); a copy cut short has none.
  if (!bytes.subarray(-65_557).includes(EOCD_MAGIC)) return FILE_KIND.cutOff;
  // An OpenDocument file starts with an uncompressed "mimetype" entry naming its type.
  const head = bytes.subarray(0, 200).toString('latin1');
  if (head.includes('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')) return FILE_KIND.ods;
  // The full name: «xl/workbook» alone is also the start of an .xlsb's «xl/workbook.bin».
  if (hasEntry(bytes, 'xl/workbook.xml')) return FILE_KIND.xlsx;
  if (hasEntry(bytes, 'xl/workbook.bin')) return FILE_KIND.xlsb;
  if (hasEntry(bytes, 'word/document.xml')) return FILE_KIND.docx;
  return FILE_KIND.zip;
};

/**
 * Text when the start has no NUL byte (or is UTF-16 with its mark): a flat OpenDocument
 * spreadsheet when it says so, CSV when lines split alike.
 */
const textKind = (bytes: Buffer): FileKind | null => {
  const start = bytes.subarray(0, 8192);
  const utf16 =
    (start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff);
  if (!utf16 && start.includes(0)) return null;
  const text = utf16
    ? start.toString('utf16le').replace(/\0/g, '')
    : start.toString('utf8').replace(/^\uFEFF/, '');
  // A flat OpenDocument file names its type on its root element, before any content.
  if (
    /^\s*(?:<\?xml[^>]*\?>\s*)?<office:document\b/.test(text) &&
    text.includes('application/vnd.oasis.opendocument.spreadsheet')
  )
    return FILE_KIND.fods;
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const separated = (line: string, sep: string) => line.split(sep).length > 1;
  const csv = [';', ',', '\t'].some(
    (sep) => lines.length > 0 && lines.slice(0, 5).every((line) => separated(line, sep)),
  );
  return csv ? FILE_KIND.csv : FILE_KIND.text;
};

/** What the bytes are, whatever the file is called. */
export const recogniseFile = (data: Uint8Array): FileKind => {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length === 0) return FILE_KIND.empty;
  const starts = (magic: Buffer) => bytes.subarray(0, magic.length).equals(magic);
  if (starts(CFB_MAGIC)) return cfbKind(bytes);
  if (starts(ZIP_MAGIC)) return zipKind(bytes);
  if (starts(EMPTY_ZIP_MAGIC)) return FILE_KIND.zip;
  if (starts(PDF_MAGIC)) return FILE_KIND.pdf;
  return textKind(bytes) ?? FILE_KIND.unknown;
};

const SAVE_AS_XLSX =
  'Відкрийте її в Google Таблицях, Excel або LibreOffice Calc і збережіть як книгу Excel (.xlsx).';
const DOWNLOAD_AGAIN =
  'Завантажте книгу з Google Таблиць ще раз: Файл → Завантажити → Microsoft Excel (.xlsx).';

/** One line for each kind that is not a workbook Zvit reads; `name` is the path as typed. */
export const kindMessage = (kind: Exclude<FileKind, 'xlsx'>, name: string): string => {
  const file = `«${name}»`;
  switch (kind) {
    case FILE_KIND.empty:
      return `Файл ${file} порожній (0 байтів): книгу не дозбережено або не докопійовано. ${DOWNLOAD_AGAIN}`;
    case FILE_KIND.encrypted:
      return (
        `Книга ${file} захищена паролем, тому її не вдається прочитати. Відкрийте її, зніміть ` +
        'пароль і збережіть без пароля як .xlsx.'
      );
    case FILE_KIND.xls:
      return `${file} — книга старого формату Excel 97–2003 (.xls), а не .xlsx. ${SAVE_AS_XLSX}`;
    case FILE_KIND.xlsb:
      return (
        `${file} — двійкова книга Excel (.xlsb), а не .xlsx. Відкрийте її в Excel і збережіть ` +
        'як «Книга Excel (*.xlsx)» або в LibreOffice Calc — як «Excel 2007–365 (.xlsx)».'
      );
    case FILE_KIND.doc:
      return `${file} — документ Word (.doc), а не книга. Вкажіть книгу .xlsx із таблицею заходів.`;
    case FILE_KIND.oldOffice:
      return `${file} — файл старого формату Microsoft Office, а не книга .xlsx. ${SAVE_AS_XLSX}`;
    case FILE_KIND.ods:
      return (
        `${file} — таблиця OpenDocument (.ods), а не .xlsx. Відкрийте її в LibreOffice Calc і ` +
        'збережіть як «Excel 2007–365 (.xlsx)».'
      );
    case FILE_KIND.fods:
      return (
        `${file} — таблиця LibreOffice у форматі плаского XML (.fods), а не книга .xlsx. ` +
        'Відкрийте її в LibreOffice Calc і збережіть як книгу Excel: Файл → Зберегти як…, ' +
        'тип файлу «Excel 2007–365 (.xlsx)».'
      );
    case FILE_KIND.docx:
      return `${file} — документ Word (.docx), а не книга. Вкажіть книгу .xlsx із таблицею заходів.`;
    case FILE_KIND.zip:
      return `${file} — zip-архів, а не книга .xlsx. Розпакуйте його і вкажіть саму книгу .xlsx.`;
    case FILE_KIND.cutOff:
      return brokenMessage(name);
    case FILE_KIND.pdf:
      return `${file} — документ PDF, а не книга. Вкажіть книгу .xlsx із таблицею заходів.`;
    case FILE_KIND.csv:
      return (
        `${file} — текст із роздільниками (CSV), а не книга .xlsx: у ньому лише один аркуш, без ` +
        `«Налаштування». Відкрийте його в Google Таблицях або Calc, додайте аркуш «Налаштування» ` +
        'і збережіть як .xlsx.'
      );
    case FILE_KIND.text:
      return `${file} — звичайний текстовий файл, а не книга .xlsx. ${DOWNLOAD_AGAIN}`;
    default:
      return `Файл ${file} — не книга .xlsx (невідомий формат). ${DOWNLOAD_AGAIN}`;
  }
};

/** Said when the bytes look like an .xlsx but the parser cannot read them. */
export const brokenMessage = (name: string): string =>
  `Книга «${name}» пошкоджена або не докопійована: її не вдалося прочитати. ${DOWNLOAD_AGAIN}`;

const codeOf = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : '';

/** The system's refusal in the person's words. */
const readErrorMessage = (error: unknown, name: string): string => {
  const code = codeOf(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `Файл «${name}» не знайдено: перевірте назву і папку.`;
    case 'EACCES':
    case 'EPERM':
      return (
        `Немає дозволу читати файл «${name}». Попросіть власника дати вам доступ на читання ` +
        'або скопіюйте книгу у свою папку.'
      );
    case 'EISDIR':
      return `«${name}» — це папка, а не книга. Вкажіть сам файл .xlsx у ній.`;
    default:
      return (
        `Не вдалося прочитати файл «${name}»${code ? ` (системна помилка ${code})` : ''}. ` +
        'Перевірте диск або мережеву папку і спробуйте ще раз.'
      );
  }
};

/** The bytes of an .xlsx at `path`, or a FileProblem that says what the file is instead. */
export const readWorkbookFile = async (
  path: string,
  name: string,
  files: FileReader = NODE_FILES,
): Promise<Uint8Array> => {
  let bytes: Uint8Array;
  try {
    const stats = await files.stat(path);
    if (stats.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    bytes = await files.readFile(path);
  } catch (error) {
    throw new FileProblem(readErrorMessage(error, name));
  }
  const kind = recogniseFile(bytes);
  if (kind !== FILE_KIND.xlsx) throw new FileProblem(kindMessage(kind, name));
  return bytes;
};
