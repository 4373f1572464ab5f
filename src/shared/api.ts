// What crosses google.script.run between the sidebar page and the server: JSON-safe by type
// (no Date, no functions). The page contract: the Apps Script adapter and the page both import it.
import type { Counts } from '../core/analyse';
import type { MeasureChange } from '../core/changes';
import type { DepartmentSummary } from '../core/departments';
import type { FindingCode, Severity } from '../core/findings';
import type { ReportModel } from '../core/report-model';
import type { SettingKey } from '../core/settings';

export interface FindingView {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address, '' for the sheet as a whole. */
  readonly cell: string;
  /** 1-based sheet row, 0 when not a cell. */
  readonly row: number;
  readonly message: string;
  /** The measure's number and executor on that row ('' when not a measure row). */
  readonly measure: string;
  readonly executor: string;
  /**
   * For a finding at a cell: which of the cells on its tab whose findings read the same
   * (severity and message, so the same mark line) it is, row by row, and how many there are.
   * Rows inserted or deleted move the cells but keep their order.
   */
  readonly sameMark?: {
    readonly index: number;
    readonly count: number;
    /** Other tabs with a finding that reads the same: their marks are their own findings'. */
    readonly elsewhere?: readonly string[];
  };
}

/**
 * What finds a marked finding's cell again wherever it moved: its mark's line (see markLine),
 * and its place among the cells of its tab that carry the same line.
 */
export type FindingRef = Pick<FindingView, 'severity' | 'message' | 'sameMark'>;

export interface CheckView {
  /** The first section tab checked (the one tab of a one-section workbook). */
  readonly sheet: string;
  /** Every section tab checked, in the programme's order (SPEC §7). */
  readonly sheets?: readonly string[];
  readonly findings: readonly FindingView[];
  readonly errors: number;
  readonly warnings: number;
  /** How many cells carry a mark now. */
  readonly marked: number;
}

/** What «Зняти позначки» did. */
export interface ClearView {
  /** Cells whose mark was taken off, their own colour and note given back. */
  readonly restored: number;
  /**
   * Where a mark's colour had been left without Zvit's note ("K5"), per tab: its note deleted or
   * replaced, or the colour copied into an inserted row. The colour is taken off (no fill) as
   * Zvit's, and named, since a person may have set it. Never a cell counted in `restored`.
   */
  readonly colourLeft: readonly { readonly sheet: string; readonly cells: readonly string[] }[];
}

export interface TotalView {
  /** "Всього", "Державний бюджет", … */
  readonly label: string;
  /** As the report prints it: "168,8 / 20" or "-". */
  readonly text: string;
}

export interface SummaryView {
  /** The tab of `totalsRow`, else the first section tab. */
  readonly sheet: string;
  /** Every section tab the figures cover, in the programme's order (SPEC §7). */
  readonly sheets?: readonly string[];
  readonly period: { readonly label: string; readonly end: string } | null;
  readonly counts: Counts;
  /** The summary paragraphs, funding line last, as the report prints them. */
  readonly summary: readonly string[];
  readonly totals: readonly TotalView[];
  readonly errors: number;
  /** 1-based row of the ВСЬОГО row written on the sheet, 0 when none was written. */
  readonly totalsRow: number;
  /** Every ВСЬОГО row written, one per section tab (1-based rows). */
  readonly totalsRows?: readonly { readonly sheet: string; readonly row: number }[];
}

export interface PdfResult {
  readonly name: string;
  readonly url: string;
}

export interface SettingsView {
  readonly values: Readonly<Record<SettingKey, string>>;
  readonly labels: Readonly<Record<SettingKey, string>>;
  /** "кінець періоду: 30.09.2016", or why the period cannot be read. */
  readonly periodEcho: PeriodEcho;
}

export interface PeriodEcho {
  readonly ok: boolean;
  readonly text: string;
}

/** «Чернетка пояснень»: the sections that got a draft paragraph and those left as written. */
export interface NarrativeResult {
  /** Section numbers (or names) that got a draft. */
  readonly added: readonly string[];
  /** Sections that already had a paragraph: nothing of theirs changed. */
  readonly kept: readonly string[];
  readonly message: string;
}

export interface FileLink {
  readonly name: string;
  readonly url: string;
}

/** «Експорт відкритих даних»: the package's folder and files, or why it was not written. */
export type OpenDataResult =
  | { readonly ok: true; readonly folder: FileLink; readonly files: readonly FileLink[] }
  | { readonly ok: false; readonly message: string; readonly check: CheckView | null };

export type { DepartmentSummary } from '../core/departments';
export type { MeasureChange } from '../core/changes';

/** A changed measure, and whether it is new in the table or gone from it. */
export interface ChangeLine extends MeasureChange {
  readonly kind: 'changed' | 'new' | 'removed';
}

/** The measures of one department that changed since the previous report. */
export interface DepartmentChanges {
  readonly department: string;
  readonly changes: readonly ChangeLine[];
}

/** «Зміни»: what changed since the previous report, per department (executor). */
export interface ChangesView {
  /** The report compared with; null when there is none of an earlier period of this year. */
  readonly previous: { readonly label: string; readonly end: string } | null;
  /** This report's period; null when it cannot be read. */
  readonly period: { readonly label: string; readonly end: string } | null;
  readonly departments: readonly DepartmentChanges[];
}

/** «Хто не подав дані»: per department over all sections, the list a coordinator phones down. */
export interface DepartmentsView {
  readonly departments: readonly DepartmentSummary[];
  /** The measures of the programme, each once (a joint one is in several departments' lists). */
  readonly measures: number;
  /** Of those, the measures whose executor cell names more than one department. */
  readonly joint: number;
  /** Whether "unchanged since the last report" could be counted. */
  readonly previous: { readonly label: string; readonly end: string } | null;
  /** A short list for a reminder, one line per department without data or with its rows unchanged. */
  readonly reminder: string;
}

/** Which view the page opens with, and data the server already has for it. */
export type InitialState =
  /** `refusal`: why an action from the menu was refused (open data), said above the findings. */
  | { readonly view: 'check'; readonly check: CheckView; readonly refusal?: string }
  | { readonly view: 'summary'; readonly summary: SummaryView }
  /** "Сформувати звіт" from the menu: the sidebar opens on the report and builds it in steps. */
  | { readonly view: 'report' }
  /** The preview in a wide window, fitted to its width. */
  | { readonly view: 'preview'; readonly report: ReportModel }
  | { readonly view: 'settings'; readonly settings: SettingsView }
  | { readonly view: 'help' }
  /** The exported open data's links, in a dialog. */
  | { readonly view: 'open-data'; readonly result: OpenDataResult };

/**
 * The report is built in steps the person sees (Перевіряю → Створюю документ → Заповнюю
 * таблицю → Зберігаю PDF): each step is one server call, so no single call runs long and the
 * page shows where it is. A refusal at the first step carries the check, so the page shows
 * its findings in the check view, where a click selects the cell.
 */
export type ReportStep = 'check' | 'create' | 'fill' | 'pdf';

/** The one report the page keeps showing ("Останній звіт"); stored per spreadsheet. */
export interface LastReport {
  readonly docId: string;
  /** The Doc's name; this, the period and the PDF's name are cut to 200 characters (a property's 9 KB). */
  readonly name: string;
  readonly url: string;
  /** ISO date-time in UTC when the report was finished. */
  readonly createdAt: string;
  readonly period: string;
  readonly folder: { readonly name: string; readonly url: string };
  /** Set once "Зберегти PDF" has saved one for this report. */
  readonly pdf: PdfResult | null;
}

/** What became of the report a new one replaced: moved to the bin, or why not. */
export type ReplacedReport =
  | { readonly trashed: true }
  | { readonly trashed: false; readonly reason: string }
  /** Made by another user: out of this one's reach, only its owner can bin it. */
  | { readonly trashed: false; readonly byOther: true };

/** The report just finished; `replaced` says what became of the one it replaced, if any. */
export interface FilledReport extends LastReport {
  readonly replaced?: ReplacedReport;
  /**
   * Sentences about what the report left out (Пояснення rows that name no section); only when
   * there is something to say, so a report with nothing left out is just the last report.
   */
  readonly notes?: readonly string[];
}

export type ReportCheckResult =
  | {
      readonly ok: true;
      readonly measures: number;
      readonly warnings: number;
      /** The report made before, if any: the page asks «Замінити останній звіт?». */
      readonly previous: LastReport | null;
    }
  | {
      readonly ok: false;
      readonly message: string;
      /** The findings that block the report, shown in the check view; null for another refusal. */
      readonly check: CheckView | null;
      /** Whether trying again as it stands may help (another run holds the file), or not. */
      readonly retry: boolean;
    };

/** A Doc just made, still named as in progress until `reportFill` finishes it. */
export interface ReportDraft {
  readonly docId: string;
  readonly name: string;
}

export interface ReportStepsApi {
  /** Step 1: check the sheet; nothing is created. */
  reportCheck(activeOnly?: boolean): ReportCheckResult;
  /**
   * Step 2: create the Doc in the reports folder. `replacePrevious`: the previous report goes to
   * the bin once step 3 has finished this one; until then it stays the last report.
   */
  reportCreate(replacePrevious: boolean): ReportDraft;
  /**
   * Step 3: write and style the table, give the Doc its final name, remember it as the last
   * report (and bin the one it replaces).
   */
  reportFill(docId: string, activeOnly?: boolean): FilledReport;
  /** Step 4 (optional): the PDF beside the Doc; the last report remembers it. */
  reportPdf(docId: string): LastReport;
  /** The last report of this spreadsheet, or null (also when its Doc was deleted). */
  lastReport(): LastReport | null;
}

/** Every server function the page may call, with its arguments and result. */
export interface ServerApi extends ReportStepsApi {
  /**
   * Each takes `activeOnly`: true reads only the active tab (with the settings); otherwise every
   * section tab of the programme (SPEC §7).
   */
  sidebarCheck(activeOnly?: boolean): CheckView;
  sidebarSummary(activeOnly?: boolean): SummaryView;
  /** *Підрахувати підсумки* from the page: writes the ВСЬОГО rows, then the summary. */
  sidebarTotals(activeOnly?: boolean): SummaryView;
  /** One section: its ReportModel; several: the programme in one model (see toProgrammePreview). */
  sidebarPreview(activeOnly?: boolean): ReportModel;
  /**
   * Selects a finding's cell. `finding` (optional; the FindingView itself will do) lets the
   * server find the cell by its mark when rows were inserted above it or its tab was renamed.
   */
  selectCell(sheet: string, a1: string, finding?: FindingRef): void;
  /** Opens the preview in a wide modeless window beside the sheet, over the same scope. */
  showPreviewWindow(activeOnly?: boolean): void;
  clearMarksNow(): ClearView;
  loadSettings(): SettingsView;
  echoPeriod(text: string): PeriodEcho;
  saveSettings(values: Readonly<Record<SettingKey, string>>): SettingsView;
  sidebarChanges(): ChangesView;
  sidebarDepartments(): DepartmentsView;
  draftNarrative(): NarrativeResult;
}
