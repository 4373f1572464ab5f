// The files of one fake Google account: what the Drive fake lists and the DocumentApp and Docs
// fakes open. Saved document content lives here; open DocumentApp sessions hold their own copy
// until saveAndClose. Test fakes.
import type { DocModel, DocumentMode } from './document-model';
import { documentText, newDocument } from './document-model';

export const MIME = {
  folder: 'application/vnd.google-apps.folder',
  document: 'application/vnd.google-apps.document',
  pdf: 'application/pdf',
} as const;

export interface StoredBlob {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly name: string;
}

export interface DriveFileRecord {
  readonly id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  /** Removed for good (emptied from the trash): Drive answers "File not found". */
  deleted: boolean;
  /** Under drive.file the add-on reaches only what it created (or the user picked for it). */
  createdByApp: boolean;
  blob: StoredBlob | null;
  /** The saved content of a Google Doc. */
  doc: DocModel | null;
  /** RFC 3339, as Drive reports it; tests may move it back to age a file. */
  createdTime: string;
  /** When it was put where it is and when it was last trashed, in the store's own order. */
  placed: number;
  trashedAt: number;
}

export class DriveStore {
  readonly files = new Map<string, DriveFileRecord>();
  private next = 1;
  private clock = 0;
  /** The account's default page setup for new Docs (File → Page setup → Set as default). */
  defaultDocumentMode: DocumentMode = 'PAGES';

  private newId(mimeType: string): string {
    const kind = mimeType === MIME.folder ? 'folder' : mimeType === MIME.document ? 'doc' : 'file';
    return `fake-${kind}-${String(this.next++).padStart(4, '0')}`;
  }

  add(fields: {
    name: string;
    mimeType: string;
    parents?: string[];
    blob?: StoredBlob | null;
    createdByApp?: boolean;
  }): DriveFileRecord {
    const record: DriveFileRecord = {
      id: this.newId(fields.mimeType),
      name: fields.name,
      mimeType: fields.mimeType,
      parents: fields.parents && fields.parents.length > 0 ? [...fields.parents] : ['root'],
      trashed: false,
      deleted: false,
      createdByApp: fields.createdByApp ?? true,
      blob: fields.blob ?? null,
      doc:
        fields.mimeType === MIME.document
          ? newDocument(fields.name, this.defaultDocumentMode)
          : null,
      createdTime: new Date().toISOString(),
      placed: ++this.clock,
      trashedAt: 0,
    };
    this.files.set(record.id, record);
    return record;
  }

  /** A file the add-on may reach: created by it, not removed. */
  reachable(id: string): DriveFileRecord | undefined {
    const file = this.files.get(id);
    return file && !file.deleted && file.createdByApp ? file : undefined;
  }

  /**
   * In the bin: trashed itself, or inside a folder trashed after it was put there. Drive v3
   * `trashed` reads "either explicitly or from a trashed parent folder", but a file made inside
   * an already trashed folder is reported to come back not trashed
   * (google/google-api-objectivec-client#70): the fake takes that, the add-on's worse case.
   */
  inBin(file: DriveFileRecord): boolean {
    return file.trashed || this.binnedAbove(file, file.placed, new Set([file.id]));
  }
  private binnedAbove(file: DriveFileRecord, since: number, seen: Set<string>): boolean {
    return file.parents.some((id) => {
      const parent = this.files.get(id);
      if (parent === undefined || seen.has(id)) return false;
      seen.add(id);
      return (parent.trashed && parent.trashedAt > since) || this.binnedAbove(parent, since, seen);
    });
  }
  /** Into the bin or out of it, as the person or the add-on does. */
  setTrashed(file: DriveFileRecord, trashed: boolean): void {
    file.trashed = trashed;
    if (trashed) file.trashedAt = ++this.clock;
  }

  /** A Google Doc that DocumentApp (documents scope) may open: any doc not removed. */
  document(id: string): DriveFileRecord | undefined {
    const file = this.files.get(id);
    return file && !file.deleted && file.doc ? file : undefined;
  }

  // ---- what the person does in Drive, for tests ----

  trash(id: string): void {
    const file = this.files.get(id);
    if (file) this.setTrashed(file, true);
  }
  remove(id: string): void {
    const file = this.files.get(id);
    if (file) file.deleted = true;
  }
  /** A file the user has but the add-on did not create (e.g. a folder pasted as a link). */
  addUserFile(name: string, mimeType: string = MIME.folder): DriveFileRecord {
    return this.add({ name, mimeType, createdByApp: false });
  }
  /** Files in a folder, trashed ones included. */
  childrenOf(folderId: string): DriveFileRecord[] {
    return [...this.files.values()].filter((f) => !f.deleted && f.parents.includes(folderId));
  }
  /** The saved text of a document, as Docs and a PDF export see it. */
  savedText(id: string): string {
    const doc = this.document(id)?.doc;
    return doc ? documentText(doc) : '';
  }
}
