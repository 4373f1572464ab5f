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

export const ensureReportsFolder = (services: Services): string => {
  // Per user: a folder made under one user's drive.file grant is out of another user's reach.
  const properties = services.PropertiesService.getUserProperties();
  const known = properties.getProperty(FOLDER_KEY);
  if (known && isLive(services, known)) return known;
  const folder = services.Drive.Files.create({ name: FOLDER_NAME, mimeType: FOLDER_MIME });
  properties.setProperty(FOLDER_KEY, folder.id);
  return folder.id;
};
