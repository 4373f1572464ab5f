// The command line as a package: `npm pack` makes a tarball that runs with its runtime
// dependencies alone (none: everything is bundled; no tsx, no TypeScript), and `engines` agrees
// with every installed package. Offline: the tarball is unpacked by hand and any runtime
// dependencies are linked from this project's node_modules, so nothing is fetched.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import semver from 'semver';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { readXlsx } from '../../src/cli/read-xlsx';
import { renderDocx } from '../../src/cli/render-docx';
import { analyseWorkbook } from '../../src/core/analyse';
import { writtenParts } from '../support/docx-parts';

const root = resolve(__dirname, '../..');
const app = mkdtempSync(join(tmpdir(), 'zvit-pack-'));
const installed = join(app, 'node_modules', 'zvit');
let files: string[] = [];

const zvit = (...argv: string[]) =>
  spawnSync(process.execPath, [join(installed, 'bin', 'zvit.cjs'), ...argv], {
    cwd: app,
    encoding: 'utf8',
  });

beforeAll(() => {
  // `npm pack` runs `prepare`, which builds dist-cli/ first.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', app], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as { filename: string; files: { path: string }[] }[];
  files = packed.files.map((f) => f.path);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(app, packed.filename),
    '-C',
    installed,
    '--strip-components=1',
  ]);
  // The production dependency tree, top-level packages linked: what `npm install zvit` gives.
  const production = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((path) => path.startsWith(join(root, 'node_modules') + sep))
    .map((path) => relative(join(root, 'node_modules'), path).split(`${sep}node_modules${sep}`)[0]);
  for (const name of new Set(production)) {
    const link = join(app, 'node_modules', name);
    mkdirSync(join(link, '..'), { recursive: true });
    if (!existsSync(link)) symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
}, 120000);

describe('the packed command line', () => {
  it('has no tsx or TypeScript beside it', () => {
    expect([
      existsSync(join(app, 'node_modules', 'tsx')),
      files.some((f) => f.endsWith('.ts')),
    ]).toEqual([false, false]);
  });

  it('ships the bin, the built JavaScript and the licences of what it bundles', () => {
    expect(files.filter((f) => f.startsWith('bin/') || f.startsWith('dist-cli/')).sort()).toEqual([
      'bin/zvit.cjs',
      'dist-cli/THIRD-PARTY-LICENSES.txt',
      'dist-cli/zvit.cjs',
    ]);
  });

  it('bundles exceljs without its streaming reader and writer and its CSV', () => {
    const licences = readFileSync(join(installed, 'dist-cli', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    const named = (name: string) => new RegExp(`^${name} \\d`, 'm').test(licences);
    expect(['exceljs', 'docx', 'unzipper', 'archiver', 'fast-csv'].map(named)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('prints its help', () => {
    const { status, stdout } = zvit('--help');
    expect([status, stdout.includes('Використання: zvit')]).toEqual([0, true]);
  });

  it('writes a report', () => {
    const { status } = zvit(
      'report',
      resolve(root, SAMPLE_PATH),
      '--out',
      join(app, 'report.docx'),
    );
    expect([status, existsSync(join(app, 'report.docx'))]).toEqual([0, true]);
  });

  it('writes the report written from a template built at run time', async () => {
    const out = join(app, 'same.docx');
    zvit('report', resolve(root, SAMPLE_PATH), '--out', out);
    const { report } = analyseWorkbook(await readXlsx(resolve(root, SAMPLE_PATH)));
    expect(await writtenParts(readFileSync(out))).toEqual(
      await writtenParts(await renderDocx(report)),
    );
  });

  it('carries docx’s template, not docx', () => {
    const bundle = readFileSync(join(installed, 'dist-cli', 'zvit.cjs'), 'utf8');
    expect([bundle.includes('ZVITTITLEMARK'), bundle.includes('Packer')]).toEqual([true, false]);
  });
});

describe('engines', () => {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;

  /** Every installed package's name and engines.node range, nested ones included. */
  const engines = (dir: string): [string, string][] =>
    readdirSync(dir).flatMap((name): [string, string][] => {
      if (name.startsWith('.')) return [];
      const path = join(dir, name);
      if (name.startsWith('@')) return engines(path);
      const manifest = join(path, 'package.json');
      if (!existsSync(manifest)) return [];
      const { engines: wanted } = JSON.parse(readFileSync(manifest, 'utf8'));
      const own: [string, string][] =
        typeof wanted?.node === 'string' ? [[relative(root, path), wanted.node]] : [];
      const nested = join(path, 'node_modules');
      return existsSync(nested) ? [...own, ...engines(nested)] : own;
    });

  it('asks for no Node version an installed package refuses', () => {
    const refusing = engines(join(root, 'node_modules')).filter(
      ([, wanted]) => !semver.subset(range, wanted),
    );
    expect(refusing).toEqual([]);
  });
});
