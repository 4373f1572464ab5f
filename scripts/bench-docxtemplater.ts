// The peer for `npm run bench`: the same workbook read and checked by the same core, and the
// report table filled by docxtemplater from a template .docx with a table-row loop (made by
// `templateDocx` in bench-offline.ts), zipped by
// PizZip with DEFLATE as docxtemplater's documentation shows.
// Usage: bench-docxtemplater <workbook.xlsx> <template.docx> <out.docx>. Scripts layer.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { readFileSync, writeFileSync } from 'node:fs';
import { readXlsx } from '../src/cli/read-xlsx';
import { analyseWorkbook } from '../src/core/analyse';

const main = async (): Promise<void> => {
  const [xlsx, template, out] = process.argv.slice(2);
  const model = analyseWorkbook(await readXlsx(xlsx)).report;
  const doc = new Docxtemplater(new PizZip(readFileSync(template)), {
    paragraphLoop: true,
    linebreaks: true,
  });
  doc.render({
    rows: model.rows.map((row) => Object.fromEntries(row.cells.map((text, c) => [`c${c}`, text]))),
  });
  writeFileSync(out, doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
};

void main();
