// The environment's gate and counter: AuthMode.NONE lets only the menu through, simple triggers
// refuse what needs authorisation, every call is counted, Dates come from the bundle's realm.
import { createContext as createVmContext, runInContext } from 'node:vm';
import { createFakeEnvironment, spreadsheetFromRows } from '.';
import { thrown } from '../support/thrown';

describe('AuthMode.NONE', () => {
  it('refuses the spreadsheet', () => {
    const { globals } = createFakeEnvironment({ authMode: 'NONE' });
    expect(thrown(() => globals.SpreadsheetApp.getActiveSpreadsheet())).toEqual(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
  });

  it('refuses properties', () => {
    const { globals } = createFakeEnvironment({ authMode: 'NONE' });
    expect(thrown(() => globals.PropertiesService.getDocumentProperties())).toContain(
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    );
  });

  it('lets the add-on menu be built', () => {
    const env = createFakeEnvironment({ authMode: 'NONE', trigger: 'simple' });
    env.globals.SpreadsheetApp.getUi()
      .createAddonMenu()
      .addItem('Перевірити дані', 'menuCheck')
      .addToUi();
    expect(env.ui.addonMenuItems()).toEqual([
      { caption: 'Перевірити дані', functionName: 'menuCheck' },
    ]);
  });
});

describe('simple triggers', () => {
  it('read the spreadsheet', () => {
    const env = createFakeEnvironment({
      authMode: 'LIMITED',
      trigger: 'simple',
      spreadsheet: spreadsheetFromRows('Заходи', [['№ з/п']]),
    });
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getLastRow()).toEqual(
      1,
    );
  });

  it('refuse DocumentApp', () => {
    const { globals } = createFakeEnvironment({ authMode: 'LIMITED', trigger: 'simple' });
    expect(thrown(() => globals.DocumentApp.create('Звіт'))).toEqual(
      'You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });

  it('refuse a sidebar', () => {
    const { globals } = createFakeEnvironment({ trigger: 'simple' });
    const page = globals.HtmlService.createHtmlOutput('<p>Zvit</p>');
    expect(thrown(() => globals.SpreadsheetApp.getUi().showSidebar(page))).toEqual(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  it('do not learn the user', () => {
    const { globals } = createFakeEnvironment({ authMode: 'LIMITED', trigger: 'simple' });
    expect(globals.Session.getActiveUser().getEmail()).toEqual('');
  });
});

describe('scopes the add-on does not have', () => {
  it('DriveApp fails on every call', () => {
    const { globals } = createFakeEnvironment();
    const driveApp = globals.DriveApp as { getFolderById(id: string): unknown };
    expect(thrown(() => driveApp.getFolderById('x'))).toEqual(
      'Specified permissions are not sufficient to call DriveApp.getFolderById. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('SpreadsheetApp.openById fails under spreadsheets.currentonly', () => {
    const { globals } = createFakeEnvironment();
    expect(thrown(() => globals.SpreadsheetApp.openById('other'))).toContain(
      'You do not have permission to call SpreadsheetApp.openById.',
    );
  });
});

describe('calls', () => {
  const read = () => {
    const env = createFakeEnvironment({ spreadsheet: spreadsheetFromRows('A', [[1, 2]]) });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A');
    sheet?.getRange(1, 1, 1, 2).getValues();
    return env.calls;
  };

  it('counts each call by Service.method', () => {
    expect(read().snapshot()).toEqual({
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  it('counts a batch read as one call, whatever its size', () => {
    expect(read().get('Range.getValues')).toEqual(1);
  });

  it('totals and resets', () => {
    const calls = read();
    const total = calls.total();
    calls.reset();
    expect([total, calls.total()]).toEqual([4, 0]);
  });
});

describe('realm', () => {
  it('hands out Dates of the vm context the globals became', () => {
    const env = createFakeEnvironment({
      spreadsheet: spreadsheetFromRows('A', [[new Date(2017, 6, 1)]]),
    });
    createVmContext(env.globals);
    env.globals.probe = () =>
      env.globals.SpreadsheetApp.getActiveSpreadsheet().getRange('A1').getValue();
    expect(runInContext('probe() instanceof Date', env.globals)).toEqual(true);
  });

  it('throws errors of that context', () => {
    const env = createFakeEnvironment();
    createVmContext(env.globals);
    env.globals.probe = () => env.globals.SpreadsheetApp.openById('x');
    expect(runInContext('try { probe() } catch (e) { e instanceof Error }', env.globals)).toEqual(
      true,
    );
  });
});
