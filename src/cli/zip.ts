// Writing a .zip (a .docx is one) with Node's own zlib: DEFLATE and CRC-32 in native code, and
// a part given as chunks deflated as they come, so a large document.xml is never held whole.
// Node adapter layer.
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  /** The part's bytes, or its bytes chunk after chunk. */
  readonly data: Uint8Array | Iterable<Uint8Array>;
}

interface Deflated {
  readonly crc: number;
  readonly size: number;
  readonly data: readonly Buffer[];
}

const deflateChunks = async (chunks: Iterable<Uint8Array>): Promise<Deflated> => {
  let crc = 0;
  let size = 0;
  const data: Buffer[] = [];
  await pipeline(
    function* () {
      for (const chunk of chunks) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    },
    createDeflateRaw(),
    async (deflated: AsyncIterable<Buffer>) => {
      for await (const chunk of deflated) data.push(chunk);
    },
  );
  return { crc, size, data };
};

const deflate = (data: Uint8Array | Iterable<Uint8Array>): Deflated | Promise<Deflated> =>
  data instanceof Uint8Array
    ? { crc: crc32(data), size: data.length, data: [deflateRawSync(data)] }
    : deflateChunks(data);

/** 2000-01-01 00:00 as MS-DOS writes it: one fixed time, so the same parts give the same bytes. */
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const VERSION = 20;
const DEFLATE = 8;
/** Sizes and offsets above this need ZIP64, which no report comes near (4 GiB). */
const MAX_32 = 0xffffffff;

/** The fields a local header and the central directory share, from "version needed" on. */
const writeEntry = (
  buffer: Buffer,
  at: number,
  entry: { crc: number; size: number; compressed: number; name: Buffer },
): void => {
  buffer.writeUInt16LE(VERSION, at);
  buffer.writeUInt16LE(0, at + 2);
  buffer.writeUInt16LE(DEFLATE, at + 4);
  buffer.writeUInt16LE(DOS_TIME, at + 6);
  buffer.writeUInt16LE(DOS_DATE, at + 8);
  buffer.writeUInt32LE(entry.crc, at + 10);
  buffer.writeUInt32LE(entry.compressed, at + 14);
  buffer.writeUInt32LE(entry.size, at + 18);
  buffer.writeUInt16LE(entry.name.length, at + 22);
  // Extra field length 0; in the central directory then comment length, disk and attributes 0.
};

/** The zip of `parts`, in their order, each DEFLATEd. */
export const zipParts = async (parts: readonly ZipPart[]): Promise<Buffer> => {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { crc, size, data } = await deflate(part.data);
    const compressed = data.reduce((sum, chunk) => sum + chunk.length, 0);
    const name = Buffer.from(part.name);
    if (Math.max(size, compressed, offset) > MAX_32) throw new Error('The zip would need ZIP64.');
    const entry = { crc, size, compressed, name };
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntry(local, 4, entry);
    name.copy(local, 30);
    const record = Buffer.alloc(46 + name.length);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(VERSION, 4);
    writeEntry(record, 6, entry);
    record.writeUInt32LE(offset, 42);
    name.copy(record, 46);
    out.push(local, ...data);
    central.push(record);
    offset += local.length + compressed;
  }
  const directorySize = central.reduce((sum, record) => sum + record.length, 0);
  if (offset > MAX_32 || parts.length > 0xffff) throw new Error('The zip would need ZIP64.');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
};
