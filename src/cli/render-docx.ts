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

export const renderDocx = async (model: ReportModel): Promise<Uint8Array> =>
  new Uint8Array(await Packer.toBuffer(buildDocument(model)));
