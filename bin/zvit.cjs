#!/usr/bin/env node
// The `zvit` command: runs the TypeScript CLI through tsx, so it works right after `npm ci`.
require('tsx/cjs');
const { run } = require('../src/cli/main.ts');

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
