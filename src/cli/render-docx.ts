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
  },
): TableCell =>
  new TableCell({
    children: paragraphs(text, sizePt, options.align, options.bold),
    rowSpan: options.rowSpan,
    columnSpan: options.columnSpan,
    verticalAlign: options.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    margins: { left: 57, right: 57 },
  });

const reportTable = (model: ReportModel): Table => {
  const size = model.page.tableSizePt;
  const widths = model.columns.map((c) => Math.round(c.share * TEXT_WIDTH));
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
            cell(h.text, size, {
              align: AlignmentType.CENTER,
              rowSpan: h.rowSpan,
              columnSpan: h.colSpan,
              middle: true,
            }),
          ),
      }),
  );
  const numbers = new TableRow({
    tableHeader: true,
    children: model.columnNumbers.map((n) =>
      cell(n, size, { align: AlignmentType.CENTER, middle: true }),
    ),
  });
  const body = model.rows.map(
    (row) =>
      new TableRow({
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
  const { position, name } = model.signature;
  const third = Math.round(TEXT_WIDTH / 3);
  const plain = (text: string, align: Align) =>
    new TableCell({
      children: paragraphs(text, size, align),
      verticalAlign: VerticalAlignTable.BOTTOM,
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    });
  return new Table({
    rows: [
      new TableRow({
        children: [
          plain(position, AlignmentType.LEFT),
          plain('____________________', AlignmentType.CENTER),
          plain(name, AlignmentType.RIGHT),
        ],
      }),
    ],
    columnWidths: [third, third, TEXT_WIDTH - 2 * third],
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
                spacing: { before: 120 },
                children: [new TextRun({ text, size: textSize })],
              }),
          ),
          new Paragraph({ children: [] }),
          signatureTable(model),
          new Paragraph({
            spacing: { before: 200 },
            children: [new TextRun({ text: model.signature.dateLine, size: textSize })],
          }),
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

/**
 * Replaces the prototype row with one row per measure. The prototype is the XML docx itself
 * wrote for a body row, so every stamped row is formatted exactly as docx formats one; only the
 * texts differ (a line per paragraph, as `paragraphs` does).
 */
export const stampRows = (xml: string, rows: ReportModel['rows']): string => {
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
  const stamped = rows.map((r) => {
    let out = pieces[0];
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
  zip.file('word/document.xml', stampRows(await document.async('string'), model.rows));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
