// A Google Doc as plain data, shared by the DocumentApp fake and the Docs advanced service fake,
// and its layout in UTF-16 indexes as the Docs REST API reports it. Test fakes.

export interface ParagraphModel {
  kind: 'paragraph';
  text: string;
  /** DocumentApp attributes (FONT_FAMILY, BOLD, …) set on the whole paragraph. */
  attributes: Record<string, unknown>;
  heading: string;
  alignment: string | null;
  /** Styles applied through the Docs API (updateParagraphStyle / updateTextStyle). */
  paragraphStyle: Record<string, unknown>;
  textStyle: Record<string, unknown>;
}

export interface CellModel {
  content: ParagraphModel[];
  attributes: Record<string, unknown>;
  style: Record<string, unknown>;
  rowSpan: number;
  columnSpan: number;
}

export interface RowModel {
  cells: CellModel[];
  minimumHeight: number | null;
  tableHeader: boolean;
}

/** A merge in a table, 0-based. */
export interface CellBox {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface TableModel {
  kind: 'table';
  rows: RowModel[];
  attributes: Record<string, unknown>;
  borderWidth: number | null;
  borderColor: string | null;
  columnWidths: (number | null)[];
  columnProperties: Record<string, unknown>[];
  merges: CellBox[];
  pinnedHeaderRows: number;
}

export type ElementModel = ParagraphModel | TableModel;

export interface PageModel {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

/**
 * A new Doc takes the user's default page setup, which may be pageless: no pages, no page size,
 * no header rows repeated on each page.
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#documentformat
 */
export type DocumentMode = 'PAGES' | 'PAGELESS';

export interface DocModel {
  title: string;
  body: ElementModel[];
  /** US Letter with 1-inch margins, as a new Google Doc starts. */
  page: PageModel;
  documentMode: DocumentMode;
  documentStyle: Record<string, unknown>;
}

export const newParagraph = (text = ''): ParagraphModel => ({
  kind: 'paragraph',
  text,
  attributes: {},
  heading: 'NORMAL',
  alignment: null,
  paragraphStyle: {},
  textStyle: {},
});

export const newCell = (text: string): CellModel => ({
  content: [newParagraph(text)],
  attributes: {},
  style: {},
  rowSpan: 1,
  columnSpan: 1,
});

export const newTable = (cells: readonly (readonly string[])[]): TableModel => ({
  kind: 'table',
  rows: cells.map((row) => ({
    cells: row.map((text) => newCell(String(text))),
    minimumHeight: null,
    tableHeader: false,
  })),
  attributes: {},
  borderWidth: null,
  borderColor: null,
  columnWidths: (cells[0] ?? []).map(() => null),
  columnProperties: (cells[0] ?? []).map(() => ({})),
  merges: [],
  pinnedHeaderRows: 0,
});

/** A new Google Doc holds one empty paragraph. */
export const newDocument = (title: string, documentMode: DocumentMode = 'PAGES'): DocModel => ({
  title,
  documentMode,
  body: [newParagraph()],
  page: {
    width: 612,
    height: 792,
    marginTop: 72,
    marginBottom: 72,
    marginLeft: 72,
    marginRight: 72,
  },
  documentStyle: {},
});

export const cellText = (cell: CellModel): string => cell.content.map((p) => p.text).join('\n');

/** Plain text of the body: paragraphs on lines, table cells split by tabs. */
export const documentText = (doc: DocModel): string =>
  doc.body
    .map((e) =>
      e.kind === 'paragraph'
        ? e.text
        : e.rows.map((r) => r.cells.map(cellText).join('\t')).join('\n'),
    )
    .join('\n');

// ---- layout: UTF-16 indexes as docs.documents.get reports them ----

/** One paragraph in the layout: its text run covers text + '\n'. */
export interface LaidParagraph {
  readonly model: ParagraphModel;
  readonly startIndex: number;
  readonly endIndex: number;
}

export interface LaidTable {
  readonly model: TableModel;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly rows: {
    readonly startIndex: number;
    readonly endIndex: number;
    readonly cells: {
      readonly startIndex: number;
      readonly endIndex: number;
      readonly content: LaidParagraph[];
    }[];
  }[];
}

export type LaidElement =
  | { readonly kind: 'sectionBreak'; readonly endIndex: 1 }
  | ({ readonly kind: 'paragraph' } & LaidParagraph)
  | ({ readonly kind: 'table' } & LaidTable);

export interface Layout {
  readonly content: LaidElement[];
  readonly paragraphs: LaidParagraph[];
  readonly tables: LaidTable[];
  /** End of the body segment: no range may reach past it. */
  readonly endIndex: number;
}

/** Each newline in a paragraph's text is a paragraph of its own in Docs. */
const paragraphLength = (p: ParagraphModel): number => p.text.length + 1;

/**
 * A body never ends with a table: its last newline cannot be deleted, nor the newline before a
 * table (DeleteContentRangeRequest,
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest),
 * so Docs keeps an empty paragraph after a table that ends the body. A saved document has it.
 */
export const keepParagraphAfterTable = (doc: DocModel): DocModel => {
  if (doc.body.length > 0 && doc.body[doc.body.length - 1].kind === 'table')
    doc.body.push(newParagraph());
  return doc;
};

/**
 * Indexes per the Docs API's table guide: the body starts with a section break (0–1); a table
 * at S takes S for itself, each row one index, each cell one index before its paragraphs, and
 * ends one past its last row.
 * https://developers.google.com/workspace/docs/api/how-tos/tables
 */
export const layout = (doc: DocModel): Layout => {
  const paragraphs: LaidParagraph[] = [];
  const tables: LaidTable[] = [];
  const content: LaidElement[] = [{ kind: 'sectionBreak', endIndex: 1 }];
  let index = 1;
  const lay = (p: ParagraphModel): LaidParagraph => {
    const laid = { model: p, startIndex: index, endIndex: index + paragraphLength(p) };
    index = laid.endIndex;
    paragraphs.push(laid);
    return laid;
  };
  for (const element of keepParagraphAfterTable(doc).body) {
    if (element.kind === 'paragraph') {
      content.push({ kind: 'paragraph', ...lay(element) });
      continue;
    }
    const startIndex = index;
    index += 1;
    const rows = element.rows.map((row) => {
      const rowStart = index;
      index += 1;
      const cells = row.cells.map((cell) => {
        const cellStart = index;
        index += 1;
        const laidContent = cell.content.map(lay);
        return { startIndex: cellStart, endIndex: index, content: laidContent };
      });
      return { startIndex: rowStart, endIndex: index, cells };
    });
    index += 1;
    const table: LaidTable = { model: element, startIndex, endIndex: index, rows };
    tables.push(table);
    content.push({ kind: 'table', ...table });
  }
  return { content, paragraphs, tables, endIndex: index };
};

const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });

const ALIGNMENT_TO_API: Readonly<Record<string, string>> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};

const HEADING_TO_API: Readonly<Record<string, string>> = {
  NORMAL: 'NORMAL_TEXT',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
};

const textStyleOf = (p: ParagraphModel): Record<string, unknown> => {
  const a = p.attributes;
  return {
    ...(a.BOLD !== undefined && a.BOLD !== null ? { bold: Boolean(a.BOLD) } : {}),
    ...(a.ITALIC !== undefined && a.ITALIC !== null ? { italic: Boolean(a.ITALIC) } : {}),
    ...(typeof a.FONT_SIZE === 'number' ? { fontSize: pt(a.FONT_SIZE) } : {}),
    ...(typeof a.FONT_FAMILY === 'string'
      ? { weightedFontFamily: { fontFamily: a.FONT_FAMILY, weight: 400 } }
      : {}),
    ...p.textStyle,
  };
};

const paragraphJson = (p: LaidParagraph): StructuralElementJson => {
  const m = p.model;
  return {
    startIndex: p.startIndex,
    endIndex: p.endIndex,
    paragraph: {
      elements: [
        {
          startIndex: p.startIndex,
          endIndex: p.endIndex,
          textRun: { content: `${m.text}\n`, textStyle: textStyleOf(m) },
        },
      ],
      paragraphStyle: {
        namedStyleType: HEADING_TO_API[m.heading] ?? 'NORMAL_TEXT',
        ...(m.alignment ? { alignment: ALIGNMENT_TO_API[m.alignment] ?? m.alignment } : {}),
        ...m.paragraphStyle,
      },
    },
  };
};

type Json = Record<string, unknown>;

/** A structural element of the Docs REST API, as much of it as the fake reports. */
export interface StructuralElementJson {
  startIndex?: number;
  endIndex: number;
  sectionBreak?: Json;
  paragraph?: { elements: Json[]; paragraphStyle: Json };
  table?: {
    rows: number;
    columns: number;
    tableRows: {
      startIndex: number;
      endIndex: number;
      tableRowStyle: Json;
      tableCells: {
        startIndex: number;
        endIndex: number;
        content: StructuralElementJson[];
        tableCellStyle: Json;
      }[];
    }[];
    tableStyle: Json;
  };
}

export interface DocumentJson {
  documentId: string;
  title: string;
  body: { content: StructuralElementJson[] };
  documentStyle: Json;
}

/** The document resource of docs.documents.get. */
export const documentJson = (id: string, doc: DocModel): DocumentJson => {
  const laid = layout(doc);
  const content = laid.content.map((e): StructuralElementJson => {
    if (e.kind === 'sectionBreak') return { endIndex: 1, sectionBreak: { sectionStyle: {} } };
    if (e.kind === 'paragraph') return paragraphJson(e);
    const t = e.model;
    return {
      startIndex: e.startIndex,
      endIndex: e.endIndex,
      table: {
        rows: t.rows.length,
        columns: t.rows[0]?.cells.length ?? 0,
        tableRows: e.rows.map((row, r) => ({
          startIndex: row.startIndex,
          endIndex: row.endIndex,
          tableRowStyle: {
            ...(t.rows[r].minimumHeight !== null
              ? { minRowHeight: pt(t.rows[r].minimumHeight ?? 0) }
              : {}),
            tableHeader: r < t.pinnedHeaderRows,
          },
          tableCells: row.cells.map((cell, c) => {
            const model = t.rows[r].cells[c];
            return {
              startIndex: cell.startIndex,
              endIndex: cell.endIndex,
              content: cell.content.map(paragraphJson),
              tableCellStyle: {
                rowSpan: model.rowSpan,
                columnSpan: model.columnSpan,
                ...model.style,
              },
            };
          }),
        })),
        tableStyle: {
          tableColumnProperties: t.columnProperties.map((p, c) => ({
            ...(t.columnWidths[c] != null
              ? { widthType: 'FIXED_WIDTH', width: pt(t.columnWidths[c] ?? 0) }
              : { widthType: 'EVENLY_DISTRIBUTED' }),
            ...p,
          })),
        },
      },
    };
  });
  return {
    documentId: id,
    title: doc.title,
    body: { content },
    documentStyle: {
      pageSize: { width: pt(doc.page.width), height: pt(doc.page.height) },
      marginTop: pt(doc.page.marginTop),
      marginBottom: pt(doc.page.marginBottom),
      marginLeft: pt(doc.page.marginLeft),
      marginRight: pt(doc.page.marginRight),
      ...doc.documentStyle,
      documentFormat: { documentMode: doc.documentMode },
    },
  };
};

/**
 * Header rows that repeat at the top of every page: pinned rows, and only in a document that has
 * pages (a pageless document has none to repeat them on).
 */
export const repeatedHeaderRows = (doc: DocModel): number => {
  const table = doc.body.find((e): e is TableModel => e.kind === 'table');
  return table && doc.documentMode === 'PAGES' ? table.pinnedHeaderRows : 0;
};
