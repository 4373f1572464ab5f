// The command line run in-process, as a test calls it: its exit code and what it printed.
// Test support.
import { run } from '../../src/cli/main';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `zvit ARGV…` run from the folder `cwd`. */
export const zvitIn = async (cwd: string, ...argv: string[]): Promise<Ran> => {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
};

/** `zvit ARGV…` run from the current folder. */
export const zvit = (...argv: string[]): Promise<Ran> => zvitIn(process.cwd(), ...argv);
