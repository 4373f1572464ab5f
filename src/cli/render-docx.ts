// Rendering the ReportModel as a .docx with the docx package: A4 landscape, Times New Roman,
// the merged header repeated on every page, borders, the summary and the signature block.
// Node adapter layer.
import {
  AlignmentType,
  BorderStyle,
  Document,
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
import JSZip from 'jszip';
import type { ReportModel } from '../core/report-model';

/** A4 in twips (1/20 pt); margins 2 cm left, 1.5 cm elsewhere, as the Google Doc. */
const PAGE = {
  width: 16838,
  height: 11906,
  left: 1134,
  right: 850,
  top: 850,
  bottom: 850,
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FIRST_LINE_INDENT = 709;
/** 1 mm each side in body cells; header labels get less so "держбюджету" fits its column. */
const CELL_PADDING = 57;
const HEADER_PADDING = 20;
/**
 * Rows estimated at up to this many lines are kept on one page (a page holds about 35 lines of
 * 10 pt under the repeated header); longer rows may break, or they would leave half-empty pages.
 */
const KEEP_TOGETHER_LINES = 12;
/** Average width of a Times New Roman letter, in ems (Cyrillic text, generous). */
const LETTER_EM = 0.5;
/** A header label is set smaller, down to this, rather than break a word inside it. */
const MIN_HEADER_PT = 8;

/** Times New Roman advance widths in ems, roughly: wide, narrow, and the rest at LETTER_EM. */
const letterEm = (ch: string): number => {
  if ('жшщюмфЖШЩЮМФ'.includes(ch)) return 0.72;
  if ("іїІЇ.,:;()!'’ ".includes(ch)) return 0.28;
  if ('есєгзтрЕСЄГЗТ'.includes(ch)) return 0.45;
  return LETTER_EM;
};

/**
 * The size at which the longest word of a header label fits its cell: the model's table size,
 * or smaller in half points for labels like "держбюджету" over a narrow money column.
 */
export const fittedSizePt = (text: string, widthTwips: number, sizePt: number): number => {
  const widestEm = Math.max(
    0,
    ...text.split(/\s+/).map((word) => [...word].reduce((em, ch) => em + letterEm(ch), 0)),
  );
  const room = (widthTwips - 2 * HEADER_PADDING) / 20;
  const fits = Math.floor((2 * room) / widestEm) / 2;
  return Math.max(MIN_HEADER_PT, Math.min(sizePt, fits));
};

const halfPoints = (pt: number): number => pt * 2;

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const paragraphs = (text: string, sizePt: number, align: Align, bold = false): Paragraph[] =>
  text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: align,
        children: [new TextRun({ text: line, bold, size: halfPoints(sizePt) })],
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
    /** Left and right padding in twips. */
    padding?: number;
  },
): TableCell =>
  new TableCell({
    children: paragraphs(text, sizePt, options.align, options.bold),
    rowSpan: options.rowSpan,
    columnSpan: options.columnSpan,
    verticalAlign: options.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { left: options.padding ?? CELL_PADDING, right: options.padding ?? CELL_PADDING },
  });

const reportTable = (model: ReportModel): Table => {
  const size = model.page.tableSizePt;
  const widths = model.columns.map((c) => Math.round(c.share * TEXT_WIDTH));
  const spanWidth = (col: number, span: number): number =>
    widths.slice(col, col + span).reduce((sum, w) => sum + w, 0);
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
            cell(h.text, fittedSizePt(h.text, spanWidth(h.col, h.colSpan), size), {
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
        // Stamping drops this again on rows too long for a page (see `stampRows`).
        cantSplit: true,
        children: row.cells.map((text, col) => cell(text, size, { align: alignOf(col) })),
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
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

const signatureTable = (model: ReportModel): Table => {
  const size = model.page.textSizePt;
  const { position, name, dateLine } = model.signature;
  // The position is the longest text: half the width keeps it on one or two lines.
  const widths = [0.5, 0.2, 0.3].map((share) => Math.round(share * TEXT_WIDTH));
  const plain = (text: string, align: Align, columnSpan?: number) =>
    new TableCell({
      // keepNext holds the signature and the date line together on one page.
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: align,
            keepNext: true,
            spacing: columnSpan ? { before: 240 } : undefined,
            children: [new TextRun({ text: line, size: halfPoints(size) })],
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
          plain('_______________', AlignmentType.CENTER),
          plain(name, AlignmentType.RIGHT),
        ],
      }),
      new TableRow({ cantSplit: true, children: [plain(dateLine, AlignmentType.LEFT, 3)] }),
    ],
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
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

export const buildDocument = (model: ReportModel): Document => {
  const textSize = halfPoints(model.page.textSizePt);
  return new Document({
    title: model.documentName,
    styles: { default: { document: { run: { font: model.page.font, size: textSize } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: PAGE.height,
              height: PAGE.width,
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [
              new TextRun({
                text: model.title,
                bold: true,
                size: halfPoints(model.page.titleSizePt),
              }),
            ],
          }),
          reportTable(model),
          ...model.summary.map(
            (text) =>
              new Paragraph({
                alignment: AlignmentType.JUSTIFIED,
                indent: { firstLine: FIRST_LINE_INDENT },
                // The summary goes with the signature: a signature alone on a page signs nothing.
                keepNext: true,
                spacing: { before: 120 },
                children: [new TextRun({ text, size: textSize })],
              }),
          ),
          new Paragraph({ keepNext: true, children: [] }),
          signatureTable(model),
        ],
      },
    ],
  });
};

/** A text no report contains: marks where cell `c` of the prototype row puts its text. */
const cellMark = (c: number): string => `ZVITCELL${c}MARK`;

const escapeXml = (text: string): string =>
  text
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** How many lines a body row takes, roughly: its tallest cell at the table's font size. */
export const estimatedLines = (model: ReportModel, row: ReportModel['rows'][number]): number => {
  const letterTwips = LETTER_EM * model.page.tableSizePt * 20;
  return Math.max(
    1,
    ...row.cells.map((text, c) => {
      const perLine = Math.max(
        1,
        Math.floor((model.columns[c].share * TEXT_WIDTH - 2 * CELL_PADDING) / letterTwips),
      );
      return text
        .split('\n')
        .reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / perLine)), 0);
    }),
  );
};

const CANT_SPLIT = '<w:cantSplit/>';

/**
 * Replaces the prototype row with one row per measure. The prototype is the XML docx itself
 * wrote for a body row, so every stamped row is formatted exactly as docx formats one; only the
 * texts differ (a line per paragraph, as `paragraphs` does) and, for rows `keepTogether` says
 * no to, the prototype's "don't split across pages".
 */
export const stampRows = (
  xml: string,
  rows: ReportModel['rows'],
  keepTogether: (row: ReportModel['rows'][number]) => boolean = () => true,
): string => {
  const first = xml.indexOf(cellMark(0));
  const start =
    xml.lastIndexOf('<w:tr>', first) >= 0
      ? xml.lastIndexOf('<w:tr>', first)
      : xml.lastIndexOf('<w:tr ', first);
  const end = xml.indexOf('</w:tr>', first) + '</w:tr>'.length;
  const row = xml.slice(start, end);
  // Split the row around each cell's paragraph: fixed XML and paragraph templates alternate.
  const pieces: string[] = [];
  const paragraphs: string[] = [];
  let at = 0;
  for (let c = 0; row.includes(cellMark(c)); c++) {
    const mark = row.indexOf(cellMark(c));
    const open = Math.max(row.lastIndexOf('<w:p>', mark), row.lastIndexOf('<w:p ', mark));
    const close = row.indexOf('</w:p>', mark) + '</w:p>'.length;
    pieces.push(row.slice(at, open));
    paragraphs.push(row.slice(open, close));
    at = close;
  }
  pieces.push(row.slice(at));
  const splittable = pieces[0].replace(CANT_SPLIT, '');
  const stamped = rows.map((r) => {
    let out = keepTogether(r) ? pieces[0] : splittable;
    paragraphs.forEach((p, c) => {
      const lines = (r.cells[c] ?? '').split('\n');
      for (const line of lines) out += p.replace(cellMark(c), escapeXml(line));
      out += pieces[c + 1];
    });
    return out;
  });
  return xml.slice(0, start) + stamped.join('') + xml.slice(end);
};

/**
 * The .docx bytes. docx builds the document around one prototype body row; the measures are
 * stamped from it, because docx's object tree costs ~1.5 ms and ~0.2 MB per row and a 10 000
 * measure report must stay within 15 s and 600 MB (see `npm run bench`).
 */
export const renderDocx = async (model: ReportModel): Promise<Uint8Array> => {
  const prototype: ReportModel = {
    ...model,
    rows: [{ cells: model.columns.map((_, c) => cellMark(c)) }],
  };
  const zip = await JSZip.loadAsync(await Packer.toBuffer(buildDocument(prototype)));
  const document = zip.file('word/document.xml');
  if (!document) throw new Error('docx wrote no word/document.xml');
  zip.file(
    'word/document.xml',
    stampRows(
      await document.async('string'),
      model.rows,
      (row) => estimatedLines(model, row) <= KEEP_TOGETHER_LINES,
    ),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
