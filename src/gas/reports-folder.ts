// The add-on's own reports folder on the user's Drive. Under drive.file the add-on reaches only
// what it created, so it makes the folder itself, remembers its id per user and makes a new one
// if the user trashed or removed it. Apps Script adapter layer.
import type { Services } from './services';
import { messageOf } from './services';

export const FOLDER_KEY = 'zvit.reportsFolderId';
export const FOLDER_NAME = 'Zvit — звіти';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

/**
 * Whether the folder is there and not in the bin. Only Drive's "File not found" (removed for
 * good, or never ours) says it is gone; any other failure (a timeout, a quota) says nothing about
 * the folder and fails the action as it is, for the page to translate and offer a retry: taken
 * for "gone", one hiccup would make a second folder.
 */
const isLive = (services: Services, id: string): boolean => {
  try {
    return services.Drive.Files.get(id, { fields: 'id,trashed' }).trashed !== true;
  } catch (error) {
    if (/not found/i.test(messageOf(error))) return false;
    throw error;
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
