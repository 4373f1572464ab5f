// The add-on's own reports folder on the user's Drive. Under drive.file the add-on reaches only
// what it created, so it makes the folder itself, remembers its id per user and makes a new one
// if the user trashed or removed it. Apps Script adapter layer.
import type { Services } from './services';

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

/** The folder remembered for this user (it may be gone since), without asking Drive. */
export const knownReportsFolder = (services: Services): string | null =>
  services.PropertiesService.getUserProperties().getProperty(FOLDER_KEY);

/**
 * The folder's id, asked of Drive first (a call) and made anew when it is in the bin or gone. A
 * file made inside a trashed folder is not reliably reported as trashed, so the folder is never
 * taken on trust.
 */
export const ensureReportsFolder = (services: Services): string => {
  const known = knownReportsFolder(services);
  if (known && isLive(services, known)) return known;
  return newFolder(services);
};
