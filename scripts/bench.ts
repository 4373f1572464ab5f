// `npm run bench`: prints the speed, memory and Apps Script call-count figures and writes
// them to out/bench.json; `npm run bench:gas` the Apps Script figures alone, to
// out/bench-gas.json. Targets are printed beside the figures; nothing here fails a build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchGas, benchLargestReport, benchProgramme, printGas } from './bench-gas';
import { performance } from 'node:perf_hooks';
import type { PeerFigures, Run } from './bench-offline';
import { benchPeers } from './bench-offline';

const SIZES = [1000, 10000, 50000];

const pad = (text: string | number, width: number): string => String(text).padStart(width);

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const times = (ratio: number): string => `${ratio.toFixed(2)}×`;
/** CPU seconds, then wall seconds in brackets. */
const time = (run: Run): string => `${seconds(run.cpuMs)} (${seconds(run.ms)})`;
const verdict = (met: boolean): string => (met ? 'виконано' : 'НЕ виконано');

/** The side-by-side table and each goal as met or not. */
const printPeers = (figures: readonly PeerFigures[]): void => {
  console.log(
    'Офлайн, .xlsx → .docx цілим процесом (зі зібраного JavaScript), медіани; Zvit, docxtemplater ' +
      'і підлога запускаються по черзі, щоразу в іншому порядку. Підлога — прочитати книгу й ' +
      'заархівувати document.xml.\n' +
      'с — процесорний час процесу (user + system), за ним порівнюють цілі; у дужках — настінний час.',
  );
  console.log(
    `${pad('заходів', 8)} ${pad('запусків', 8)} | ${pad('Zvit, с', 8)} ${pad('МБ', 6)} | ` +
      `${pad('docxt., с', 9)} ${pad('МБ', 6)} | ${pad('час Z/d', 8)} ${pad('пам. Z/d', 8)} | ` +
      `${pad('підлога, с', 10)} ${pad('МБ', 6)} | ${pad('Z/підлога', 9)}`,
  );
  for (const f of figures) {
    const { zvit, docxtemplater: peer, floor } = f.median;
    console.log(
      `${pad(f.measures, 8)} ${pad(f.runs, 8)} | ${pad(time(zvit), 16)} ${pad(zvit.peakMb.toFixed(0), 6)} | ` +
        `${pad(time(peer), 16)} ${pad(peer.peakMb.toFixed(0), 6)} | ` +
        `${pad(times(zvit.cpuMs / peer.cpuMs), 8)} ${pad(times(zvit.peakMb / peer.peakMb), 8)} | ` +
        `${pad(time(floor), 16)} ${pad(floor.peakMb.toFixed(0), 6)} | ${pad(times(zvit.cpuMs / floor.cpuMs), 9)}`,
    );
  }
  console.log(
    'Цілі (час — медіана відношень процесорного часу Zvit до іншої програми в одному колі запусків):',
  );
  for (const f of figures) {
    const { zvit, docxtemplater: peer } = f.median;
    const { docxtemplater: overPeer, floor: overFloor } = f.ratio;
    console.log(
      `  ${pad(f.measures, 6)}: швидше за docxtemplater — ${verdict(overPeer < 1)} (${times(overPeer)}); ` +
        `менший пік пам'яті — ${verdict(zvit.peakMb < peer.peakMb)} (${times(zvit.peakMb / peer.peakMb)}); ` +
        `не довше 1,2× підлоги — ${verdict(overFloor <= 1.2)} (${times(overFloor)})`,
    );
  }
  const at = (n: number) => figures.find((f) => f.measures === n);
  const ten = at(10000);
  const thousand = at(1000);
  if (ten && thousand) {
    console.log(
      `  ядро (читання + перевірки + підсумки + модель звіту) ≤ 500 мс на 10 000: ${verdict(ten.coreMs <= 500)} ` +
        `(${ten.coreMs.toFixed(0)} мс; 10 000 / 1 000 = ${(ten.coreMs / thousand.coreMs).toFixed(1)}×)`,
    );
  }
};

const main = async (): Promise<void> => {
  const started = performance.now();
  const gasOnly = process.argv.includes('--gas');
  // The Apps Script figures load the built bundle; `prebench` has built the CLI.
  execFileSync(process.execPath, ['scripts/build-gas.mjs'], { stdio: 'ignore' });
  const offline = gasOnly
    ? []
    : await benchPeers(SIZES, (line) => process.stderr.write(`${line}\n`));
  if (!gasOnly) printPeers(offline);
  // Every action at 10, 1 000 and 10 000 measures (where the report is refused), the largest
  // report made (5 000) and the programme of SPEC §7: 20 section tabs of 50 measures each.
  const appsScript = [
    ...benchGas([10, 1000, 10000]),
    ...benchLargestReport(),
    ...benchProgramme(20, 5),
    ...benchProgramme(20, 50),
  ];
  printGas(appsScript);
  const report = appsScript.find((f) => f.measures === 1000 && f.action === 'Сформувати звіт');
  if (report)
    console.log(
      `Ціль: звіт на 1 000 заходів у межах 6 хвилин (оцінка ${report.estimateS.toFixed(1)} с).`,
    );
  const out = gasOnly ? 'out/bench-gas.json' : 'out/bench.json';
  mkdirSync('out', { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(gasOnly ? { appsScript } : { offline, appsScript }, null, 2)}\n`,
  );
  console.log(`Записано ${out} (усього ${((performance.now() - started) / 1000).toFixed(0)} с).`);
};

void main();
