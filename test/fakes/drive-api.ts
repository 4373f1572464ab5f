// The Drive advanced service (v3) under the drive.file scope: only files the add-on created are
// reachable, trashed files say so, removed ones are "File not found"; and DriveApp, which needs
// the full drive scope, fails on every call. Test fakes.
import type { DriveFile } from '../../src/gas/services';
import type { FakeContext } from './context';
import { SCOPES, apiError } from './context';
import type { FakeBlob } from './document';
import type { DriveFileRecord } from './drive-store';
import { DriveStore, MIME } from './drive-store';
import type { Schema } from './fields';
import { checkFields, selectFields } from './fields';

export { DriveStore, MIME };

/**
 * v3 answers only kind, id, name and mimeType unless `fields` asks for more:
 * https://developers.google.com/workspace/drive/api/guides/fields-parameter
 */
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

const values = (names: string): Schema =>
  Object.fromEntries(names.split(/\s+/).map((name) => [name, 'value' as const]));
const objects = (names: string): Schema =>
  Object.fromEntries(names.split(/\s+/).map((name) => [name, 'any' as const]));

/**
 * The fields of a v3 file, as listed by the files resource:
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File
 * The names below its objects (capabilities, owners, …) are not listed here.
 */
const FILE: Schema = {
  ...values(
    `kind driveId fileExtension copyRequiresWriterPermission md5Checksum writersCanShare
    viewedByMe mimeType parents thumbnailLink iconLink shared headRevisionId webViewLink
    webContentLink size viewersCanCopyContent hasThumbnail spaces folderColorRgb id name
    description starred trashed explicitlyTrashed createdTime modifiedTime modifiedByMeTime
    viewedByMeTime sharedWithMeTime quotaBytesUsed version originalFilename ownedByMe
    fullFileExtension isAppAuthorized teamDriveId hasAugmentedPermissions thumbnailVersion
    trashedTime modifiedByMe permissionIds resourceKey sha1Checksum sha256Checksum
    inheritedPermissionsDisabled`.trim(),
  ),
  ...objects(
    `contentHints exportLinks lastModifyingUser owners sharingUser permissions properties
    appProperties capabilities trashingUser imageMediaMetadata videoMediaMetadata
    shortcutDetails contentRestrictions linkShareMetadata labelInfo downloadRestrictions`.trim(),
  ),
};

/** https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list#response-body */
const FILE_LIST: Schema = { ...values('kind nextPageToken incompleteSearch'), files: FILE };

const linkOf = (file: DriveFileRecord): string =>
  file.mimeType === MIME.folder
    ? `https://drive.google.com/drive/folders/${file.id}`
    : file.mimeType === MIME.document
      ? `https://docs.google.com/document/d/${file.id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`;

/** The file as Drive answers it: only the fields asked for (DriveFile names the ones Zvit reads). */
const resourceOf = (store: DriveStore, file: DriveFileRecord, fields?: unknown): DriveFile => {
  const all = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    parents: [...file.parents],
    trashed: store.inBin(file),
    webViewLink: linkOf(file),
    size: file.blob ? String(file.blob.bytes.length) : undefined,
    createdTime: file.createdTime,
  };
  const wanted = typeof fields === 'string' && fields.trim() !== '' ? fields.trim() : '';
  if (wanted === '*') return all;
  return selectFields(all, wanted === '' ? DEFAULT_FIELDS.join(',') : wanted, FILE) as DriveFile;
};

/** A list's `fields` names the list's own fields: "files(id,name)", "nextPageToken,files(id)". */
const fileFieldsOf = (fields: unknown): string | undefined => {
  if (typeof fields !== 'string' || fields.trim() === '') return undefined;
  const files = checkFields(fields, FILE_LIST).get('files');
  if (files === undefined) return 'id';
  if (files === null) return '*';
  const names = [...files.keys()];
  return names.join(',');
};

interface Resource {
  name?: string;
  mimeType?: string;
  parents?: string[];
  trashed?: boolean;
}

/**
 * The query terms the add-on uses, joined by "and": "name = 'x'", "name contains 'x'",
 * "mimeType = '…'", "trashed = false", "createdTime < '2017-07-01T00:00:00'", "'id' in parents".
 * An unknown term is refused, as Drive refuses an invalid query.
 * https://developers.google.com/workspace/drive/api/guides/ref-search-terms
 */
const matches = (store: DriveStore, file: DriveFileRecord, q: string): boolean =>
  q
    .split(/\s+and\s+/i)
    .filter((t) => t.trim() !== '')
    .every((term) => {
      const eq =
        /^\s*(name|mimeType|trashed)\s*(=|!=|contains)\s*(?:'((?:[^'\\]|\\.)*)'|(true|false))\s*$/.exec(
          term,
        );
      if (eq) {
        const actual =
          eq[1] === 'trashed'
            ? String(store.inBin(file))
            : String(file[eq[1] as 'name' | 'mimeType']);
        const expected = eq[3] !== undefined ? eq[3].replace(/\\(.)/g, '$1') : eq[4];
        // "contains" on a name matches by prefix only ("HelloWorld" is found by 'Hello', not by
        // 'World'); the fake takes the prefix of the name or of any word in it.
        if (eq[2] === 'contains')
          return actual
            .split(/\s+/)
            .some((word, i) => (i === 0 ? actual : word).startsWith(expected));
        return eq[2] === '=' ? actual === expected : actual !== expected;
      }
      const time = /^\s*createdTime\s*(<|<=|>|>=)\s*'([^']+)'\s*$/.exec(term);
      if (time) {
        const [actual, bound] = [Date.parse(file.createdTime), Date.parse(time[2])];
        if (Number.isNaN(bound)) throw new Error(`Invalid Value: ${term}`);
        return {
          '<': actual < bound,
          '<=': actual <= bound,
          '>': actual > bound,
          '>=': actual >= bound,
        }[time[1] as '<'];
      }
      const parent = /^\s*'([^']+)'\s+in\s+parents\s*$/.exec(term);
      if (parent) return file.parents.includes(parent[1]);
      throw new Error(`Invalid Value: ${term}`);
    });

export const createDriveApi = (context: FakeContext, store: DriveStore) => {
  const call = (method: string) => context.call(`Drive.Files.${method}`, 'full', SCOPES.driveFile);
  const notFound = (method: string, id: string) =>
    apiError(context, `drive.files.${method}`, `File not found: ${id}.`);
  const reach = (method: string, id: string): DriveFileRecord => {
    const file = store.reachable(id);
    if (!file) throw notFound(method, id);
    return file;
  };
  /** A `fields` naming what the resource has not is refused before anything is done (400). */
  const asked = (method: string, fields: unknown, schema: Schema): void => {
    if (typeof fields !== 'string' || fields.trim() === '' || fields.trim() === '*') return;
    try {
      checkFields(fields, schema);
    } catch (error) {
      throw apiError(context, `drive.files.${method}`, (error as Error).message);
    }
  };
  return {
    Files: {
      /** A Google Doc mime type makes an empty Doc that DocumentApp.openById can open. */
      create: (resource: Resource, blob?: FakeBlob, optionalArgs?: { fields?: string }) => {
        call('create');
        asked('create', optionalArgs?.fields, FILE);
        for (const parent of resource.parents ?? []) reach('create', parent);
        const stored = blob ? blob.toStored() : null;
        const file = store.add({
          name: resource.name ?? stored?.name ?? 'Untitled',
          mimeType: resource.mimeType ?? stored?.contentType ?? 'application/octet-stream',
          parents: resource.parents,
          blob: stored,
        });
        return resourceOf(store, file, optionalArgs?.fields);
      },
      get: (fileId: string, optionalArgs?: { fields?: string }) => {
        call('get');
        asked('get', optionalArgs?.fields, FILE);
        return resourceOf(store, reach('get', fileId), optionalArgs?.fields);
      },
      update: (
        resource: Resource,
        fileId: string,
        _blob?: FakeBlob,
        optionalArgs?: { fields?: string },
      ) => {
        call('update');
        asked('update', optionalArgs?.fields, FILE);
        const file = reach('update', fileId);
        if (resource.name !== undefined) file.name = resource.name;
        if (resource.trashed !== undefined) store.setTrashed(file, resource.trashed);
        if (file.doc && resource.name !== undefined) file.doc.title = resource.name;
        return resourceOf(store, file, optionalArgs?.fields);
      },
      /** Only files the add-on reaches; `fields` as "files(id,name)" shapes each file. */
      list: (optionalArgs: { q?: string; fields?: string } = {}) => {
        call('list');
        asked('list', optionalArgs.fields, FILE_LIST);
        let files: DriveFileRecord[];
        try {
          files = [...store.files.values()].filter(
            (f) => !f.deleted && f.createdByApp && matches(store, f, optionalArgs.q ?? ''),
          );
        } catch (error) {
          throw apiError(context, 'drive.files.list', (error as Error).message);
        }
        return {
          kind: 'drive#fileList',
          files: files.map((f) => resourceOf(store, f, fileFieldsOf(optionalArgs.fields))),
        };
      },
      remove: (fileId: string) => {
        call('remove');
        reach('remove', fileId).deleted = true;
      },
    },
  };
};

export type FakeDriveApi = ReturnType<typeof createDriveApi>;

/**
 * DriveApp needs the full (restricted) drive scope; under drive.file alone every call fails at
 * run time. https://developers.google.com/apps-script/reference/drive/drive-app
 */
export const createDriveApp = (context: FakeContext): Record<string, unknown> =>
  new Proxy(
    {},
    {
      get: (_target, property) => {
        if (typeof property !== 'string') return undefined;
        return () => {
          context.calls.record(`DriveApp.${property}`);
          throw context.error(
            `Specified permissions are not sufficient to call DriveApp.${property}. Required permissions: ${SCOPES.drive}`,
          );
        };
      },
    },
  );
