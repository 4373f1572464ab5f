// Opens the sample report the way a person would: LibreOffice converts the .docx to PDF, and
// poppler reads the page size and the text back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import { renderDocx, renderProgrammeDocx } from '../../src/cli/render-docx';
import { analyseWorkbook } from '../../src/core/analyse';
import { analyseProgramme, readNarrative } from '../../src/core/programme';
import { buildProgrammeReport } from '../../src/core/programme-report';
import { isSettingsGrid, readSettings } from '../../src/core/settings';
import type { ReportModel } from '../../src/core/report-model';
import { DRAFT_MARK } from '../../src/core/report-model';
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

/** The PDF LibreOffice makes of the model's .docx: its page info and its text, page by page. */
const printed = async (
  model: ReportModel | Uint8Array,
): Promise<{ info: string; text: string }> => {
  const dir = mkdtempSync(join(tmpdir(), 'zvit-lo-'));
  const docx = join(dir, 'report.docx');
  writeFileSync(docx, model instanceof Uint8Array ? model : await renderDocx(model));
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
  return {
    info: execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
    text: execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }),
  };
};

describeWithLibreOffice('the sample report in LibreOffice', () => {
  let info = '';
  let text = '';

  beforeAll(async () => {
    ({ info, text } = await printed(analyseWorkbook(await readXlsx(SAMPLE_PATH)).report));
  }, 240000);

  it('says nowhere that it is a draft', () => {
    expect(text).not.toContain('ЧЕРНЕТКА');
  });

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

describeWithLibreOffice('a draft with a group heading in LibreOffice', () => {
  let pages: string[] = [];

  beforeAll(async () => {
    const model = analyseWorkbook(await readXlsx(SAMPLE_PATH)).report;
    const heading = {
      cells: model.columns.map((_, c) =>
        c === 0 ? '1. Інформаційна відкритість органів влади' : '',
      ),
      heading: true,
    };
    const { text } = await printed({ ...model, draft: true, rows: [heading, ...model.rows] });
    pages = text.split('\f').filter((page) => page.trim() !== '');
  }, 240000);

  it('says on every page that it is a draft', () => {
    expect([pages.length > 1, pages.every((page) => page.includes(DRAFT_MARK))]).toEqual([
      true,
      true,
    ]);
  });

  it('prints the heading on one line across the table', () => {
    expect(pages[0]).toMatch(/^\s*1\. Інформаційна відкритість органів влади\s*$/m);
  });
});

describeWithLibreOffice('a programme of two sections in LibreOffice', () => {
  let text = '';

  beforeAll(async () => {
    // The sample's measures tab as section 4.4 and again as section 6.5, named by their tabs
    // (the sample's title «Розвиток інформаційного простору» would name both).
    const grids = (await readXlsx(SAMPLE_PATH)).flatMap((grid) => {
      if (grid.name !== 'Заходи') return [grid];
      const untitled = { ...grid, rows: [[], ...grid.rows.slice(1)] };
      return [
        { ...untitled, name: '4.4 Інформ' },
        { ...untitled, name: '6.5 Спорт' },
      ];
    });
    const report = buildProgrammeReport(
      analyseProgramme(grids),
      readSettings(grids.find(isSettingsGrid)),
      readNarrative(undefined),
    );
    ({ text } = await printed(await renderProgrammeDocx(report, false)));
  }, 240000);

  it('prints both section headings', () => {
    expect([/^\s*4\.4\. Інформ\s*$/m.test(text), /^\s*6\.5\. Спорт\s*$/m.test(text)]).toEqual([
      true,
      true,
    ]);
  });

  it('prints a ВСЬОГО row under each table', () => {
    expect(text.match(/ВСЬОГО:.*168,8 \/ 20.*88,8 \/ 20.*80 \/ 0/g)?.length).toBe(2);
  });

  it('prints the programme summary over both sections before the signature', () => {
    const page = text.split('\f').find((p) => p.includes('Ольга КОВАЛЕНКО')) ?? '';
    expect(page).toContain('Фактично використано 40 тис. грн');
  });
});
