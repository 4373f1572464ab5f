// Properties limits, locks held by another user, HtmlService files and templates, the Ui's
// recorded dialogs and answers, Utilities.formatDate in the script's time zone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFakeEnvironment, scriptRun } from '.';
import { thrown } from '../support/thrown';

describe('PropertiesService', () => {
  it('refuses a value over 9 KB', () => {
    const properties = createFakeEnvironment().globals.PropertiesService.getDocumentProperties();
    expect(thrown(() => properties.setProperty('marks', 'x'.repeat(9 * 1024 + 1)))).toEqual(
      'Argument too large: value',
    );
  });

  it('refuses a store over 500 KB', () => {
    const properties = createFakeEnvironment().globals.PropertiesService.getUserProperties();
    const fill = () => {
      for (let i = 0; i < 60; i++) properties.setProperty(`k${i}`, 'x'.repeat(9000));
    };
    expect(thrown(fill)).toEqual(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  });

  it('stores strings', () => {
    const properties = createFakeEnvironment().globals.PropertiesService.getScriptProperties();
    properties.setProperty('n', 5);
    expect(properties.getProperty('n')).toEqual('5');
  });
});

describe('LockService', () => {
  it('gives no lock while another user holds it', () => {
    const env = createFakeEnvironment();
    env.locks.holdByOtherUser('document');
    expect(env.globals.LockService.getDocumentLock().tryLock(2000)).toEqual(false);
  });

  it('gives the lock once released', () => {
    const env = createFakeEnvironment();
    const first = env.globals.LockService.getDocumentLock();
    first.tryLock(0);
    first.releaseLock();
    expect(env.globals.LockService.getDocumentLock().tryLock(0)).toEqual(true);
  });

  it.each([
    [1500, true],
    [2500, false],
  ])('gets a lock another user holds for %i ms within a wait of 2 s: %s', (forMs, got) => {
    const env = createFakeEnvironment();
    env.locks.holdByOtherUser('document', forMs);
    expect(env.globals.LockService.getDocumentLock().tryLock(2000)).toEqual(got);
  });

  it('fails a tryLock that waited for a run of the script longer than its timeout', () => {
    const env = createFakeEnvironment();
    const lock = () => env.globals.LockService.getDocumentLock();
    const got: boolean[] = [];
    env.interleave(
      () => {
        const held = lock();
        held.tryLock(0);
        // 30 calls at 0.1 s each: the lock is held 3 s.
        for (let i = 0; i < 30; i++) env.globals.SpreadsheetApp.getActiveSpreadsheet();
        held.releaseLock();
      },
      () => got.push(lock().tryLock(2000)),
      (name) => name === 'SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(got).toEqual([false]);
  });

  it('times out waitLock with an exception', () => {
    const env = createFakeEnvironment();
    env.locks.holdByOtherUser('script');
    expect(thrown(() => env.globals.LockService.getScriptLock().waitLock(10))).toEqual(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });
});

describe('google.script.run', () => {
  const scope = {
    echo: (...args: unknown[]) => args,
    today: () => new Date(0),
    handler: () => ({ done: () => undefined }),
  };

  it.each([
    [[new Date(0)], 'argument 1 of echo: a Date'],
    [[{ at: [new Date(0)] }], 'argument 1 of echo.at[0]: a Date'],
    [[() => 1], 'argument 1 of echo: a function'],
  ])('refuses an argument it cannot carry: %p', (args, where) => {
    expect(thrown(() => scriptRun(scope, 'echo', ...args))).toEqual(
      `google.script.run cannot carry ${where}`,
    );
  });

  it.each([
    ['today', 'the result of today: a Date'],
    ['handler', 'the result of handler.done: a function'],
  ])('refuses a result it cannot carry: %s', (name, where) => {
    expect(thrown(() => scriptRun(scope, name))).toEqual(`google.script.run cannot carry ${where}`);
  });

  it('hands over copies, undefined in arrays as null', () => {
    expect(scriptRun(scope, 'echo', [1, undefined], { a: 'б' })).toEqual([[1, null], { a: 'б' }]);
  });
});

describe('HtmlService', () => {
  const folder = mkdtempSync(join(tmpdir(), 'zvit-html-'));
  writeFileSync(join(folder, 'page.html'), '<b><?= name ?></b><?!= raw ?>');

  it('says when a file is missing', () => {
    const { globals } = createFakeEnvironment({ htmlFolder: folder });
    expect(thrown(() => globals.HtmlService.createHtmlOutputFromFile('sidebar'))).toEqual(
      'No HTML file named sidebar was found.',
    );
  });

  it('evaluates templates, escaping <?= ?> only', () => {
    const { globals } = createFakeEnvironment({ htmlFolder: folder });
    const template = globals.HtmlService.createTemplateFromFile('page');
    Object.assign(template, { name: '<i>', raw: '<i>' });
    expect(template.evaluate().getContent()).toEqual('<b>&#60;i&#62;</b><i>');
  });
});

describe('Ui', () => {
  it('records a sidebar with its title', () => {
    const env = createFakeEnvironment();
    const page = env.globals.HtmlService.createHtmlOutput('<p>x</p>').setTitle('Zvit');
    env.globals.SpreadsheetApp.getUi().showSidebar(page);
    expect(env.ui.dialogs).toEqual([
      { kind: 'sidebar', title: 'Zvit', content: '<p>x</p>', width: undefined, height: undefined },
    ]);
  });

  it('answers alerts from the queue', () => {
    const env = createFakeEnvironment();
    env.ui.answer('NO');
    const ui = env.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Zvit', 'Замінити?', ui.ButtonSet.YES_NO)).toEqual(ui.Button.NO);
  });
});

describe('Utilities.formatDate', () => {
  it('formats in the given time zone', () => {
    const { globals } = createFakeEnvironment();
    const date = new Date(Date.UTC(2017, 5, 30, 22, 30));
    expect(globals.Utilities.formatDate(date, 'Europe/Kyiv', 'dd.MM.yyyy HH:mm')).toEqual(
      '01.07.2017 01:30',
    );
  });
});
