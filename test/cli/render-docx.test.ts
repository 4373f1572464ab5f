import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildWorkbook,
  HEADER_SIDES,
  HEADER_TOP,
  measureValues,
  SAMPLE_MEASURES,
  SAMPLE_SETTINGS,
} from '../../scripts/make-sample';
import { run } from '../../src/cli/main';
import { analyseWorkbook } from '../../src/core/analyse';
import {
  byteWriter,
  lineCounter,
  renderDocx,
  rowTemplate,
  stampRow,
} from '../../src/cli/render-docx';
import type { RowTemplate } from '../../src/cli/render-docx';
import { buildDocument, docxParts as compiled } from '../../src/cli/docx-document';
import { templateLookup } from '../../src/cli/report-layout';
import { buildTemplate } from '../../src/cli/docx-template';
import type { ReportModel } from '../../src/core/report-model';
import { DRAFT_MARK } from '../../src/core/report-model';
import { measuresGrid, settingsGrid } from '../support/grid-builders';
import { compiledParts, writtenParts } from '../support/docx-parts';
import { describeWithCalc, writeWithCalc } from '../support/libreoffice';
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

describe('lineCounter', () => {
  it('counts the tallest cell, a line per paragraph at least', () => {
    const model = seedModel();
    const row = { cells: model.columns.map((_, c) => (c === 3 ? 'а\nб\nв' : '1')) };
    expect(lineCounter(model)(row)).toBe(3);
  });
});

describe('byteWriter', () => {
  it('hands over blocks that together are every write as UTF-8, in order', () => {
    const out = byteWriter();
    const writes = [
      ...Array.from({ length: 40000 }, (_, i) => `<w:t>рядок ${i} 😀</w:t>`),
      'ж'.repeat(3 << 20),
    ];
    const blocks: Buffer[] = [];
    writes.forEach((text, i) => {
      if (i % 2) out.text(text);
      else out.bytes(Buffer.from(text));
      blocks.push(...out.take());
    });
    blocks.push(...out.end());
    expect([blocks.length > 2, Buffer.concat(blocks).toString('utf8') === writes.join('')]).toEqual(
      [true, true],
    );
  });
});

describe('stampRow', () => {
  const row =
    '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p><w:r><w:t>M0</w:t></w:r></w:p></w:tc>' +
    '<w:tc><w:p><w:r><w:t>M1</w:t></w:r></w:p></w:tc></w:tr>';
  const template = rowTemplate(row, ['M0', 'M1']);
  const stamped = (t: RowTemplate, texts: string[], keepTogether: boolean): string => {
    const out = byteWriter();
    stampRow(out, t, texts, keepTogether);
    return Buffer.concat(out.end()).toString('utf8');
  };

  it('stamps a paragraph per line, with XML escaped', () => {
    expect(stamped(template, ['1', 'a & b\n<c>'], true)).toBe(
      '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>' +
        '<w:tc><w:p><w:r><w:t>a &amp; b</w:t></w:r></w:p><w:p><w:r><w:t>&lt;c&gt;</w:t></w:r></w:p></w:tc></w:tr>',
    );
  });

  it('lets a row break across pages when it is not kept together', () => {
    expect(stamped(template, ['1', '2'], false)).not.toContain('<w:cantSplit/>');
  });

  it.each([
    ['$&', '$&amp;'],
    ['$`', '$`'],
    ["$'", '$&apos;'],
    ['$$', '$$'],
    ['$1', '$1'],
    ['M1', 'M1'],
  ])('puts %s in as typed', (text, xml) => {
    expect(stamped(template, [text, ''], true)).toContain(`<w:t>${xml}</w:t><`);
  });

  it('refuses a template row without one of its marks', () => {
    expect(() => rowTemplate(row, ['M0', 'M2'])).toThrow('M2');
  });
});

/** The texts of document.xml's table cells, row by row, as an XML parser reads them. */
const parsedRows = async (docx: Uint8Array): Promise<string[][]> => {
  const zip = await JSZip.loadAsync(docx, { checkCRC32: true });
  const xml = await zip.file('word/document.xml')!.async('string');
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => errors.push(`${level}: ${message}`),
  }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(errors.join('\n'));
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return Array.from(doc.getElementsByTagNameNS(W, 'tr')).map((tr) =>
    Array.from(tr.getElementsByTagNameNS(W, 'tc')).map((tc) =>
      Array.from(tc.getElementsByTagNameNS(W, 'p'))
        .map((p) =>
          Array.from(p.getElementsByTagNameNS(W, 't'))
            .map((t) => t.textContent)
            .join(''),
        )
        .join('\n'),
    ),
  );
};

describe('the written document.xml', () => {
  const tricky = ['$&', '$`', "$'", '$$', '$1 & <b> "c" \'d\'', 'ZVITCELL0MARK', 'рядок\nдругий'];

  it('carries every text exactly, $ patterns included', async () => {
    const model = seedModel();
    const rows = tricky.map((text) => ({ cells: model.columns.map(() => text) }));
    const parsed = await parsedRows(await renderDocx({ ...model, rows }));
    const body = parsed.slice(model.headerRowCount + 1, -3);
    expect(body).toEqual(rows.map((r) => r.cells));
  });

  it('carries every row when document.xml is zipped from more than one 1 MB block', async () => {
    const model = seedModel();
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      cells: model.columns.map((_, c) => `рядок ${i}, клітинка ${c}`),
    }));
    const docx = await renderDocx({ ...model, rows });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('nodebuffer');
    const parsed = await parsedRows(docx);
    expect([
      xml.length > 1 << 20,
      parsed.slice(model.headerRowCount + 1, -3).map((r) => r.join('|')),
    ]).toEqual([true, rows.map((r) => r.cells.join('|'))]);
  });

  it('prints a heading row as one cell across the table, in bold', async () => {
    const model = seedModel();
    const heading = {
      cells: model.columns.map((_, c) => (c === 0 ? '1. Інформаційна відкритість' : '')),
      heading: true,
    };
    const docx = await renderDocx({ ...model, rows: [heading, model.rows[0]] });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const row = xml.split('</w:tr>').find((r) => r.includes('Інформаційна відкритість')) ?? '';
    expect([
      row.match(/<w:tc>/g)?.length,
      row.includes(`<w:gridSpan w:val="${model.columns.length}"/>`),
      /<w:b\/>(?:(?!<\/w:r>).)*Інформаційна відкритість/s.test(row),
    ]).toEqual([1, true, true]);
  });

  it('keeps a heading row with the measure under it, and only a heading row', async () => {
    const model = seedModel();
    const heading = { cells: model.columns.map((_, c) => (c === 0 ? 'Група' : '')), heading: true };
    const docx = await renderDocx({ ...model, rows: [heading, model.rows[0]] });
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const rows = xml.split('</w:tr>');
    const kept = (text: string) => rows.find((r) => r.includes(text))!.includes('<w:keepNext/>');
    expect([kept('Група'), kept(model.rows[0].cells[1].split('\n')[0])]).toEqual([true, false]);
  });

  it('keeps the heading row in its place among the measures', async () => {
    const model = seedModel();
    const heading = { cells: model.columns.map((_, c) => (c === 0 ? 'Група' : '')), heading: true };
    const parsed = await parsedRows(
      await renderDocx({ ...model, rows: [model.rows[0], heading, model.rows[1]] }),
    );
    expect(parsed.slice(model.headerRowCount + 1, -3).map((r) => r[0])).toEqual([
      model.rows[0].cells[0],
      'Група',
      model.rows[1].cells[0],
    ]);
  });
});

describe('a draft', () => {
  const headerXml = async (model: ReportModel): Promise<string> => {
    const zip = await JSZip.loadAsync(await renderDocx(model));
    const headers = zip.file(/^word\/header\d*\.xml$/);
    return (await Promise.all(headers.map((f) => f.async('string')))).join('');
  };

  it('says it is a draft in the page header', async () => {
    expect(await headerXml({ ...seedModel(), draft: true })).toContain(DRAFT_MARK);
  });

  it('a final report has no such header', async () => {
    expect(await headerXml(seedModel())).not.toContain(DRAFT_MARK);
  });
});

describe.each([
  ['exceljs', 'exceljs'],
  ['LibreOffice Calc', 'calc'],
])('a title with $ patterns in a workbook written by %s', (_, writer) => {
  const title = "Захід $& і $` і $' і $$ (100 $)";
  const rows = SAMPLE_MEASURES.map(measureValues).map((row, i) =>
    i === 0 ? row.map((v, c) => (c === 1 ? title : v)) : row,
  );
  const write = writer === 'calc' ? describeWithCalc : describe;

  write('zvit report', () => {
    it('prints it exactly as typed', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zvit-dollar-'));
      const book =
        writer === 'calc'
          ? writeWithCalc([
              {
                name: 'Заходи',
                rows: [['Виконання заходів'], HEADER_TOP, HEADER_SIDES, ...rows],
              },
              { name: 'Налаштування', rows: [['Параметр', 'Значення'], ...SAMPLE_SETTINGS] },
            ])
          : join(dir, 'book.xlsx');
      if (writer !== 'calc') await buildWorkbook(rows).xlsx.writeFile(book);
      const out = join(dir, 'report.docx');
      const code = await run(['report', book, '--out', out], {
        stdout: () => {},
        stderr: () => {},
        cwd: dir,
      });
      const parsed = await parsedRows(readFileSync(out));
      expect([code, parsed.some((row) => row[1] === title)]).toEqual([0, true]);
    });
  });
});

describe('a report stamped into its template', () => {
  /** A report whose every kind of text is there, with what XML and docx treat specially. */
  const tricky = (draft: boolean): ReportModel => {
    const model = seedModel();
    return {
      ...model,
      draft,
      documentName: 'Розділ «6.2» — \'лапки\' & "ще"',
      title: `${model.title} & <b> 'Слов'янськ'`,
      rows: [
        ...model.rows,
        {
          cells: model.columns.map((_, c) => (c === 0 ? '1. Група "А" & <Б>' : '')),
          heading: true,
        },
        { cells: model.columns.map((_, c) => `рядок ${c} 'а' "б"\nдругий & <в>`) },
      ],
      totals: { ...model.totals, cells: model.totals.cells.map((t) => `${t} & 'x'`) },
      summary: [...model.summary, 'Третій рядок: "лапки" & <кути>\nз переносом.'],
      signature: { ...model.signature, position: 'Начальник\nвідділу "І & Б"', name: "О'Ленко" },
    };
  };

  it.each([false, true])('is the document docx writes for it (draft: %s)', async (draft) => {
    const model = tricky(draft);
    expect(await writtenParts(await renderDocx(model))).toEqual(
      compiledParts(compiled(buildDocument(model))),
    );
  });

  it('says when it was made', async () => {
    const made = new Date(Date.UTC(2026, 10, 26, 9, 30));
    const zip = await JSZip.loadAsync(await renderDocx(seedModel(), made));
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-26T09:30:00.000Z</dcterms:created>',
    );
  });

  it('is refused for a layout no template was built for', () => {
    const model = seedModel();
    const lookup = templateLookup([buildTemplate(model, false)]);
    expect(() => lookup({ ...model, page: { ...model.page, tableSizePt: 9 } }, false)).toThrow(
      'No .docx template',
    );
  });
});
