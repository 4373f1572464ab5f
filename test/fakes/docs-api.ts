// The Docs advanced service (v1): documents.get reports the saved document in UTF-16 indexes, and
// documents.batchUpdate applies all its requests or none, refusing what the API refuses.
// Test fakes.
import type { FakeContext } from './context';
import { SCOPES, apiError } from './context';
import type {
  CellBox,
  DocModel,
  ElementModel,
  LaidTable,
  Layout,
  ParagraphModel,
} from './document-model';
import {
  documentJson,
  keepParagraphAfterTable,
  layout,
  newParagraph,
  newTable,
} from './document-model';
import type { Schema } from './fields';
import { selectFields } from './fields';
import type { DriveStore } from './drive-store';

/** What Docs strips out of inserted text (see insertText). */
// eslint-disable-next-line no-control-regex
const STRIPPED_FROM_INSERTED_TEXT = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

type Json = Record<string, unknown>;

/**
 * The layout of a draft, computed once per structural change: style requests do not move
 * indexes, so a batch of thousands of them reads one layout.
 */
const layouts = new WeakMap<DocModel, Layout>();
const laid = (doc: DocModel): Layout => {
  let cached = layouts.get(doc);
  if (!cached) {
    cached = layout(doc);
    layouts.set(doc, cached);
  }
  return cached;
};
/** Requests that move text, and so every later index. */
const STRUCTURAL = new Set([
  'insertTable',
  'mergeTableCells',
  'unmergeTableCells',
  'insertText',
  'deleteContentRange',
]);

/**
 * The most requests one batchUpdate takes here. Google's batch guide publishes no cap per batch
 * (only that a batch is one request against the per-minute quotas and applies atomically:
 * https://developers.google.com/docs/api/how-tos/batch); 500 is the only figure found, from a
 * third party, so the fake refuses past it and the add-on splits its requests below it.
 */
export const MAX_BATCH_REQUESTS = 500;

/** A refused request: its index and kind go in front of the message, as the API words it. */
class Invalid extends Error {}

const NOT_FOUND = 'Requested entity was not found.';

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : NaN);

interface Location {
  readonly index: number;
}

const tableAt = (doc: DocModel, location: unknown): LaidTable => {
  const index = asNumber((location as Location | undefined)?.index);
  const table = laid(doc).tables.find((t) => t.startIndex === index);
  if (!table) throw new Invalid('The provided table start location is invalid.');
  return table;
};

/** A tableRange: {tableCellLocation: {tableStartLocation, rowIndex, columnIndex}, rowSpan, columnSpan}. */
const rangeIn = (doc: DocModel, range: unknown): { table: LaidTable; box: CellBox } => {
  const r = (range ?? {}) as Json;
  const location = (r.tableCellLocation ?? {}) as Json;
  const table = tableAt(doc, location.tableStartLocation);
  const box = {
    row: asNumber(location.rowIndex ?? 0),
    col: asNumber(location.columnIndex ?? 0),
    rows: asNumber(r.rowSpan),
    cols: asNumber(r.columnSpan),
  };
  const rows = table.model.rows.length;
  const cols = table.model.rows[0]?.cells.length ?? 0;
  if (
    ![box.row, box.col, box.rows, box.cols].every(Number.isInteger) ||
    box.rows < 1 ||
    box.cols < 1
  )
    throw new Invalid('The table range must have a positive row span and column span.');
  if (box.row < 0 || box.col < 0 || box.row + box.rows > rows || box.col + box.cols > cols)
    throw new Invalid(
      `The table range (row ${box.row}, column ${box.col}, ${box.rows}x${box.cols}) is outside the table (${rows}x${cols}).`,
    );
  return { table, box };
};

const overlaps = (a: CellBox, b: CellBox): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;
const inside = (outer: CellBox, inner: CellBox): boolean =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

/** startIndex < endIndex, both inside the body segment. */
const checkRange = (doc: DocModel, range: unknown): { start: number; end: number } => {
  const r = (range ?? {}) as Json;
  const start = asNumber(r.startIndex);
  const end = asNumber(r.endIndex);
  const segmentEnd = laid(doc).endIndex;
  if (!Number.isInteger(start) || !Number.isInteger(end))
    throw new Invalid('The range must have a start index and an end index.');
  if (start < 1) throw new Invalid(`Index ${start} must be greater than or equal to 1.`);
  if (end > segmentEnd)
    throw new Invalid(
      `Index ${end - 1} must be less than the end index of the referenced segment, ${segmentEnd}.`,
    );
  if (start >= end) throw new Invalid('The range should not be empty.');
  return { start, end };
};

/** The list that holds `paragraph`: the body, or the content of the table cell it is in. */
const containerOf = (
  doc: DocModel,
  paragraph: ParagraphModel,
): (ParagraphModel | ElementModel)[] => {
  if (doc.body.includes(paragraph)) return doc.body;
  for (const e of doc.body)
    if (e.kind === 'table')
      for (const row of e.rows)
        for (const cell of row.cells) if (cell.content.includes(paragraph)) return cell.content;
  throw new Error('The paragraph is not in the document.');
};

/** Paragraphs (body and cells) that the index range touches. */
const paragraphsIn = (doc: DocModel, start: number, end: number): ParagraphModel[] => {
  const { paragraphs } = laid(doc);
  // Paragraphs are in index order: find the first that ends after `start`.
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid].endIndex <= start) low = mid + 1;
    else high = mid;
  }
  const found: ParagraphModel[] = [];
  for (let i = low; i < paragraphs.length && paragraphs[i].startIndex < end; i++)
    found.push(paragraphs[i].model);
  return found;
};

const fieldsOf = (fields: unknown): string[] =>
  String(fields ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');

const pick = (style: Json, fields: unknown): Json => {
  const names = fieldsOf(fields);
  if (names.length === 0) throw new Invalid('fields is required.');
  if (names.includes('*')) return { ...style };
  return Object.fromEntries(names.map((f) => [f, style[f]]));
};

type Apply = (doc: DocModel, request: Json) => void;

const APPLY: Readonly<Record<string, Apply>> = {
  mergeTableCells: (doc, request) => {
    const { table, box } = rangeIn(doc, request.tableRange);
    // A range that cuts through an existing merge is not rectangular: 400 in the real API.
    if (table.model.merges.some((m) => overlaps(m, box) && !inside(box, m)))
      throw new Invalid('The provided table range is non-rectangular.');
    const model = table.model;
    model.merges = [...model.merges.filter((m) => !inside(box, m)), box];
    const head = model.rows[box.row].cells[box.col];
    // Text of the merged cells is concatenated into the head cell.
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++) {
        if (r === box.row && c === box.col) continue;
        const cell = model.rows[r].cells[c];
        if (cell.content.some((p) => p.text !== '')) head.content.push(...cell.content);
        cell.content = [newParagraph()];
        cell.rowSpan = 1;
        cell.columnSpan = 1;
      }
    head.rowSpan = box.rows;
    head.columnSpan = box.cols;
  },
  unmergeTableCells: (doc, request) => {
    const { table, box } = rangeIn(doc, request.tableRange);
    const model = table.model;
    for (const m of model.merges.filter((m) => overlaps(m, box))) {
      model.rows[m.row].cells[m.col].rowSpan = 1;
      model.rows[m.row].cells[m.col].columnSpan = 1;
    }
    model.merges = model.merges.filter((m) => !overlaps(m, box));
  },
  pinTableHeaderRows: (doc, request) => {
    const table = tableAt(doc, request.tableStartLocation);
    const count = asNumber(request.pinnedHeaderRowsCount ?? 0);
    if (!Number.isInteger(count) || count < 0 || count > table.model.rows.length)
      throw new Invalid(
        `The number of pinned header rows (${count}) must be between 0 and the number of rows (${table.model.rows.length}).`,
      );
    table.model.pinnedHeaderRows = count;
  },
  updateTableColumnProperties: (doc, request) => {
    const table = tableAt(doc, request.tableStartLocation);
    const columns = table.model.rows[0]?.cells.length ?? 0;
    const indices = Array.isArray(request.columnIndices)
      ? (request.columnIndices as unknown[]).map(asNumber)
      : Array.from({ length: columns }, (_, i) => i);
    const bad = indices.find((i) => !Number.isInteger(i) || i < 0 || i >= columns);
    if (bad !== undefined)
      throw new Invalid(`Column index ${bad} is outside the table's ${columns} columns.`);
    const properties = pick((request.tableColumnProperties ?? {}) as Json, request.fields);
    for (const i of indices) {
      table.model.columnProperties[i] = { ...table.model.columnProperties[i], ...properties };
      const width = (properties.width as { magnitude?: number } | undefined)?.magnitude;
      if (properties.widthType === 'FIXED_WIDTH' && typeof width === 'number')
        table.model.columnWidths[i] = width;
    }
  },
  updateTableCellStyle: (doc, request) => {
    const style = pick((request.tableCellStyle ?? {}) as Json, request.fields);
    const { table, box } = request.tableRange
      ? rangeIn(doc, request.tableRange)
      : (() => {
          const t = tableAt(doc, request.tableStartLocation);
          return {
            table: t,
            box: {
              row: 0,
              col: 0,
              rows: t.model.rows.length,
              cols: t.model.rows[0]?.cells.length ?? 0,
            },
          };
        })();
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++)
        Object.assign(table.model.rows[r].cells[c].style, style);
  },
  updateTableRowStyle: (doc, request) => {
    const table = tableAt(doc, request.tableStartLocation);
    const style = pick((request.tableRowStyle ?? {}) as Json, request.fields);
    const rows = Array.isArray(request.rowIndices)
      ? (request.rowIndices as unknown[]).map(asNumber)
      : table.model.rows.map((_, i) => i);
    for (const r of rows) {
      const row = table.model.rows[r];
      if (!row) throw new Invalid(`Row index ${r} is outside the table.`);
      const min = (style.minRowHeight as { magnitude?: number } | undefined)?.magnitude;
      if (typeof min === 'number') row.minimumHeight = min;
    }
  },
  updateTextStyle: (doc, request) => {
    const { start, end } = checkRange(doc, request.range);
    const style = pick((request.textStyle ?? {}) as Json, request.fields);
    for (const p of paragraphsIn(doc, start, end)) Object.assign(p.textStyle, style);
  },
  updateParagraphStyle: (doc, request) => {
    const { start, end } = checkRange(doc, request.range);
    const style = pick((request.paragraphStyle ?? {}) as Json, request.fields);
    for (const p of paragraphsIn(doc, start, end)) Object.assign(p.paragraphStyle, style);
  },
  updateDocumentStyle: (doc, request) => {
    const style = pick((request.documentStyle ?? {}) as Json, request.fields);
    const magnitude = (value: unknown) => (value as { magnitude?: number } | undefined)?.magnitude;
    const size = style.pageSize as { width?: unknown; height?: unknown } | undefined;
    if (typeof magnitude(size?.width) === 'number')
      doc.page.width = magnitude(size?.width) as number;
    if (typeof magnitude(size?.height) === 'number')
      doc.page.height = magnitude(size?.height) as number;
    for (const key of ['marginTop', 'marginBottom', 'marginLeft', 'marginRight'] as const)
      if (typeof magnitude(style[key]) === 'number')
        doc.page[key] = magnitude(style[key]) as number;
    const mode = (style.documentFormat as { documentMode?: unknown } | undefined)?.documentMode;
    if (mode === 'PAGES' || mode === 'PAGELESS') doc.documentMode = mode;
    else if (mode !== undefined)
      throw new Invalid(`Invalid value for documentMode: ${String(mode)}.`);
    // The mode lives in doc.documentMode; documentJson reports it as documentFormat.
    Object.assign(doc.documentStyle, style);
    delete doc.documentStyle.documentFormat;
  },
  /**
   * Inside one paragraph only (body or cell); later indexes shift by the length of what is kept:
   * Docs strips U+0000–U+0008, U+000C–U+001F and U+E000–U+F8FF out of the text
   * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttextrequest).
   */
  insertText: (doc, request) => {
    const index = asNumber((request.location as Location | undefined)?.index);
    const text = String(request.text ?? '').replace(STRIPPED_FROM_INSERTED_TEXT, '');
    const current = laid(doc);
    if (!Number.isInteger(index) || index < 1 || index >= current.endIndex)
      throw new Invalid(
        `Index ${index} must be less than the end index of the referenced segment, ${current.endIndex}.`,
      );
    const p = current.paragraphs.find((x) => x.startIndex <= index && index < x.endIndex);
    if (!p)
      throw new Invalid('The insertion index must be inside the bounds of an existing paragraph.');
    const at = index - p.startIndex;
    // A newline ends a paragraph: the paragraphs it starts take the styles of the one it splits.
    const [first, ...more] = (p.model.text.slice(0, at) + text + p.model.text.slice(at)).split(
      '\n',
    );
    p.model.text = first;
    if (more.length === 0) return;
    const container = containerOf(doc, p.model);
    container.splice(
      container.indexOf(p.model) + 1,
      0,
      ...more.map((line) => ({ ...structuredClone(p.model), text: line })),
    );
  },
  /**
   * A table of empty cells in a body paragraph at `location`: a newline goes in before it, so the
   * table starts one past the index and the paragraph's text from there on follows the table
   * (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/request#inserttablerequest).
   * The fake takes a location in a body paragraph only, not a cell or endOfSegmentLocation.
   */
  insertTable: (doc, request) => {
    const rows = asNumber(request.rows);
    const columns = asNumber(request.columns);
    if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1)
      throw new Invalid('A table must have at least one row and one column.');
    const index = asNumber((request.location as Location | undefined)?.index);
    const at = laid(doc).content.findIndex(
      (e) => e.kind === 'paragraph' && e.startIndex <= index && index < e.endIndex,
    );
    const found = laid(doc).content[at];
    if (!found || found.kind !== 'paragraph')
      throw new Invalid('The fake inserts a table at a location in a body paragraph only.');
    const paragraph = found.model;
    const before = {
      ...structuredClone(paragraph),
      text: paragraph.text.slice(0, index - found.startIndex),
    };
    paragraph.text = paragraph.text.slice(index - found.startIndex);
    const cells = Array.from({ length: rows }, () => Array<string>(columns).fill(''));
    doc.body.splice(doc.body.indexOf(paragraph), 0, before, newTable(cells));
  },
  /** Within one paragraph, its final newline excluded. */
  deleteContentRange: (doc, request) => {
    const { start, end } = checkRange(doc, request.range);
    const p = laid(doc).paragraphs.find((x) => x.startIndex <= start && end < x.endIndex);
    if (!p)
      throw new Invalid('The fake deletes only inside one paragraph, without its final newline.');
    const from = start - p.startIndex;
    p.model.text = p.model.text.slice(0, from) + p.model.text.slice(end - p.startIndex);
  },
};

/**
 * The fields of a document down to its tables' cells, as the documents resource lists them:
 * https://developers.google.com/workspace/docs/api/reference/rest/v1/documents#Document
 * (Body, StructuralElement, Table, TableRow, TableCell on the same page). What lies below the
 * other objects (paragraph, styles, lists, tabs, …) is not listed here.
 */
const DOCUMENT: Schema = (() => {
  const any = (names: string) =>
    Object.fromEntries(names.split(' ').map((name) => [name, 'any' as const]));
  const value = (names: string) =>
    Object.fromEntries(names.split(' ').map((name) => [name, 'value' as const]));
  const element: Record<string, Schema | 'value' | 'any'> = {
    ...value('startIndex endIndex'),
    ...any('paragraph sectionBreak tableOfContents'),
  };
  const cell: Schema = {
    ...value('startIndex endIndex suggestedInsertionIds suggestedDeletionIds'),
    ...any('tableCellStyle suggestedTableCellStyleChanges'),
    content: element,
  };
  const row: Schema = {
    ...value('startIndex endIndex suggestedInsertionIds suggestedDeletionIds'),
    ...any('tableRowStyle suggestedTableRowStyleChanges'),
    tableCells: cell,
  };
  element.table = {
    ...value('rows columns suggestedInsertionIds suggestedDeletionIds'),
    ...any('tableStyle'),
    tableRows: row,
  };
  return {
    ...value('documentId title revisionId suggestionsViewMode'),
    ...any(
      'tabs headers footers footnotes documentStyle suggestedDocumentStyleChanges namedStyles ' +
        'suggestedNamedStylesChanges lists namedRanges inlineObjects positionedObjects',
    ),
    body: { content: element },
  };
})();

export const createDocsApi = (context: FakeContext, store: DriveStore) => {
  const saved = (method: string, id: string): DocModel => {
    const file = store.document(id);
    if (!file?.doc) throw apiError(context, method, NOT_FOUND);
    return file.doc;
  };
  return {
    Documents: {
      /** The saved document: edits of an open DocumentApp session are not visible yet. */
      /**
       * With `fields`, only the fields asked for (partial response); without, the whole resource,
       * which for a 5 000-row table runs to megabytes.
       * https://developers.google.com/workspace/docs/api/how-tos/performance
       */
      get: (documentId: string, optionalArgs?: { fields?: string }) => {
        context.call('Docs.get', 'full', SCOPES.documents);
        const json = documentJson(documentId, saved('docs.documents.get', documentId));
        const fields = optionalArgs?.fields;
        if (fields === undefined || fields.trim() === '' || fields.trim() === '*') return json;
        try {
          return selectFields(json, fields, DOCUMENT) as typeof json;
        } catch (error) {
          throw apiError(context, 'docs.documents.get', (error as Error).message);
        }
      },
      /** All requests on a copy; the copy replaces the document only when every one succeeded. */
      batchUpdate: (resource: { requests?: readonly object[] }, documentId: string) => {
        context.call('Docs.batchUpdate', 'full', SCOPES.documents);
        const method = 'docs.documents.batchUpdate';
        const current = saved(method, documentId);
        const draft = keepParagraphAfterTable(structuredClone(current));
        const requests = resource?.requests ?? [];
        if (requests.length > MAX_BATCH_REQUESTS)
          throw apiError(
            context,
            method,
            `Too many requests in one batch: ${requests.length} (at most ${MAX_BATCH_REQUESTS}).`,
          );
        requests.forEach((request, i) => {
          const kinds = Object.keys(request);
          if (kinds.length !== 1)
            throw apiError(
              context,
              method,
              `Invalid requests[${i}]: exactly one request kind must be set.`,
            );
          const kind = kinds[0];
          const apply = APPLY[kind];
          if (!apply)
            throw apiError(
              context,
              method,
              `Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`,
            );
          try {
            apply(draft, (request as Record<string, Json>)[kind]);
            if (STRUCTURAL.has(kind)) layouts.delete(draft);
          } catch (error) {
            if (error instanceof Invalid)
              throw apiError(context, method, `Invalid requests[${i}].${kind}: ${error.message}`);
            throw error;
          }
        });
        const file = store.document(documentId);
        if (file) file.doc = draft;
        return { documentId, replies: requests.map(() => ({})) };
      },
    },
  };
};

export type FakeDocsApi = ReturnType<typeof createDocsApi>;
