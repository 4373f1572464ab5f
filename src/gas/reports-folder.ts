// The add-on's own reports folder on the user's Drive. Under drive.file the add-on reaches only
// what it created, so it makes the folder itself, remembers its id per user and makes a new one
// if the user trashed or removed it. Apps Script adapter layer.
import type { DriveFile, Services } from './services';
import { messageOf } from './services';

export const FOLDER_KEY = 'zvit.reportsFolderId';
export const FOLDER_NAME = 'Zvit — звіти';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

const isLive = (services: Services, id: string): boolean => {
  try {
    return services.Drive.Files.get(id, { fields: 'id,trashed' }).trashed !== true;
  } catch {
    // "File not found": removed for good, or never ours.
    return false;
  }
};

/** Per user: a folder made under one user's drive.file grant is out of another user's reach. */
const newFolder = (services: Services): string => {
  const folder = services.Drive.Files.create({ name: FOLDER_NAME, mimeType: FOLDER_MIME });
  services.PropertiesService.getUserProperties().setProperty(FOLDER_KEY, folder.id);
  return folder.id;
};

/** The folder's id, asked of Drive first (a call): for callers that need the id before a file. */
export const ensureReportsFolder = (services: Services): string => {
  const known = services.PropertiesService.getUserProperties().getProperty(FOLDER_KEY);
  if (known && isLive(services, known)) return known;
  return newFolder(services);
};

/** The folder remembered for this user (it may be gone since), without asking Drive. */
export const knownReportsFolder = (services: Services): string | null =>
  services.PropertiesService.getUserProperties().getProperty(FOLDER_KEY);

/**
 * Creates a file in the reports folder without asking first whether the folder is still there:
 * one call while it is. Drive answers "File not found" for a parent removed for good, and makes a
 * file inside a trashed folder trashed with it (v3 `trashed`: "either explicitly or from a
 * trashed parent folder",
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files#File.FIELDS.trashed);
 * either way a new folder is made and the file made again there. Any other failure is Drive's
 * and is thrown as it is.
 */
export const createInReportsFolder = (
  services: Services,
  resource: { readonly name: string; readonly mimeType: string },
  blob?: GoogleAppsScript.Base.Blob,
  fields = 'id',
): DriveFile => {
  const create = (folderId: string): DriveFile =>
    services.Drive.Files.create({ ...resource, parents: [folderId] }, blob, {
      fields: `${fields},trashed`,
    });
  const known = knownReportsFolder(services);
  if (known) {
    try {
      const file = create(known);
      if (file.trashed !== true) return file;
      // Explicitly in the bin too: restoring the old folder must not bring back a stray copy.
      try {
        services.Drive.Files.update({ trashed: true }, file.id);
      } catch {
        // Left inside the trashed folder: it goes when the bin is emptied.
      }
    } catch (error) {
      if (!/not found/i.test(messageOf(error))) throw error;
    }
  }
  return create(newFolder(services));
};
