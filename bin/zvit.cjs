#!/usr/bin/env node
// The `zvit` command: runs the command line built to JavaScript (scripts/build-cli.mjs; npm ci,
// npm start and npm pack build it first).
const { run } = require('../dist-cli/zvit.cjs');

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
