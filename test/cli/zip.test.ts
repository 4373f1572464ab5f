import JSZip from 'jszip';
import { unzipParts, zipParts } from '../../src/cli/zip';

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

describe('unzipParts', () => {
  const texts = (parts: { name: string; data: Buffer }[]) =>
    parts.map(({ name, data }) => [name, data.toString('utf8')]);

  it('reads back what zipParts wrote', async () => {
    const zip = await zipParts([
      { name: 'a.xml', data: Buffer.from('<a/>'.repeat(1000)) },
      { name: 'b/ц.xml', data: [Buffer.from('<ц/>'), Buffer.from('<d/>')] },
    ]);
    expect(texts(unzipParts(zip))).toEqual([
      ['a.xml', '<a/>'.repeat(1000)],
      ['b/ц.xml', '<ц/><d/>'],
    ]);
  });

  it('reads another writer’s zip, stored and deflated parts, its folders left out', async () => {
    const other = new JSZip();
    other.file('stored.xml', '<s/>', { compression: 'STORE' });
    other.file('word/deflated.xml', '<d/>'.repeat(1000), { compression: 'DEFLATE' });
    const zip = await other.generateAsync({ type: 'nodebuffer', comment: 'a comment' });
    expect(texts(unzipParts(zip))).toEqual([
      ['stored.xml', '<s/>'],
      ['word/deflated.xml', '<d/>'.repeat(1000)],
    ]);
  });

  it('refuses a part whose bytes are not what its CRC-32 says', async () => {
    const zip = await zipParts([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    zip[zip.indexOf(Buffer.from('PK\x01\x02', 'latin1')) + 16] ^= 1;
    expect(() => unzipParts(zip)).toThrow('a.xml');
  });
});
