#!/usr/bin/env node
// The `zvit` command: runs the command line built to JavaScript (scripts/build-cli.mjs; npm ci,
// npm start and npm pack build it first).
const { processIo, run } = require('../dist-cli/zvit.cjs');

run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
