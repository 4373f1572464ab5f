// The sidebar page in real headless Chromium: the page built as scripts/build-gas.mjs builds
// it, served on 127.0.0.1, with a stand-in for google.script.run that answers every server
// call from the core on the sample workbook, records the calls, and can fail or hold a call.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Analysis } from '../../src/core/analyse';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Snapshot } from '../../src/core/changes';
import type { CellValue, Grid } from '../../src/core/grid';
import type { Programme } from '../../src/core/programme';
import {
  analyseProgramme,
  NARRATIVE_SHEET,
  readNarrative,
  snapshotProgramme,
} from '../../src/core/programme';
import { buildProgrammeReport, programmePreview } from '../../src/core/programme-report';
import type { ReportModel } from '../../src/core/report-model';
import type { FieldKey, Side } from '../../src/core/labels';
import type { SettingKey } from '../../src/core/settings';
import {
  readSettings,
  SETTING_KEYS,
  SETTING_LABELS,
  SETTINGS_SHEET,
} from '../../src/core/settings';
import type { SourceKey } from '../../src/core/sources';
import { echoPeriod } from '../../src/gas/actions';
import { DRAFT_NAME } from '../../src/gas/report-steps';
import { planMarks } from '../../src/core/mark-plan';
import type { Finding } from '../../src/core/findings';
import { carried } from '../fakes/script-run';
import type {
  ClearView,
  InitialState,
  LastReport,
  ReportCheckResult,
  ReportDraft,
  ServerApi,
  SettingsView,
} from '../../src/shared/api';
import { pageHtml } from '../../src/gas/ui';
import {
  narrativeMessage,
  refusalMessage,
  toChangesView,
  toDepartmentsView,
  toProgrammeCheckView,
  toProgrammeSummaryView,
} from '../../src/shared/views';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

export const CHROMIUM = '/usr/bin/chromium';
const SAMPLE = 'samples/zvit-sample.xlsx';
export const SHOTS = 'out/sidebar';

/** Each sidebar tab and an element its view shows once loaded, ending back on Перевірка. */
export const TAB_VIEWS = [
  ['Підсумки', '.figures'],
  ['Звіт', 'table.report'],
  ['Зміни', '#changes-result'],
  ['Хто не подав дані', '.executor'],
  ['Перевірка', '.counts'],
] as const;

const skipReason = existsSync(CHROMIUM)
  ? ''
  : `Sidebar tests skipped: ${CHROMIUM} not found (apt-get install chromium; .ci/run installs it).`;
if (skipReason) console.warn(skipReason);
export const describeInChromium = skipReason ? describe.skip : describe;

/** dist/sidebar.html exactly as scripts/build-gas.mjs writes it, built from the current source. */
export const buildPage = async (): Promise<string> => {
  const page = await build({
    entryPoints: ['src/sidebar/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
  });
  const template = readFileSync('src/sidebar/page.html', 'utf8');
  const script = page.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  return template.replace('<!--zvit:script-->', () => `<script>${script}</script>`);
};

/** The sample workbook: the .xlsx through the CLI reader, or the seed measures when absent. */
export const loadSample = async (): Promise<Grid[]> => {
  if (existsSync(SAMPLE) && existsSync('src/cli/read-xlsx.ts')) {
    const { readXlsx } = await import('../../src/cli/read-xlsx');
    return readXlsx(SAMPLE);
  }
  return [measuresGrid(SEED_MEASURES), settingsGrid()];
};

type Column = FieldKey | `${SourceKey}.${Side}`;
export type Edits = Readonly<Record<string, Partial<Record<Column, CellValue>>>>;

/** The workbook with some cells of measures (by number) retyped, as a person would. */
export const editMeasures = (grids: readonly Grid[], edits: Edits): Grid[] => {
  const { sheet, table } = analyseWorkbook(grids);
  if (!table) throw new Error('the sample has no measures table');
  return grids.map((grid) => {
    if (grid.name !== sheet) return grid;
    const rows = grid.rows.map((r) => [...r]);
    for (const [number, cells] of Object.entries(edits)) {
      const measure = table.measures.find((m) => m.text.number === number);
      if (!measure) throw new Error(`no measure № ${number}`);
      for (const [column, value] of Object.entries(cells) as [Column, CellValue][]) {
        const [source, side] = column.split('.') as [SourceKey, Side | undefined];
        const col = side
          ? table.header.money[source][side]
          : table.header.fields[column as FieldKey];
        if (col === undefined) throw new Error(`no column ${column}`);
        const row = rows[measure.row]!;
        while (row.length <= col) row.push({ value: '', text: '' });
        row[col] = { value, text: String(value) };
      }
    }
    return { ...grid, rows };
  });
};

type Name = keyof ServerApi;
export type Call = readonly [Name, ...unknown[]];

/** What the stand-in server does; tests read `calls` and set `fail`, `delay` or `hold`. */
export interface StandIn {
  /** The first section's table, as the core reads one tab (what a test compares with). */
  readonly analysis: Analysis;
  /** The whole programme, as the server checks it: what the stand-in answers from. */
  readonly programme: Programme;
  /** The report lastReport() answers with: set by reportFill and reportPdf, as the server keeps it. */
  last: LastReport | null;
  /** How many cells carry a mark (the sheet keeps them): set by a check, taken off by a clear. */
  marked: number;
  readonly calls: Call[];
  /** Calls that fail, with the message Apps Script would hand the failure handler. */
  readonly fail: Map<Name, string>;
  /** Calls answered after this many milliseconds. */
  readonly delay: Map<Name, number>;
  /** Calls answered with this value instead of the core's answer. */
  readonly reply: Map<Name, unknown>;
  /** Holds every call of `name` until the returned function is called. */
  hold(name: Name): () => void;
  waitForCall(name: Name): Promise<Call>;
}

export const FOLDER = {
  name: 'Звіти Zvit',
  url: 'https://drive.google.com/drive/folders/folder-1',
};
/** When the stand-in finishes a report: 22:50 in Kyiv (the tests' time zone). */
export const FINISHED_AT = '2026-11-25T20:50:00.000Z';

/** A report as the server remembers it after reportFill. */
export const lastReportOf = (analysis: Analysis, docId: string): LastReport => ({
  docId,
  name: analysis.report.documentName,
  url: `https://docs.google.com/document/d/${docId}/edit`,
  createdAt: FINISHED_AT,
  period: analysis.period?.label ?? '',
  folder: FOLDER,
  pdf: null,
});

const settingsViewOf = (values: Record<SettingKey, string>): SettingsView => ({
  values,
  labels: SETTING_LABELS,
  periodEcho: echoPeriod(values.period),
});

/** The settings dialog's data for the workbook's Налаштування tab. */
export const settingsOf = (grids: readonly Grid[]): SettingsView => {
  const settings = readSettings(grids.find((g) => g.name === SETTINGS_SHEET));
  return settingsViewOf(
    Object.fromEntries(SETTING_KEYS.map((k) => [k, settings[k].value])) as Record<
      SettingKey,
      string
    >,
  );
};

/** The cells the server's mark plan marks for `findings` on their tabs (each cell once). */
const markedCells = (grids: readonly Grid[], findings: readonly Finding[]): number =>
  grids.reduce((count, grid) => {
    const width = Math.max(1, ...grid.rows.map((row) => row.length));
    const blank = grid.rows.map(() => Array.from({ length: width }, () => ''));
    const own = findings.filter((f) => f.sheet === grid.name);
    return (
      count +
      planMarks(
        blank,
        blank.map((row) => row.map(() => '#ffffff')),
        own,
      ).marked
    );
  }, 0);

/**
 * The report the page previews, as the server builds it: the programme's report (its settings
 * and narrative read from their tabs) in one table.
 */
const previewOf = (grids: readonly Grid[], programme: Programme): ReportModel =>
  programmePreview(
    buildProgrammeReport(
      programme,
      readSettings(grids.find((g) => g.name === SETTINGS_SHEET)),
      readNarrative(grids.find((g) => g.name === NARRATIVE_SHEET)),
    ),
    programme,
  );

/**
 * Every ServerApi call answered as the server answers it: the whole programme through
 * `analyseProgramme` (with the previous report's figures when there are some), turned into views
 * by src/shared/views.ts.
 */
const answer = (
  server: StandIn,
  grids: readonly Grid[],
  name: Name,
  args: unknown[],
  docs: { made: number },
  previous: Snapshot | null,
): unknown => {
  const { analysis, programme } = server;
  const check = (marked: number) => toProgrammeCheckView(programme, marked);
  const errors = programme.findings.filter((f) => f.severity === 'error');
  // The server marks the cells of findings, each cell once, as its mark plan counts them; a
  // finding about a tab or the whole book has none.
  const marked = markedCells(grids, programme.findings);
  switch (name) {
    case 'sidebarCheck':
      server.marked = marked;
      return check(marked);
    case 'sidebarSummary':
      return toProgrammeSummaryView(programme, []);
    case 'sidebarTotals':
      // The stand-in writes nothing: each section's ВСЬОГО row as if written under its measures.
      return toProgrammeSummaryView(
        programme,
        programme.sections.map((s) => ({
          sheet: s.analysis.sheet,
          row: (s.analysis.table?.measures.at(-1)?.row ?? 0) + 2,
        })),
      );
    case 'sidebarPreview':
      return previewOf(grids, programme);
    case 'sidebarChanges':
      return toChangesView(programme, previous);
    case 'sidebarDepartments':
      return toDepartmentsView(programme, previous);
    case 'draftNarrative': {
      // The stand-in keeps no Пояснення tab: every section with a table gets a draft.
      const drafted = programme.sections.filter((s) => s.analysis.table);
      const result = { added: drafted.map((s) => s.number || s.name), kept: [] };
      const oneSection = programme.sections.length < 2;
      return { ...result, message: narrativeMessage({ ...result, oneSection }) };
    }
    case 'selectCell':
      return undefined;
    case 'clearMarksNow': {
      // As the server: the cells the last check (or a refused report) marked, restored once.
      const restored = server.marked;
      server.marked = 0;
      return { restored, colourLeft: [] } satisfies ClearView;
    }
    case 'reportCheck':
      // A refused report marks its findings as a check does.
      if (errors.length > 0) server.marked = marked;
      return (
        errors.length > 0
          ? {
              ok: false,
              message: refusalMessage(
                errors.length,
                errors.some((f) => f.cell !== ''),
              ),
              check: check(marked),
              retry: false,
            }
          : {
              ok: true,
              measures: programme.sections.reduce(
                (n, s) => n + (s.analysis.table?.measures.length ?? 0),
                0,
              ),
              warnings: programme.findings.length,
              previous: server.last,
            }
      ) satisfies ReportCheckResult;
    case 'reportCreate':
      // The server's draft name, by which the next run knows a stopped report's Doc.
      return { docId: `doc-${++docs.made}`, name: DRAFT_NAME } satisfies ReportDraft;
    case 'reportFill':
      server.last = lastReportOf(analysis, String(args[0]));
      return server.last;
    case 'reportPdf': {
      const last = server.last ?? lastReportOf(analysis, String(args[0]));
      server.last = {
        ...last,
        pdf: {
          name: `${analysis.report.documentName}.pdf`,
          url: `https://drive.google.com/file/d/pdf-of-${String(args[0])}/view`,
        },
      };
      return server.last;
    }
    case 'lastReport':
      return server.last;
    case 'showPreviewWindow':
      return undefined;
    case 'loadSettings':
      return settingsOf(grids);
    case 'echoPeriod':
      return echoPeriod(String(args[0]));
    case 'saveSettings': {
      const values = args[0] as Record<SettingKey, string>;
      return settingsViewOf(
        Object.fromEntries(SETTING_KEYS.map((k) => [k, String(values[k] ?? '').trim()])) as Record<
          SettingKey,
          string
        >,
      );
    }
  }
};

/**
 * google.script.run in the page: each call goes to the stand-in through an exposed function;
 * a failure reaches the failure handler as an Error, as Apps Script hands it.
 */
const installRun = (): void => {
  type Reply = { ok: true; value: unknown } | { ok: false; message: string };
  const w = window as unknown as {
    zvitServer(name: string, args: unknown[]): Promise<Reply>;
    google: unknown;
  };
  const runner = (ok?: (v: unknown) => void, ko?: (e: unknown) => void): unknown =>
    new Proxy(
      {},
      {
        get: (_target, name: string) => {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, ko);
          if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
          return (...args: unknown[]) => {
            void w
              .zvitServer(name, args)
              .then((reply) => (reply.ok ? ok?.(reply.value) : ko?.(new Error(reply.message))));
          };
        },
      },
    );
  w.google = {
    script: {
      get run() {
        return runner();
      },
    },
  };
};

export interface Opened {
  readonly page: Page;
  readonly server: StandIn;
  /** Texts of every alert/confirm/prompt the page tried to open. */
  readonly dialogs: string[];
}

export interface Harness {
  open(options?: {
    grids?: readonly Grid[];
    initial?: InitialState;
    width?: number;
    height?: number;
    /** The report the server remembers from before. */
    last?: LastReport | null;
    /** The figures the previous report of this year left (the snapshots tab). */
    previous?: Snapshot | null;
  }): Promise<Opened>;
  close(): Promise<void>;
  readonly sample: readonly Grid[];
}

export const startHarness = async (): Promise<Harness> => {
  const [html, sample] = await Promise.all([buildPage(), loadSample()]);
  const pages = new Map<string, string>();
  const http: Server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const port = (http.address() as AddressInfo).port;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  let opened = 0;

  const open: Harness['open'] = async (options = {}) => {
    const grids = options.grids ?? sample;
    const analysis = analyseWorkbook(grids);
    const previous = options.previous ?? null;
    const programme = analyseProgramme(grids, previous ? { previous } : {});
    const calls: Call[] = [];
    const holds = new Map<Name, Promise<void>>();
    const waiters: { name: Name; done: (c: Call) => void }[] = [];
    const docs = { made: 0 };
    const server: StandIn = {
      analysis,
      programme,
      last: options.last ?? null,
      marked: 0,
      calls,
      fail: new Map(),
      delay: new Map(),
      reply: new Map(),
      hold: (name) => {
        let release = (): void => undefined;
        holds.set(name, new Promise<void>((done) => (release = done)));
        return () => {
          holds.delete(name);
          release();
        };
      },
      waitForCall: (name) => {
        const seen = calls.find((c) => c[0] === name);
        return seen ? Promise.resolve(seen) : new Promise((done) => waiters.push({ name, done }));
      },
    };
    const context = await browser.newContext({
      viewport: { width: options.width ?? 300, height: options.height ?? 800 },
      timezoneId: 'Europe/Kyiv',
    });
    contexts.push(context);
    await context.exposeFunction('zvitServer', async (name: Name, args: unknown[]) => {
      const call: Call = [name, ...args];
      calls.push(call);
      for (const w of waiters.filter((x) => x.name === name)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(call);
      }
      await holds.get(name);
      const ms = server.delay.get(name);
      if (ms) await new Promise((done) => setTimeout(done, ms));
      const failure = server.fail.get(name);
      if (failure !== undefined) return { ok: false, message: failure };
      // As google.script.run carries them: copies, and a Date or a function fails the call.
      try {
        const given = args.map((arg, i) => carried(arg, `argument ${i + 1} of ${name}`));
        const value = server.reply.has(name)
          ? server.reply.get(name)
          : answer(server, grids, name, given, docs, previous);
        return { ok: true, value: carried(value, `the result of ${name}`) };
      } catch (error) {
        return { ok: false, message: (error as Error).message };
      }
    });
    await context.addInitScript(installRun);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const path = `/sidebar/${++opened}`;
    pages.set(path, options.initial ? pageHtml(html, options.initial) : html);
    await page.goto(`http://127.0.0.1:${port}${path}`);
    return { page, server, dialogs };
  };

  return {
    open,
    sample,
    close: async () => {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await new Promise((done) => http.close(done));
    },
  };
};

/** A screenshot at the page's size, the mouse moved off so no hover colours it. */
export const shot = async (page: Page, name: string): Promise<void> => {
  const size = page.viewportSize();
  await page.mouse.move((size?.width ?? 300) - 1, (size?.height ?? 800) - 1);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/** The period of a report made before the sample's «1 півріччя 2017 року». */
export const EARLIER = { label: 'І квартал 2017 року', end: '2017-03-31' } as const;

/** What a report of the first quarter left: `grids`' figures, as the snapshots tab keeps them. */
export const earlierSnapshot = (grids: readonly Grid[]): Snapshot => ({
  ...snapshotProgramme(analyseProgramme(grids)),
  period: EARLIER,
});

/** A department's clerk left gaps: a word for an amount, no status, no result, a vague term. */
export const TROUBLED: Edits = {
  '2': { 'city.plan': 'багато' },
  '3': { status: '' },
  '4': { result: '' },
  '6': { term: 'коли буде змога' },
  '8': { 'city.fact': '' },
};

export const IMG = '<img src=x onerror=alert(1)>';
export const SCRIPT = '</script><script>alert(2)</script>';

/** Typed markup everywhere a person types: title, executor, an amount, the status. */
export const HOSTILE: Edits = {
  '1': {
    title: SCRIPT,
    executor: IMG,
    'city.plan': IMG,
    status: SCRIPT,
    result: `${IMG}${SCRIPT}`,
  },
};

const AXE = require.resolve('axe-core/axe.min.js');

/**
 * axe-core's violations on the page as "rule: selector" lines. The page title is left out:
 * Apps Script sets it from HtmlOutput.setTitle, outside the page.
 */
export const axeViolations = async (page: Page): Promise<string[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { rules: { 'document-title': { enabled: false } } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
};

/**
 * The harness of one describe block: started (with the screenshots folder) before its tests,
 * closed after them.
 */
export const harnessForTests = (): Harness => {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => started?.close());
  const running = (): Harness => {
    if (!started) throw new Error('The Chromium harness has not started.');
    return started;
  };
  return {
    open: (options) => running().open(options),
    close: () => running().close(),
    get sample() {
      return running().sample;
    },
  };
};
