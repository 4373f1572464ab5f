// The floor for `npm run bench`: what any .xlsx → .docx tool must do at least — read the
// workbook, and zip a document.xml as large as the report's through native zlib.
// Usage: bench-floor <workbook.xlsx> <document.xml> <out.zip>. Scripts layer.
import { createReadStream, createWriteStream } from 'node:fs';
import { ZipFile } from 'yazl';
import { readXlsx } from '../src/cli/read-xlsx';

const main = async (): Promise<void> => {
  const [xlsx, documentXml, out] = process.argv.slice(2);
  await readXlsx(xlsx);
  const zip = new ZipFile();
  zip.addReadStream(createReadStream(documentXml), 'word/document.xml');
  zip.end();
  await new Promise<void>((resolve, reject) =>
    zip.outputStream.pipe(createWriteStream(out)).on('finish', resolve).on('error', reject),
  );
};

void main();
