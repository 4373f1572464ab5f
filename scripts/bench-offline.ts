// Offline figures for `npm run bench`: the core (`analyseWorkbook`: read + check + totals +
// report model) on generated grids, and the whole command line (`bin/zvit.cjs report`, .xlsx →
// .docx) in a child process with its peak memory. Scripts layer; run from the repository root.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Cell, Grid } from '../src/core/grid';
import { analyseWorkbook } from '../src/core/analyse';
import { buildWorkbook, HEADER_SIDES, HEADER_TOP, SAMPLE_SETTINGS } from './make-sample';

const TERMS = [
  'Впродовж року',
  'І квартал',
  'ІІ півріччя',
  '2017',
  'до 01.07.2017',
  'березень 2017',
];
const STATUSES = ['виконано', 'виконується', 'виконано частково', 'не виконано'];
const EXECUTORS = [
  'Прес-служба',
  'Відділ інформаційного забезпечення',
  'Фінансове управління',
  'ЦНАП',
];

/** Row i of a generated table: varied terms and statuses, amounts in two sources. */
export const generatedRow = (i: number): (string | number | null)[] => {
  const plan = ((i * 37) % 500) + 0.5;
  const fact = i % 4 === 3 ? 0 : Math.round(plan * 0.6 * 10) / 10;
  const city = Math.round(plan * 0.4 * 10) / 10;
  const other = Math.round((plan - city) * 10) / 10;
  const cityFact = Math.min(city, fact);
  const otherFact = Math.round((fact - cityFact) * 10) / 10;
  return [
    i + 1,
    `Захід ${i + 1}: впровадження електронного сервісу для мешканців міста`,
    TERMS[i % TERMS.length],
    EXECUTORS[i % EXECUTORS.length],
    Math.round((city + other) * 10) / 10,
    Math.round((cityFact + otherFact) * 10) / 10,
    null,
    null,
    null,
    null,
    city,
    cityFact,
    null,
    null,
    other,
    otherFact,
    STATUSES[i % 4 === 3 ? 3 : i % 3],
    i % 5 === 0 ? '' : 'Виконано в повному обсязі, звіт подано.',
  ];
};

const toCell = (v: string | number | null): Cell =>
  v === null
    ? { value: '', text: '' }
    : { value: v, text: typeof v === 'number' ? String(v).replace('.', ',') : v };

export const generatedGrids = (measures: number): Grid[] => [
  {
    name: 'Заходи',
    rows: [
      [toCell('Виконання заходів')],
      HEADER_TOP.map(toCell),
      HEADER_SIDES.map(toCell),
      ...Array.from({ length: measures }, (_, i) => generatedRow(i).map(toCell)),
    ],
    merges: [],
  },
  {
    name: 'Налаштування',
    rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS].map((r) => r.map(toCell)),
    merges: [],
  },
];

const best = (runs: number, fn: () => void): number => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
};

export interface OfflineFigures {
  readonly measures: number;
  readonly coreMs: number;
  readonly cliMs: number;
  readonly cliPeakMb: number;
}

/**
 * Runs `bin/zvit.cjs` itself in a node that writes its peak RSS (KB) to a file at exit: the bin
 * reads its arguments from argv[2], so a placeholder stands in for the script path `-e` lacks.
 */
const CHILD = `
const [rssFile] = process.argv.splice(1, 1, 'bin/zvit.cjs');
process.on('exit', () => {
  require('node:fs').writeFileSync(rssFile, String(process.resourceUsage().maxRSS));
});
require('./bin/zvit.cjs');
`;

const runCli = (xlsx: string, docx: string, rssFile: string): { ms: number; peakMb: number } => {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-e', CHILD, rssFile, 'report', xlsx, '--out', docx], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`zvit report exited ${child.status}: ${child.stderr}`);
  return { ms, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
};

export const benchOffline = async (sizes: readonly number[]): Promise<OfflineFigures[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'zvit-bench-'));
  const figures: OfflineFigures[] = [];
  try {
    for (const measures of sizes) {
      const grids = generatedGrids(measures);
      const coreMs = best(3, () => analyseWorkbook(grids));
      const xlsx = join(dir, `bench-${measures}.xlsx`);
      await buildWorkbook(
        Array.from({ length: measures }, (_, i) => generatedRow(i)),
      ).xlsx.writeFile(xlsx);
      const cli = runCli(xlsx, join(dir, `bench-${measures}.docx`), join(dir, 'rss'));
      figures.push({ measures, coreMs, cliMs: cli.ms, cliPeakMb: cli.peakMb });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
};
