import JSZip from 'jszip';
import { analyseWorkbook } from '../../src/core/analyse';
import { renderDocx, stampRows } from '../../src/cli/render-docx';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { SEED_MEASURES } from '../support/seed-measures';

let xml = '';

beforeAll(async () => {
  const model = analyseWorkbook([measuresGrid(SEED_MEASURES), settingsGrid()]).report;
  const zip = await JSZip.loadAsync(await renderDocx(model));
  xml = await zip.file('word/document.xml')!.async('string');
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

  it('writes a table with borders and the signer’s name', () => {
    expect([xml.includes('<w:tblBorders>'), xml.includes('Ольга КОВАЛЕНКО')]).toEqual([true, true]);
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
