// The parts of a .docx as text, to compare two documents part for part. Test support.
import JSZip from 'jszip';
import type { PackageParts } from '../../src/cli/docx-document';
import { APP_PART, CORE_PART, CORE_TIMES, markApplication } from '../../src/cli/report-layout';

/** docProps/core.xml with the time a document was made left out. */
const timeless = (name: string, xml: string): string =>
  name === CORE_PART ? xml.replace(CORE_TIMES, '$1$3') : xml;

/** Every part of a written .docx, in its order, the time it was made left out. */
export const writtenParts = async (docx: Uint8Array): Promise<[string, string][]> => {
  const zip = await JSZip.loadAsync(docx, { checkCRC32: true });
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  return Promise.all(
    names.map(async (name): Promise<[string, string]> => [
      name,
      timeless(name, await zip.file(name)!.async('string')),
    ]),
  );
};

/**
 * Every part docx's compiler writes for a Document, in its order, the time left out and Zvit
 * named as the application (what every report of Zvit's says of itself).
 */
export const compiledParts = (parts: PackageParts): [string, string][] =>
  [...parts].map(([name, data]) => [
    name,
    name === APP_PART ? markApplication(String(data)) : timeless(name, String(data)),
  ]);
