// Rendering the ReportModel as a Google Doc: text and plain tables with DocumentApp, then one
// Docs batchUpdate for what DocumentApp cannot do (vertical merges, header rows repeated on
// every page, fixed column widths). Apps Script adapter layer.
import type { ReportModel } from '../core/report-model';
import { textWidthPt } from '../core/layout';
import type { DocsStructuralElement, Services } from './services';

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
  return [...header, [...model.columnNumbers], ...model.rows.map((r) => [...r.cells]), totals];
};

type Request = Record<string, unknown>;

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

/** The requests for the main table, given its structure as Docs.get returns it. */
export const tableRequests = (model: ReportModel, table: DocsStructuralElement): Request[] => {
  const tableStartLocation = { index: table.startIndex ?? 0 };
  const rows = table.table?.tableRows ?? [];
  const pinned = model.headerRowCount + 1;
  const totalsRow = rows.length - 1;
  const range = (startIndex: number, endIndex: number) => ({ startIndex, endIndex });
  const textStyle = (
    startIndex: number,
    endIndex: number,
    style: object,
    fields: string,
  ): Request => ({
    updateTextStyle: { range: range(startIndex, endIndex), textStyle: style, fields },
  });
  const centre = (startIndex: number, endIndex: number): Request => ({
    updateParagraphStyle: {
      range: range(startIndex, endIndex),
      paragraphStyle: { alignment: 'CENTER' },
      fields: 'alignment',
    },
  });
  const cellRange = (row: number, col: number, rowSpan: number, columnSpan: number) => ({
    tableCellLocation: { tableStartLocation, rowIndex: row, columnIndex: col },
    rowSpan,
    columnSpan,
  });
  const centred = model.columns
    .map((c, i) => (c.align === 'center' ? i : -1))
    .filter((i) => i >= 0);
  return [
    // Index-based styles first: merges later do not move these ranges.
    textStyle(
      table.startIndex ?? 0,
      table.endIndex,
      { weightedFontFamily: { fontFamily: model.page.font }, fontSize: pt(model.page.tableSizePt) },
      'weightedFontFamily,fontSize',
    ),
    textStyle(rows[totalsRow].startIndex, rows[totalsRow].endIndex, { bold: true }, 'bold'),
    // Header labels at the sizes the model gives them (smaller where a word would not fit).
    ...model.header
      .filter((h) => h.sizePt !== model.page.tableSizePt)
      .map((h) => {
        const cell = rows[h.row].tableCells[h.col];
        return textStyle(cell.startIndex, cell.endIndex, { fontSize: pt(h.sizePt) }, 'fontSize');
      }),
    centre(rows[0].startIndex, rows[pinned - 1].endIndex),
    ...rows
      .slice(pinned)
      .flatMap((row) =>
        centred.map((col) => centre(row.tableCells[col].startIndex, row.tableCells[col].endIndex)),
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
        tableRange: cellRange(0, 0, pinned, model.columns.length),
        tableCellStyle: { contentAlignment: 'MIDDLE' },
        fields: 'contentAlignment',
      },
    },
    { pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: pinned } },
    ...model.header
      .filter((h) => h.rowSpan > 1 || h.colSpan > 1)
      .map((h) => ({
        mergeTableCells: { tableRange: cellRange(h.row, h.col, h.rowSpan, h.colSpan) },
      })),
    { mergeTableCells: { tableRange: cellRange(totalsRow, 0, 1, model.totals.labelSpan) } },
  ];
};

/** Writes the model into the (new, empty) document `docId` and saves it. */
export const renderDoc = (services: Services, docId: string, model: ReportModel): void => {
  const { DocumentApp } = services;
  const attr = DocumentApp.Attribute;
  const text = (size: number, bold = false) => ({
    [attr.FONT_FAMILY]: model.page.font,
    [attr.FONT_SIZE]: size,
    [attr.BOLD]: bold,
  });
  const doc = DocumentApp.openById(docId);
  const body = doc.getBody();
  const { page } = model;
  body
    .setPageWidth(page.widthPt)
    .setPageHeight(page.heightPt)
    .setMarginLeft(page.margins.leftPt)
    .setMarginRight(page.margins.rightPt)
    .setMarginTop(page.margins.topPt)
    .setMarginBottom(page.margins.bottomPt);
  // A new document holds one empty paragraph: the title goes into it.
  const title = body.getParagraphs()[0];
  title.setText(model.title);
  title
    .setAttributes(text(model.page.titleSizePt, true))
    .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendTable(tableCells(model)).setBorderWidth(0.5);
  for (const paragraph of model.summary) {
    body
      .appendParagraph(paragraph)
      .setAttributes(text(model.page.textSizePt))
      .setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
      .setIndentFirstLine(page.firstLineIndentPt);
  }
  body.appendParagraph('').setAttributes(text(model.page.textSizePt));
  const { position, name, line, dateLine } = model.signature;
  const signature = body.appendTable([[position, line, name]]);
  signature.setBorderWidth(0);
  signature.setAttributes(text(model.page.textSizePt));
  body.appendParagraph(dateLine).setAttributes(text(model.page.textSizePt));
  doc.saveAndClose();
  // Docs sees only saved content; one batchUpdate applies everything at once, or nothing.
  const content = services.Docs.Documents.get(docId).body.content;
  const table = content.find((element) => element.table !== undefined);
  if (!table) throw new Error('The report table is missing from the saved document.');
  services.Docs.Documents.batchUpdate({ requests: tableRequests(model, table) }, docId);
};
