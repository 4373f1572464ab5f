// DocumentApp over the fake Drive: documents edited in a private copy until saveAndClose (Docs
// and PDF exports see only saved content), closed documents that refuse further calls, and the
// "Too many changes" failure of long runs of small edits. Test fakes.
import type { FakeContext } from './context';
import { SCOPES } from './context';
import type {
  CellModel,
  DocModel,
  ElementModel,
  ParagraphModel,
  RowModel,
  TableModel,
} from './document-model';
import {
  cellText,
  documentText,
  keepParagraphAfterTable,
  newParagraph,
  newTable,
} from './document-model';
import type { DriveStore, StoredBlob } from './drive-store';
import { MIME } from './drive-store';

// https://developers.google.com/apps-script/reference/document/horizontal-alignment
export const HorizontalAlignment = {
  LEFT: 'LEFT',
  CENTER: 'CENTER',
  RIGHT: 'RIGHT',
  JUSTIFY: 'JUSTIFY',
} as const;
// https://developers.google.com/apps-script/reference/document/vertical-alignment
export const VerticalAlignment = { BOTTOM: 'BOTTOM', CENTER: 'CENTER', TOP: 'TOP' } as const;
// https://developers.google.com/apps-script/reference/document/paragraph-heading
export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  HEADING4: 'HEADING4',
  HEADING5: 'HEADING5',
  HEADING6: 'HEADING6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
} as const;
// https://developers.google.com/apps-script/reference/document/attribute
export const Attribute = {
  BACKGROUND_COLOR: 'BACKGROUND_COLOR',
  BOLD: 'BOLD',
  BORDER_COLOR: 'BORDER_COLOR',
  BORDER_WIDTH: 'BORDER_WIDTH',
  FONT_FAMILY: 'FONT_FAMILY',
  FONT_SIZE: 'FONT_SIZE',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR',
  HEADING: 'HEADING',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  INDENT_END: 'INDENT_END',
  INDENT_FIRST_LINE: 'INDENT_FIRST_LINE',
  INDENT_START: 'INDENT_START',
  ITALIC: 'ITALIC',
  LINE_SPACING: 'LINE_SPACING',
  MARGIN_BOTTOM: 'MARGIN_BOTTOM',
  MARGIN_LEFT: 'MARGIN_LEFT',
  MARGIN_RIGHT: 'MARGIN_RIGHT',
  MARGIN_TOP: 'MARGIN_TOP',
  MINIMUM_HEIGHT: 'MINIMUM_HEIGHT',
  PADDING_BOTTOM: 'PADDING_BOTTOM',
  PADDING_LEFT: 'PADDING_LEFT',
  PADDING_RIGHT: 'PADDING_RIGHT',
  PADDING_TOP: 'PADDING_TOP',
  PAGE_HEIGHT: 'PAGE_HEIGHT',
  PAGE_WIDTH: 'PAGE_WIDTH',
  SPACING_AFTER: 'SPACING_AFTER',
  SPACING_BEFORE: 'SPACING_BEFORE',
  STRIKETHROUGH: 'STRIKETHROUGH',
  UNDERLINE: 'UNDERLINE',
  VERTICAL_ALIGNMENT: 'VERTICAL_ALIGNMENT',
  WIDTH: 'WIDTH',
} as const;
export const ElementType = {
  BODY_SECTION: 'BODY_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
} as const;

// Documented in our APPS-SCRIPT.md (DocumentApp): many small edits before a save fail with this.
export const TOO_MANY_CHANGES =
  'Too many changes applied before saving document. Please save changes in smaller batches using Document.saveAndClose(), then reopen the document with Document.openById().';
// Wording as the brief gives it; the reference only says saveAndClose closes the document:
// https://developers.google.com/apps-script/reference/document/document#saveAndClose()
export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';
// DocumentApp.openById on an id it cannot open (wording as Apps Script reports it).
export const DOCUMENT_MISSING =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";
// Not checked against Apps Script: our choice of words for a ragged appendTable.
export const RAGGED_TABLE =
  'Invalid argument: cells. Every row of a table must have the same number of cells.';

export const DEFAULT_MAX_EDITS = 20000;

/** A blob fake: getBytes, getDataAsString, names and content types. */
export class FakeBlob {
  constructor(
    private readonly context: FakeContext,
    private bytes: Uint8Array,
    private contentType: string,
    private name: string,
  ) {}
  private count(method: string): void {
    this.context.call(`Blob.${method}`, 'none');
  }
  getBytes(): number[] {
    this.count('getBytes');
    return [...this.bytes];
  }
  getDataAsString(): string {
    this.count('getDataAsString');
    return Buffer.from(this.bytes).toString('utf8');
  }
  getContentType(): string {
    this.count('getContentType');
    return this.contentType;
  }
  setContentType(contentType: string): this {
    this.count('setContentType');
    this.contentType = contentType;
    return this;
  }
  getName(): string {
    this.count('getName');
    return this.name;
  }
  setName(name: string): this {
    this.count('setName');
    this.name = name;
    return this;
  }
  copyBlob(): FakeBlob {
    this.count('copyBlob');
    return new FakeBlob(this.context, this.bytes, this.contentType, this.name);
  }
  getAs(contentType: string): FakeBlob {
    this.count('getAs');
    return new FakeBlob(this.context, this.bytes, contentType, this.name);
  }
  /** For the Drive fake: what would be uploaded. */
  toStored(): StoredBlob {
    return { bytes: this.bytes, contentType: this.contentType, name: this.name };
  }
}

/** One open Document: its working copy, edit count and closed flag. */
class Session {
  edits = 0;
  closed = false;
  constructor(
    readonly context: FakeContext,
    readonly store: DriveStore,
    readonly id: string,
    readonly model: DocModel,
    readonly maxEdits: number,
  ) {}
  /** Counts the call; refuses it when the document is closed; counts an edit when it changes it. */
  use(name: string, edit = false): void {
    this.context.call(name, 'full', SCOPES.documents);
    if (this.closed) throw this.context.error(DOCUMENT_CLOSED);
    if (!edit) return;
    this.edits += 1;
    if (this.edits > this.maxEdits) throw this.context.error(TOO_MANY_CHANGES);
  }
}

const setAttributes = (target: Record<string, unknown>, attributes: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(attributes)) target[String(key)] = value;
};

export class FakeText {
  constructor(
    private readonly session: Session,
    private readonly paragraphs: () => ParagraphModel[],
  ) {}
  private use(method: string, edit = false): void {
    this.session.use(`Text.${method}`, edit);
  }
  private set(attribute: string, args: unknown[]): this {
    // setBold(bold) or setBold(start, end, bold): ranges are kept per paragraph, not per character.
    const value = args[args.length - 1];
    for (const p of this.paragraphs()) p.attributes[attribute] = value;
    return this;
  }
  getText(): string {
    this.use('getText');
    return this.paragraphs()
      .map((p) => p.text)
      .join('\n');
  }
  setText(text: string): this {
    this.use('setText', true);
    const [first, ...rest] = this.paragraphs();
    if (first) first.text = String(text);
    for (const p of rest) p.text = '';
    return this;
  }
  appendText(text: string): this {
    this.use('appendText', true);
    const list = this.paragraphs();
    if (list.length > 0) list[list.length - 1].text += String(text);
    return this;
  }
  setBold(...args: unknown[]): this {
    this.use('setBold', true);
    return this.set(Attribute.BOLD, args);
  }
  setItalic(...args: unknown[]): this {
    this.use('setItalic', true);
    return this.set(Attribute.ITALIC, args);
  }
  setFontSize(...args: unknown[]): this {
    this.use('setFontSize', true);
    return this.set(Attribute.FONT_SIZE, args);
  }
  setFontFamily(...args: unknown[]): this {
    this.use('setFontFamily', true);
    return this.set(Attribute.FONT_FAMILY, args);
  }
  setAttributes(...args: unknown[]): this {
    this.use('setAttributes', true);
    const attributes = args[args.length - 1] as Record<string, unknown>;
    for (const p of this.paragraphs()) setAttributes(p.attributes, attributes);
    return this;
  }
}

export class FakeParagraph {
  constructor(
    private readonly session: Session,
    readonly model: ParagraphModel,
  ) {}
  private use(method: string, edit = false): void {
    this.session.use(`Paragraph.${method}`, edit);
  }
  getType(): string {
    this.use('getType');
    return ElementType.PARAGRAPH;
  }
  getText(): string {
    this.use('getText');
    return this.model.text;
  }
  setText(text: string): this {
    this.use('setText', true);
    this.model.text = String(text);
    return this;
  }
  appendText(text: string): FakeText {
    this.use('appendText', true);
    this.model.text += String(text);
    return new FakeText(this.session, () => [this.model]);
  }
  editAsText(): FakeText {
    this.use('editAsText');
    return new FakeText(this.session, () => [this.model]);
  }
  setAlignment(alignment: string): this {
    this.use('setAlignment', true);
    this.model.alignment = String(alignment);
    return this;
  }
  getAlignment(): string | null {
    this.use('getAlignment');
    return this.model.alignment;
  }
  setHeading(heading: string): this {
    this.use('setHeading', true);
    this.model.heading = String(heading);
    return this;
  }
  getHeading(): string {
    this.use('getHeading');
    return this.model.heading;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    this.use('setAttributes', true);
    setAttributes(this.model.attributes, attributes);
    if (attributes[Attribute.HORIZONTAL_ALIGNMENT] != null)
      this.model.alignment = String(attributes[Attribute.HORIZONTAL_ALIGNMENT]);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    this.use('getAttributes');
    return { ...this.model.attributes, [Attribute.HORIZONTAL_ALIGNMENT]: this.model.alignment };
  }
  private attribute(method: string, attribute: string, value: unknown): this {
    this.use(method, true);
    this.model.attributes[attribute] = value;
    return this;
  }
  setSpacingBefore(spacing: number): this {
    return this.attribute('setSpacingBefore', Attribute.SPACING_BEFORE, spacing);
  }
  setSpacingAfter(spacing: number): this {
    return this.attribute('setSpacingAfter', Attribute.SPACING_AFTER, spacing);
  }
  setLineSpacing(multiplier: number): this {
    return this.attribute('setLineSpacing', Attribute.LINE_SPACING, multiplier);
  }
  setIndentFirstLine(indent: number): this {
    return this.attribute('setIndentFirstLine', Attribute.INDENT_FIRST_LINE, indent);
  }
  setIndentStart(indent: number): this {
    return this.attribute('setIndentStart', Attribute.INDENT_START, indent);
  }
  setIndentEnd(indent: number): this {
    return this.attribute('setIndentEnd', Attribute.INDENT_END, indent);
  }
  clear(): this {
    this.use('clear', true);
    this.model.text = '';
    return this;
  }
}

export class FakeTableCell {
  constructor(
    private readonly session: Session,
    private readonly table: TableModel,
    private readonly row: number,
    private readonly col: number,
  ) {}
  private get model(): CellModel {
    return this.table.rows[this.row].cells[this.col];
  }
  private use(method: string, edit = false): void {
    this.session.use(`TableCell.${method}`, edit);
  }
  getType(): string {
    this.use('getType');
    return ElementType.TABLE_CELL;
  }
  getText(): string {
    this.use('getText');
    return cellText(this.model);
  }
  setText(text: string): this {
    this.use('setText', true);
    this.model.content = [newParagraph(String(text))];
    return this;
  }
  clear(): this {
    this.use('clear', true);
    this.model.content = [newParagraph()];
    return this;
  }
  getNumChildren(): number {
    this.use('getNumChildren');
    return this.model.content.length;
  }
  getChild(index: number): FakeParagraph {
    this.use('getChild');
    const p = this.model.content[index];
    if (!p)
      throw this.session.context.error(
        'Child index (' +
          index +
          ') must be less than the number of child elements (' +
          this.model.content.length +
          ').',
      );
    return new FakeParagraph(this.session, p);
  }
  appendParagraph(text: string): FakeParagraph {
    this.use('appendParagraph', true);
    const p = newParagraph(String(text));
    this.model.content.push(p);
    return new FakeParagraph(this.session, p);
  }
  editAsText(): FakeText {
    this.use('editAsText');
    return new FakeText(this.session, () => this.model.content);
  }
  private style(method: string, key: string, value: unknown): this {
    this.use(method, true);
    this.model.attributes[key] = value;
    return this;
  }
  setBackgroundColor(color: string): this {
    return this.style('setBackgroundColor', Attribute.BACKGROUND_COLOR, color);
  }
  getBackgroundColor(): string | null {
    this.use('getBackgroundColor');
    return (this.model.attributes[Attribute.BACKGROUND_COLOR] as string | undefined) ?? null;
  }
  setVerticalAlignment(alignment: string): this {
    return this.style('setVerticalAlignment', Attribute.VERTICAL_ALIGNMENT, String(alignment));
  }
  setWidth(width: number): this {
    return this.style('setWidth', Attribute.WIDTH, width);
  }
  setPaddingTop(padding: number): this {
    return this.style('setPaddingTop', Attribute.PADDING_TOP, padding);
  }
  setPaddingBottom(padding: number): this {
    return this.style('setPaddingBottom', Attribute.PADDING_BOTTOM, padding);
  }
  setPaddingLeft(padding: number): this {
    return this.style('setPaddingLeft', Attribute.PADDING_LEFT, padding);
  }
  setPaddingRight(padding: number): this {
    return this.style('setPaddingRight', Attribute.PADDING_RIGHT, padding);
  }
  setAttributes(attributes: Record<string, unknown>): this {
    this.use('setAttributes', true);
    setAttributes(this.model.attributes, attributes);
    for (const p of this.model.content) setAttributes(p.attributes, attributes);
    return this;
  }
  getColSpan(): number {
    this.use('getColSpan');
    return this.model.columnSpan;
  }
  getRowSpan(): number {
    this.use('getRowSpan');
    return this.model.rowSpan;
  }
  /**
   * Joins this cell into its left neighbour, the only merge DocumentApp offers: no vertical
   * merges. https://developers.google.com/apps-script/reference/document/table-cell#merge()
   */
  merge(): FakeTableCell {
    this.use('merge', true);
    if (this.col === 0)
      throw this.session.context.error('The first cell of a row has no cell to merge into.');
    // The left neighbour, or the head of the merge it already belongs to.
    const head = this.table.merges.find(
      (m) => m.row === this.row && m.col < this.col && m.col + m.cols >= this.col && m.rows === 1,
    ) ?? { row: this.row, col: this.col - 1, rows: 1, cols: 1 };
    const target = this.table.rows[this.row].cells[head.col];
    const own = this.model;
    if (cellText(own) !== '') target.content.push(...own.content);
    own.content = [newParagraph()];
    const merged = { row: this.row, col: head.col, rows: 1, cols: this.col - head.col + 1 };
    target.columnSpan = merged.cols;
    this.table.merges = [...this.table.merges.filter((m) => m !== head), merged];
    return new FakeTableCell(this.session, this.table, this.row, head.col);
  }
}

export class FakeTableRow {
  constructor(
    private readonly session: Session,
    private readonly table: TableModel,
    private readonly row: number,
  ) {}
  private get model(): RowModel {
    return this.table.rows[this.row];
  }
  private use(method: string, edit = false): void {
    this.session.use(`TableRow.${method}`, edit);
  }
  getType(): string {
    this.use('getType');
    return ElementType.TABLE_ROW;
  }
  getNumCells(): number {
    this.use('getNumCells');
    return this.model.cells.length;
  }
  getCell(cellIndex: number): FakeTableCell {
    this.use('getCell');
    if (cellIndex < 0 || cellIndex >= this.model.cells.length)
      throw this.session.context.error(
        `Child index (${cellIndex}) must be less than the number of child elements (${this.model.cells.length}).`,
      );
    return new FakeTableCell(this.session, this.table, this.row, cellIndex);
  }
  getText(): string {
    this.use('getText');
    return this.model.cells.map(cellText).join('\t');
  }
  setMinimumHeight(height: number): this {
    this.use('setMinimumHeight', true);
    this.model.minimumHeight = height;
    return this;
  }
  getMinimumHeight(): number | null {
    this.use('getMinimumHeight');
    return this.model.minimumHeight;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    this.use('setAttributes', true);
    for (const cell of this.model.cells) {
      setAttributes(cell.attributes, attributes);
      for (const p of cell.content) setAttributes(p.attributes, attributes);
    }
    return this;
  }
}

export class FakeTable {
  constructor(
    private readonly session: Session,
    readonly model: TableModel,
  ) {}
  private use(method: string, edit = false): void {
    this.session.use(`Table.${method}`, edit);
  }
  getType(): string {
    this.use('getType');
    return ElementType.TABLE;
  }
  getNumRows(): number {
    this.use('getNumRows');
    return this.model.rows.length;
  }
  getRow(rowIndex: number): FakeTableRow {
    this.use('getRow');
    if (rowIndex < 0 || rowIndex >= this.model.rows.length)
      throw this.session.context.error(
        `Child index (${rowIndex}) must be less than the number of child elements (${this.model.rows.length}).`,
      );
    return new FakeTableRow(this.session, this.model, rowIndex);
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    this.use('getCell');
    const row = this.model.rows[rowIndex];
    if (!row || cellIndex < 0 || cellIndex >= row.cells.length)
      throw this.session.context.error(
        `Child index (${rowIndex}, ${cellIndex}) is out of the table.`,
      );
    return new FakeTableCell(this.session, this.model, rowIndex, cellIndex);
  }
  getText(): string {
    this.use('getText');
    return this.model.rows.map((r) => r.cells.map(cellText).join('\t')).join('\n');
  }
  setColumnWidth(columnIndex: number, width: number): this {
    this.use('setColumnWidth', true);
    this.model.columnWidths[columnIndex] = width;
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    this.use('getColumnWidth');
    return this.model.columnWidths[columnIndex] ?? null;
  }
  setBorderWidth(width: number): this {
    this.use('setBorderWidth', true);
    this.model.borderWidth = width;
    return this;
  }
  getBorderWidth(): number | null {
    this.use('getBorderWidth');
    return this.model.borderWidth;
  }
  setBorderColor(color: string): this {
    this.use('setBorderColor', true);
    this.model.borderColor = color;
    return this;
  }
  getBorderColor(): string | null {
    this.use('getBorderColor');
    return this.model.borderColor;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    this.use('setAttributes', true);
    setAttributes(this.model.attributes, attributes);
    for (const row of this.model.rows)
      for (const cell of row.cells)
        for (const p of cell.content) setAttributes(p.attributes, attributes);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    this.use('getAttributes');
    return { ...this.model.attributes };
  }
}

const wrap = (session: Session, element: ElementModel): FakeParagraph | FakeTable =>
  element.kind === 'paragraph'
    ? new FakeParagraph(session, element)
    : new FakeTable(session, element);

export class FakeBody {
  constructor(private readonly session: Session) {}
  private get model(): DocModel {
    return this.session.model;
  }
  private use(method: string, edit = false): void {
    this.session.use(`Body.${method}`, edit);
  }
  private page(method: string, key: keyof DocModel['page'], value: number): this {
    this.use(method, true);
    this.model.page[key] = value;
    return this;
  }
  setPageWidth(width: number): this {
    return this.page('setPageWidth', 'width', width);
  }
  setPageHeight(height: number): this {
    return this.page('setPageHeight', 'height', height);
  }
  setMarginTop(margin: number): this {
    return this.page('setMarginTop', 'marginTop', margin);
  }
  setMarginBottom(margin: number): this {
    return this.page('setMarginBottom', 'marginBottom', margin);
  }
  setMarginLeft(margin: number): this {
    return this.page('setMarginLeft', 'marginLeft', margin);
  }
  setMarginRight(margin: number): this {
    return this.page('setMarginRight', 'marginRight', margin);
  }
  getPageWidth(): number {
    this.use('getPageWidth');
    return this.model.page.width;
  }
  getPageHeight(): number {
    this.use('getPageHeight');
    return this.model.page.height;
  }
  getMarginTop(): number {
    this.use('getMarginTop');
    return this.model.page.marginTop;
  }
  getMarginBottom(): number {
    this.use('getMarginBottom');
    return this.model.page.marginBottom;
  }
  getMarginLeft(): number {
    this.use('getMarginLeft');
    return this.model.page.marginLeft;
  }
  getMarginRight(): number {
    this.use('getMarginRight');
    return this.model.page.marginRight;
  }
  getType(): string {
    this.use('getType');
    return ElementType.BODY_SECTION;
  }
  getText(): string {
    this.use('getText');
    return documentText(this.model);
  }
  getNumChildren(): number {
    this.use('getNumChildren');
    return this.model.body.length;
  }
  getChild(childIndex: number): FakeParagraph | FakeTable {
    this.use('getChild');
    const element = this.model.body[childIndex];
    if (!element)
      throw this.session.context.error(
        `Child index (${childIndex}) must be less than the number of child elements (${this.model.body.length}).`,
      );
    return wrap(this.session, element);
  }
  getParagraphs(): FakeParagraph[] {
    this.use('getParagraphs');
    return this.model.body
      .flatMap((e) =>
        e.kind === 'paragraph' ? [e] : e.rows.flatMap((r) => r.cells.flatMap((c) => c.content)),
      )
      .map((p) => new FakeParagraph(this.session, p));
  }
  getTables(): FakeTable[] {
    this.use('getTables');
    return this.model.body
      .filter((e): e is TableModel => e.kind === 'table')
      .map((t) => new FakeTable(this.session, t));
  }
  /** A body keeps at least one paragraph. */
  clear(): this {
    this.use('clear', true);
    this.model.body = [newParagraph()];
    return this;
  }
  editAsText(): FakeText {
    this.use('editAsText');
    return new FakeText(this.session, () =>
      this.model.body.filter((e): e is ParagraphModel => e.kind === 'paragraph'),
    );
  }
  appendParagraph(text: string): FakeParagraph {
    this.use('appendParagraph', true);
    const p = newParagraph(String(text));
    this.model.body.push(p);
    return new FakeParagraph(this.session, p);
  }
  insertParagraph(childIndex: number, text: string): FakeParagraph {
    this.use('insertParagraph', true);
    const p = newParagraph(String(text));
    this.model.body.splice(childIndex, 0, p);
    return new FakeParagraph(this.session, p);
  }
  /** The whole table in one call; rows of different lengths are refused. */
  appendTable(cells?: unknown[][]): FakeTable {
    this.use('appendTable', true);
    const rows = (cells ?? [['']]).map((row) => row.map((text) => String(text ?? '')));
    if (rows.length === 0 || rows.some((row) => row.length !== rows[0].length || row.length === 0))
      throw this.session.context.error(RAGGED_TABLE);
    const table = newTable(rows);
    this.model.body.push(table);
    return new FakeTable(this.session, table);
  }
}

export class FakeDocument {
  constructor(private readonly session: Session) {}
  private use(method: string, edit = false): void {
    this.session.use(`Document.${method}`, edit);
  }
  getId(): string {
    this.use('getId');
    return this.session.id;
  }
  getName(): string {
    this.use('getName');
    return this.session.model.title;
  }
  setName(name: string): this {
    this.use('setName', true);
    this.session.model.title = name;
    const file = this.session.store.document(this.session.id);
    if (file) file.name = name;
    return this;
  }
  getUrl(): string {
    this.use('getUrl');
    return `https://docs.google.com/document/d/${this.session.id}/edit`;
  }
  getBody(): FakeBody {
    this.use('getBody');
    return new FakeBody(this.session);
  }
  /**
   * Writes the working copy to the store, with the paragraph Docs keeps after a table that ends
   * the body; the object refuses every call afterwards.
   */
  saveAndClose(): void {
    this.use('saveAndClose');
    const file = this.session.store.document(this.session.id);
    if (file) file.doc = keepParagraphAfterTable(structuredClone(this.session.model));
    this.session.closed = true;
  }
  /** The saved document only: unsaved edits are not in the export. */
  getAs(contentType: string): FakeBlob {
    this.use('getAs');
    if (contentType !== MIME.pdf)
      throw this.session.context.error(
        `Converting from ${MIME.document} to ${contentType} is not supported.`,
      );
    const name = `${this.session.model.title}.pdf`;
    const text = this.session.store.savedText(this.session.id);
    return new FakeBlob(
      this.session.context,
      new Uint8Array(Buffer.from(text, 'utf8')),
      MIME.pdf,
      name,
    );
  }
  getBlob(): FakeBlob {
    this.use('getBlob');
    return this.getAs(MIME.pdf);
  }
}

export const createDocumentApp = (
  context: FakeContext,
  store: DriveStore,
  options: { maxEdits?: number } = {},
) => {
  const maxEdits = options.maxEdits ?? DEFAULT_MAX_EDITS;
  const open = (id: string, doc: DocModel) =>
    new FakeDocument(new Session(context, store, id, structuredClone(doc), maxEdits));
  return {
    HorizontalAlignment,
    VerticalAlignment,
    ParagraphHeading,
    Attribute,
    ElementType,
    /** A new Doc in the root of My Drive. */
    create: (name: string) => {
      context.call('DocumentApp.create', 'full', SCOPES.documents);
      const file = store.add({ name: String(name), mimeType: MIME.document });
      return open(file.id, file.doc as DocModel);
    },
    /** Unknown, removed or trashed ids are refused. */
    openById: (id: string) => {
      context.call('DocumentApp.openById', 'full', SCOPES.documents);
      const file = store.document(id);
      if (!file || file.trashed) throw context.error(DOCUMENT_MISSING);
      return open(file.id, file.doc as DocModel);
    },
    getActiveDocument: () => {
      context.call('DocumentApp.getActiveDocument', 'full', SCOPES.documents);
      return null;
    },
  };
};

export type FakeDocumentApp = ReturnType<typeof createDocumentApp>;
