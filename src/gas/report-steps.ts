// The report in steps the person sees (check → create → fill → PDF), each one server call, and the
// one "Останній звіт" each spreadsheet remembers. Apps Script adapter layer: the core builds the
// model, render-doc writes it, this decides what is created, named, trashed and remembered.
import { hasErrors } from '../core/findings';
import { checkNarrative, isNarrativeGrid } from '../core/programme';
import type {
  FilledReport,
  LastReport,
  ReplacedReport,
  ReportCheckResult,
  ReportDraft,
} from '../shared/api';
import {
  errorsInCells,
  explainGoogleFailure,
  googleFailureReason,
  narrativeLeftOutMessage,
  refusalMessage,
  STALE_REPORT_MESSAGE,
  toProgrammeCheckView,
  tooManyMeasuresMessage,
} from '../shared/views';
import { readForReport, reportOf } from './actions';
import { FOLDER_NAME, ensureReportsFolder, knownReportsFolder } from './reports-folder';
import { BUSY, LOCK_WAIT_MS, withDocumentLock } from './document-lock';
import { renderDoc } from './render-doc';
import type { Services, SpreadsheetApi } from './services';
import { messageOf } from './services';
import type { ReadWorkbook } from './workbook';
import { keepReportSnapshot, programmeSincePrevious } from './snapshots';

/** Past this many measures one report would not fit the 6-minute limit safely (see bench). */
export const MAX_REPORT_MEASURES = 5000;
export const LAST_REPORT_KEY = 'zvit.lastReport';
/**
 * A Doc is named as in progress until it is finished, so a half-built one is recognisable by
 * name; only a Doc still so named is ever moved to the bin as a draft.
 */
export const IN_PROGRESS = '[формується]';
export const DRAFT_NAME = `${IN_PROGRESS} звіт`;
/**
 * One execution runs at most 6 minutes
 * (https://developers.google.com/apps-script/guides/services/quotas#current_limitations): a
 * draft whose fill began longer ago than that, with a margin for the clocks of Google's
 * machines, is no longer being filled by anyone, so a retry a minute after a stop bins it.
 */
const STALE_DRAFT_MS = 6 * 60 * 1000 + 30 * 1000;
/**
 * The drafts made and not yet finished or binned, per spreadsheet: a run stopped at the 6-minute
 * limit runs no catch, so the next report bins what its maker left (document properties).
 */
export const DRAFTS_KEY = 'zvit.drafts';
/**
 * Some 150 bytes each, 250 with the ids of a report it replaces: the list stays under the 9 KB
 * a property value may hold.
 */
const MAX_DRAFTS = 30;
const DOC_MIME = 'application/vnd.google-apps.document';
const PDF_MIME = 'application/pdf';

/** Runs `action` under the document lock: one step at a time per spreadsheet. */
const locked = <T>(services: Services, busy: () => T, action: () => T): T =>
  withDocumentLock(services, LOCK_WAIT_MS, action, busy);
const refuseBusy = (): never => {
  throw new Error(BUSY);
};

// ---- the last report, per spreadsheet (document properties, under 4 KB) ----

/**
 * The characters of a display text (the Doc's name, its PDF's, the period) the last report keeps.
 * A property value holds 9 KB and a typed «Назва розділу» has no bound: the Doc keeps its full
 * name, the remembered report a cut one. At most 6 bytes a character in the JSON (a control
 * character's \u escape), three texts stay under 3.6 KB beside the ids, links and time.
 */
export const KEPT_TEXT_CHARACTERS = 200;

/** `text` cut to KEPT_TEXT_CHARACTERS code points, the last one an ellipsis when cut. */
const keptText = (text: string): string => {
  const points = Array.from(text);
  return points.length <= KEPT_TEXT_CHARACTERS
    ? text
    : `${points.slice(0, KEPT_TEXT_CHARACTERS - 1).join('')}…`;
};

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

// ---- the drafts not yet finished (document properties) ----

/** A draft's Doc, when it was made (ms) and its maker, whose drive.file grant alone reaches it. */
interface Draft {
  readonly id: string;
  readonly at: number;
  readonly owner: string;
  /**
   * The files of the report this one replaces (its Doc, its PDF): moved to the bin only when
   * this one is finished, so a report that fails leaves the one before it as it was.
   */
  readonly replaces?: readonly string[];
  /** The report it replaces was made by another user: out of this user's reach to bin. */
  readonly replacesOthers?: true;
  /** When its fill took the lock (ms): its execution ends within the limit from then. */
  readonly filling?: number;
}

const readDrafts = (services: Services): Draft[] => {
  const text = services.PropertiesService.getDocumentProperties().getProperty(DRAFTS_KEY);
  if (!text) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list)
      ? list.filter(
          (d: Partial<Draft> | null): d is Draft =>
            !!d &&
            typeof d.id === 'string' &&
            typeof d.at === 'number' &&
            typeof d.owner === 'string' &&
            (d.filling === undefined || typeof d.filling === 'number') &&
            (d.replaces === undefined ||
              (Array.isArray(d.replaces) && d.replaces.every((r) => typeof r === 'string'))),
        )
      : [];
  } catch {
    return [];
  }
};

/** The newest MAX_DRAFTS are kept: an older one left by someone who never came back is let go. */
const writeDrafts = (services: Services, drafts: readonly Draft[]): void => {
  const properties = services.PropertiesService.getDocumentProperties();
  if (drafts.length === 0) properties.deleteProperty(DRAFTS_KEY);
  else properties.setProperty(DRAFTS_KEY, JSON.stringify(drafts.slice(-MAX_DRAFTS)));
};

const rememberDraft = (
  services: Services,
  id: string,
  replaces: readonly string[],
  replacesOthers: boolean,
): void =>
  writeDrafts(services, [
    ...readDrafts(services),
    {
      id,
      at: Date.now(),
      owner: services.Session.getTemporaryActiveUserKey(),
      ...(replaces.length > 0 ? { replaces } : {}),
      ...(replaces.length > 0 && replacesOthers ? { replacesOthers: true as const } : {}),
    },
  ]);

/** Notes that the draft `id` is being filled from now on. */
const markFilling = (services: Services, id: string): void => {
  const drafts = readDrafts(services);
  if (drafts.some((d) => d.id === id))
    writeDrafts(
      services,
      drafts.map((d) => (d.id === id ? { ...d, filling: Date.now() } : d)),
    );
};

/** Forgets the draft `id`; returns what was remembered of it, if anything. */
const forgetDraft = (services: Services, id: string): Draft | undefined => {
  const drafts = readDrafts(services);
  const left = drafts.filter((d) => d.id !== id);
  if (left.length !== drafts.length) writeDrafts(services, left);
  return drafts.find((d) => d.id === id);
};

/** The Drive id in a file's link ("…/d/<id>/…"), or undefined. */
const idInUrl = (url: string | undefined): string | undefined =>
  /\/d\/([^/]+)/.exec(url ?? '')?.[1];

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

/** Moves `id` to the bin; returns Google's failure text, or '' once it is there. */
const tryTrash = (services: Services, id: string): string => {
  try {
    services.Drive.Files.update({ trashed: true }, id);
    return '';
  } catch (error) {
    return messageOf(error) || 'failed';
  }
};

const trash = (services: Services, id: string): void => {
  // Already removed, or never ours: nothing left to move to the bin.
  tryTrash(services, id);
};

/**
 * The report a finished one replaces (its Doc, its PDF) moved to the bin, and how that went for
 * its Doc: a PDF the person already deleted for good is not a report left behind.
 */
const trashReplaced = (draft: Draft | undefined, services: Services): ReplacedReport | null => {
  const [doc, ...pdfs] = draft?.replaces ?? [];
  if (doc === undefined) return null;
  const failure = tryTrash(services, doc);
  for (const pdf of pdfs) {
    const left = tryTrash(services, pdf);
    if (left) console.warn(`Zvit: PDF попереднього звіту не переміщено в кошик: ${left}`);
  }
  if (failure === '') return { trashed: true };
  console.warn(`Zvit: попередній звіт не переміщено в кошик: ${failure}`);
  return draft?.replacesOthers
    ? { trashed: false, byOther: true }
    : { trashed: false, reason: googleFailureReason(failure) };
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
    () => ({ ok: false, message: BUSY, check: null, retry: true }),
    () => {
      // The check needs no narrative: only the fill prints it.
      const { read, mark } = readForReport(services, { activeOnly, narrative: false });
      // With the previous report's snapshot, as «Перевірити дані» checks: the same warnings.
      const { programme } = programmeSincePrevious(read, activeOnly);
      if (hasErrors(programme.findings)) {
        const check = toProgrammeCheckView(programme, mark(programme.findings));
        return {
          ok: false,
          message: refusalMessage(check.errors, errorsInCells(check)),
          check,
          retry: false,
        };
      }
      const measures = programme.sections.reduce(
        (n, s) => n + (s.analysis.table?.measures.length ?? 0),
        0,
      );
      // The same table would be refused again: no retry, the message says what to do instead.
      if (measures > MAX_REPORT_MEASURES)
        return { ok: false, message: tooManyMeasuresMessage(measures), check: null, retry: false };
      return {
        ok: true,
        measures,
        warnings: programme.findings.length,
        previous: liveLastReport(services),
      };
    },
  );

/**
 * This user's drafts that no running execution can still be filling (a stopped run's), moved
 * to the bin and forgotten; drafts of another user are out of this user's reach and left to
 * their maker. No Drive listing: the drafts are remembered.
 */
const trashStaleDrafts = (services: Services): void => {
  const me = services.Session.getTemporaryActiveUserKey();
  const before = Date.now() - STALE_DRAFT_MS;
  const drafts = readDrafts(services);
  // A draft not yet filled is dated from its making: its fill is asked for right after.
  const stale = drafts.filter((d) => d.owner === me && (d.filling ?? d.at) < before);
  if (stale.length === 0) return;
  for (const draft of stale) trashDraft(services, draft.id);
  writeDrafts(
    services,
    drafts.filter((d) => !stale.includes(d)),
  );
};

/**
 * Step 2: an empty Doc in the reports folder, named as in progress and remembered as a draft.
 * The folder is asked of Drive first: a file made inside a trashed folder is not reliably
 * reported as trashed, and would vanish when the bin is emptied. The report it replaces is only
 * named in the draft: it stays the last report until step 3 finishes the new one.
 */
export const reportCreate = (services: Services, replacePrevious: boolean): ReportDraft =>
  locked(services, refuseBusy, () => {
    trashStaleDrafts(services);
    const previous = replacePrevious ? readStored(services) : null;
    const replaces = previous
      ? [previous.report.docId, idInUrl(previous.report.pdf?.url)].filter(
          (id): id is string => id !== undefined,
        )
      : [];
    const folderId = ensureReportsFolder(services);
    const file = services.Drive.Files.create(
      { name: DRAFT_NAME, mimeType: DOC_MIME, parents: [folderId] },
      undefined,
      { fields: 'id' },
    );
    rememberDraft(
      services,
      file.id,
      replaces,
      previous !== null && previous.owner !== services.Session.getTemporaryActiveUserKey(),
    );
    return { docId: file.id, name: DRAFT_NAME };
  });

/**
 * Step 3: the table written and styled, the final name given, remembered as the last report;
 * only now does the report it replaces go to the bin.
 */
export const reportFill = (services: Services, docId: string, activeOnly = false): FilledReport =>
  locked(services, refuseBusy, (): FilledReport => {
    markFilling(services, docId);
    const { read, spreadsheet } = readForReport(services, { activeOnly, narrative: 'printed' });
    const { programme } = read;
    if (hasErrors(programme.findings)) {
      trashDraft(services, docId);
      forgetDraft(services, docId);
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
      forgetDraft(services, docId);
      // Google's own words go to the log; the person reads what they mean.
      console.warn(`Zvit: документ звіту не заповнено: ${messageOf(failure)}`);
      throw new Error(
        `${explainGoogleFailure(messageOf(failure))} Незавершений документ переміщено в кошик.`,
      );
    }
    const replaced = trashReplaced(forgetDraft(services, docId), services);
    const folderId = knownReportsFolder(services) ?? '';
    const report: LastReport = {
      docId,
      name: keptText(name),
      url: docUrl(docId),
      createdAt: new Date().toISOString(),
      period: keptText(programme.period?.label ?? ''),
      folder: { name: FOLDER_NAME, url: folderUrl(folderId) },
      pdf: null,
    };
    writeStored(services, report);
    // A report of the active tab alone is not the period's whole programme: no snapshot of it.
    if (!activeOnly) keepSnapshot(spreadsheet, read, report.createdAt);
    const notes = narrativeNotes(read);
    return {
      ...report,
      ...(replaced ? { replaced } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    };
  });

/** The Пояснення rows the report left out, said once (the check does not read that tab). */
const narrativeNotes = (read: ReadWorkbook): string[] => {
  const { sections } = read.programme;
  const left = checkNarrative(read.grids.find(isNarrativeGrid), sections);
  if (left.length === 0) return [];
  const numbers = sections.map((s) => s.number).filter((n) => n !== '');
  return [
    narrativeLeftOutMessage(
      left.map((f) => f.cell),
      numbers,
    ),
  ];
};

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
    if (!stored || stored.report.docId !== docId) throw new Error(STALE_REPORT_MESSAGE);
    const { report } = stored;
    // The Doc's own name: the remembered one may be cut.
    const doc = services.DocumentApp.openById(docId);
    const docName = doc.getName();
    const name = `${docName}.pdf`;
    const blob = doc.getAs(PDF_MIME).setName(name);
    const file = services.Drive.Files.create(
      { name, mimeType: PDF_MIME, parents: [ensureReportsFolder(services)] },
      blob,
      { fields: 'id,webViewLink' },
    );
    const oldPdf = idInUrl(report.pdf?.url);
    if (oldPdf) trash(services, oldPdf);
    const next: LastReport = {
      ...report,
      pdf: {
        name: `${keptText(docName)}.pdf`,
        url: file.webViewLink ?? `https://drive.google.com/file/d/${file.id}/view`,
      },
    };
    writeStored(services, next);
    return next;
  });

/** The last report of this spreadsheet, or null (also when its Doc was deleted or trashed). */
export const lastReport = (services: Services): LastReport | null => liveLastReport(services);
