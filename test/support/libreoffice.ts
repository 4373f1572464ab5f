// Workbooks written by another program than ours: LibreOffice Calc converts a flat .fods
// (plain XML a test can write) into .xlsx, .ods or .xls the way a coordinator's Calc saves them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const has = (tool: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Tools the LibreOffice tests need that this machine lacks ([] when all are there). */
export const missingOfficeTools = (...extra: string[]): string[] =>
  ['soffice', ...extra].filter((tool) => !has(tool));

let calcWorks: boolean | undefined;

/**
 * Whether `soffice` converts a spreadsheet: LibreOffice with Writer alone has `soffice` and no
 * Calc. Tried once per test process, and remembered for the machine in a file under the
 * temporary folder, keyed by where LibreOffice lives and when its program folder last changed
 * (installing or removing Calc changes it), so most runs pay nothing.
 */
export const calcConverts = (env: NodeJS.ProcessEnv = process.env): boolean => {
  const ours = env === process.env;
  if (ours && calcWorks !== undefined) return calcWorks;
  const works = probeCalc(env);
  if (ours) calcWorks = works;
  return works;
};

const probeCalc = (env: NodeJS.ProcessEnv): boolean => {
  const soffice = realpathSync(
    execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8', env }).trim(),
  );
  const installed = `${soffice} ${statSync(dirname(soffice)).mtimeMs}`;
  const key = createHash('sha256').update(installed).digest('hex').slice(0, 16);
  const stamp = join(tmpdir(), `zvit-calc-converts-${key}`);
  if (existsSync(stamp)) return true;
  try {
    writeWithCalc([{ name: 'Аркуш1', rows: [[1]] }], 'csv', 'probe', env);
    writeFileSync(stamp, `${installed}\n`);
    return true;
  } catch {
    return false;
  }
};

const CALC_HINT = '(apt-get install libreoffice-calc-nogui; .ci/run installs it)';

/**
 * `describe`, or `describe.skip` with one line that says what is missing and how to get it:
 * `soffice` itself, or Calc beside it.
 */
export const describeWithCalc = (name: string, body: () => void): void => {
  const missing = missingOfficeTools();
  const why =
    missing.length > 0
      ? `${missing.join(', ')} not found`
      : calcConverts()
        ? null
        : 'LibreOffice is there but converts no spreadsheet (Calc is not installed)';
  if (why !== null) {
    console.warn(`${name}: skipped, ${why} ${CALC_HINT}.`);
    describe.skip(name, body);
  } else describe(name, body);
};

const xmlEscape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * One cell of a flat-ODS table. A string is typed text; a number is a number; `formula`
 * is written in OpenFormula (`of:=[.E9]+[.F9]`) with its cached `value`; `merge` spans
 * rows and columns from this cell (the covered cells must be `covered`).
 */
export type FodsCell =
  | string
  | number
  | null
  | { readonly covered: true }
  | {
      readonly text?: string;
      readonly value?: number;
      readonly date?: string;
      readonly formula?: string;
      readonly rows?: number;
      readonly cols?: number;
      readonly note?: string;
      /** `value` formatted as a percentage («0%»: 0.5 shows «50%»). */
      readonly percent?: boolean;
    };

export interface FodsSheet {
  readonly name: string;
  readonly rows: readonly (readonly FodsCell[])[];
  /** 0-based row indexes hidden in the sheet. */
  readonly hiddenRows?: readonly number[];
  /** The tab itself hidden (Calc: Аркуш → Сховати аркуш). */
  readonly hidden?: boolean;
}

const cellXml = (cell: FodsCell): string => {
  if (cell === null || cell === '') return '<table:table-cell/>';
  // A line break in a cell is a paragraph of its own in OpenDocument (inside one it is a space).
  if (typeof cell === 'string')
    return `<table:table-cell office:value-type="string">${cell
      .split('\n')
      .map((line) => `<text:p>${xmlEscape(line)}</text:p>`)
      .join('')}</table:table-cell>`;
  if (typeof cell === 'number')
    return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`;
  if ('covered' in cell) return '<table:covered-table-cell/>';
  const attrs: string[] = [];
  if (cell.rows && cell.rows > 1) attrs.push(`table:number-rows-spanned="${cell.rows}"`);
  if (cell.cols && cell.cols > 1) attrs.push(`table:number-columns-spanned="${cell.cols}"`);
  if (cell.formula) attrs.push(`table:formula="${xmlEscape(cell.formula)}"`);
  if (cell.date !== undefined)
    attrs.push(
      `office:value-type="date" office:date-value="${cell.date}" table:style-name="ceDate"`,
    );
  else if (cell.value !== undefined && cell.percent)
    attrs.push(
      `office:value-type="percentage" office:value="${cell.value}" table:style-name="cePct"`,
    );
  else if (cell.value !== undefined)
    attrs.push(`office:value-type="float" office:value="${cell.value}"`);
  else if (cell.text !== undefined) attrs.push('office:value-type="string"');
  const number = cell.value !== undefined && cell.percent ? `${cell.value * 100}%` : cell.value;
  const shown = cell.text ?? (number !== undefined ? String(number) : (cell.date ?? ''));
  const note = cell.note
    ? `<office:annotation><text:p>${xmlEscape(cell.note)}</text:p></office:annotation>`
    : '';
  return `<table:table-cell ${attrs.join(' ')}>${note}<text:p>${xmlEscape(shown)}</text:p></table:table-cell>`;
};

/** A flat OpenDocument spreadsheet (.fods) with the given tabs. */
export const fodsXml = (sheets: readonly FodsSheet[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N37"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N37"/>
 <number:percentage-style style:name="N40"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <style:style style:name="cePct" style:family="table-cell" style:data-style-name="N40"/>
 <style:style style:name="roHidden" style:family="table-row"><style:table-row-properties/></style:style>
 <style:style style:name="taShown" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
${sheets
  .map(
    (sheet) =>
      `<table:table table:name="${xmlEscape(sheet.name)}" table:style-name="${sheet.hidden ? 'taHidden' : 'taShown'}">` +
      sheet.rows
        .map(
          (row, r) =>
            `<table:table-row${sheet.hiddenRows?.includes(r) ? ' table:visibility="collapse"' : ''}>` +
            row.map(cellXml).join('') +
            '</table:table-row>',
        )
        .join('\n') +
      '</table:table>',
  )
  .join('\n')}
</office:spreadsheet></office:body></office:document>
`;

/**
 * Has LibreOffice Calc write the sheets in `format` ('xlsx', 'ods', 'xls', 'csv') and returns
 * the path of the written file. Each call uses its own profile so parallel tests do not clash.
 */
export const writeWithCalc = (
  sheets: readonly FodsSheet[],
  format = 'xlsx',
  stem = 'book',
  env: NodeJS.ProcessEnv = process.env,
): string => {
  const dir = mkdtempSync(join(tmpdir(), 'zvit-calc-'));
  const fods = join(dir, `${stem}.fods`);
  writeFileSync(fods, fodsXml(sheets));
  const out = join(dir, 'out');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      out,
      fods,
    ],
    { stdio: 'ignore', timeout: 120_000, env },
  );
  const written = readdirSync(out).find((f) => f.startsWith(`${stem}.`));
  if (!written) throw new Error(`LibreOffice wrote no ${format} for ${fods}`);
  return join(out, written);
};
