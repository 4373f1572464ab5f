// The report in steps the person sees (check → create → fill → PDF), each one server call, and the
// one "Останній звіт" each spreadsheet remembers. Apps Script adapter layer: the core builds the
// model, render-doc writes it, this decides what is created, named, trashed and remembered.
import { hasErrors } from '../core/findings';
import type { LastReport, ReportCheckResult, ReportDraft } from '../shared/api';
import { refusalMessage, toProgrammeCheckView } from '../shared/views';
import { readForReport, reportOf } from './actions';
import { FOLDER_NAME, createInReportsFolder, knownReportsFolder } from './reports-folder';
import { renderDoc } from './render-doc';
import type { DriveFile, Services, SpreadsheetApi } from './services';
import { messageOf } from './services';
import type { ReadWorkbook } from './workbook';
import { keepReportSnapshot } from './snapshots';

/** Past this many measures one report would not fit the 6-minute limit safely (see bench). */
export const MAX_REPORT_MEASURES = 5000;
export const LAST_REPORT_KEY = 'zvit.lastReport';
/**
 * A Doc is named as in progress until it is finished: a run stopped at the 6-minute limit runs
 * no catch, so the next run recognises what it left by name and moves it to the bin.
 */
export const IN_PROGRESS = '[формується]';
export const DRAFT_NAME = `${IN_PROGRESS} звіт`;
/** A draft older than the 6-minute limit (and a margin) belongs to no running execution. */
const STALE_DRAFT_MS = 10 * 60 * 1000;
const LOCK_WAIT_MS = 2000;
const DOC_MIME = 'application/vnd.google-apps.document';
const PDF_MIME = 'application/pdf';

export const BUSY =
  'Звіт саме формує інший користувач цієї таблиці. Зачекайте хвилину і спробуйте знову.';

/** Runs `action` under the document lock: one step at a time per spreadsheet. */
const locked = <T>(services: Services, busy: () => T, action: () => T): T => {
  const lock = services.LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return action();
  } finally {
    lock.releaseLock();
  }
};
const refuseBusy = (): never => {
  throw new Error(BUSY);
};

// ---- the last report, per spreadsheet (document properties, a few hundred bytes) ----

/** The maker's key: only their drive.file grant reaches the Doc to see whether it still exists. */
interface Stored {
  readonly owner: string;
  readonly report: LastReport;
}

const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;
const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;

const readStored = (services: Services): Stored | null => {
  const text = services.PropertiesService.getDocumentProperties().getProperty(LAST_REPORT_KEY);
  if (!text) return null;
  try {
    const stored = JSON.parse(text) as Stored;
    return stored && stored.report && typeof stored.report.docId === 'string' ? stored : null;
  } catch {
    return null;
  }
};

const writeStored = (services: Services, report: LastReport): void =>
  void services.PropertiesService.getDocumentProperties().setProperty(
    LAST_REPORT_KEY,
    JSON.stringify({
      owner: services.Session.getTemporaryActiveUserKey(),
      report,
    } satisfies Stored),
  );

const dropStored = (services: Services): void =>
  void services.PropertiesService.getDocumentProperties().deleteProperty(LAST_REPORT_KEY);

/**
 * Whether the file is still there and not in the bin. Only Drive's "File not found" says it is
 * gone: a timeout or a quota error says nothing about the file.
 */
const isLive = (services: Services, id: string): boolean => {
  try {
    return services.Drive.Files.get(id, { fields: 'id,trashed' }).trashed !== true;
  } catch (error) {
    return !/not found/i.test(messageOf(error));
  }
};

/**
 * The last report, or null once its Doc is gone or in the bin (then it is forgotten). A report
 * made by another coordinator is out of this user's drive.file reach: shown as stored.
 */
const liveLastReport = (services: Services): LastReport | null => {
  const stored = readStored(services);
  if (!stored) return null;
  if (stored.owner !== services.Session.getTemporaryActiveUserKey()) return stored.report;
  if (isLive(services, stored.report.docId)) return stored.report;
  dropStored(services);
  return null;
};

const trash = (services: Services, id: string): void => {
  try {
    services.Drive.Files.update({ trashed: true }, id);
  } catch {
    // Already removed, or never ours: nothing left to move to the bin.
  }
};

/**
 * Moves `id` to the bin only while it is still a draft: a failed step never bins a finished
 * report, whatever id the page sent.
 */
const trashDraft = (services: Services, id: string): void => {
  try {
    const file = services.Drive.Files.get(id, { fields: 'name,trashed' });
    if (String(file.name ?? '').startsWith(IN_PROGRESS)) trash(services, id);
  } catch {
    // Not reachable: nothing of ours to clear.
  }
};

// ---- the steps ----

/** Step 1: the whole check; a refusal marks the cells and hands the check view to the page. */
export const reportCheck = (services: Services, activeOnly = false): ReportCheckResult =>
  locked<ReportCheckResult>(
    services,
    () => ({ ok: false, message: BUSY, check: null }),
    () => {
      // The check needs no narrative: only the fill prints it.
      const { read, mark } = readForReport(services, { activeOnly, narrative: false });
      const { programme } = read;
      if (hasErrors(programme.findings)) {
        const check = toProgrammeCheckView(programme, mark());
        return { ok: false, message: refusalMessage(check.errors), check };
      }
      const measures = programme.sections.reduce(
        (n, s) => n + (s.analysis.table?.measures.length ?? 0),
        0,
      );
      if (measures > MAX_REPORT_MEASURES)
        return {
          ok: false,
          message:
            `У таблиці ${measures} заходів: такий звіт не встигне сформуватися за 6 хвилин, які Google дає ` +
            `одній дії. Сформуйте звіт з файлу .xlsx командою zvit report або розділіть таблицю.`,
          check: null,
        };
      return {
        ok: true,
        measures,
        warnings: programme.findings.length,
        previous: liveLastReport(services),
      };
    },
  );

/**
 * Drafts a stopped run left in the folder: named as in progress and older than any live run. A
 * listing that fails (the folder gone since) only leaves them for the next report.
 */
const trashStaleDrafts = (services: Services, folderId: string): void => {
  const before = new Date(Date.now() - STALE_DRAFT_MS).toISOString();
  const listed = (): readonly DriveFile[] => {
    try {
      return (
        services.Drive.Files.list({
          q:
            `'${folderId}' in parents and name contains '${IN_PROGRESS}' and ` +
            `trashed = false and createdTime < '${before}'`,
          fields: 'files(id,name)',
        }).files ?? []
      );
    } catch {
      return [];
    }
  };
  // Drive matches names by prefix, perhaps word by word: keep only what starts with the marker.
  for (const file of listed())
    if (String(file.name ?? '').startsWith(IN_PROGRESS)) trash(services, file.id);
};

/**
 * Step 2: an empty Doc in the reports folder, named as in progress. The folder is not asked for
 * first: the Doc is made in the folder remembered, and only when Drive says it is gone is a new
 * one made (a new folder holds no drafts to clear).
 */
export const reportCreate = (services: Services, replacePrevious: boolean): ReportDraft =>
  locked(services, refuseBusy, () => {
    const known = knownReportsFolder(services);
    if (known) trashStaleDrafts(services, known);
    const previous = replacePrevious ? readStored(services) : null;
    if (previous) {
      trash(services, previous.report.docId);
      const pdfId = /\/d\/([^/]+)/.exec(previous.report.pdf?.url ?? '')?.[1];
      if (pdfId) trash(services, pdfId);
      dropStored(services);
    }
    const file = createInReportsFolder(services, { name: DRAFT_NAME, mimeType: DOC_MIME });
    return { docId: file.id, name: DRAFT_NAME };
  });

/** Step 3: the table written and styled, the final name given, remembered as the last report. */
export const reportFill = (services: Services, docId: string, activeOnly = false): LastReport =>
  locked(services, refuseBusy, () => {
    const { read, spreadsheet } = readForReport(services, { activeOnly });
    const { programme } = read;
    if (hasErrors(programme.findings)) {
      trashDraft(services, docId);
      throw new Error(
        'Поки формувався звіт, у таблиці з’явилися помилки. Перевірте дані і сформуйте звіт знову.',
      );
    }
    const model = reportOf(read);
    const name = model.documentName;
    let failure: unknown = null;
    try {
      renderDoc(services, docId, model);
      services.Drive.Files.update({ name }, docId);
    } catch (error) {
      failure = error;
    }
    if (failure !== null) {
      // A stop at the time limit never gets here; the next reportCreate clears what it leaves.
      trashDraft(services, docId);
      throw new Error(
        `Не вдалося заповнити документ звіту: ${messageOf(failure)} Незавершений документ переміщено в кошик.`,
      );
    }
    const folderId = knownReportsFolder(services) ?? '';
    const report: LastReport = {
      docId,
      name,
      url: docUrl(docId),
      createdAt: new Date().toISOString(),
      period: programme.period?.label ?? '',
      folder: { name: FOLDER_NAME, url: folderUrl(folderId) },
      pdf: null,
    };
    writeStored(services, report);
    // A report of the active tab alone is not the period's whole programme: no snapshot of it.
    if (!activeOnly) keepSnapshot(spreadsheet, read, report.createdAt);
    return report;
  });

/**
 * The report's figures for the next report to compare with. The report is made either way: a
 * snapshot that cannot be written (a protected tab, a full spreadsheet) only means the next
 * check has no previous report, which it says.
 */
const keepSnapshot = (spreadsheet: SpreadsheetApi, read: ReadWorkbook, at: string): void => {
  try {
    keepReportSnapshot(spreadsheet, read, at);
  } catch (error) {
    console.warn(`Zvit: знімок звіту не збережено: ${messageOf(error)}`);
  }
};

/** Step 4: the PDF beside the Doc, replacing the one saved for it before. */
export const reportPdf = (services: Services, docId: string): LastReport =>
  locked(services, refuseBusy, () => {
    const stored = readStored(services);
    if (!stored || stored.report.docId !== docId)
      throw new Error('Цього звіту вже немає серед останніх. Сформуйте звіт знову.');
    const { report } = stored;
    const name = `${report.name}.pdf`;
    const blob = services.DocumentApp.openById(docId).getAs(PDF_MIME).setName(name);
    const file = createInReportsFolder(
      services,
      { name, mimeType: PDF_MIME },
      blob,
      'id,webViewLink',
    );
    const oldPdf = /\/d\/([^/]+)/.exec(report.pdf?.url ?? '')?.[1];
    if (oldPdf) trash(services, oldPdf);
    const next: LastReport = {
      ...report,
      pdf: { name, url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view` },
    };
    writeStored(services, next);
    return next;
  });

/** The last report of this spreadsheet, or null (also when its Doc was deleted or trashed). */
export const lastReport = (services: Services): LastReport | null => liveLastReport(services);
