// How a Node program of this repository is bundled: the command line (scripts/build-cli.mjs),
// and the peer and the floor of `npm run bench`, so the three are packaged alike. Scripts layer.
//
// Everything a program uses is bundled into one CommonJS file (docx tree-shaken from its ES
// build): one file spares Node finding, reading and wrapping the ~700 files of exceljs, docx
// and their dependencies on every start (~0.3 s of CPU). Names are kept, so a stack trace
// still reads.
//
// exceljs loads its streaming reader and writer (unzipper, archiver) and its CSV (fast-csv) on
// every start; whole workbooks read with `Workbook.xlsx.load` never use them, so those three
// are left out (~0.1 s of CPU less and half the bundle): a stand-in that throws if used.

/**
 * exceljs's dependencies that reading a whole workbook never reaches, and Node's child_process,
 * which commander loads to run a subcommand written as a program of its own (Zvit's are
 * functions; loading it costs a start ~6 ms).
 */
const LEFT_OUT = ['unzipper', 'archiver', 'fast-csv', 'node:child_process'];

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

/** esbuild's options for a bundled Node program; entry points and output are the caller's. */
export const nodeProgramOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  // Licence comments of code a package inlines from another (docx carries stream-browserify's
  // and events'), kept once at the end; each package's own licence is also written beside it.
  legalComments: 'eof',
  plugins: [leaveOut],
  logLevel: 'warning',
};
