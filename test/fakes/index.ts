// One fake Apps Script environment for a test: every service global the bundle uses, sharing one
// call counter, one authorisation state and one Drive; plus builders of spreadsheets from rows or
// from an .xlsx file. Test fakes.
import ExcelJS from 'exceljs';
import type { Grid } from '../../src/core/grid';
import { isDateValue } from '../../src/core/grid';
import type { Services } from '../../src/gas/services';
import type { AuthMode, Calls, FakeContext, TriggerKind } from './context';
import { createContext, realmOf } from './context';
import { createDocsApi } from './docs-api';
import type { FakeDocsApi } from './docs-api';
import { createDocumentApp } from './document';
import type { FakeDocumentApp } from './document';
import { documentJson } from './document-model';
import { createDriveApi, createDriveApp } from './drive-api';
import type { FakeDriveApi } from './drive-api';
import { DriveStore } from './drive-store';
import { createHtmlService } from './html';
import type { FakeHtmlService } from './html';
import { LockTable, createLockService } from './lock';
import { createPropertiesService, createPropertyStores } from './properties';
import type { PropertyStores } from './properties';
import { interleave } from './runs';
import {
  createLogger,
  createScriptApp,
  createSession,
  createUtilities,
  midnightIn,
} from './script';

export { midnightIn } from './script';
import { FakeSpreadsheet } from './spreadsheet';
import type { FakeSheet } from './spreadsheet';
import { createSpreadsheetApp } from './spreadsheet-app';
import type { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUi } from './ui';

export type { AuthMode, Calls, TriggerKind } from './context';
export { FakeSpreadsheet, FakeSheet, FakeRange } from './spreadsheet';
export { FakeUi } from './ui';
export { DriveStore, MIME } from './drive-store';
export { carried, scriptRun } from './script-run';

export interface FakeEnvironmentOptions {
  authMode?: AuthMode;
  trigger?: TriggerKind;
  /** Where createHtmlOutputFromFile finds `<name>.html` (the built dist/). */
  htmlFolder?: string;
  spreadsheet?: FakeSpreadsheet;
  /**
   * The Date of the realm the bundle runs in. Without it the fakes use the realm of `globals`
   * once gas-local has made it a vm context, else this realm's Date.
   */
  DateCtor?: DateConstructor;
  /** DocumentApp edits allowed between saves before "Too many changes…" (default 20 000). */
  maxDocumentEdits?: number;
}

/** The bundle's top-level functions, each call one execution (FakeEnvironment.run). */
export type Bundle = Record<string, (...args: unknown[]) => unknown>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as { require: (folder: string, globals: object) => object };

export interface FakeGlobals {
  [name: string]: unknown;
  SpreadsheetApp: FakeSpreadsheetApp;
  DocumentApp: FakeDocumentApp;
  Docs: FakeDocsApi;
  Drive: FakeDriveApi;
  DriveApp: Record<string, unknown>;
  HtmlService: FakeHtmlService;
  PropertiesService: ReturnType<typeof createPropertiesService>;
  LockService: ReturnType<typeof createLockService>;
  ScriptApp: ReturnType<typeof createScriptApp>;
  Session: ReturnType<typeof createSession>;
  Utilities: ReturnType<typeof createUtilities>;
  Logger: ReturnType<typeof createLogger>;
  console: Console;
}

export const createFakeEnvironment = (options: FakeEnvironmentOptions = {}) => {
  const globals = {} as FakeGlobals;
  const context: FakeContext = createContext({
    realm: realmOf(globals, options.DateCtor),
    authMode: options.authMode ?? 'FULL',
    trigger: options.trigger ?? 'full',
  });
  const spreadsheet = (options.spreadsheet ?? new FakeSpreadsheet()).useContext(context);
  const ui = new FakeUi(context);
  const drive = new DriveStore();
  const properties: PropertyStores = createPropertyStores(context);
  const locks = new LockTable();
  const logger = createLogger(context);
  Object.assign(globals, {
    SpreadsheetApp: createSpreadsheetApp(context, () => spreadsheet, ui),
    DocumentApp: createDocumentApp(context, drive, { maxEdits: options.maxDocumentEdits }),
    Docs: createDocsApi(context, drive),
    Drive: createDriveApi(context, drive),
    DriveApp: createDriveApp(context),
    HtmlService: createHtmlService(context, options.htmlFolder),
    PropertiesService: createPropertiesService(context, properties),
    LockService: createLockService(context, locks),
    ScriptApp: createScriptApp(context),
    Session: createSession(context),
    Utilities: createUtilities(context),
    Logger: logger,
    console,
  });
  const calls: Calls = context.calls;
  // A stopped execution ends at once, even where no `run` marks where it began and ends.
  context.onStop = () => locks.releaseRun(context.run);
  /**
   * One execution, as Apps Script runs a trigger, a menu item or a google.script.run call: its
   * own clock for the time limit, and every lock it still holds released when it ends, however
   * it ends (see LockTable.releaseRun).
   */
  const run = <T>(action: () => T): T => {
    const outer = { run: context.run, elapsed: context.elapsedSeconds, stopped: context.stopped };
    const current = {};
    Object.assign(context, { run: current, elapsedSeconds: 0, stopped: null });
    try {
      return action();
    } finally {
      Object.assign(context, {
        run: outer.run,
        elapsedSeconds: outer.elapsed,
        stopped: outer.stopped,
      });
      locks.releaseRun(current);
    }
  };
  return {
    /** What the bundle sees as its global scope: one fresh object per test (see `load`). */
    globals,
    calls,
    context,
    spreadsheet,
    ui,
    /** The account's files: trash(id), remove(id), addUserFile(name), files. */
    drive,
    /** Saved documents as Docs sees them, without counting a call. */
    docs: {
      savedText: (id: string): string => drive.savedText(id),
      structure: (id: string) => {
        const doc = drive.document(id)?.doc;
        return doc ? documentJson(id, doc) : null;
      },
    },
    properties,
    /** holdByOtherUser('document') plays a second user running a report. */
    locks,
    logger,
    setAuthMode: (mode: AuthMode): void => {
      context.authMode = mode;
    },
    setTrigger: (kind: TriggerKind): void => {
      context.trigger = kind;
    },
    /**
     * Runs `first`, starts `second` just before a chosen call of `first`; a lock held by
     * `first` blocks `second` until released (see runs.ts).
     */
    interleave: (
      first: () => void,
      second: () => void,
      startBefore: number | ((name: string) => boolean),
      waitFor: 'release' | 'end' = 'release',
    ) => interleave(context, locks, first, second, startBefore, waitFor),
    run,
    /**
     * The built bundle in `folder` over these globals (gas-local), each of its functions called
     * as one execution (`run`).
     */
    load: (folder = 'dist'): Bundle => {
      const scope = gasLocal.require(folder, globals) as Bundle;
      return new Proxy(scope, {
        get: (target, name) => {
          const value: unknown = Reflect.get(target, name);
          return typeof value === 'function'
            ? (...args: unknown[]) => run(() => (value as (...a: unknown[]) => unknown)(...args))
            : value;
        },
      });
    },
    /**
     * Stops a run past `seconds` of priced calls, running no catch or finally after; each
     * execution (`run`) starts its own clock.
     */
    limitTime: (seconds: number | null): void => {
      context.limitSeconds = seconds;
      context.elapsedSeconds = 0;
      context.stopped = null;
    },
    /** The globals as the adapter's Services: a fake that drifts from them fails to compile. */
    services: (): Services => servicesOf(globals),
  };
};

/**
 * The fakes as the adapter's Services, each checked against the interface the adapter is
 * compiled with: a fake missing or mistyping a method the adapter calls fails to compile here.
 */
const servicesOf = (globals: FakeGlobals): Services => ({
  SpreadsheetApp: globals.SpreadsheetApp,
  LockService: globals.LockService,
  Utilities: globals.Utilities,
  Session: globals.Session,
  DocumentApp: globals.DocumentApp,
  HtmlService: globals.HtmlService,
  PropertiesService: globals.PropertiesService,
  Docs: globals.Docs,
  Drive: globals.Drive,
});

export type FakeEnvironment = ReturnType<typeof createFakeEnvironment>;

/** A spreadsheet with one tab holding `rows` as given (strings stay text, "=…" are formulas). */
export const spreadsheetFromRows = (
  name: string,
  rows: readonly (readonly unknown[])[],
  options: { locale?: string; spreadsheetName?: string } = {},
): FakeSpreadsheet => {
  const spreadsheet = new FakeSpreadsheet({
    locale: options.locale,
    name: options.spreadsheetName,
  });
  spreadsheet.addSheet(name, rows);
  return spreadsheet;
};

/**
 * A spreadsheet holding `grids` as Sheets would: values as typed (dates as midnights in the
 * spreadsheet's zone), merges 1-based, and the settings tab as plain text.
 */
export const spreadsheetFromGrids = (
  grids: readonly Grid[],
  options: { locale?: string; timeZone?: string; spreadsheetName?: string } = {},
): FakeSpreadsheet => {
  const spreadsheet = new FakeSpreadsheet({
    locale: options.locale,
    timeZone: options.timeZone,
    name: options.spreadsheetName,
  });
  const zone = options.timeZone ?? 'Europe/Kyiv';
  for (const grid of grids) {
    const sheet = spreadsheet.addSheet(grid.name);
    if (grid.hidden) sheet.hidden = true;
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value === '') return;
        const data = sheet.cell(r + 1, c + 1);
        if (isDateValue(cell.value)) {
          data.value = { date: midnightIn(cell.value.date, zone).getTime() };
          data.numberFormat = 'dd.MM.yyyy';
        } else data.value = cell.value;
      }),
    );
    sheet.maxRows = Math.max(sheet.maxRows, grid.rows.length);
    sheet.maxColumns = Math.max(sheet.maxColumns, ...grid.rows.map((r) => r.length));
    for (const m of grid.merges)
      sheet.merges.push({ row: m.row + 1, col: m.col + 1, rows: m.rows, cols: m.cols });
  }
  return spreadsheet;
};

/** exceljs keeps dates as UTC midnights of the day shown; Sheets hands local midnights. */
const localDay = (d: Date): Date => new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** A plain value of an exceljs cell: numbers, text, booleans, dates, error texts. */
const plain = (raw: ExcelJS.CellValue): unknown => {
  if (raw === null || raw === undefined) return '';
  if (typeof raw !== 'object') return raw;
  if (raw instanceof Date) return localDay(raw);
  if ('richText' in raw) return raw.richText.map((part) => part.text).join('');
  if ('error' in raw) return String(raw.error);
  if ('text' in raw && 'hyperlink' in raw)
    return typeof raw.text === 'string' ? raw.text : plain(raw.text as ExcelJS.CellValue);
  return String(raw);
};

const noteText = (note: unknown): string => {
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts;
  return texts ? texts.map((t) => t.text).join('') : '';
};

const copyWorksheet = (spreadsheet: FakeSpreadsheet, worksheet: ExcelJS.Worksheet): FakeSheet => {
  const sheet = spreadsheet.addSheet(worksheet.name);
  sheet.maxRows = Math.max(sheet.maxRows, worksheet.rowCount);
  sheet.maxColumns = Math.max(sheet.maxColumns, worksheet.columnCount);
  worksheet.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const data = sheet.cell(r, c);
      // Like Sheets: only a merge's top-left cell holds the value (exceljs repeats it).
      if (cell.type !== ExcelJS.ValueType.Merge) {
        const raw = cell.value;
        if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
          const formula = (raw as { formula?: string }).formula ?? cell.formula ?? '';
          const result = (raw as { result?: ExcelJS.CellValue }).result;
          data.formula = formula ? `=${formula}` : '';
          data.cached = sheet.toStored(
            result && typeof result === 'object' && 'error' in result
              ? String(result.error)
              : plain(result ?? null),
          );
          if (!data.formula) data.value = data.cached;
        } else data.value = sheet.toStored(plain(raw));
      }
      if (cell.note) data.note = noteText(cell.note);
      const argb = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      if (cell.fill?.type === 'pattern' && argb)
        data.background = `#${argb.slice(-6).toLowerCase()}`;
      if (cell.font?.bold) data.fontWeight = 'bold';
      if (cell.numFmt) data.numberFormat = cell.numFmt;
      else if (cell.value instanceof Date) data.numberFormat = 'dd.MM.yyyy';
    }),
  );
  const internal = (
    worksheet as unknown as {
      _merges?: Record<string, { top: number; left: number; bottom: number; right: number }>;
    }
  )._merges;
  for (const m of Object.values(internal ?? {}))
    sheet.merges.push({
      row: m.top,
      col: m.left,
      rows: m.bottom - m.top + 1,
      cols: m.right - m.left + 1,
    });
  return sheet;
};

/** The workbook at `path` as a fake spreadsheet: values, formula results, dates, merges, notes, fills. */
export const spreadsheetFromXlsx = async (
  path: string,
  options: { locale?: string } = {},
): Promise<FakeSpreadsheet> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const spreadsheet = new FakeSpreadsheet({
    locale: options.locale,
    name: path.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''),
  });
  for (const worksheet of workbook.worksheets) copyWorksheet(spreadsheet, worksheet);
  return spreadsheet;
};
