// A report whose filling Apps Script stops at its time limit, on the built bundle (dist/) over
// the fakes: no catch runs, so the half-built Doc keeps its in-progress name and the lock is let
// go only because the execution ended; the next report recognises the Doc, bins it and is made.
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { DRAFT_NAME, DRAFTS_KEY } from '../../src/gas/report-steps';
import type { FakeEnvironment } from '../fakes';
import { createFakeEnvironment, spreadsheetFromXlsx } from '../fakes';
import { thrown } from '../support/thrown';

const MINUTE = 60 * 1000;
/** Past the document's creation, inside its filling (each Docs or Drive call is priced 2 s). */
const STOP_AFTER_SECONDS = 5;

/**
 * The remembered drafts moved back, as if made `minutes` ago and their fill begun `filling`
 * minutes ago (by default as long ago as they were made).
 */
const ageDrafts = (env: FakeEnvironment, minutes: number, filling = minutes): void => {
  const drafts = JSON.parse(env.properties.document.values.get(DRAFTS_KEY) ?? '[]') as {
    at: number;
    filling?: number;
  }[];
  env.properties.document.values.set(
    DRAFTS_KEY,
    JSON.stringify(
      drafts.map((d) => ({
        ...d,
        at: d.at - minutes * MINUTE,
        ...(d.filling === undefined ? {} : { filling: d.filling - filling * MINUTE }),
      })),
    ),
  );
};

/** A second report as the page makes it: check, create, fill; the name it was given. */
const nextReport = (bundle: Record<string, (...args: unknown[]) => unknown>) => {
  bundle.reportCheck();
  const next = bundle.reportCreate(false) as { docId: string };
  const made = JSON.parse(JSON.stringify(bundle.reportFill(next.docId))) as { name: string };
  return { docId: next.docId, name: made.name };
};

/** Check and create as the page does, then a fill the time limit stops. */
const stoppedFill = async () => {
  const env = createFakeEnvironment({ spreadsheet: await spreadsheetFromXlsx(SAMPLE_PATH) });
  const bundle = env.load('dist');
  bundle.reportCheck();
  const { docId } = bundle.reportCreate(false) as { docId: string };
  env.limitTime(STOP_AFTER_SECONDS);
  const stop = thrown(() => bundle.reportFill(docId));
  env.limitTime(null);
  return { env, bundle, docId, stop };
};

describe('a fill stopped at the time limit', () => {
  it('is stopped with its table written, its Doc still named as in progress', async () => {
    const { env, docId, stop } = await stoppedFill();
    expect([stop, env.docs.savedText(docId) !== '', env.drive.files.get(docId)?.name]).toEqual([
      'Exceeded maximum execution time',
      true,
      DRAFT_NAME,
    ]);
  });

  it('leaves no lock behind: the next check runs', async () => {
    const { bundle } = await stoppedFill();
    expect(bundle.reportCheck()).toMatchObject({ ok: true });
  });

  it('is cleaned up by the next report, which is made', async () => {
    const { env, bundle, docId } = await stoppedFill();
    ageDrafts(env, 11);
    bundle.reportCheck();
    const next = bundle.reportCreate(false) as { docId: string };
    const made = JSON.parse(JSON.stringify(bundle.reportFill(next.docId))) as { name: string };
    expect([
      env.drive.files.get(docId)?.trashed,
      made.name.startsWith('[формується]'),
      env.drive.files.get(next.docId)?.name === made.name,
    ]).toEqual([true, false, true]);
  });

  it('is binned by a retry a minute after the stop, and the new report is made', async () => {
    const { env, bundle } = await stoppedFill();
    // The fill was stopped at the 6-minute limit; the person tries again a minute later.
    ageDrafts(env, 7);
    const next = nextReport(bundle);
    const left = [...env.drive.files.values()]
      .filter((f) => !f.trashed && f.name.startsWith('[формується]'))
      .map((f) => f.name);
    expect([left, env.drive.files.get(next.docId)?.name === next.name]).toEqual([[], true]);
  });

  it('is left alone while its fill may still run: begun 5 minutes ago, made long before', async () => {
    const { env, bundle, docId } = await stoppedFill();
    ageDrafts(env, 20, 5);
    nextReport(bundle);
    expect(env.drive.files.get(docId)?.trashed ?? false).toBe(false);
  });
});
