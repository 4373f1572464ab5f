// The built bundle, loaded as Apps Script loads it: every entry point is a top-level function
// and loading it touches no service (it is evaluated even in AuthMode.NONE).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { MENU_ITEMS } from '../../src/gas/ui';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as {
  require: (folder: string, globals: object) => Record<string, unknown>;
};

const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'onEdit',
  ...MENU_ITEMS.map(([, fn]) => fn),
  'sidebarCheck',
  'sidebarSummary',
  'sidebarTotals',
  'sidebarPreview',
  'sidebarChanges',
  'sidebarDepartments',
  'draftNarrative',
  'showPreviewWindow',
  'selectCell',
  'reportCheck',
  'reportCreate',
  'reportFill',
  'reportPdf',
  'lastReport',
  'clearMarksNow',
  'loadSettings',
  'echoPeriod',
  'saveSettings',
];

const SERVICES = [
  'SpreadsheetApp',
  'DocumentApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Docs',
  'Drive',
  'DriveApp',
];

/** Service globals that throw when read: loading the bundle must not touch them. */
const untouchable = (touched: string[]): object => {
  const globals: Record<string, unknown> = { console };
  for (const name of SERVICES) {
    Object.defineProperty(globals, name, {
      enumerable: true,
      get: () => {
        touched.push(name);
        throw new Error(`${name} touched at load time`);
      },
    });
  }
  return globals;
};

describe('dist/ as clasp pushes it', () => {
  it('holds exactly the bundle, the manifest and the page', () => {
    const files = readdirSync('dist').sort();
    expect(files.filter((f: string) => f !== 'sidebar.html')).toEqual([
      'Code.js',
      'appsscript.json',
    ]);
  });

  it('defines every entry point as a top-level function', () => {
    const scope = gas.require('dist', { console });
    expect(ENTRY_POINTS.filter((name) => typeof scope[name] !== 'function')).toEqual([]);
  });

  it('exposes nothing else at the top level but the Zvit namespace', () => {
    const scope = gas.require('dist', { console });
    const names = Object.keys(scope).filter((k) => k !== 'console');
    expect(names.sort()).toEqual([...ENTRY_POINTS, 'Zvit'].sort());
  });

  it('touches no service while loading', () => {
    const touched: string[] = [];
    gas.require('dist', untouchable(touched));
    expect(touched).toEqual([]);
  });

  it('stays under 250 KB', () => {
    expect(statSync('dist/Code.js').size).toBeLessThan(250 * 1024);
  });

  it('names no service the add-on must not use', () => {
    const code = readFileSync('dist/Code.js', 'utf8');
    expect(
      ['DriveApp', 'UrlFetchApp', 'SpreadsheetApp.openBy'].filter((name) => code.includes(name)),
    ).toEqual([]);
  });
});
