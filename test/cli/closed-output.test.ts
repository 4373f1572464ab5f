// The built `zvit` command whose reader goes away (`zvit … | head`): it stops quietly, as a Unix
// tool does. Spawned as a process, since only a real closed pipe raises EPIPE.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

beforeAll(() => {
  // `npm test` builds first; a lone run of this file builds the command line if it is missing.
  if (!existsSync(join(root, 'dist-cli', 'zvit.cjs'))) {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'ignore' });
  }
});

/**
 * Runs bin/zvit.cjs with the read end of one of its output pipes closed before it starts, as
 * `head` leaves it after its last line; returns the exit code and what the other stream got.
 */
const zvitWithClosed = (closed: 'stdout' | 'stderr', ...argv: string[]) =>
  new Promise<{ code: number | null; other: string }>((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'zvit.cjs'), ...argv], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child[closed].destroy();
    let other = '';
    child[closed === 'stdout' ? 'stderr' : 'stdout'].on('data', (chunk: Buffer) => {
      other += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, other }));
  });

describe('zvit piped into a reader that goes away', () => {
  it.each([
    ['--help', ['--help']],
    ['check', ['check', 'samples/zvit-sample.xlsx']],
  ])('%s ends with 141 and nothing on stderr: no EPIPE, no stack trace', async (_, argv) => {
    const { code, other } = await zvitWithClosed('stdout', ...argv);
    expect({ code, stderr: other }).toEqual({ code: 141, stderr: '' });
  });

  it('a closed stderr ends a refused run the same way, its stdout empty', async () => {
    expect(await zvitWithClosed('stderr', 'check', 'no-such-book.xlsx')).toEqual({
      code: 141,
      other: '',
    });
  });
});
