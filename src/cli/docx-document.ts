// The report as a docx Document: A4 landscape, Times New Roman, the merged header repeated on
// every page, borders, the summary and the signature block. The command line does not load
// docx when it writes a report: docx builds the report's template once, when the command line
// is built (report-template.ts), and a report is stamped into it (render-docx.ts). Node
// adapter layer.
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
import type { ProgrammeReport } from '../core/programme-report';
import type { ReportModel } from '../core/report-model';
import { DRAFT_MARK } from '../core/report-model';
import { CELL_PADDING, HEADER_PADDING, halfPoints, tableWidth, twips } from './report-layout';

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

/**
 * A text outside the table is a paragraph per line, as the Google Doc prints a line break in
 * it: a break inside one run would be only a space in Word.
 */
const linesOf = (text: string): string[] => text.split('\n');

const titleParagraphs = (model: ReportModel, title: string): Paragraph[] =>
  linesOf(title).map(
    (text) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 200 },
        children: [new TextRun({ text, bold: true, size: halfPoints(model.page.titleSizePt) })],
      }),
  );

/** Justified text with the first line indented, as the summary under the table. */
const textParagraphs = (model: ReportModel, text: string, keepNext: boolean): Paragraph[] =>
  linesOf(text).map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: twips(model.page.firstLineIndentPt) },
        keepNext: keepNext || undefined,
        spacing: { before: 120 },
        children: [new TextRun({ text: line, size: halfPoints(model.page.textSizePt) })],
      }),
  );

/** A section's heading, bold, set as the layout says and on the page of what follows it. */
const headingParagraphs = (model: ReportModel, heading: string): Paragraph[] => {
  const look = model.page.sectionHeading;
  return linesOf(heading).map(
    (text) =>
      new Paragraph({
        alignment: look.align === 'justified' ? AlignmentType.JUSTIFIED : AlignmentType.LEFT,
        indent: { firstLine: twips(look.firstLineIndentPt) },
        keepNext: true,
        spacing: { before: twips(look.spaceBeforePt), after: twips(look.spaceAfterPt) },
        children: [new TextRun({ text, bold: true, size: halfPoints(model.page.textSizePt) })],
      }),
  );
};

/** The summary, an empty line and the signature: a signature alone on a page signs nothing. */
const closing = (model: ReportModel, summary: readonly string[]) => [
  ...summary.flatMap((text) => textParagraphs(model, text, true)),
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
          ...titleParagraphs(model, model.title),
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
          ...titleParagraphs(base, report.title),
          ...report.sections.flatMap((section) => [
            ...headingParagraphs(base, section.heading),
            // So does the narrative: a heading and its text never end a page without the table.
            ...section.narrative.flatMap((text) => textParagraphs(base, text, true)),
            reportTable(section.table),
            ...section.table.summary.flatMap((text) => textParagraphs(base, text, false)),
          ]),
          ...closing(base, report.summary),
        ],
      },
    ],
  });
};

/** The parts of a package by their paths, in docx's order: XML as text, anything else as bytes. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

/**
 * The parts of `document`'s package as docx's compiler writes them; `Packer` only zips them.
 * The compiler is private in docx's types: taking its parts spares deflating them in
 * JavaScript and inflating them again. docx is pinned by the lockfile and this is tested, so a
 * docx without it fails the tests and the build, never a report.
 */
export const docxParts = (document: Document): PackageParts => {
  const compiler = (Packer as unknown as { compiler?: { compile?: (file: Document) => unknown } })
    .compiler;
  const parts = compiler?.compile?.(document);
  if (!(parts instanceof Map)) throw new Error('docx has no Packer.compiler.compile any more.');
  return parts as PackageParts;
};
