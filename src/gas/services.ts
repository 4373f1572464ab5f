// The Apps Script services the add-on uses, as parameters: the entry file passes the real
// globals, the tests pass in-memory fakes. Apps Script adapter layer.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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
    create(
      resource: object,
      blob?: GoogleAppsScript.Base.Blob,
      optionalArgs?: { fields?: string },
    ): DriveFile;
    get(fileId: string, optionalArgs?: { fields?: string }): DriveFile;
    update(
      resource: object,
      fileId: string,
      blob?: GoogleAppsScript.Base.Blob | null,
      optionalArgs?: { fields?: string },
    ): DriveFile;
    /** `q` per Drive's search syntax; only files the add-on made are listed under drive.file. */
    list(optionalArgs: { q?: string; fields?: string }): { files?: readonly DriveFile[] };
  };
}

export interface Services {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly DocumentApp: GoogleAppsScript.Document.DocumentApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  /** Who runs this: the last report remembers its maker, whose drive.file grant reaches it. */
  readonly Session: { getTemporaryActiveUserKey(): string };
  readonly Docs: DocsApi;
  readonly Drive: DriveApi;
}

export const activeSpreadsheet = (services: Services): Spreadsheet =>
  services.SpreadsheetApp.getActiveSpreadsheet();
