// Writing a report's .docx: the report's texts stamped into its layout's template
// (report-template.ts), which docx built with a mark for every text. docx itself is never
// loaded to write a report: its object tree costs ~1.5 ms and ~0.2 MB a row, and loading and
// running it a fifth of a second of a small report (see `npm run bench`). document.xml goes
// to native zlib in blocks of bytes, never as one string, under a streaming zip writer.
// Node adapter layer.
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { LETTER_EM } from '../core/layout';
import type { ProgrammeReport } from '../core/programme-report';
import type { ReportModel, ReportRow } from '../core/report-model';
import type { ReportTemplate } from './report-layout';
import {
  CELL_PADDING,
  APP_PART,
  CORE_PART,
  CORE_TIMES,
  layoutKey,
  MARK,
  programmeLayout,
  tableWidth,
} from './report-layout';
import { templateFor } from './report-template';

/**
 * Rows estimated at up to this many lines are kept on one page (a page holds about 35 lines of
 * 10 pt under the repeated header); longer rows may break, or they would leave half-empty pages.
 */
const KEEP_TOGETHER_LINES = 12;

/**
 * What escapeXml changes: what docx escapes in a text (XML's markup characters and quotes), so
 * a report is the document docx would write, and what XML 1.0 cannot carry at all.
 */
const UNSAFE = '&"\'<>\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff';
const NEEDS_ESCAPE = new RegExp(`[${UNSAFE}]`);
const ESCAPED = new RegExp(`[${UNSAFE}]`, 'g');
/** What needs more than copying in a cell: a line break (a new paragraph), or an escape. */
const NEEDS_WORK = new RegExp(`[\\n${UNSAFE}]`);

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

const escapeXml = (text: string): string =>
  NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ENTITIES[c] ?? '') : text;

/** Lines a text takes at `perLine` letters a line: one per paragraph at least. */
const linesOf = (text: string, perLine: number): number => {
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    lines += Math.max(1, Math.ceil(((end < 0 ? text.length : end) - start) / perLine));
    if (end < 0) return lines;
    start = end + 1;
  }
};

/** How many lines a row of `model` takes, roughly: its tallest cell at the table's font size. */
export const lineCounter = (model: ReportModel): ((row: ReportRow) => number) => {
  const letterTwips = LETTER_EM * model.page.tableSizePt * 20;
  const perLine = (cellWidth: number) =>
    Math.max(1, Math.floor((cellWidth - 2 * CELL_PADDING) / letterTwips));
  const body = model.columns.map((c) => perLine(c.share * tableWidth(model)));
  const heading = perLine(tableWidth(model));
  // Indexed, no callback: this runs for every cell of every row, mostly before it is compiled.
  return ({ cells, heading: isHeading }) => {
    let most = 1;
    for (let c = 0; c < cells.length; c++) {
      const lines = linesOf(cells[c], isHeading ? heading : body[c]);
      if (lines > most) most = lines;
    }
    return most;
  };
};

const CANT_SPLIT = '<w:cantSplit/>';

/**
 * A template row cut around its marks: the XML between one cell's text and the next (before
 * the first and after the last too), and between two lines of one cell's text, which end one
 * paragraph and start the next.
 */
export interface RowTemplate {
  /** One more than the texts: `segments[c]` comes before text c, the last after all. */
  readonly segments: readonly string[];
  readonly lineBreaks: readonly string[];
  /** `segments[0]` where rows too long for a page may break across pages. */
  readonly splittableStart: string;
}

/** Where the last `<tag>` (or `<tag …>`) before `at` opens, -1 when none does. */
const openingBefore = (xml: string, tag: string, at: number): number =>
  Math.max(xml.lastIndexOf(`<${tag}>`, at), xml.lastIndexOf(`<${tag} `, at));

/** The bounds of the `<w:tr>` that holds `mark`; a missing mark is a bug, never a silent file. */
const rowBounds = (xml: string, mark: string): { start: number; end: number } => {
  const at = xml.indexOf(mark);
  if (at < 0) throw new Error(`The template has no ${mark}.`);
  const start = openingBefore(xml, 'w:tr', at);
  const end = xml.indexOf('</w:tr>', at);
  if (start < 0 || end < 0) throw new Error(`${mark} is not inside a table row.`);
  return { start, end: end + '</w:tr>'.length };
};

/**
 * Cuts `xml` around `marks` (one per cell that gets a text), each mark alone in a paragraph of
 * its cell: a line of a text is a paragraph of its own (as docx-document's `paragraphs`).
 */
const textTemplate = (xml: string, marks: readonly string[]) => {
  const between: string[] = [];
  const breaks: string[] = [];
  let at = 0;
  let after = '';
  for (const mark of marks) {
    const where = xml.indexOf(mark, at);
    if (where < 0) throw new Error(`The template has no ${mark} after ${at}.`);
    const open = openingBefore(xml, 'w:p', where);
    const close = xml.indexOf('</w:p>', where) + '</w:p>'.length;
    const before = xml.slice(open, where);
    between.push(after + xml.slice(at, open) + before);
    after = xml.slice(where + mark.length, close);
    breaks.push(after + before);
    at = close;
  }
  between.push(after + xml.slice(at));
  return { between, breaks };
};

/** Cuts a table row's XML around `marks` (one per cell that gets a text). */
export const rowTemplate = (row: string, marks: readonly string[]): RowTemplate => {
  const { between, breaks } = textTemplate(row, marks);
  if (!between[0].includes(CANT_SPLIT)) throw new Error('The template row can split across pages.');
  return {
    segments: between,
    lineBreaks: breaks,
    splittableStart: between[0].replace(CANT_SPLIT, ''),
  };
};

/** Size of the blocks document.xml is written in and handed to the zip. */
const BLOCK_BYTES = 1 << 20;

/**
 * UTF-8 written straight into blocks of BLOCK_BYTES: the fixed XML around the table is copied
 * as bytes, and each row is encoded once, with no string of a whole chunk in between.
 */
export interface ByteWriter {
  readonly bytes: (bytes: Buffer) => void;
  readonly text: (text: string) => void;
  /** The blocks filled so far, handed over once. */
  readonly take: () => readonly Buffer[];
  /** The blocks filled so far and the one under way. */
  readonly end: () => readonly Buffer[];
}

const NONE: readonly Buffer[] = [];

export const byteWriter = (): ByteWriter => {
  let block = Buffer.allocUnsafe(BLOCK_BYTES);
  let at = 0;
  let filled: Buffer[] = [];
  const room = (length: number) => {
    if (at + length <= block.length) return;
    if (at > 0) filled.push(block.subarray(0, at));
    block = Buffer.allocUnsafe(Math.max(BLOCK_BYTES, length));
    at = 0;
  };
  const take = () => {
    if (filled.length === 0) return NONE;
    const blocks = filled;
    filled = [];
    return blocks;
  };
  return {
    bytes: (bytes) => {
      room(bytes.length);
      block.set(bytes, at);
      at += bytes.length;
    },
    // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair 4 for two).
    text: (text) => {
      room(text.length * 3);
      at += block.write(text, at);
    },
    take,
    end: () => {
      if (at > 0) filled.push(block.subarray(0, at));
      block = Buffer.allocUnsafe(0);
      at = 0;
      return take();
    },
  };
};

/**
 * One row's XML from its template into `out`: each text as a paragraph per line (as docx
 * writes a cell's text, docx-document.ts), put in as typed, XML-escaped. The row is put
 * together as one string and encoded once: a row is a few kilobytes, and one write of it
 * costs a fraction of a copy per piece.
 */
export const stampRow = (
  out: ByteWriter,
  template: RowTemplate,
  texts: readonly string[],
  keepTogether: boolean,
): void => {
  const { segments, lineBreaks } = template;
  let xml = keepTogether ? segments[0] : template.splittableStart;
  for (let c = 0; c < lineBreaks.length; c++) {
    const text = texts[c] ?? '';
    xml +=
      (NEEDS_WORK.test(text)
        ? text
            .split('\n')
            .map((line) => escapeXml(line))
            .join(lineBreaks[c])
        : text) + segments[c + 1];
  }
  out.text(xml);
};

/** A paragraph of the template whose one text is a mark: the XML before and after it. */
interface ParagraphTemplate {
  readonly before: Buffer;
  readonly after: Buffer;
}

/**
 * A text as paragraphs of the template's one, a line of it each, escaped: a paragraph of the
 * narrative typed with line breaks reads as the Google Doc prints it (a paragraph per line),
 * where a break inside w:t would be only a space in Word.
 */
const stampParagraph = (out: ByteWriter, template: ParagraphTemplate, text: string): void => {
  for (const line of text.split('\n')) {
    out.bytes(template.before);
    out.text(escapeXml(line));
    out.bytes(template.after);
  }
};

/** A row that never breaks across pages (or may always): the totals, the signature. */
const fixedRowTemplate = (row: string, marks: readonly string[]): RowTemplate => {
  const { between, breaks } = textTemplate(row, marks);
  return { segments: between, lineBreaks: breaks, splittableStart: between[0] };
};

/** The template's document.xml cut into the pieces a report is put together from. */
interface Skeleton {
  /** Up to the title. */
  readonly head: Buffer;
  readonly title: ParagraphTemplate;
  readonly sectionHeading: ParagraphTemplate;
  readonly narrative: ParagraphTemplate;
  /** A table up to its body rows (the header repeated on every page). */
  readonly tableHead: Buffer;
  readonly row: RowTemplate;
  readonly headingRow: RowTemplate;
  readonly totals: RowTemplate;
  readonly tableEnd: Buffer;
  /** A line of a section's summary under its table (a programme's). */
  readonly sectionSummary: ParagraphTemplate;
  /** A line of the summary before the signature, kept on its page. */
  readonly closing: ParagraphTemplate;
  /** The empty line and the signature table up to its first row. */
  readonly signatureHead: Buffer;
  readonly signature: RowTemplate;
  /** The signature's date line and the rest of the document. */
  readonly tail: Buffer;
}

const TABLE_END = '</w:tbl>';

/**
 * Cuts the template's document.xml (docx-template.ts builds it) at its marks, each piece where
 * the one before it ends: anything else would be a template this code was not written for.
 */
const cutSkeleton = (xml: string, columns: number, totals: number): Skeleton => {
  let at = 0;
  const piece = (start: number, end: number): string => {
    if (start !== at) throw new Error(`The template has something unexpected at ${at}.`);
    at = end;
    return xml.slice(start, end);
  };
  const paragraph = (mark: string): ParagraphTemplate => {
    const where = xml.indexOf(mark, at);
    if (where < 0) throw new Error(`The template has no ${mark}.`);
    const start = openingBefore(xml, 'w:p', where);
    const text = piece(start, xml.indexOf('</w:p>', where) + '</w:p>'.length);
    return {
      before: Buffer.from(text.slice(0, where - start)),
      after: Buffer.from(text.slice(where - start + mark.length)),
    };
  };
  const titleAt = xml.indexOf(MARK.title);
  const head = Buffer.from(piece(0, openingBefore(xml, 'w:p', titleAt)));
  const title = paragraph(MARK.title);
  const sectionHeading = paragraph(MARK.sectionHeading);
  const narrative = paragraph(MARK.narrative);
  const body = rowBounds(xml, MARK.cell(0));
  const tableHead = Buffer.from(piece(at, body.start));
  const row = rowTemplate(
    piece(body.start, body.end),
    Array.from({ length: columns }, (_, c) => MARK.cell(c)),
  );
  const heading = rowBounds(xml, MARK.headingRow);
  const headingRow = rowTemplate(piece(heading.start, heading.end), [MARK.headingRow]);
  const totalsRow = rowBounds(xml, MARK.total(0));
  const totalsTemplate = fixedRowTemplate(
    piece(totalsRow.start, totalsRow.end),
    Array.from({ length: totals }, (_, c) => MARK.total(c)),
  );
  const tableEnd = Buffer.from(piece(at, at + TABLE_END.length));
  const sectionSummary = paragraph(MARK.sectionSummary);
  const closing = paragraph(MARK.closing);
  const signatureRow = rowBounds(xml, MARK.position);
  const signatureHead = Buffer.from(piece(at, signatureRow.start));
  const signature = fixedRowTemplate(piece(signatureRow.start, signatureRow.end), [
    MARK.position,
    MARK.name,
  ]);
  const tail = Buffer.from(piece(at, xml.length));
  if (!tableEnd.equals(Buffer.from(TABLE_END)) || !signatureHead.includes('<w:tbl>'))
    throw new Error('The template is not a report of one section.');
  return {
    head,
    title,
    sectionHeading,
    narrative,
    tableHead,
    row,
    headingRow,
    totals: totalsTemplate,
    tableEnd,
    sectionSummary,
    closing,
    signatureHead,
    signature,
    tail,
  };
};

/** A table: its header, the rows stamped one by one (each handed on as it fills), ВСЬОГО. */
function* tableXml(out: ByteWriter, skeleton: Skeleton, model: ReportModel): Generator<Buffer> {
  const lines = lineCounter(model);
  out.bytes(skeleton.tableHead);
  for (const row of model.rows) {
    const keep = lines(row) <= KEEP_TOGETHER_LINES;
    if (row.heading) stampRow(out, skeleton.headingRow, [row.cells[0]], keep);
    else stampRow(out, skeleton.row, row.cells, keep);
    yield* out.take();
  }
  stampRow(out, skeleton.totals, model.totals.cells, true);
  out.bytes(skeleton.tableEnd);
}

/** The summary lines before the signature, the empty line, the signature and the rest. */
const closingXml = (
  out: ByteWriter,
  skeleton: Skeleton,
  summary: readonly string[],
  model: Pick<ReportModel, 'signature'>,
): void => {
  for (const text of summary) stampParagraph(out, skeleton.closing, text);
  out.bytes(skeleton.signatureHead);
  stampRow(out, skeleton.signature, [model.signature.position, model.signature.name], true);
  out.bytes(skeleton.tail);
};

/** One section's document.xml in blocks: its title, table, summary and signature. */
function* reportXml(skeleton: Skeleton, model: ReportModel): Generator<Buffer> {
  const out = byteWriter();
  out.bytes(skeleton.head);
  stampParagraph(out, skeleton.title, model.title);
  yield* tableXml(out, skeleton, model);
  closingXml(out, skeleton, model.summary, model);
  yield* out.end();
}

/**
 * A programme's document.xml in blocks (SPEC §7): its title; per section its heading,
 * narrative, table and summary; then the programme's summary and the signature.
 */
function* programmeXml(skeleton: Skeleton, report: ProgrammeReport): Generator<Buffer> {
  const out = byteWriter();
  out.bytes(skeleton.head);
  stampParagraph(out, skeleton.title, report.title);
  for (const section of report.sections) {
    stampParagraph(out, skeleton.sectionHeading, section.heading);
    for (const text of section.narrative) stampParagraph(out, skeleton.narrative, text);
    yield* tableXml(out, skeleton, section.table);
    for (const text of section.table.summary) stampParagraph(out, skeleton.sectionSummary, text);
  }
  closingXml(out, skeleton, report.summary, report);
  yield* out.end();
}

const DOCUMENT_PART = 'word/document.xml';
const collect = (stream: NodeJS.ReadableStream): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });

/**
 * The .docx of `template` (built for `layout`) with `documentXml` for its document.xml: yazl
 * zips the template's other parts, the document's name and time put in, and streams
 * document.xml to node:zlib block by block.
 */
const renderFrom = (
  template: ReportTemplate,
  layout: ReportModel,
  documentName: string,
  documentXml: (skeleton: Skeleton) => Iterable<Buffer>,
  now: Date,
): Promise<Uint8Array> => {
  const zip = new ZipFile();
  const output = collect(zip.outputStream);
  // One fixed time for every entry of the zip: the same report gives the same entries.
  const mtime = new Date(2000, 0, 1);
  for (const [name, xml] of template.parts) {
    if (name === DOCUMENT_PART) {
      const skeleton = cutSkeleton(xml, layout.columns.length, layout.totals.cells.length);
      zip.addReadStream(Readable.from(documentXml(skeleton)), name, { mtime });
    } else {
      const text =
        name === CORE_PART
          ? xml
              .replace(MARK.documentName, () => escapeXml(documentName))
              .replace(
                CORE_TIMES,
                (_, open: string, __, close: string) => open + now.toISOString() + close,
              )
          : xml;
      // The application part stays uncompressed: it says Zvit wrote the file (isZvitReport).
      zip.addBuffer(Buffer.from(text), name, { mtime, compress: name !== APP_PART });
    }
  }
  zip.end();
  return output;
};

/** The .docx bytes of one section's report; `now` is the time it says it was made. */
export const renderDocx = (model: ReportModel, now = new Date()): Promise<Uint8Array> =>
  renderFrom(
    templateFor(model, model.draft),
    model,
    model.documentName,
    (skeleton) => reportXml(skeleton, model),
    now,
  );

/**
 * The .docx of a whole programme; with one section exactly that section's report (`renderDocx`).
 * `draft` marks every page.
 */
export const renderProgrammeDocx = (
  report: ProgrammeReport,
  draft: boolean,
  now = new Date(),
): Promise<Uint8Array> => {
  if (report.sections.length === 1) return renderDocx({ ...report.sections[0].table, draft }, now);
  const layout = programmeLayout(report);
  const key = layoutKey(layout);
  if (report.sections.some((s) => layoutKey(s.table) !== key))
    throw new Error('The sections of one programme are laid out differently.');
  return renderFrom(
    templateFor(layout, draft),
    layout,
    report.documentName,
    (skeleton) => programmeXml(skeleton, report),
    now,
  );
};
