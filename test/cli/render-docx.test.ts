import JSZip from 'jszip';
import { analyseWorkbook } from '../../src/core/analyse';
import { estimatedLines, fittedSizePt, renderDocx, stampRows } from '../../src/cli/render-docx';
import type { ReportModel } from '../../src/core/report-model';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

const seedModel = (): ReportModel =>
  analyseWorkbook([measuresGrid(SEED_MEASURES), settingsGrid()]).report;

const docxParts = async (model: ReportModel) => {
  const zip = await JSZip.loadAsync(await renderDocx(model));
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    styles: await zip.file('word/styles.xml')!.async('string'),
  };
};

let xml = '';
let styles = '';

beforeAll(async () => {
  ({ document: xml, styles } = await docxParts(seedModel()));
});

describe('renderDocx', () => {
  it('sets an A4 landscape page', () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('repeats the four header rows and the numbers row on every page', () => {
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(5);
  });

  it('spans "Витрати на реалізацію" over the six money columns', () => {
    expect(xml).toMatch(/<w:gridSpan w:val="6"\/>(?:(?!<\/w:tc>).)*Витрати на реалізацію/s);
  });

  it('merges "№ з/п" down the header rows', () => {
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>(?:(?!<\/w:tc>).)*№ з\/п/s);
  });

  it('carries the totals row', () => {
    expect(xml).toContain('168,8 / 20');
  });

  it('sets Times New Roman as the document’s default font', () => {
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"/);
  });

  it('signs with the position, a line and the name in one row', () => {
    expect(xml).toMatch(
      /Начальник відділу інформаційного забезпечення(?:(?!<\/w:tr>).)*_{15}(?:(?!<\/w:tr>).)*Ольга КОВАЛЕНКО/s,
    );
  });

  it('keeps short rows on one page and lets a row longer than a third of a page break', async () => {
    const model = seedModel();
    const long = { cells: model.rows[0].cells.map((c, i) => (i === 1 ? 'рядок\n'.repeat(40) : c)) };
    const { document } = await docxParts({ ...model, rows: [model.rows[0], long] });
    const rows = document.split('<w:tr>').filter((r) => r.includes('Прес-служба'));
    expect(rows.map((r) => r.includes('<w:cantSplit/>'))).toEqual([true, false]);
  });

  it('writes a table with borders and the signer’s name', () => {
    expect([xml.includes('<w:tblBorders>'), xml.includes('Ольга КОВАЛЕНКО')]).toEqual([true, true]);
  });
});

describe('estimatedLines', () => {
  it('counts the tallest cell, a line per paragraph at least', () => {
    const model = seedModel();
    const row = { cells: model.columns.map((_, c) => (c === 3 ? 'а\nб\nв' : '1')) };
    expect(estimatedLines(model, row)).toBe(3);
  });
});

describe('fittedSizePt', () => {
  it.each([
    ['Всього', 1040, 10, 10],
    ['держбюджету', 1040, 10, 8],
    ['держбюджету', 2000, 12, 12],
    ['дуже-довге-слово-що-ніде-не-вміститься', 1040, 10, 8],
  ])('%s in %i twips at %i pt → %f pt', (text, width, size, expected) => {
    expect(fittedSizePt(text, width, size)).toBe(expected);
  });
});

describe('stampRows', () => {
  const prototype =
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ZVITCELL0MARK</w:t></w:r></w:p></w:tc>' +
    '<w:tc><w:p><w:r><w:t>ZVITCELL1MARK</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';

  it('stamps one row per measure, a paragraph per line, with XML escaped', () => {
    expect(stampRows(prototype, [{ cells: ['1', 'a & b\n<c>'] }])).toBe(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>' +
        '<w:tc><w:p><w:r><w:t>a &amp; b</w:t></w:r></w:p><w:p><w:r><w:t>&lt;c&gt;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    );
  });

  it('leaves no row when there are no measures', () => {
    expect(stampRows(prototype, [])).toBe('<w:tbl></w:tbl>');
  });
});
