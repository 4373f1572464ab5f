// Builds dist-cli/zvit.cjs — the command line as one CommonJS file that bin/zvit.cjs runs, so
// the installed package needs neither tsx nor TypeScript, nor any other package: everything it
// uses is bundled, as scripts/cli-build-options.mjs says (the bench's peer and floor are
// bundled the same way). The report's .docx template is built here, by docx, and carried ready
// in the bundle, so writing a report loads no docx (src/cli/report-template.ts). The licences
// of what is bundled go to dist-cli/THIRD-PARTY-LICENSES.txt.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeProgramOptions } from './cli-build-options.mjs';

const outfile = 'dist-cli/zvit.cjs';
/** Packages whose output, not code, the bundle carries: docx wrote the report's template. */
const WRITTEN_BY = ['docx'];

rmSync('dist-cli', { recursive: true, force: true });

/** The report templates of the layout Zvit prints (src/cli/docx-template.ts), built by docx. */
const reportTemplates = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zvit-templates-'));
  try {
    const file = join(dir, 'templates.cjs');
    await build({
      ...nodeProgramOptions,
      entryPoints: ['src/cli/docx-template.ts'],
      outfile: file,
    });
    return createRequire(import.meta.url)(file).standardTemplates();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const templates = await reportTemplates();

/** src/cli/report-template.ts, which would build templates with docx, as the templates built. */
const readyTemplates = {
  name: 'ready-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]report-template\.ts$/ }, () => ({
      contents:
        "import { templateLookup } from './report-layout';\n" +
        // As JSON text: a string is read far faster than the same data written as code.
        `export const templateFor = templateLookup(JSON.parse(${JSON.stringify(JSON.stringify(templates))}));\n`,
      loader: 'ts',
      resolveDir: resolve('src/cli'),
    }));
  },
};

const result = await build({
  ...nodeProgramOptions,
  plugins: [...nodeProgramOptions.plugins, readyTemplates],
  entryPoints: ['src/cli/main.ts'],
  outfile,
  metafile: true,
});

/** The package a bundled file belongs to: `node_modules/<name>/…` or `node_modules/@scope/<name>/…`. */
const packageOf = (path) => {
  const parts = path.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return null;
  const name = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : [parts[at + 1]];
  return join(...parts.slice(0, at + 1), ...name);
};

const direct = [
  ...new Set([
    ...Object.keys(result.metafile.inputs).map(packageOf).filter(Boolean),
    ...WRITTEN_BY.map((name) => join('node_modules', name)),
  ]),
];
const manifestOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const packages = new Map();
for (const dir of direct) packages.set(manifestOf(dir).name, dir);
const licenceOf = (manifest) => manifest.license ?? 'licence not named';
const authorOf = ({ author }) =>
  typeof author === 'object'
    ? [author.name, author.email && `<${author.email}>`].join(' ')
    : author;
/**
 * The permission notice a package's licence asks to ship with every copy, for the few packages
 * that name MIT or ISC in package.json but carry no licence file (the standard texts).
 */
const STANDARD_TEXT = {
  MIT:
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this ' +
    'software and associated documentation files (the "Software"), to deal in the Software ' +
    'without restriction, including without limitation the rights to use, copy, modify, merge, ' +
    'publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons ' +
    'to whom the Software is furnished to do so, subject to the following conditions:\n\n' +
    'The above copyright notice and this permission notice shall be included in all copies or ' +
    'substantial portions of the Software.\n\n' +
    'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, ' +
    'INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR ' +
    'PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE ' +
    'FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR ' +
    'OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER ' +
    'DEALINGS IN THE SOFTWARE.',
  ISC:
    'Permission to use, copy, modify, and/or distribute this software for any purpose with or ' +
    'without fee is hereby granted, provided that the above copyright notice and this ' +
    'permission notice appear in all copies.\n\n' +
    'THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO ' +
    'THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT ' +
    'SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ' +
    'ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION ' +
    'OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE ' +
    'USE OR PERFORMANCE OF THIS SOFTWARE.',
};
const notices = [...packages.keys()].sort().map((name) => {
  const dir = packages.get(name);
  const manifest = manifestOf(dir);
  const licence = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const standard = STANDARD_TEXT[manifest.license];
  const text = licence
    ? readFileSync(join(dir, licence), 'utf8').trim()
    : standard
      ? `Copyright (c) ${authorOf(manifest)}\n\n${standard}`
      : `No licence file in the package, by ${authorOf(manifest)}; its package.json names ` +
        `${manifest.license ?? 'none'}.`;
  return `${manifest.name} ${manifest.version} (${licenceOf(manifest)})\n\n${text}\n`;
});
writeFileSync(
  'dist-cli/THIRD-PARTY-LICENSES.txt',
  `dist-cli/zvit.cjs bundles these packages (of ${WRITTEN_BY.join(', ')} the report's template ` +
    `it wrote, not its code):\n\n${notices.join(`\n${'-'.repeat(72)}\n\n`)}`,
);
