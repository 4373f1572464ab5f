// The Apps Script services the add-on uses, as parameters: the entry file passes the real
// globals, the tests pass in-memory fakes. Apps Script adapter layer.

/**
 * The spreadsheet as the adapter sees it. Named here so the fakes are checked against the same
 * types the adapter is compiled with.
 */
export type SpreadsheetApi = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type SheetApi = GoogleAppsScript.Spreadsheet.Sheet;
export type RangeApi = GoogleAppsScript.Spreadsheet.Range;

/** Local date formatting (no round trip): calendar dates read in the spreadsheet's zone. */
export interface UtilitiesApi {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string;
}

/** The Docs advanced service (v1), as much of it as Zvit calls. */
export interface DocsApi {
  readonly Documents: {
    get(documentId: string): DocsDocument;
    batchUpdate(resource: { requests: readonly object[] }, documentId: string): unknown;
  };
}

export interface DocsStructuralElement {
  readonly startIndex?: number;
  readonly endIndex: number;
  readonly table?: {
    readonly rows: number;
    readonly columns: number;
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

export interface DriveFile {
  readonly id: string;
  readonly name?: string;
  readonly trashed?: boolean;
  readonly webViewLink?: string;
}

/** The Drive advanced service (v3): works per file under the drive.file scope. */
export interface DriveApi {
  readonly Files: {
    create(resource: object, blob?: GoogleAppsScript.Base.Blob, options?: object): DriveFile;
    get(fileId: string, options?: object): DriveFile;
    update(resource: object, fileId: string): DriveFile;
  };
}

export interface Services {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly Utilities: UtilitiesApi;
  readonly Docs: DocsApi;
  readonly Drive: DriveApi;
}

export const activeSpreadsheet = (services: Services): SpreadsheetApi =>
  services.SpreadsheetApp.getActiveSpreadsheet();
