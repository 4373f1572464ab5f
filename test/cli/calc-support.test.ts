// The LibreOffice test support: a machine with `soffice` but without Calc skips the Calc tests
// instead of failing them.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { calcConverts } from '../support/libreoffice';

describe('calcConverts', () => {
  it('is false for an soffice that converts no spreadsheet (LibreOffice with Writer alone)', () => {
    const bin = mkdtempSync(join(tmpdir(), 'zvit-writer-only-'));
    // What LibreOffice without Calc does with a .fods: says nothing useful and writes no file.
    writeFileSync(
      join(bin, 'soffice'),
      '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 0\n',
    );
    chmodSync(join(bin, 'soffice'), 0o755);
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
    expect(calcConverts(env)).toBe(false);
  });
});
