// «Експорт відкритих даних» (SPEC §9): the programme as a Tabular Data Package — datapackage.json,
// measures.csv, sections.csv — in a folder of its own inside the add-on's reports folder (the
// package's paths are relative, so its files stay together). Apps Script adapter layer: the core
// builds the package; this refuses on errors, writes the files through Drive (drive.file) and
// hands back the links.
import { hasErrors } from '../core/findings';
import { buildOpenData, openDataFiles, openDataTitle } from '../core/open-data';
import type { OpenDataResult } from '../shared/api';
import { errorsInCells, openDataRefusalMessage, toProgrammeCheckView } from '../shared/views';
import { readForReport } from './actions';
import { ensureReportsFolder, FOLDER_MIME } from './reports-folder';
import { BUSY, LOCK_WAIT_MS, withDocumentLock } from './document-lock';
import type { Services } from './services';

const MIME: Readonly<Record<string, string>> = {
  json: 'application/json',
  csv: 'text/csv',
};

/** A Drive query's quoted text: backslash and quote escaped. */
const quoted = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** "Відкриті дані — за 9 місяців 2016 року": one folder per period. */
export const openDataFolderName = (period: string): string =>
  `Відкриті дані — ${period || 'період не вказано'}`;

/**
 * Writes the package. A second export of the same period replaces the first (its folder goes to
 * the bin), so the reports folder holds one package per period.
 */
export const runOpenData = (services: Services): OpenDataResult =>
  withDocumentLock(
    services,
    LOCK_WAIT_MS,
    (): OpenDataResult => {
      // The package holds no narrative; unread, the Пояснення tab is never marked by a refusal.
      const { read, mark } = readForReport(services, { narrative: false });
      const { programme } = read;
      if (hasErrors(programme.findings)) {
        const check = toProgrammeCheckView(programme, mark());
        return {
          ok: false,
          message: openDataRefusalMessage(check.errors, errorsInCells(check)),
          check,
        };
      }
      const period = programme.period?.label ?? '';
      const data = buildOpenData(programme, { title: openDataTitle(programme), period });
      const reports = ensureReportsFolder(services);
      const name = openDataFolderName(period);
      const { files: before = [] } = services.Drive.Files.list({
        q: `${quoted(reports)} in parents and name = ${quoted(name)} and mimeType = '${FOLDER_MIME}' and trashed = false`,
        fields: 'files(id,name)',
      });
      const folder = services.Drive.Files.create(
        { name, mimeType: FOLDER_MIME, parents: [reports] },
        undefined,
        { fields: 'id,webViewLink' },
      );
      const files = openDataFiles(data).map(({ name: file, text }) => {
        const mime = MIME[file.split('.').pop() ?? ''] ?? 'text/plain';
        const made = services.Drive.Files.create(
          { name: file, mimeType: mime, parents: [folder.id] },
          services.Utilities.newBlob(text, mime, file),
          { fields: 'id,webViewLink' },
        );
        return {
          name: file,
          url: made.webViewLink ?? `https://drive.google.com/file/d/${made.id}/view`,
        };
      });
      for (const old of before) {
        try {
          services.Drive.Files.update({ trashed: true }, old.id);
        } catch {
          // Already gone: nothing to replace.
        }
      }
      return {
        ok: true,
        folder: {
          name,
          url: folder.webViewLink ?? `https://drive.google.com/drive/folders/${folder.id}`,
        },
        files,
      };
    },
    () => ({ ok: false, message: BUSY, check: null }),
  );
