// Rendering the ReportModel as a Google Doc: the plain tables with DocumentApp (one call builds a
// whole table), then Docs batchUpdate requests for everything else — the signature and the date
// line, page mode and size, styles, merges, header rows repeated on every page, fixed column
// widths, the title and the summary.
// Apps Script adapter layer.
import type { ProgrammeReport, ReportSection } from '../core/programme-report';
import type { ParagraphLook, ReportModel, SignatureBlock } from '../core/report-model';
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
  /**
   * The empty paragraph after the table, the body's last: the signature is made in it, and the
   * summary goes into it above the signature.
   */
  readonly summaryIndex: number;
}

/** The paragraph right after `table`, or -1. */
const slotAfter = (
  content: readonly DocsStructuralElement[],
  table: DocsStructuralElement,
): number => content.find((e) => (e.startIndex ?? 0) === table.endIndex)?.startIndex ?? -1;

/**
 * The start of the paragraph after each table, the last of them being the body's last element:
 * the Doc as renderDoc saved it, or an error when something else changed it meanwhile.
 */
const slotsOf = (
  content: readonly DocsStructuralElement[],
  tables: readonly DocsStructuralElement[],
  count: number,
): number[] => {
  const slots = tables.map((t) => slotAfter(content, t));
  const last = content[content.length - 1];
  if (
    tables.length !== count ||
    slots.some((s) => s < 0) ||
    !last ||
    last.table !== undefined ||
    last.startIndex !== slots[slots.length - 1]
  )
    throw new Error('Документ звіту змінився, поки його заповнювали.');
  return slots;
};

/** Title paragraph, the table, the empty paragraph Docs keeps after it (DocumentApp's order). */
export const readLayout = (content: readonly DocsStructuralElement[]): DocLayout => {
  const tables = content.filter((e) => e.table !== undefined);
  const [summaryIndex] = slotsOf(content, tables, 1);
  return { titleIndex: 1, table: tables[0], summaryIndex };
};

/**
 * What Docs keeps of a text inserted by the API: it strips some control characters
 * (U+0000–U+0008, U+000C–U+001F, a pasted "\r" among them) and the Private Use Area
 * (U+E000–U+F8FF) out of inserted text
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest).
 * The indexes after a text are counted from what Docs keeps, or a style's range would run past
 * the body's end and Docs would refuse the whole batch.
 */
// eslint-disable-next-line no-control-regex
const DOCS_STRIPS = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

export const docsText = (text: string): string => text.replace(DOCS_STRIPS, '');

/**
 * The signature table and the date line, made in the empty last paragraph at `slot` by the
 * Docs API rather than by DocumentApp (two calls fewer). insertTable puts a newline in before the
 * table, so the table starts at slot + 1 and the paragraph at `slot` stays above it
 * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttablerequest);
 * the body's last newline, which cannot be deleted, ends up after it and receives the date line.
 * A new table's cells hold one empty paragraph each, laid out as the tables guide gives them: the
 * table, its row and each cell take one index before their content
 * (https://developers.google.com/workspace/docs/api/how-tos/tables). Texts go in from the bottom
 * up so that none moves the place of the next. `tailEnd`: the end of the text from the slot on,
 * the final newline excluded.
 */
export const signatureRequests = (
  signature: SignatureBlock,
  slot: number,
): { requests: Request[]; tailEnd: number } => {
  const start = slot + 1;
  const cells = [signature.position, signature.line, signature.name].map(docsText);
  const dateLine = docsText(signature.dateLine);
  const tableEnd = start + 3 + 2 * cells.length;
  const insert = (index: number, text: string): Request[] =>
    text === '' ? [] : [{ insertText: { location: { index }, text } }];
  return {
    requests: [
      { insertTable: { rows: 1, columns: cells.length, location: { index: slot } } },
      ...insert(tableEnd, dateLine),
      ...cells
        .map((text, c) => insert(start + 3 + 2 * c, text))
        .reverse()
        .flat(),
      borders({ index: start }, 0),
    ],
    tailEnd: tableEnd + cells.join('').length + dateLine.length,
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

/** A section heading's paragraph style, as the report model's layout sets it. */
const headingStyle = (look: ParagraphLook) => ({
  alignment: look.align === 'justified' ? 'JUSTIFIED' : 'START',
  indentFirstLine: pt(look.firstLineIndentPt),
  spaceAbove: pt(look.spaceBeforePt),
  spaceBelow: pt(look.spaceAfterPt),
});

/**
 * How a paragraph written into a slot looks. A section's heading and its narrative keep with the
 * next paragraph (Docs' «Keep with next», `keepWithNext`), so they never end a page whose next
 * one starts with their table.
 */
type ParagraphKind = 'title' | 'heading' | 'narrative' | 'text';
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
  const justified = { alignment: 'JUSTIFIED', indentFirstLine: pt(page.firstLineIndentPt) };
  const texts = paragraphs.map((p) => docsText(p.text));
  const text = texts.join('\n') + (keepSlot ? '\n' : '');
  const runs: { kind: ParagraphKind; start: number; end: number }[] = [];
  let at = index;
  for (const [i, p] of paragraphs.entries()) {
    const end = at + texts[i].length;
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
            kind === 'text'
              ? paragraphStyle(start, end, justified, 'alignment,indentFirstLine')
              : kind === 'heading'
                ? paragraphStyle(
                    start,
                    end,
                    { ...headingStyle(page.sectionHeading), keepWithNext: true },
                    'alignment,indentFirstLine,spaceAbove,spaceBelow,keepWithNext',
                  )
                : paragraphStyle(
                    start,
                    end,
                    { ...justified, keepWithNext: true },
                    'alignment,indentFirstLine,keepWithNext',
                  ),
          ],
    ),
  ];
};

/**
 * Every request after DocumentApp has written and saved the table, in the order they must run:
 * the signature below everything, then styles by index, then merges and pins (addressed by the
 * table's start), then the text inserted after the table, then the title inserted at the top
 * (which moves every later index, so nothing after it refers to the table).
 *
 * Measure rows are styled by whole row ranges only: per-column alignment would cost a request
 * per cell run (three per row, 15 000 at 5 000 measures), so measure rows keep the default
 * alignment and the header, the numbers row and the totals row are centred.
 */
export const documentRequests = (model: ReportModel, doc: DocLayout): Request[] => {
  const font = { weightedFontFamily: { fontFamily: model.page.font } };
  const [tableFont, ...otherStyles] = tableStyles(model, doc.table);
  const structure = tableStructure(model, doc.table);
  // First: made below everything else, the signature moves no index the other requests use.
  const signature = signatureRequests(model.signature, doc.summaryIndex);
  return [
    documentStyle(model.page),
    ...signature.requests,
    tableFont,
    textStyle(
      doc.summaryIndex,
      signature.tailEnd,
      { ...font, fontSize: pt(model.page.textSizePt) },
      'weightedFontFamily,fontSize',
    ),
    ...otherStyles,
    ...structure,
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
  /** The empty paragraph after each table; the last is the body's last, where the signature goes. */
  readonly slots: readonly number[];
}

/** Title slot, then per section a table and the empty paragraph after it. */
export const readProgrammeLayout = (
  content: readonly DocsStructuralElement[],
  sections: number,
): ProgrammeLayout => {
  const tables = content.filter((e) => e.table !== undefined);
  return { titleIndex: 1, tables, slots: slotsOf(content, tables, sections) };
};

const texts = (lines: readonly string[], kind: ParagraphKind = 'text'): SlotParagraph[] =>
  lines.filter((t) => t !== '').map((text) => ({ text, kind }));

/** A section's heading (bold) and its narrative, written right above its table and kept with it. */
const opening = (section: ReportSection): SlotParagraph[] => [
  { text: section.heading, kind: 'heading' },
  ...texts(section.narrative, 'narrative'),
];

/**
 * The requests of a programme's Doc: the same per-table requests as one section's, the
 * signature below everything first, every index-based style next, then what is addressed by a
 * table's start, then the text slots from the bottom up, so that no insertion moves a place a
 * later request refers to.
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
  // First: made below everything else, the signature moves no index the other requests use.
  const signature = signatureRequests(report.signature, doc.slots[doc.slots.length - 1]);
  return [
    documentStyle(report.page),
    ...signature.requests,
    textStyle(
      doc.slots[0],
      signature.tailEnd,
      { ...font, fontSize: pt(page.textSizePt) },
      'weightedFontFamily,fontSize',
    ),
    ...sections.flatMap((s, i) => tableStyles(s.table, doc.tables[i])),
    ...sections.flatMap((s, i) => tableStructure(s.table, doc.tables[i])),
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
  // A new document holds one empty paragraph: the title is inserted there at the end. Between
  // two tables an empty paragraph of our own; after the last, the one Docs keeps after a table
  // that ends the body (see signatureRequests).
  report.sections.forEach((section, i) => {
    if (i > 0) body.appendParagraph('');
    body.appendTable(tableCells(section.table));
  });
  doc.saveAndClose();
  const saved = services.Docs.Documents.get(docId, { fields: STRUCTURE_FIELDS });
  const requests =
    report.sections.length === 1
      ? documentRequests(report.sections[0].table, readLayout(saved.body.content))
      : programmeRequests(report, readProgrammeLayout(saved.body.content, report.sections.length));
  for (const part of batches(requests))
    services.Docs.Documents.batchUpdate({ requests: part }, docId);
};
