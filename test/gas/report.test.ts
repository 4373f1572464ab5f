// The report in steps, driven on the built bundle (dist/) as the page drives it through
// google.script.run, over the in-memory fakes: page mode, batches, drafts left by a stopped run,
// the last report, the PDF, and the service calls a report costs.
import { SAMPLE_PATH } from '../../scripts/make-sample';
import type { ReportModel } from '../../src/core/report-model';
import type { FilledReport } from '../../src/shared/api';
import type { DocModel } from '../fakes/document-model';
import { cellText, repeatedHeaderRows } from '../fakes/document-model';
import type { FakeEnvironment, FakeSpreadsheet } from '../fakes';
import { createFakeEnvironment, scriptRun, spreadsheetFromXlsx } from '../fakes';
import { generatedSpreadsheet } from '../support/generated-spreadsheet';
import { failureMessage } from '../../src/shared/views';

const LAST_REPORT_KEY = 'zvit.lastReport';
const MINUTE = 60 * 1000;

const addon = (spreadsheet: FakeSpreadsheet, options: { maxDocumentEdits?: number } = {}) => {
  const env = createFakeEnvironment({ spreadsheet, ...options });
  const scope = env.load('dist');
  /** Results cross realms: compare them as plain JSON. */
  const call = (name: string, ...args: unknown[]) => scriptRun(scope, name, ...args);
  const thrown = (name: string, ...args: unknown[]): string => {
    try {
      scope[name](...args);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };
  /** Check, create, fill: what the page does for «Сформувати звіт». */
  const report = (replacePrevious = false): FilledReport => {
    call('reportCheck');
    const draft = call('reportCreate', replacePrevious);
    return call('reportFill', draft.docId);
  };
  const doc = (id: string): DocModel => env.drive.document(id)?.doc as DocModel;
  return { env, call, thrown, report, doc };
};

const sample = () => spreadsheetFromXlsx(SAMPLE_PATH);

/** The sample with measure 2's city plan (K5) typed as words. */
const withBadAmount = () =>
  generatedSpreadsheet(10, (row, i) => {
    if (i === 1) row[10] = 'двадцять';
  });

const trashed = (env: FakeEnvironment, id: string): boolean =>
  env.drive.files.get(id)?.trashed ?? false;

const DRAFTS_KEY = 'zvit.drafts';
type Remembered = { id: string; at: number; owner: string };
const remembered = (env: FakeEnvironment): Remembered[] =>
  JSON.parse(env.properties.document.values.get(DRAFTS_KEY) ?? '[]') as Remembered[];
/** Moves the remembered drafts `minutes` back, as if made that long ago. */
const ageDrafts = (env: FakeEnvironment, minutes: number): void =>
  void env.properties.document.values.set(
    DRAFTS_KEY,
    JSON.stringify(remembered(env).map((d) => ({ ...d, at: d.at - minutes * MINUTE }))),
  );

describe('the report Doc', () => {
  it('has pages and a header repeated on each page for a user whose default is pageless', async () => {
    const { env, report, doc } = addon(await sample());
    env.drive.defaultDocumentMode = 'PAGELESS';
    const made = doc(report().docId);
    expect([made.documentMode, repeatedHeaderRows(made)]).toEqual(['PAGES', 5]);
  });

  it('is A4 landscape', async () => {
    const { report, doc } = addon(await sample());
    const { page } = doc(report().docId);
    expect([page.width, page.height]).toEqual([841.89, 595.28]);
  });

  it('opens with the title', async () => {
    const { call, report, doc } = addon(await sample());
    const model: ReportModel = call('sidebarPreview');
    const first = doc(report().docId).body[0];
    expect(first.kind === 'paragraph' && first.text).toEqual(model.title);
  });

  it('holds the rows of the report model between the header and the totals', async () => {
    const { call, report, doc } = addon(await sample());
    const model: ReportModel = call('sidebarPreview');
    const table = doc(report().docId).body.find((e) => e.kind === 'table');
    const rows = table?.kind === 'table' ? table.rows.map((r) => r.cells.map(cellText)) : [];
    expect(rows.slice(5, -1)).toEqual(model.rows.map((r) => r.cells));
  });

  it('carries the summary after the table', async () => {
    const { call, report, env } = addon(await sample());
    const model: ReportModel = call('sidebarPreview');
    expect(env.docs.savedText(report().docId)).toContain(model.summary.join('\n'));
  });

  it('lies in the reports folder under the report’s name', async () => {
    const { env, report } = addon(await sample());
    const { docId, name } = report();
    const file = env.drive.files.get(docId);
    expect([file?.name, file?.parents]).toEqual([
      name,
      [env.properties.user.values.get('zvit.reportsFolderId')],
    ]);
  });
});

describe('the steps', () => {
  it('reportCheck passes a clean sheet with its number of measures', async () => {
    const { call } = addon(await sample());
    expect(call('reportCheck')).toEqual({ ok: true, measures: 11, warnings: 0, previous: null });
  });

  it('reportCreate names the Doc as in progress', async () => {
    const { env, call } = addon(await sample());
    call('reportCheck');
    const { docId, name } = call('reportCreate', false);
    expect([name, env.drive.files.get(docId)?.name]).toEqual([
      '[формується] звіт',
      '[формується] звіт',
    ]);
  });

  it('a refusal hands the page the check view with the cell at fault', () => {
    const { call } = addon(withBadAmount());
    const result = call('reportCheck');
    expect([
      result.ok,
      result.check.findings.some(
        (f: { cell: string; severity: string }) => f.cell === 'K5' && f.severity === 'error',
      ),
    ]).toEqual([false, true]);
  });

  it('a refusal marks the cell', () => {
    const { env, call } = addon(withBadAmount());
    call('reportCheck');
    expect(env.spreadsheet.getSheetsQuietly()[0].cell(5, 11).note).not.toEqual('');
  });

  it('a refusal creates nothing', () => {
    const { env, call } = addon(withBadAmount());
    call('reportCheck');
    expect(env.drive.files.size).toEqual(0);
  });

  it('reportCheck waits for nobody while another user holds the lock', async () => {
    const { env, call } = addon(await sample());
    env.locks.holdByOtherUser('document');
    expect(call('reportCheck')).toEqual({
      ok: false,
      message:
        'Таблицю саме змінює інша дія Zvit (перевірка, підсумки або звіт, можливо, іншого ' +
        'користувача). Зачекайте трохи і спробуйте знову.',
      check: null,
      retry: true,
    });
  });

  it('reportCheck refuses a table too large for one run, in agreement and offering no retry', () => {
    const { call } = addon(generatedSpreadsheet(5001));
    expect(call('reportCheck')).toEqual({
      ok: false,
      message:
        'У таблиці 5\u00a0001 захід: такий звіт не встигне сформуватися за 6 хвилин, які Google дає ' +
        'одній дії. Сформуйте звіт з файлу .xlsx командою zvit report або розділіть таблицю.',
      check: null,
      retry: false,
    });
  });

  it('reportCreate creates nothing while another user holds the lock', async () => {
    const { env, thrown } = addon(await sample());
    env.locks.holdByOtherUser('document');
    expect([thrown('reportCreate', false), env.drive.files.size]).toEqual([
      'Таблицю саме змінює інша дія Zvit (перевірка, підсумки або звіт, можливо, іншого ' +
        'користувача). Зачекайте трохи і спробуйте знову.',
      0,
    ]);
  });
});

describe('a run that did not finish', () => {
  it('leaves a draft the next report moves to the bin once no run can still be filling it, listing nothing on Drive', async () => {
    const { env, call } = addon(await sample());
    const stopped = call('reportCreate', false).docId;
    ageDrafts(env, 11);
    env.calls.reset();
    call('reportCreate', false);
    expect([trashed(env, stopped), env.calls.snapshot()['Drive.Files.list'] ?? 0]).toEqual([
      true,
      0,
    ]);
  });

  it('forgets a stale draft once it is in the bin', async () => {
    const { env, call } = addon(await sample());
    const stopped = call('reportCreate', false).docId;
    ageDrafts(env, 11);
    call('reportCreate', false);
    expect(remembered(env).map((d) => d.id)).not.toContain(stopped);
  });

  it('leaves alone a draft that a run may still be filling', async () => {
    const { env, call } = addon(await sample());
    const running = call('reportCreate', false).docId;
    // Made 5 minutes ago: its fill, asked for right after, may run for 6.
    ageDrafts(env, 5);
    call('reportCreate', false);
    expect(trashed(env, running)).toBe(false);
  });

  it('leaves a stale draft of another user to its maker, remembered', async () => {
    const { env, call } = addon(await sample());
    const theirs = call('reportCreate', false).docId;
    ageDrafts(env, 11);
    env.globals.Session = { ...env.globals.Session, getTemporaryActiveUserKey: () => 'другий' };
    call('reportCreate', false);
    expect([trashed(env, theirs), remembered(env).some((d) => d.id === theirs)]).toEqual([
      false,
      true,
    ]);
  });

  it('remembers no draft once the report is filled', async () => {
    const { env, report } = addon(await sample());
    report();
    expect(env.properties.document.values.has(DRAFTS_KEY)).toBe(false);
  });

  it('moves a draft whose filling failed to the bin and says so', async () => {
    const { env, call, thrown } = addon(await sample(), { maxDocumentEdits: 0 });
    const { docId } = call('reportCreate', false);
    expect([thrown('reportFill', docId), trashed(env, docId), remembered(env)]).toEqual([
      'Google повідомив про непередбачену помилку. Спробуйте знову. Незавершений документ переміщено в кошик.',
      true,
      [],
    ]);
  });
  it('says what a known failure means when filling fails, keeping that the draft is binned', async () => {
    const { env, call, thrown } = addon(await sample());
    const { docId } = call('reportCreate', false);
    env.globals.Docs.Documents.batchUpdate = () => {
      throw new Error('Service Documents timed out while accessing document with id 1AbC.');
    };
    expect(thrown('reportFill', docId)).toBe(
      'Google не встиг відповісти. Зачекайте хвилину і спробуйте знову. Незавершений документ переміщено в кошик.',
    );
  });

  it('never moves a finished report to the bin when asked to fill it again', async () => {
    const { env, thrown, report } = addon(await sample());
    const { docId } = report();
    thrown('reportFill', docId);
    expect(trashed(env, docId)).toBe(false);
  });
});

describe('Останній звіт', () => {
  it('is none before the first report', async () => {
    const { call } = addon(await sample());
    expect(call('lastReport')).toBeNull();
  });

  it('is the report just made, with its folder', async () => {
    const { call, report } = addon(await sample());
    const made = report();
    expect([call('lastReport'), made.folder.name, made.period]).toEqual([
      made,
      'Zvit — звіти',
      '1 півріччя 2017 року',
    ]);
  });

  it('is offered by the next check, so the page asks «Замінити останній звіт?»', async () => {
    const { call, report } = addon(await sample());
    const made = report();
    expect(call('reportCheck').previous).toEqual(made);
  });

  it('is kept in the spreadsheet’s document properties, well under 9 KB', async () => {
    const { env, report } = addon(await sample());
    report();
    const stored = env.properties.document.values.get(LAST_REPORT_KEY) ?? '';
    expect(stored.length).toBeLessThan(1024);
  });

  it('is made when the signer was pasted with characters Docs drops from inserted text', () => {
    // A "\r" from a pasted Windows line and a private-use symbol from a Word font: Docs strips
    // both, and the styles after the signature must be counted without them.
    const spreadsheet = generatedSpreadsheet(10);
    spreadsheet.getSheetByName('Налаштування')?.writeRaw(7, 2, [['Ольга\r КОВАЛЕНКО\ue0a7']]);
    const { env, report } = addon(spreadsheet);
    const made = report();
    expect(env.docs.savedText(made.docId)).toContain('Ольга КОВАЛЕНКО');
  });

  it('fits its 9 KB however long a name was typed, and the report made with it is kept', async () => {
    // An absurd but typeable «Назва розділу»: the Doc's name, the PDF's and the stored JSON grow with it.
    const spreadsheet = generatedSpreadsheet(10);
    spreadsheet.getSheetByName('Налаштування')?.writeRaw(3, 2, [['Розвиток '.repeat(1200)]]);
    const { env, call, report } = addon(spreadsheet);
    const made = report();
    call('reportPdf', made.docId);
    const docName = env.drive.files.get(made.docId)?.name ?? '';
    const pdf = [...env.drive.files.values()].find((f) => f.mimeType === 'application/pdf');
    const last = call('lastReport');
    const stored = env.properties.document.values.get(LAST_REPORT_KEY) ?? '';
    expect({
      storedFits: Buffer.byteLength(stored, 'utf8') <= 9 * 1024,
      docName: docName.length,
      pdfName: pdf?.name === `${docName}.pdf`,
      last: [last.docId, last.name],
    }).toEqual({
      storedFits: true,
      docName: 10_826,
      pdfName: true,
      last: [made.docId, `${docName.slice(0, 199)}…`],
    });
  });

  it('is forgotten once its Doc is in the bin', async () => {
    const { env, call, report } = addon(await sample());
    env.drive.trash(report().docId);
    expect([call('lastReport'), env.properties.document.values.has(LAST_REPORT_KEY)]).toEqual([
      null,
      false,
    ]);
  });

  it('is forgotten once its Doc is removed for good', async () => {
    const { env, call, report } = addon(await sample());
    env.drive.remove(report().docId);
    expect(call('lastReport')).toBeNull();
  });

  it('is kept when Drive fails for another reason than a missing file', async () => {
    const { env, call, report } = addon(await sample());
    const made = report();
    env.globals.Drive.Files.get = () => {
      throw new Error('API call to drive.files.get failed with error: Backend Error');
    };
    expect(call('lastReport')).toEqual(made);
  });

  it('is shown as stored to another coordinator, whose Drive grant cannot see the Doc', async () => {
    const { env, call, report } = addon(await sample());
    const made = report();
    env.drive.trash(made.docId);
    env.globals.Session = { ...env.globals.Session, getTemporaryActiveUserKey: () => 'другий' };
    expect(call('lastReport')).toEqual(made);
  });

  it('is moved to the bin with its PDF when the next report replaces it', async () => {
    const { env, call, report } = addon(await sample());
    const first = report();
    const pdf = call('reportPdf', first.docId).pdf;
    const pdfId = /\/d\/([^/]+)/.exec(pdf.url)?.[1] ?? '';
    report(true);
    expect([trashed(env, first.docId), trashed(env, pdfId)]).toEqual([true, true]);
  });

  it('is said to be in the bin by the report that replaced it', async () => {
    const { report } = addon(await sample());
    report();
    expect(report(true).replaced).toEqual({ trashed: true });
  });

  it('is said to be left where it was, and why, when Drive refuses to bin it', async () => {
    const { env, report } = addon(await sample());
    report();
    const update = env.globals.Drive.Files.update;
    env.globals.Drive.Files.update = (body: { trashed?: boolean }, id: string) => {
      if (body.trashed) throw new Error('The user does not have sufficient permissions for file.');
      return update(body, id);
    };
    expect(report(true).replaced).toEqual({ trashed: false, reason: 'немає дозволу' });
  });

  it('is said to be another user’s when binning the report they made fails', async () => {
    const { env, report } = addon(await sample());
    report();
    env.globals.Session = { ...env.globals.Session, getTemporaryActiveUserKey: () => 'другий' };
    const update = env.globals.Drive.Files.update;
    env.globals.Drive.Files.update = (body: { trashed?: boolean }, id: string) => {
      if (body.trashed)
        throw new Error('API call to drive.files.update failed with error: File not found: x');
      return update(body, id);
    };
    expect(report(true).replaced).toEqual({ trashed: false, byOther: true });
  });

  it('is said to be in the bin when only its PDF was deleted for good before', async () => {
    const { env, call, report } = addon(await sample());
    const first = report();
    const pdf = call('reportPdf', first.docId).pdf;
    env.drive.remove(/\/d\/([^/]+)/.exec(pdf.url)?.[1] ?? '');
    expect(report(true).replaced).toEqual({ trashed: true });
  });

  it('stays the last report, out of the bin, while the report replacing it is not yet filled', async () => {
    const { env, call, report } = addon(await sample());
    const first = report();
    call('reportCheck');
    call('reportCreate', true);
    expect([trashed(env, first.docId), call('lastReport')]).toEqual([false, first]);
  });

  it('stays the last report, with its PDF, when filling the report replacing it fails', async () => {
    const { env, call, thrown, report } = addon(await sample());
    const first = call('reportPdf', report().docId);
    const pdfId = /\/d\/([^/]+)/.exec(first.pdf.url)?.[1] ?? '';
    call('reportCheck');
    const { docId } = call('reportCreate', true);
    env.globals.Docs.Documents.batchUpdate = () => {
      throw new Error('API call to docs.documents.batchUpdate failed with error: Internal error');
    };
    thrown('reportFill', docId);
    expect([
      trashed(env, docId),
      trashed(env, first.docId),
      trashed(env, pdfId),
      call('lastReport'),
    ]).toEqual([true, false, false, first]);
  });

  it('stays where it is when the next report does not replace it', async () => {
    const { env, report } = addon(await sample());
    const first = report();
    report(false);
    expect(trashed(env, first.docId)).toBe(false);
  });
});

describe('Зберегти PDF', () => {
  it('saves the PDF beside the Doc and remembers it', async () => {
    const { env, call, report } = addon(await sample());
    const made = report();
    const withPdf = call('reportPdf', made.docId);
    const pdf = [...env.drive.files.values()].find((f) => f.mimeType === 'application/pdf');
    expect([withPdf.pdf.name, pdf?.parents, call('lastReport').pdf]).toEqual([
      `${made.name}.pdf`,
      env.drive.files.get(made.docId)?.parents,
      withPdf.pdf,
    ]);
  });

  it('replaces the PDF saved before for the same report', async () => {
    const { env, call, report } = addon(await sample());
    const { docId } = report();
    call('reportPdf', docId);
    call('reportPdf', docId);
    const live = [...env.drive.files.values()].filter(
      (f) => f.mimeType === 'application/pdf' && !f.trashed,
    );
    expect(live.length).toEqual(1);
  });
});

describe('the reports folder', () => {
  const FOLDER_KEY = 'zvit.reportsFolderId';
  const folderOf = (env: FakeEnvironment) => env.properties.user.values.get(FOLDER_KEY) ?? '';

  it('is asked of Drive before the next Doc is made in it, and nothing is listed', async () => {
    const { env, call, report } = addon(await sample());
    report();
    env.calls.reset();
    call('reportCreate', false);
    const drive = Object.entries(env.calls.snapshot()).filter(([name]) =>
      name.startsWith('Drive.'),
    );
    expect(Object.fromEntries(drive)).toEqual({ 'Drive.Files.get': 1, 'Drive.Files.create': 1 });
  });

  it.each([
    ['trashed', (env: FakeEnvironment, id: string) => env.drive.trash(id)],
    ['removed for good', (env: FakeEnvironment, id: string) => env.drive.remove(id)],
  ])('is made anew when the old one was %s, and the report lies there', async (_, gone) => {
    const { env, report } = addon(await sample());
    report();
    const old = folderOf(env);
    gone(env, old);
    const { docId } = report();
    const doc = env.drive.files.get(docId);
    expect([folderOf(env) !== old, doc?.parents, doc && env.drive.inBin(doc)]).toEqual([
      true,
      [folderOf(env)],
      false,
    ]);
  });

  it('gets nothing more once trashed, so restoring it brings back only what it held', async () => {
    const { env, report } = addon(await sample());
    report();
    const old = folderOf(env);
    env.drive.trash(old);
    report();
    env.drive.files.get(old)!.trashed = false;
    const back = env.drive.childrenOf(old).filter((f) => !env.drive.inBin(f));
    expect(back.map((f) => f.name)).toEqual([
      '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року',
    ]);
  });

  it('is kept when Drive fails for another reason, and the failure is shown', async () => {
    const { env, call, thrown, report } = addon(await sample());
    report();
    const old = folderOf(env);
    call('reportCheck');
    env.globals.Drive.Files.create = () => {
      throw new Error('API call to drive.files.create failed with error: Backend Error');
    };
    expect([thrown('reportCreate', false), folderOf(env)]).toEqual([
      'API call to drive.files.create failed with error: Backend Error',
      old,
    ]);
  });

  it('is not made anew when Drive fails to say whether it is there, and the retry is offered', async () => {
    const { env, call, thrown, report } = addon(await sample());
    report();
    const old = folderOf(env);
    const folders = () =>
      [...env.drive.files.values()].filter(
        (f) => f.mimeType === 'application/vnd.google-apps.folder',
      ).length;
    const before = folders();
    call('reportCheck');
    env.globals.Drive.Files.get = () => {
      throw new Error('API call to drive.files.get failed with error: Timeout while fetching');
    };
    const message = thrown('reportCreate', false);
    expect([
      failureMessage('створити звіт', new Error(message)).retry,
      folderOf(env),
      folders(),
    ]).toEqual([true, old, before]);
  });

  it('takes the PDF in a new folder when the old one was trashed', async () => {
    const { env, call, report } = addon(await sample());
    const { docId } = report();
    const old = folderOf(env);
    env.drive.trash(old);
    call('reportPdf', docId);
    const live = [...env.drive.files.values()].filter(
      (f) => f.mimeType === 'application/pdf' && !env.drive.inBin(f),
    );
    expect(live.map((f) => f.parents)).toEqual([[folderOf(env)]]);
  });
});

describe('service calls of a whole report (check, create, fill)', () => {
  /** What the budget counts: the sheet, the documents, Docs and Drive (no lock, properties). */
  const COUNTED =
    /^(SpreadsheetApp|Spreadsheet|Sheet|Range|RangeList|DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|Text|Docs|Drive)\./;
  /** DocumentApp and its elements, the Docs and Drive advanced services. */
  const DOCUMENT_SIDE =
    /^(DocumentApp|Document|Body|Paragraph|Table|TableRow|TableCell|Text|Docs|Drive)\./;
  const SHEET_SIDE = /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./;
  /**
   * The first report of a fresh file, the same period again (replacing it), the next period
   * (replacing it too) while the snapshots tab holds the earlier one.
   */
  const CASES = ['first', 'repeat', 'next'] as const;
  type Case = (typeof CASES)[number];
  const costs = new Map<string, Record<string, number>>();
  const names = new Map<number, string | undefined>();
  const at = (measures: number, which: Case, narrative = false) =>
    costs.get(`${measures} ${which} ${narrative}`) ?? {};
  let oneRead: Record<string, number> = {};
  beforeAll(() => {
    for (const measures of [10, 1000, 5000])
      for (const narrative of [false, true]) {
        const spreadsheet = generatedSpreadsheet(measures);
        // The narrative of SPEC §7 (Розділ | Текст), a paragraph for the sheet's section.
        if (narrative)
          spreadsheet.addSheet('Пояснення', [
            ['Розділ', 'Текст'],
            ['4.4', 'Пояснення до розділу 4.4.'],
          ]);
        const { env, report } = addon(spreadsheet);
        const settings = env.spreadsheet.getSheetsQuietly().find((s) => s.name === 'Налаштування');
        for (const which of CASES) {
          if (which === 'next') settings?.writeRaw(5, 2, [['9 місяців 2017 року']]);
          env.calls.reset();
          const { docId } = report(which !== 'first');
          costs.set(`${measures} ${which} ${narrative}`, env.calls.snapshot());
          if (which === 'first' && !narrative)
            names.set(measures, env.drive.files.get(docId)?.name);
        }
      }
    const { env, call } = addon(generatedSpreadsheet(10));
    env.calls.reset();
    call('sidebarSummary');
    oneRead = env.calls.snapshot();
  });
  const side = (snapshot: Record<string, number>, pattern: RegExp): number =>
    Object.entries(snapshot)
      .filter(([name]) => pattern.test(name))
      .reduce((sum, [, n]) => sum + n, 0);

  describe.each([10, 1000, 5000])('at %i measures', (measures) => {
    it.each(CASES)('a report (%s) costs at most 40 calls, its snapshot included', (which) => {
      expect(side(at(measures, which), COUNTED)).toBeLessThanOrEqual(40);
    });

    it.each(CASES)('a report (%s) with a Пояснення tab costs at most 40 calls', (which) => {
      expect(side(at(measures, which, true), COUNTED)).toBeLessThanOrEqual(40);
    });
  });

  it('read the sheet twice (the check, then the fill) and make the snapshots tab, reading nothing of it', () => {
    // Made, hidden, the person's tab found and made active again; its whole new grid formatted as
    // plain text and written in one range: range, format, values.
    const SNAPSHOT_CALLS = 7;
    expect(side(at(10, 'first'), SHEET_SIDE)).toEqual(
      2 * side(oneRead, SHEET_SIDE) + SNAPSHOT_CALLS,
    );
  });

  it('read the sheet twice, naming the snapshots tab in each read, and write the same period back through the range read: three calls', () => {
    // The check compares with the snapshot as «Перевірити дані» does: the tab's first 1 000 rows
    // in one getSheetValues. The fill: those rows as a range and their values, then that range's
    // values.
    expect(side(at(10, 'repeat'), SHEET_SIDE)).toEqual(2 * side(oneRead, SHEET_SIDE) + 2 + 1 + 3);
  });

  it('write a later period back through the block of rows it read, with no format of its own: three calls', () => {
    // The check's one call, as above; the fill: the tab's first 1 000 rows as a range and their
    // values, then that range's values.
    expect(side(at(10, 'next'), SHEET_SIDE)).toEqual(2 * side(oneRead, SHEET_SIDE) + 2 + 1 + 3);
  });

  it('ask Drive whether the last report and the reports folder are still there, and list nothing', () => {
    expect(
      [at(10, 'repeat'), at(10, 'next')].map((c) => [c['Drive.Files.get'], c['Drive.Files.list']]),
    ).toEqual([
      [2, undefined],
      [2, undefined],
    ]);
  });

  it('make as many calls on the sheet at 1 000 measures as at 10', () => {
    expect(side(at(1000, 'first'), SHEET_SIDE)).toEqual(side(at(10, 'first'), SHEET_SIDE));
  });

  it('build the Doc at 5 000 measures in one batch, within 500 requests', () => {
    expect([names.get(5000), at(5000, 'first')['Docs.batchUpdate']]).toEqual([
      '4.4 Розвиток інформаційного простору — 1 півріччя 2017 року',
      1,
    ]);
  });
  const documentSide = (measures: number): number => side(at(measures, 'first'), DOCUMENT_SIDE);

  it.each([10, 1000, 5000])('cost at most 13 on the document side at %i measures', (measures) => {
    expect(documentSide(measures)).toBeLessThanOrEqual(13);
  });

  it('cost as much on the document side at 5 000 measures as at 10', () => {
    expect(documentSide(5000)).toEqual(documentSide(10));
  });
});
