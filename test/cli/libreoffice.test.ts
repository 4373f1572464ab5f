// Opens the sample report the way a person would: LibreOffice converts the .docx to PDF, and
// poppler reads the page size and the text back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import { renderDocx } from '../../src/cli/render-docx';
import { analyseWorkbook } from '../../src/core/analyse';
import { SAMPLE_PATH } from '../../scripts/make-sample';

const has = (tool: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((tool) => !has(tool));
const describeWithLibreOffice = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) {
  console.warn(
    `LibreOffice test skipped: ${missing.join(', ')} not found ` +
      '(apt-get install libreoffice-writer-nogui poppler-utils; .ci/run installs them).',
  );
}

describeWithLibreOffice('the sample report in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zvit-lo-'));
  let info = '';
  let text = '';

  beforeAll(async () => {
    const model = analyseWorkbook(await readXlsx(SAMPLE_PATH)).report;
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, await renderDocx(model));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { stdio: 'ignore', timeout: 180000 },
    );
    const pdf = join(dir, 'report.pdf');
    info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  }, 240000);

  it('is A4 landscape', () => {
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([842, 595]);
  });

  it('prints the totals row', () => {
    expect(text).toMatch(/ВСЬОГО:.*168,8 \/ 20.*88,8 \/ 20.*80 \/ 0/);
  });

  it('repeats the header on the second page', () => {
    const pages = text.split('\f');
    expect(pages[1]).toContain('Зміст заходу');
  });

  it('keeps the summary with the signature', () => {
    const page = text.split('\f').find((p) => p.includes('Ольга КОВАЛЕНКО')) ?? '';
    expect(page).toContain('Фактично використано 20 тис. грн');
  });
});
