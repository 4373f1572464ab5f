import JSZip from 'jszip';
import { zipParts } from '../../src/cli/zip';

const unzipped = async (zip: Uint8Array) => {
  const read = await JSZip.loadAsync(zip, { checkCRC32: true });
  return Promise.all(
    Object.values(read.files).map(async (f) => [f.name, await f.async('string')] as const),
  );
};

describe('zipParts', () => {
  it('writes parts given whole and in chunks, in order, as another reader reads them', async () => {
    const chunks = function* () {
      for (let i = 0; i < 3; i++) yield Buffer.from(`<рядок ${i}/>`.repeat(50000));
    };
    const zip = await zipParts([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: chunks() },
      { name: 'word/empty.xml', data: new Uint8Array(0) },
    ]);
    expect(await unzipped(zip)).toEqual([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', [0, 1, 2].map((i) => `<рядок ${i}/>`.repeat(50000)).join('')],
      ['word/empty.xml', ''],
    ]);
  });

  it('gives the same bytes for the same parts', async () => {
    const parts = () => [{ name: 'a.xml', data: [Buffer.from('<a/>'), Buffer.from('<b/>')] }];
    expect(Buffer.compare(await zipParts(parts()), await zipParts(parts()))).toBe(0);
  });
});
