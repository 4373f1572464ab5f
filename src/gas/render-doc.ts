// Rendering the ReportModel as a Google Doc: the plain tables with DocumentApp (one call builds a
// whole table), then Docs batchUpdate requests for everything else — page mode and size, styles,
// merges, header rows repeated on every page, fixed column widths, the title and the summary.
// Apps Script adapter layer.
import type { ProgrammeReport, ReportSection } from '../core/programme-report';
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

/** The page: pages, not the account's default (possibly pageless: no pages, no repeated header). */
const documentStyle = (page: ReportModel['page']): Request => ({
  updateDocumentStyle: {
    documentStyle: {
      documentFormat: { documentMode: 'PAGES' },
      pageSize: { width: pt(page.widthPt), height: pt(page.heightPt) },
      marginTop: pt(page.margins.topPt),
      marginBottom: pt(page.margins.bottomPt),
      marginLeft: pt(page.margins.leftPt),
      marginRight: pt(page.margins.rightPt),
    },
    fields: 'documentFormat,pageSize,marginTop,marginBottom,marginLeft,marginRight',
  },
});

/**
 * The styles of one table addressed by index (they must run before anything is merged or
 * inserted): its font, the centred header, the bold totals and heading rows.
 */
const tableStyles = (model: ReportModel, table: DocsStructuralElement): Request[] => {
  const rows = table.table?.tableRows ?? [];
  const tableStart = table.startIndex ?? 0;
  const pinned = model.headerRowCount + 1;
  const totalsRow = rows.length - 1;
  const font = { weightedFontFamily: { fontFamily: model.page.font } };
  const totalsCells = rows[totalsRow].tableCells;
  const centredTotals = model.columns
    .map((c, i) => (c.align === 'center' && i >= model.totals.labelSpan ? i : -1))
    .filter((i) => i >= 0);
  return [
    textStyle(
      tableStart,
      table.endIndex,
      { ...font, fontSize: pt(model.page.tableSizePt) },
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
    ...headingRowsOf(model).map((r) =>
      textStyle(rows[r].startIndex, rows[r].endIndex, { bold: true }, 'bold'),
    ),
  ];
};

/** Table rows of the group headings (after the header and the numbers row). */
const headingRowsOf = (model: ReportModel): number[] =>
  model.rows.map((r, i) => (r.heading ? model.headerRowCount + 1 + i : -1)).filter((i) => i >= 0);

/** What one table needs addressed by its start: widths, borders, the pinned header, merges. */
const tableStructure = (model: ReportModel, table: DocsStructuralElement): Request[] => {
  const tableStartLocation = { index: table.startIndex ?? 0 };
  const width = model.columns.length;
  const pinned = model.headerRowCount + 1;
  const totalsRow = (table.table?.tableRows ?? []).length - 1;
  const cellRange = (row: number, col: number, rowSpan: number, columnSpan: number) => ({
    tableCellLocation: { tableStartLocation, rowIndex: row, columnIndex: col },
    rowSpan,
    columnSpan,
  });
  return [
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
    { pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: pinned } },
    ...model.header
      .filter((h) => h.rowSpan > 1 || h.colSpan > 1)
      .map((h) => ({
        mergeTableCells: { tableRange: cellRange(h.row, h.col, h.rowSpan, h.colSpan) },
      })),
    ...headingRowsOf(model).map((r) => ({
      mergeTableCells: { tableRange: cellRange(r, 0, 1, width) },
    })),
    { mergeTableCells: { tableRange: cellRange(totalsRow, 0, 1, model.totals.labelSpan) } },
  ];
};

/** How a paragraph written into a slot looks. */
type ParagraphKind = 'title' | 'heading' | 'text';
interface SlotParagraph {
  readonly text: string;
  readonly kind: ParagraphKind;
}

/**
 * The paragraphs inserted at `index` (an empty paragraph of the body) and their styles. With
 * `keepSlot` a newline ends the last one and the empty paragraph stays after them; otherwise the
 * last one takes the slot's place. Runs of one kind are styled with one pair of requests.
 */
const slotRequests = (
  page: ReportModel['page'],
  index: number,
  paragraphs: readonly SlotParagraph[],
  keepSlot: boolean,
): Request[] => {
  if (paragraphs.length === 0) return [];
  const font = { weightedFontFamily: { fontFamily: page.font } };
  const text = paragraphs.map((p) => p.text).join('\n') + (keepSlot ? '\n' : '');
  const runs: { kind: ParagraphKind; start: number; end: number }[] = [];
  let at = index;
  for (const p of paragraphs) {
    const end = at + p.text.length;
    const last = runs[runs.length - 1];
    if (last && last.kind === p.kind) last.end = end;
    else runs.push({ kind: p.kind, start: at, end });
    at = end + 1;
  }
  return [
    { insertText: { location: { index }, text } },
    ...runs.flatMap(({ kind, start, end }) =>
      kind === 'title'
        ? [
            textStyle(
              start,
              end,
              { ...font, fontSize: pt(page.titleSizePt), bold: true },
              'weightedFontFamily,fontSize,bold',
            ),
            centre(start, end),
          ]
        : [
            textStyle(
              start,
              end + 1,
              { ...font, fontSize: pt(page.textSizePt), bold: kind === 'heading' },
              'weightedFontFamily,fontSize,bold',
            ),
            paragraphStyle(
              start,
              end,
              { alignment: 'JUSTIFIED', indentFirstLine: pt(page.firstLineIndentPt) },
              'alignment,indentFirstLine',
            ),
          ],
    ),
  ];
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
  const font = { weightedFontFamily: { fontFamily: model.page.font } };
  const [tableFont, ...otherStyles] = tableStyles(model, doc.table);
  const structure = tableStructure(model, doc.table);
  const pin = structure.findIndex((r) => 'pinTableHeaderRows' in r);
  return [
    documentStyle(model.page),
    tableFont,
    textStyle(
      doc.summaryIndex,
      doc.tailEnd,
      { ...font, fontSize: pt(model.page.textSizePt) },
      'weightedFontFamily,fontSize',
    ),
    ...otherStyles,
    ...structure.slice(0, pin),
    borders({ index: doc.signatureIndex }, 0),
    ...structure.slice(pin),
    // The summary goes into the empty paragraph after the table: a newline starts a paragraph.
    ...slotRequests(
      model.page,
      doc.summaryIndex,
      model.summary.length === 0 || model.summary.join('\n') === ''
        ? []
        : [{ text: model.summary.join('\n'), kind: 'text' }],
      true,
    ),
    // Last: the title at the top moves everything below it.
    ...slotRequests(model.page, doc.titleIndex, [{ text: model.title, kind: 'title' }], false),
  ];
};

/** The body of a programme's Doc: the title slot, each section's table and the slot after it. */
export interface ProgrammeLayout {
  readonly titleIndex: number;
  readonly tables: readonly DocsStructuralElement[];
  /** The empty paragraph after each table. */
  readonly slots: readonly number[];
  readonly signatureIndex: number;
  readonly tailEnd: number;
}

/** Title slot, then per section a table and an empty paragraph, then the signature and date. */
export const readProgrammeLayout = (
  content: readonly DocsStructuralElement[],
  sections: number,
): ProgrammeLayout => {
  const all = content.filter((e) => e.table !== undefined);
  const tables = all.slice(0, -1);
  const signature = all[all.length - 1];
  const slots = tables.map(
    (t) => content.find((e) => (e.startIndex ?? 0) === t.endIndex)?.startIndex ?? -1,
  );
  const last = content[content.length - 1];
  if (all.length !== sections + 1 || !signature || !last || slots.some((s) => s < 0))
    throw new Error('Документ звіту змінився, поки його заповнювали.');
  return {
    titleIndex: 1,
    tables,
    slots,
    signatureIndex: signature.startIndex ?? 0,
    tailEnd: last.endIndex - 1,
  };
};

const texts = (lines: readonly string[]): SlotParagraph[] =>
  lines.filter((t) => t !== '').map((text) => ({ text, kind: 'text' }));

/** A section's heading (bold) and its narrative, written right above its table. */
const opening = (section: ReportSection): SlotParagraph[] => [
  { text: section.heading, kind: 'heading' },
  ...texts(section.narrative),
];

/**
 * The requests of a programme's Doc: the same per-table requests as one section's, every
 * index-based style first, then what is addressed by a table's start, then the text slots
 * from the bottom up, so that no insertion moves a place a later request refers to.
 */
export const programmeRequests = (report: ProgrammeReport, doc: ProgrammeLayout): Request[] => {
  const { page, sections } = report;
  const font = { weightedFontFamily: { fontFamily: page.font } };
  const slotTexts = sections.map((section, i): SlotParagraph[] => {
    const next = sections[i + 1];
    const own = texts(section.table.summary);
    // A blank paragraph between one section's summary and the next section's heading.
    if (next) return [...own, { text: '', kind: 'text' }, ...opening(next)];
    return [
      ...own,
      ...(report.summary.length > 0 ? [{ text: '', kind: 'text' as const }] : []),
    ].concat(texts(report.summary));
  });
  return [
    documentStyle(report.page),
    textStyle(
      doc.slots[0],
      doc.tailEnd,
      { ...font, fontSize: pt(page.textSizePt) },
      'weightedFontFamily,fontSize',
    ),
    ...sections.flatMap((s, i) => tableStyles(s.table, doc.tables[i])),
    ...sections.flatMap((s, i) => tableStructure(s.table, doc.tables[i])),
    borders({ index: doc.signatureIndex }, 0),
    ...sections
      .map((_, i) => i)
      .reverse()
      .flatMap((i) => slotRequests(page, doc.slots[i], slotTexts[i], i === sections.length - 1)),
    ...slotRequests(
      page,
      doc.titleIndex,
      [{ text: report.title, kind: 'title' }, ...opening(sections[0])],
      false,
    ),
  ];
};

/** Requests in order, cut into batches of at most MAX_BATCH_REQUESTS. */
export const batches = <T>(requests: readonly T[], size = MAX_BATCH_REQUESTS): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < requests.length; i += size) out.push(requests.slice(i, i + size));
  return out;
};

/**
 * Writes the report into the new, empty document `docId`. DocumentApp writes the tables and the
 * paragraphs between them, one call each whatever the number of rows; a save makes them visible
 * to the Docs service, which then styles the document in as few batches as fit. One section is
 * written exactly as the one-section report (SPEC §6); several as the programme (SPEC §7).
 */
export const renderDoc = (services: Services, docId: string, report: ProgrammeReport): void => {
  const doc = services.DocumentApp.openById(docId);
  const body = doc.getBody();
  // A new document holds one empty paragraph: the title is inserted there at the end.
  for (const section of report.sections) {
    body.appendTable(tableCells(section.table));
    body.appendParagraph('');
  }
  const { position, name, line, dateLine } = report.signature;
  body.appendTable([[position, line, name]]);
  body.appendParagraph(dateLine);
  doc.saveAndClose();
  const saved = services.Docs.Documents.get(docId, { fields: STRUCTURE_FIELDS });
  const requests =
    report.sections.length === 1
      ? documentRequests(report.sections[0].table, readLayout(saved.body.content))
      : programmeRequests(report, readProgrammeLayout(saved.body.content, report.sections.length));
  for (const part of batches(requests))
    services.Docs.Documents.batchUpdate({ requests: part }, docId);
};
