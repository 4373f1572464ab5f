// `npm run bench`: prints the speed, memory and Apps Script call-count figures and writes
// them to out/bench.json. Targets are printed beside the figures; nothing here fails a build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchGas, benchProgramme, printGas } from './bench-gas';
import { benchOffline } from './bench-offline';

const SIZES = [1000, 10000, 50000];

const pad = (text: string | number, width: number): string => String(text).padStart(width);

const main = async (): Promise<void> => {
  // The Apps Script figures load the built bundle.
  execFileSync(process.execPath, ['scripts/build-gas.mjs'], { stdio: 'ignore' });
  const offline = await benchOffline(SIZES);
  console.log(
    'Офлайн: ядро (читання + перевірки + підсумки + модель звіту) і весь CLI (.xlsx → .docx)',
  );
  console.log(
    `${pad('заходів', 8)} ${pad('ядро, мс', 10)} ${pad('CLI, мс', 10)} ${pad('CLI, МБ', 9)}`,
  );
  for (const f of offline) {
    console.log(
      `${pad(f.measures, 8)} ${pad(f.coreMs.toFixed(0), 10)} ${pad(f.cliMs.toFixed(0), 10)} ${pad(f.cliPeakMb.toFixed(0), 9)}`,
    );
  }
  const at = (n: number) => offline.find((f) => f.measures === n);
  const ten = at(10000);
  const thousand = at(1000);
  if (ten && thousand) {
    console.log(
      `Цілі: ядро ≤ 500 мс на 10 000 (є ${ten.coreMs.toFixed(0)}), лінійно (10 000 / 1 000 = ${(ten.coreMs / thousand.coreMs).toFixed(1)}×); ` +
        `CLI ≤ 15 000 мс і ≤ 600 МБ на 10 000 (є ${ten.cliMs.toFixed(0)} мс, ${ten.cliPeakMb.toFixed(0)} МБ).`,
    );
  }
  // The programme of SPEC §7: 20 section tabs of 50 measures each.
  const appsScript = [...benchGas([10, 1000, 10000]), ...benchProgramme(20, 50)];
  printGas(appsScript);
  const report = appsScript.find((f) => f.measures === 1000 && f.action === 'Сформувати звіт');
  if (report)
    console.log(
      `Ціль: звіт на 1 000 заходів у межах 6 хвилин (оцінка ${report.estimateS.toFixed(1)} с).`,
    );
  mkdirSync('out', { recursive: true });
  writeFileSync('out/bench.json', `${JSON.stringify({ offline, appsScript }, null, 2)}\n`);
  console.log('Записано out/bench.json');
};

void main();
