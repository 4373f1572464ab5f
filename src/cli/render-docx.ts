// Rendering the ReportModel as a .docx with the docx package: A4 landscape, Times New Roman,
// the merged header repeated on every page, borders, the summary and the signature block.
// Node adapter layer.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { unzipSync } from 'fflate';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { HEADER_PADDING_PT, LETTER_EM, textWidthPt } from '../core/layout';
import type { ProgrammeReport } from '../core/programme-report';
import type { ReportModel, ReportRow } from '../core/report-model';
import { DRAFT_MARK } from '../core/report-model';

/** Twips (1/20 pt), docx's unit for page and table sizes. */
const twips = (pt: number): number => Math.round(pt * 20);
/** 1 mm each side in body cells; header labels get HEADER_PADDING_PT so "держбюджету" fits. */
const CELL_PADDING = 57;
const HEADER_PADDING = twips(HEADER_PADDING_PT);
/**
 * Rows estimated at up to this many lines are kept on one page (a page holds about 35 lines of
 * 10 pt under the repeated header); longer rows may break, or they would leave half-empty pages.
 */
const KEEP_TOGETHER_LINES = 12;

const halfPoints = (pt: number): number => pt * 2;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const paragraphs = (
  text: string,
  sizePt: number,
  align: Align,
  bold = false,
  keepNext = false,
): Paragraph[] =>
  text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: align,
        keepNext: keepNext || undefined,
        // Plain runs say nothing of bold: every attribute is repeated in each of the rows.
        children: [new TextRun({ text: line, bold: bold || undefined, size: halfPoints(sizePt) })],
      }),
  );

const cell = (
  text: string,
  sizePt: number,
  options: {
    align: Align;
    bold?: boolean;
    rowSpan?: number;
    columnSpan?: number;
    middle?: boolean;
    /** Keep the row with the next one on a page (Word's "keep with next" on its paragraphs). */
    keepNext?: boolean;
    /** Left and right padding in twips. */
    padding?: number;
  },
): TableCell =>
  new TableCell({
    children: paragraphs(text, sizePt, options.align, options.bold, options.keepNext),
    rowSpan: options.rowSpan,
    columnSpan: options.columnSpan,
    // Top alignment and the table's cell padding are the defaults; body cells leave them out.
    verticalAlign: options.middle ? VerticalAlignTable.CENTER : undefined,
    margins:
      options.padding === undefined ? undefined : { left: options.padding, right: options.padding },
  });

/** The table's width in twips. */
const tableWidth = (model: ReportModel): number => twips(textWidthPt(model.page));

const reportTable = (model: ReportModel): Table => {
  const size = model.page.tableSizePt;
  const width = tableWidth(model);
  const widths = model.columns.map((c) => Math.round(c.share * width));
  const alignOf = (col: number): Align =>
    model.columns[col].align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  // docx adds the continuation cells below a rowSpan itself: each row lists only the cells that start in it.
  const header = Array.from(
    { length: model.headerRowCount },
    (_, r) =>
      new TableRow({
        tableHeader: true,
        children: model.header
          .filter((h) => h.row === r)
          .sort((a, b) => a.col - b.col)
          .map((h) =>
            cell(h.text, h.sizePt, {
              align: AlignmentType.CENTER,
              rowSpan: h.rowSpan,
              columnSpan: h.colSpan,
              middle: true,
              padding: HEADER_PADDING,
            }),
          ),
      }),
  );
  const numbers = new TableRow({
    tableHeader: true,
    children: model.columnNumbers.map((n) =>
      cell(n, size, { align: AlignmentType.CENTER, middle: true, padding: HEADER_PADDING }),
    ),
  });
  const body = model.rows.map(
    (row) =>
      new TableRow({
        // Stamping drops this again on rows too long for a page (see `stampRow`).
        cantSplit: true,
        children: row.heading
          ? [
              // A heading never ends a page: it stays with the first measure under it.
              cell(row.cells[0], size, {
                align: AlignmentType.LEFT,
                bold: true,
                keepNext: true,
                columnSpan: model.columns.length,
              }),
            ]
          : row.cells.map((text, col) => cell(text, size, { align: alignOf(col) })),
      }),
  );
  const totals = new TableRow({
    children: [
      cell(model.totals.label, size, {
        align: AlignmentType.LEFT,
        bold: true,
        columnSpan: model.totals.labelSpan,
      }),
      ...model.totals.cells.map((text) =>
        cell(text, size, { align: AlignmentType.CENTER, bold: true }),
      ),
    ],
  });
  return new Table({
    rows: [...header, numbers, ...body, totals],
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_PADDING, right: CELL_PADDING },
    layout: TableLayoutType.FIXED,
  });
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

const signatureTable = (model: ReportModel): Table => {
  const size = model.page.textSizePt;
  const { position, name, line, dateLine } = model.signature;
  const width = tableWidth(model);
  // The position is the longest text: half the width keeps it on one or two lines.
  const widths = [0.5, 0.2, 0.3].map((share) => Math.round(share * width));
  const plain = (text: string, align: Align, columnSpan?: number) =>
    new TableCell({
      // keepNext holds the signature and the date line together on one page.
      children: text.split('\n').map(
        (textLine) =>
          new Paragraph({
            alignment: align,
            keepNext: true,
            spacing: columnSpan ? { before: 240 } : undefined,
            children: [new TextRun({ text: textLine, size: halfPoints(size) })],
          }),
      ),
      columnSpan,
      verticalAlign: VerticalAlignTable.BOTTOM,
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    });
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          plain(position, AlignmentType.LEFT),
          plain(line, AlignmentType.CENTER),
          plain(name, AlignmentType.RIGHT),
        ],
      }),
      new TableRow({ cantSplit: true, children: [plain(dateLine, AlignmentType.LEFT, 3)] }),
    ],
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
  });
};

/** A draft says so at the top of every page, in red, so it is never taken for the signed report. */
const draftHeader = (model: ReportModel) =>
  model.draft
    ? {
        default: new Header({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({
                  text: DRAFT_MARK,
                  bold: true,
                  color: 'C00000',
                  size: halfPoints(model.page.textSizePt),
                }),
              ],
            }),
          ],
        }),
      }
    : undefined;

/** Page size, margins and the draft mark: the same for one section and for a programme. */
const pageSection = (model: ReportModel, draft: boolean) => {
  const { margins } = model.page;
  return {
    headers: draftHeader({ ...model, draft }),
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: {
          width: twips(model.page.heightPt),
          height: twips(model.page.widthPt),
          orientation: PageOrientation.LANDSCAPE,
        },
        margin: {
          left: twips(margins.leftPt),
          right: twips(margins.rightPt),
          top: twips(margins.topPt),
          bottom: twips(margins.bottomPt),
        },
      },
    },
  };
};

const documentStyles = (model: ReportModel) => ({
  default: {
    document: { run: { font: model.page.font, size: halfPoints(model.page.textSizePt) } },
  },
});

const titleParagraph = (model: ReportModel, title: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [new TextRun({ text: title, bold: true, size: halfPoints(model.page.titleSizePt) })],
  });

/** Justified text with the first line indented, as the summary under the table. */
const textParagraph = (model: ReportModel, text: string, keepNext: boolean): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: twips(model.page.firstLineIndentPt) },
    keepNext: keepNext || undefined,
    spacing: { before: 120 },
    children: [new TextRun({ text, size: halfPoints(model.page.textSizePt) })],
  });

/** The summary, an empty line and the signature: a signature alone on a page signs nothing. */
const closing = (model: ReportModel, summary: readonly string[]) => [
  ...summary.map((text) => textParagraph(model, text, true)),
  new Paragraph({ keepNext: true, children: [] }),
  signatureTable(model),
];

/** The whole report as a docx Document (the .docx stamps the body rows instead: `renderDocx`). */
export const buildDocument = (model: ReportModel): Document =>
  new Document({
    title: model.documentName,
    styles: documentStyles(model),
    sections: [
      {
        ...pageSection(model, model.draft),
        children: [
          titleParagraph(model, model.title),
          reportTable(model),
          ...closing(model, model.summary),
        ],
      },
    ],
  });

/**
 * A programme of several sections as one docx Document (SPEC §7): its title; per section its
 * heading, narrative, table and summary; then the programme summary and the signature. Each
 * section's table is `reportTable`, as for one section.
 */
export const buildProgrammeDocument = (report: ProgrammeReport, draft: boolean): Document => {
  const [first] = report.sections;
  const base = { ...first.table, page: report.page, signature: report.signature };
  return new Document({
    title: report.documentName,
    styles: documentStyles(base),
    sections: [
      {
        ...pageSection(base, draft),
        children: [
          titleParagraph(base, report.title),
          ...report.sections.flatMap((section) => [
            new Paragraph({
              // The heading stays on the page of what follows it.
              keepNext: true,
              spacing: { before: 240, after: 120 },
              children: [
                new TextRun({
                  text: section.heading,
                  bold: true,
                  size: halfPoints(report.page.textSizePt),
                }),
              ],
            }),
            ...section.narrative.map((text) => textParagraph(base, text, false)),
            reportTable(section.table),
            ...section.table.summary.map((text) => textParagraph(base, text, false)),
          ]),
          ...closing(base, report.summary),
        ],
      },
    ],
  });
};

/** Texts no report contains: they mark where a prototype row puts its texts. */
const cellMark = (c: number): string => `ZVITCELL${c}MARK`;
const HEADING_MARK = 'ZVITHEADINGMARK';

/** What escapeXml changes: XML's markup characters and what XML 1.0 cannot carry. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** What needs more than copying: a line break (a new paragraph), or what escapeXml changes. */
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[\n&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const escapeXml = (text: string): string =>
  !NEEDS_ESCAPE.test(text)
    ? text
    : text
        // Characters XML 1.0 cannot carry at all.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');

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
  return (row) =>
    row.cells.reduce(
      (most, text, c) => Math.max(most, linesOf(text, row.heading ? heading : body[c])),
      1,
    );
};

const CANT_SPLIT = '<w:cantSplit/>';

/**
 * A prototype row cut around its marks, as UTF-8: the XML between one cell's text and the
 * next (before the first and after the last too), and between two lines of one cell's text,
 * which end one paragraph and start the next.
 */
export interface RowTemplate {
  /** One more than the texts: `segments[c]` comes before text c, the last after all. */
  readonly segments: readonly Buffer[];
  readonly lineBreaks: readonly Buffer[];
  /** `segments[0]` where rows too long for a page may break across pages. */
  readonly splittableStart: Buffer;
}

/** The bounds of the `<w:tr>` that holds `mark`; a missing mark is a bug, never a silent file. */
const rowBounds = (xml: string, mark: string): { start: number; end: number } => {
  const at = xml.indexOf(mark);
  if (at < 0) throw new Error(`The prototype document has no ${mark}.`);
  const start = Math.max(xml.lastIndexOf('<w:tr>', at), xml.lastIndexOf('<w:tr ', at));
  const end = xml.indexOf('</w:tr>', at);
  if (start < 0 || end < 0) throw new Error(`${mark} is not inside a table row.`);
  return { start, end: end + '</w:tr>'.length };
};

/** Cuts the row XML around `marks` (one per cell that gets a text). */
export const rowTemplate = (row: string, marks: readonly string[]): RowTemplate => {
  const between: string[] = [];
  const breaks: string[] = [];
  let at = 0;
  let after = '';
  for (const mark of marks) {
    const where = row.indexOf(mark, at);
    if (where < 0) throw new Error(`The prototype row has no ${mark}.`);
    const open = Math.max(row.lastIndexOf('<w:p>', where), row.lastIndexOf('<w:p ', where));
    const close = row.indexOf('</w:p>', where) + '</w:p>'.length;
    const before = row.slice(open, where);
    between.push(after + row.slice(at, open) + before);
    after = row.slice(where + mark.length, close);
    breaks.push(after + before);
    at = close;
  }
  between.push(after + row.slice(at));
  if (!between[0].includes(CANT_SPLIT))
    throw new Error('The prototype row can split across pages.');
  return {
    segments: between.map((text) => Buffer.from(text)),
    lineBreaks: breaks.map((text) => Buffer.from(text)),
    splittableStart: Buffer.from(between[0].replace(CANT_SPLIT, '')),
  };
};

/** Size of the blocks document.xml is written in and handed to the zip. */
const BLOCK_BYTES = 1 << 20;

/**
 * UTF-8 written straight into blocks of BLOCK_BYTES: the fixed XML is copied as bytes and each
 * text encoded once, with no string of a whole row or chunk in between.
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
 * One row's XML from its template into `out`: each text as a paragraph per line (as
 * `paragraphs` does), put in as typed, XML-escaped.
 */
export const stampRow = (
  out: ByteWriter,
  template: RowTemplate,
  texts: readonly string[],
  keepTogether: boolean,
): void => {
  const { segments, lineBreaks } = template;
  out.bytes(keepTogether ? segments[0] : template.splittableStart);
  for (let c = 0; c < lineBreaks.length; c++) {
    const text = texts[c] ?? '';
    if (NEEDS_WORK.test(text)) {
      text.split('\n').forEach((line, i) => {
        if (i > 0) out.bytes(lineBreaks[c]);
        out.text(escapeXml(line));
      });
    } else if (text !== '') out.text(text);
    out.bytes(segments[c + 1]);
  }
};

/**
 * The document.xml docx wrote for a prototype with one body row and one heading row, cut into
 * what comes before the body rows, the two row templates, and what comes after.
 */
export const prototypeParts = (xml: string, columns: number) => {
  const body = rowBounds(xml, cellMark(0));
  const heading = rowBounds(xml, HEADING_MARK);
  if (heading.start !== body.end) throw new Error('The prototype rows are not adjacent.');
  return {
    head: xml.slice(0, body.start),
    body: rowTemplate(
      xml.slice(body.start, body.end),
      Array.from({ length: columns }, (_, c) => cellMark(c)),
    ),
    heading: rowTemplate(xml.slice(heading.start, heading.end), [HEADING_MARK]),
    tail: xml.slice(heading.end),
  };
};

/**
 * document.xml in blocks: for each table in order, the prototype up to its body rows and the
 * rows stamped in their place; then the rest. Every table's prototype rows carry the same
 * marks, so each search finds the next table's.
 */
function* documentXml(tables: readonly ReportModel[], xml: string): Generator<Buffer> {
  const out = byteWriter();
  let rest = xml;
  for (const model of tables) {
    const parts = prototypeParts(rest, model.columns.length);
    const lines = lineCounter(model);
    out.text(parts.head);
    for (const row of model.rows) {
      const keep = lines(row) <= KEEP_TOGETHER_LINES;
      if (row.heading) stampRow(out, parts.heading, [row.cells[0]], keep);
      else stampRow(out, parts.body, row.cells, keep);
      yield* out.take();
    }
    rest = parts.tail;
  }
  out.text(rest);
  yield* out.end();
}

/** The table with one prototype body row and one heading row in place of its rows. */
const prototypeOf = (model: ReportModel): ReportModel => ({
  ...model,
  rows: [
    { cells: model.columns.map((_, c) => cellMark(c)) },
    { cells: model.columns.map((_, c) => (c === 0 ? HEADING_MARK : '')), heading: true },
  ],
});

const DOCUMENT_PART = 'word/document.xml';

const collect = (stream: NodeJS.ReadableStream): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });

/**
 * The .docx of a prototype document whose tables get the rows of `tables`, in order. docx
 * gives the prototype only zipped, so fflate (which docx zips with) unzips it again; yazl
 * zips the parts back, document.xml streamed to node:zlib block by block.
 */
const renderStamped = async (
  prototype: Document,
  tables: readonly ReportModel[],
): Promise<Uint8Array> => {
  const parts = unzipSync(await Packer.toBuffer(prototype));
  const zip = new ZipFile();
  const output = collect(zip.outputStream);
  // One fixed time for every part: the same model gives the same bytes.
  const mtime = new Date(2000, 0, 1);
  for (const [name, data] of Object.entries(parts)) {
    if (name.endsWith('/')) continue;
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (name === DOCUMENT_PART) {
      zip.addReadStream(Readable.from(documentXml(tables, bytes.toString('utf8'))), name, {
        mtime,
      });
    } else {
      zip.addBuffer(bytes, name, { mtime });
    }
  }
  zip.end();
  return output;
};

/**
 * The .docx bytes. docx builds the document around one prototype body row and one heading
 * row; the rows are stamped from them, because docx's object tree costs ~1.5 ms and ~0.2 MB
 * per row. document.xml goes to native zlib in blocks of bytes, never as one string, under
 * a streaming zip writer (see `npm run bench`).
 */
export const renderDocx = (model: ReportModel): Promise<Uint8Array> =>
  renderStamped(buildDocument(prototypeOf(model)), [model]);

/**
 * The .docx of a whole programme; with one section exactly that section's report (`renderDocx`).
 * `draft` marks every page.
 */
export const renderProgrammeDocx = (
  report: ProgrammeReport,
  draft: boolean,
): Promise<Uint8Array> => {
  if (report.sections.length === 1) return renderDocx({ ...report.sections[0].table, draft });
  const prototype = buildProgrammeDocument(
    { ...report, sections: report.sections.map((s) => ({ ...s, table: prototypeOf(s.table) })) },
    draft,
  );
  return renderStamped(
    prototype,
    report.sections.map((s) => s.table),
  );
};
