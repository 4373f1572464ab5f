// Builds dist-cli/zvit.cjs — the command line as one CommonJS file that bin/zvit.cjs runs, so
// the installed package needs neither tsx nor TypeScript, nor any other package: everything it
// uses is bundled (docx tree-shaken). One file spares Node finding, reading and wrapping the
// ~700 files of exceljs, docx and their dependencies on every start (~0.3 s of CPU). Names are
// kept, so a stack trace still reads. The licences of what is bundled go to
// dist-cli/THIRD-PARTY-LICENSES.txt.
//
// exceljs loads its streaming reader and writer (unzipper, archiver) and its CSV (fast-csv) on
// every start; the command line reads whole workbooks with `Workbook.xlsx.load` only, so those
// three are left out (~0.1 s of CPU less and half the bundle): a stand-in that throws if used.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outfile = 'dist-cli/zvit.cjs';
/** Packages whose own dist already carries other packages' code inlined. */
const INLINED = { docx: ['fflate', 'nanoid'] };

/** exceljs's dependencies the command line never reaches. */
const LEFT_OUT = ['unzipper', 'archiver', 'fast-csv'];

const leaveOut = {
  name: 'leave-out',
  setup(build) {
    const filter = new RegExp(`^(${LEFT_OUT.join('|')})$`);
    build.onResolve({ filter }, ({ path }) => ({ path, namespace: 'left-out' }));
    // Nothing touches these at load; any use throws, naming the package.
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, ({ path }) => ({
      contents:
        `const fail = () => { throw new Error(${JSON.stringify(`${path} is not in this build`)}); };\n` +
        "module.exports = new Proxy(fail, { get: (_, key) => (key === '__esModule' ? undefined : fail) });\n",
      loader: 'js',
    }));
  },
};

rmSync('dist-cli', { recursive: true, force: true });

const result = await build({
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  // Their licences are written in full below; comments would only repeat a part of them.
  legalComments: 'none',
  metafile: true,
  plugins: [leaveOut],
  logLevel: 'warning',
});

/** The package a bundled file belongs to: `node_modules/<name>/…` or `node_modules/@scope/<name>/…`. */
const packageOf = (path) => {
  const parts = path.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return null;
  const name = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : [parts[at + 1]];
  return join(...parts.slice(0, at + 1), ...name);
};

/** A package's directory: nested under the one that inlines it, else at the top. */
const packageDir = (name, inliner) =>
  [join(inliner, 'node_modules', name), join('node_modules', name)].find(existsSync);

const direct = [...new Set(Object.keys(result.metafile.inputs).map(packageOf).filter(Boolean))];
const manifestOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const packages = new Map();
for (const dir of direct) {
  const manifest = manifestOf(dir);
  packages.set(manifest.name, dir);
  for (const name of INLINED[manifest.name] ?? []) {
    if (!packages.has(name)) packages.set(name, packageDir(name, dir));
  }
}
const licenceOf = (manifest) => manifest.license ?? 'licence not named';
const authorOf = ({ author }) =>
  typeof author === 'object'
    ? [author.name, author.email && `<${author.email}>`].join(' ')
    : author;
const notices = [...packages.keys()].sort().map((name) => {
  const dir = packages.get(name);
  const manifest = manifestOf(dir);
  const licence = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licence
    ? readFileSync(join(dir, licence), 'utf8').trim()
    : `No licence file in the package, by ${authorOf(manifest)}; its package.json names ` +
      `${manifest.license ?? 'none'}.`;
  return `${manifest.name} ${manifest.version} (${licenceOf(manifest)})\n\n${text}\n`;
});
writeFileSync(
  'dist-cli/THIRD-PARTY-LICENSES.txt',
  `dist-cli/zvit.cjs bundles these packages:\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);
