// Builds dist-cli/zvit.cjs — the command line as one CommonJS file that bin/zvit.cjs runs, so
// the installed package needs neither tsx nor TypeScript. The runtime dependencies (exceljs,
// docx, commander, yazl, jszip) stay external: npm installs them with the package.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/zvit.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
});
