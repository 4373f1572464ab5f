// The Apps Script services the add-on uses, as parameters: the entry file passes the real
// globals, the tests pass in-memory fakes. Apps Script adapter layer.

/*
 * Each service as the adapter uses it: exactly the methods it calls. The real services must fit
 * these (main.ts hands them over) and so must the test fakes (test/fakes/index.ts), so a fake
 * that drifts from what the adapter calls, or an adapter calling what the fakes do not model,
 * fails to compile. Apps Script's own types are too wide for a fake to match (a Blob has some
 * thirty methods; Zvit only names one).
 */
export interface DataValidationApi {
  getCriteriaType(): unknown;
}

export interface DataValidationBuilderApi {
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface ProtectionApi {
  setDescription(description: string): ProtectionApi;
  setWarningOnly(warningOnly: boolean): ProtectionApi;
}

export interface RangeApi {
  getValues(): unknown[][];
  getDisplayValues(): string[][];
  getNotes(): string[][];
  getBackgrounds(): string[][];
  getMergedRanges(): RangeApi[];
  getA1Notation(): string;
  getRow(): number;
  getNumRows(): number;
  getSheet(): SheetApi;
  setValues(values: unknown[][]): RangeApi;
  setValue(value: unknown): RangeApi;
  setFormulas(formulas: string[][]): RangeApi;
  setNotes(notes: (string | null)[][]): RangeApi;
  setBackgrounds(colors: (string | null)[][]): RangeApi;
  setBackground(color: string | null): RangeApi;
  setFontWeight(fontWeight: 'bold' | 'normal' | null): RangeApi;
  setNumberFormat(numberFormat: string): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeApi;
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  mergeAcross(): RangeApi;
  mergeVertically(): RangeApi;
  protect(): ProtectionApi;
  activate(): RangeApi;
}

/** Ranges of one tab acted on in one call: https://developers.google.com/apps-script/reference/spreadsheet/range-list */
export interface RangeListApi {
  getRanges(): RangeApi[];
  setBackground(color: string | null): RangeListApi;
}

export interface SheetApi {
  getName(): string;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getDataRange(): RangeApi;
  /** The values of a block in one call, without a Range. */
  getSheetValues(
    startRow: number,
    startColumn: number,
    numRows: number,
    numColumns: number,
  ): unknown[][];
  getRangeList(a1Notations: string[]): RangeListApi;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  setFrozenRows(rows: number): void;
  activate(): SheetApi;
  hideSheet(): SheetApi;
  isSheetHidden(): boolean;
  clearContents(): SheetApi;
}

export interface SpreadsheetApi {
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  getActiveSheet(): SheetApi;
  insertSheet(sheetName: string): SheetApi;
  getSpreadsheetTimeZone(): string;
}

export interface SpreadsheetAppApi {
  getActiveSpreadsheet(): SpreadsheetApi;
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockServiceApi {
  getDocumentLock(): LockApi;
}

/**
 * File content handed from one service to another (a Doc's PDF, an export's CSV) to Drive: the
 * add-on only names it, never reads it.
 */
export interface BlobApi {
  setName(name: string): BlobApi;
}

/** Local date formatting (no round trip): calendar dates read in the spreadsheet's zone. */
export interface UtilitiesApi {
  formatDate(date: Date, timeZone: string, format: string): string;
  /** A file's content for Drive.Files.create (CSV, JSON). */
  newBlob(data: string, contentType: string, name: string): BlobApi;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
}

export interface PropertiesServiceApi {
  getDocumentProperties(): PropertiesApi;
  getUserProperties(): PropertiesApi;
}

/** DocumentApp writes a report's tables in one call each, then the PDF is asked of the Doc. */
export interface BodyApi {
  appendParagraph(text: string): unknown;
  appendTable(cells: string[][]): unknown;
}

export interface DocumentApi {
  getBody(): BodyApi;
  getName(): string;
  saveAndClose(): void;
  getAs(contentType: string): BlobApi;
}

export interface DocumentAppApi {
  openById(id: string): DocumentApi;
}

/** The add-on's one page, opened in the sidebar or a dialog (ui.ts). */
export interface HtmlOutputApi {
  getContent(): string;
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
  createHtmlOutput(html: string): HtmlOutputApi;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addToUi(): void;
}

/** The add-on menu and the page's places (ui.ts); alerts are the entry file's own. */
export interface UiApi {
  createAddonMenu(): MenuApi;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
  showModelessDialog(userInterface: HtmlOutputApi, title: string): void;
}

/** The Docs advanced service (v1), as much of it as Zvit calls. */
export interface DocsApi {
  readonly Documents: {
    /** `fields` asks for a partial response (only the fields named). */
    get(documentId: string, optionalArgs?: { fields?: string }): DocsDocument;
    batchUpdate(resource: { requests: readonly object[] }, documentId: string): unknown;
  };
}

export interface DocsStructuralElement {
  readonly startIndex?: number;
  readonly endIndex: number;
  readonly table?: {
    readonly rows?: number;
    readonly columns?: number;
    readonly tableRows: readonly {
      readonly startIndex: number;
      readonly endIndex: number;
      readonly tableCells: readonly { readonly startIndex: number; readonly endIndex: number }[];
    }[];
  };
}

export interface DocsDocument {
  readonly body: { readonly content: readonly DocsStructuralElement[] };
}

/** A Drive v3 file: without `fields`, Drive answers only kind, id, name and mimeType. */
export interface DriveFile {
  readonly id: string;
  readonly name?: string;
  readonly mimeType?: string;
  readonly trashed?: boolean;
  readonly webViewLink?: string;
  readonly createdTime?: string;
}

/** The Drive advanced service (v3): works per file under the drive.file scope. */
export interface DriveApi {
  readonly Files: {
    create(resource: object, blob?: BlobApi, optionalArgs?: { fields?: string }): DriveFile;
    get(fileId: string, optionalArgs?: { fields?: string }): DriveFile;
    update(
      resource: object,
      fileId: string,
      blob?: BlobApi | null,
      optionalArgs?: { fields?: string },
    ): DriveFile;
    /** `q` per Drive's search syntax; only files the add-on made are listed under drive.file. */
    list(optionalArgs: { q?: string; fields?: string }): { files?: readonly DriveFile[] };
  };
}

export interface Services {
  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly DocumentApp: DocumentAppApi;
  readonly HtmlService: HtmlServiceApi;
  readonly PropertiesService: PropertiesServiceApi;
  readonly LockService: LockServiceApi;
  readonly Utilities: UtilitiesApi;
  /** Who runs this: the last report remembers its maker, whose drive.file grant reaches it. */
  readonly Session: { getTemporaryActiveUserKey(): string };
  readonly Docs: DocsApi;
  readonly Drive: DriveApi;
}

export const activeSpreadsheet = (services: Services): SpreadsheetApi =>
  services.SpreadsheetApp.getActiveSpreadsheet();

/** An error's message; errors of Apps Script's services are not always `instanceof Error`. */
export const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error);
