// Rendering the ReportModel as a Google Doc: the plain tables with DocumentApp (one call builds a
// whole table), then Docs batchUpdate requests for everything else — page mode and size, styles,
// merges, header rows repeated on every page, fixed column widths, the title and the summary.
// Apps Script adapter layer.
import type { ReportModel } from '../core/report-model';
import { textWidthPt } from '../core/layout';
import type { DocsStructuralElement, Services } from './services';

/**
 * The most requests sent in one batchUpdate. Google publishes no cap per batch, only per-minute
 * write quotas; 500 is the one figure found (third party), so the add-on stays within it.
 */
export const MAX_BATCH_REQUESTS = 500;

/** Only what the requests are computed from: a 5 000-row Doc's full JSON runs to megabytes. */
export const STRUCTURE_FIELDS =
  'body/content(startIndex,endIndex,table/tableRows(startIndex,endIndex,tableCells(startIndex,endIndex)))';

/** The header, the "А 1 … 10" row, the measures and the totals row as one string grid. */
export const tableCells = (model: ReportModel): string[][] => {
  const width = model.columns.length;
  const header = Array.from({ length: model.headerRowCount }, () => Array<string>(width).fill(''));
  for (const h of model.header) header[h.row][h.col] = h.text;
  const totals = [
    model.totals.label,
    ...Array<string>(model.totals.labelSpan - 1).fill(''),
    ...model.totals.cells,
  ];
  // A heading row is one cell across the table: its text, then blanks the merge covers.
  const rows = model.rows.map((r) =>
    r.heading ? [r.cells[0], ...Array<string>(width - 1).fill('')] : [...r.cells],
  );
  return [...header, [...model.columnNumbers], ...rows, totals];
};

type Request = Record<string, unknown>;

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
const range = (startIndex: number, endIndex: number) => ({ startIndex, endIndex });

const textStyle = (startIndex: number, endIndex: number, style: object, fields: string) => ({
  updateTextStyle: { range: range(startIndex, endIndex), textStyle: style, fields },
});
const paragraphStyle = (startIndex: number, endIndex: number, style: object, fields: string) => ({
  updateParagraphStyle: { range: range(startIndex, endIndex), paragraphStyle: style, fields },
});
const centre = (startIndex: number, endIndex: number): Request =>
  paragraphStyle(startIndex, endIndex, { alignment: 'CENTER' }, 'alignment');

const BLACK = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };

/** Every cell border of the table at `location` (width 0: no visible border). */
const borders = (location: { index: number }, width: number): Request => {
  const border = { width: pt(width), dashStyle: 'SOLID', color: BLACK };
  return {
    updateTableCellStyle: {
      tableStartLocation: location,
      tableCellStyle: {
        borderTop: border,
        borderBottom: border,
        borderLeft: border,
        borderRight: border,
      },
      fields: 'borderTop,borderBottom,borderLeft,borderRight',
    },
  };
};

/** The laid-out body as the requests need it, read from Docs.get with STRUCTURE_FIELDS. */
export interface DocLayout {
  /** The empty first paragraph that receives the title. */
  readonly titleIndex: number;
  readonly table: DocsStructuralElement;
  /** The empty paragraph after the table that receives the summary. */
  readonly summaryIndex: number;
  /** Where the signature table starts. */
  readonly signatureIndex: number;
  /** End of the text after the table (signature and date line), its final newline excluded. */
  readonly tailEnd: number;
}

/** Title paragraph, main table, summary slot, signature table, date line (DocumentApp's order). */
export const readLayout = (content: readonly DocsStructuralElement[]): DocLayout => {
  const tables = content.filter((e) => e.table !== undefined);
  const [table, signature] = tables;
  const after = content.find((e) => (e.startIndex ?? 0) === table?.endIndex);
  const last = content[content.length - 1];
  if (tables.length !== 2 || !table || !signature || !after || !last)
    throw new Error('Документ звіту змінився, поки його заповнювали.');
  return {
    titleIndex: 1,
    table,
    summaryIndex: after.startIndex ?? 0,
    signatureIndex: signature.startIndex ?? 0,
    tailEnd: last.endIndex - 1,
  };
};

/**
 * Every request after DocumentApp has written and saved the tables, in the order they must run:
 * styles by index first, then merges and pins (addressed by the table's start), then the text
 * inserted after the table, then the title inserted at the top (which moves every later index,
 * so nothing after it refers to the table).
 *
 * Measure rows are styled by whole row ranges only: per-column alignment would cost a request
 * per cell run (three per row, 15 000 at 5 000 measures), so measure rows keep the default
 * alignment and the header, the numbers row and the totals row are centred.
 */
export const documentRequests = (model: ReportModel, doc: DocLayout): Request[] => {
  const { table } = doc;
  const tableStart = table.startIndex ?? 0;
  const tableStartLocation = { index: tableStart };
  const rows = table.table?.tableRows ?? [];
  const width = model.columns.length;
  const pinned = model.headerRowCount + 1;
  const totalsRow = rows.length - 1;
  const firstMeasureRow = pinned;
  const cellRange = (row: number, col: number, rowSpan: number, columnSpan: number) => ({
    tableCellLocation: { tableStartLocation, rowIndex: row, columnIndex: col },
    rowSpan,
    columnSpan,
  });
  const font = { weightedFontFamily: { fontFamily: model.page.font } };
  const headingRows = model.rows
    .map((r, i) => (r.heading ? firstMeasureRow + i : -1))
    .filter((i) => i >= 0);
  // The totals row: the label cell, then each cell centred as its column is.
  const totalsCells = rows[totalsRow].tableCells;
  const centredTotals = model.columns
    .map((c, i) => (c.align === 'center' && i >= model.totals.labelSpan ? i : -1))
    .filter((i) => i >= 0);
  const summary = model.summary.join('\n');
  const summaryEnd = doc.summaryIndex + summary.length + 1;
  const titleEnd = doc.titleIndex + model.title.length + 1;
  return [
    // Pages, not the account's default (possibly pageless: no pages, no repeated header).
    {
      updateDocumentStyle: {
        documentStyle: {
          documentFormat: { documentMode: 'PAGES' },
          pageSize: { width: pt(model.page.widthPt), height: pt(model.page.heightPt) },
          marginTop: pt(model.page.margins.topPt),
          marginBottom: pt(model.page.margins.bottomPt),
          marginLeft: pt(model.page.margins.leftPt),
          marginRight: pt(model.page.margins.rightPt),
        },
        fields: 'documentFormat,pageSize,marginTop,marginBottom,marginLeft,marginRight',
      },
    },
    textStyle(
      tableStart,
      table.endIndex,
      { ...font, fontSize: pt(model.page.tableSizePt) },
      'weightedFontFamily,fontSize',
    ),
    textStyle(
      doc.summaryIndex,
      doc.tailEnd,
      { ...font, fontSize: pt(model.page.textSizePt) },
      'weightedFontFamily,fontSize',
    ),
    // Header labels at the sizes the model gives them (smaller where a word would not fit).
    ...model.header
      .filter((h) => h.sizePt !== model.page.tableSizePt)
      .map((h) => {
        const cell = rows[h.row].tableCells[h.col];
        return textStyle(cell.startIndex, cell.endIndex, { fontSize: pt(h.sizePt) }, 'fontSize');
      }),
    centre(rows[0].startIndex, rows[pinned - 1].endIndex),
    textStyle(rows[totalsRow].startIndex, rows[totalsRow].endIndex, { bold: true }, 'bold'),
    ...centredTotals.map((c) => centre(totalsCells[c].startIndex, totalsCells[c].endIndex)),
    ...headingRows.map((r) =>
      textStyle(rows[r].startIndex, rows[r].endIndex, { bold: true }, 'bold'),
    ),
    ...model.columns.map((c, i) => ({
      updateTableColumnProperties: {
        tableStartLocation,
        columnIndices: [i],
        tableColumnProperties: {
          widthType: 'FIXED_WIDTH',
          width: pt(Math.round(c.share * textWidthPt(model.page) * 10) / 10),
        },
        fields: 'widthType,width',
      },
    })),
    {
      updateTableCellStyle: {
        tableRange: cellRange(0, 0, pinned, width),
        tableCellStyle: { contentAlignment: 'MIDDLE' },
        fields: 'contentAlignment',
      },
    },
    borders(tableStartLocation, 0.5),
    borders({ index: doc.signatureIndex }, 0),
    { pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: pinned } },
    ...model.header
      .filter((h) => h.rowSpan > 1 || h.colSpan > 1)
      .map((h) => ({
        mergeTableCells: { tableRange: cellRange(h.row, h.col, h.rowSpan, h.colSpan) },
      })),
    ...headingRows.map((r) => ({ mergeTableCells: { tableRange: cellRange(r, 0, 1, width) } })),
    { mergeTableCells: { tableRange: cellRange(totalsRow, 0, 1, model.totals.labelSpan) } },
    // The summary goes into the empty paragraph after the table: a newline starts a paragraph.
    ...(summary === ''
      ? []
      : [
          { insertText: { location: { index: doc.summaryIndex }, text: `${summary}\n` } },
          textStyle(
            doc.summaryIndex,
            summaryEnd,
            { ...font, fontSize: pt(model.page.textSizePt), bold: false },
            'weightedFontFamily,fontSize,bold',
          ),
          paragraphStyle(
            doc.summaryIndex,
            summaryEnd - 1,
            { alignment: 'JUSTIFIED', indentFirstLine: pt(model.page.firstLineIndentPt) },
            'alignment,indentFirstLine',
          ),
        ]),
    // Last: the title at the top moves everything below it.
    { insertText: { location: { index: doc.titleIndex }, text: model.title } },
    textStyle(
      doc.titleIndex,
      titleEnd - 1,
      { ...font, fontSize: pt(model.page.titleSizePt), bold: true },
      'weightedFontFamily,fontSize,bold',
    ),
    centre(doc.titleIndex, titleEnd - 1),
  ];
};

/** Requests in order, cut into batches of at most MAX_BATCH_REQUESTS. */
export const batches = <T>(requests: readonly T[], size = MAX_BATCH_REQUESTS): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < requests.length; i += size) out.push(requests.slice(i, i + size));
  return out;
};

/**
 * Writes the model into the new, empty document `docId`. DocumentApp writes the two tables and
 * the paragraphs around them, one call each whatever the number of rows; a save makes them
 * visible to the Docs service, which then styles the document in as few batches as fit.
 */
export const renderDoc = (services: Services, docId: string, model: ReportModel): void => {
  const doc = services.DocumentApp.openById(docId);
  const body = doc.getBody();
  // A new document holds one empty paragraph: the title is inserted there at the end.
  body.appendTable(tableCells(model));
  body.appendParagraph('');
  const { position, name, line, dateLine } = model.signature;
  body.appendTable([[position, line, name]]);
  body.appendParagraph(dateLine);
  doc.saveAndClose();
  const saved = services.Docs.Documents.get(docId, { fields: STRUCTURE_FIELDS });
  const layout = readLayout(saved.body.content);
  for (const requests of batches(documentRequests(model, layout)))
    services.Docs.Documents.batchUpdate({ requests }, docId);
};
