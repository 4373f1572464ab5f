// `npm run push` first checks that this machine has its own `.clasp.json` naming a real project:
// the repository commits none, so `clasp create` (docs/deploy.md) writes it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const script = resolve('scripts/check-clasp.mjs');
/** The shape of a real script id. */
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefghijklmnopqrstu';

/** The check run in a folder holding `project` as its .clasp.json (none when undefined). */
const check = (project: string | undefined): [number | null, string] => {
  const folder = mkdtempSync(join(tmpdir(), 'zvit-clasp-'));
  try {
    if (project !== undefined) writeFileSync(join(folder, '.clasp.json'), project);
    const run = spawnSync(process.execPath, [script], { cwd: folder, encoding: 'utf8' });
    return [run.status, run.stderr.split(' Create')[0]];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

describe('the check before clasp push', () => {
  it.each([
    [undefined, 1, 'No .clasp.json here.'],
    [
      '{"scriptId": "REPLACE_WITH_YOUR_SCRIPT_ID", "rootDir": "dist"}',
      1,
      '.clasp.json has no script id ("REPLACE_WITH_YOUR_SCRIPT_ID").',
    ],
    [
      `{"scriptId": "${ID}", "rootDir": "src"}`,
      1,
      '.clasp.json must push dist/ (its "rootDir" is "src").',
    ],
    [`{"scriptId": "${ID}", "rootDir": "dist"}`, 0, ''],
  ])('for %s exits %s: %s', (project, status, message) => {
    expect(check(project)).toEqual([status, message]);
  });

  it('checks when run through a symlinked folder too', () => {
    const folder = mkdtempSync(join(tmpdir(), 'zvit-clasp-'));
    try {
      symlinkSync(dirname(script), join(folder, 'scripts'));
      const linked = join(folder, 'scripts', 'check-clasp.mjs');
      expect(spawnSync(process.execPath, [linked], { cwd: folder }).status).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
