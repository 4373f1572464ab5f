// Builds dist/ — exactly what `clasp push` sends: the Apps Script bundle with one top-level
// stub per entry point, appsscript.json, and the sidebar page with its script inlined.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';

const dist = 'dist';
const target = 'es2019';

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const options = {
  entryPoints: ['src/gas/main.ts'],
  bundle: true,
  target,
  platform: 'neutral',
  write: false,
  legalComments: 'none',
  // Every run (each onEdit, each sidebar call) loads the whole bundle: no spaces or comments to
  // parse. Names are kept (no minifyIdentifiers), so a stack trace in the log still reads.
  minifyWhitespace: true,
  minifySyntax: true,
};
const gas = await build({ ...options, format: 'iife', globalName: 'Zvit' });
// esbuild lists an entry's exports for ES module output only.
const esm = await build({ ...options, format: 'esm', metafile: true, outfile: 'entry.js' });
const exports = Object.values(esm.metafile.outputs)[0].exports;
// Apps Script finds menu handlers, triggers and google.script.run targets only as top-level
// function declarations; everything else stays inside the Zvit namespace.
const stubs = exports
  .map((name) => `function ${name}() { return Zvit.${name}.apply(null, arguments); }`)
  .join('\n');
await writeFile(`${dist}/Code.js`, `${gas.outputFiles[0].text}\n${stubs}\n`);
await copyFile('appsscript.json', `${dist}/appsscript.json`);

if (existsSync('src/sidebar/main.ts')) {
  const page = await build({
    entryPoints: ['src/sidebar/main.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    write: false,
    minify: true,
    legalComments: 'none',
  });
  const template = await readFile('src/sidebar/page.html', 'utf8');
  // The script must not close its own <script> element early.
  const script = page.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  await writeFile(
    `${dist}/sidebar.html`,
    template.replace('<!--zvit:script-->', () => `<script>${script}</script>`),
  );
}

const size = (await readFile(`${dist}/Code.js`)).length;
console.log(
  `dist/Code.js ${(size / 1024).toFixed(1)} KB, ${exports.length} entry points: ${exports.join(', ')}`,
);
