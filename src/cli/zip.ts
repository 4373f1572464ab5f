// Writing a .zip (a .docx is one) with Node's own zlib: DEFLATE and CRC-32 in native code, and
// a part given as chunks deflated as they come, so a large document.xml is never held whole;
// and reading back a small plain one (docx's Packer output). Node adapter layer.
import { pipeline } from 'node:stream/promises';
import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

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

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORE = 0;

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
    local.writeUInt32LE(LOCAL_HEADER, 0);
    writeEntry(local, 4, entry);
    name.copy(local, 30);
    const record = Buffer.alloc(46 + name.length);
    record.writeUInt32LE(CENTRAL_HEADER, 0);
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
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
};

/**
 * The files of a zip without ZIP64, in its directory's order, folders left out: enough for
 * docx's Packer output, which it is read from. Inflated by zlib and checked against its CRC-32.
 */
export const unzipParts = (zip: Uint8Array): { name: string; data: Buffer }[] => {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(END_OF_DIRECTORY);
  const end = bytes.lastIndexOf(signature);
  if (end < 0) throw new Error('Not a zip: it has no end of central directory.');
  const parts: { name: string; data: Buffer }[] = [];
  let at = bytes.readUInt32LE(end + 16);
  for (let i = bytes.readUInt16LE(end + 10); i > 0; i--) {
    if (bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('A broken zip directory.');
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const raw = bytes.subarray(start, start + bytes.readUInt32LE(at + 20));
    if (method !== STORE && method !== DEFLATE) throw new Error(`${name}: compression ${method}.`);
    const data = method === STORE ? raw : inflateRawSync(raw);
    if (crc32(data) !== bytes.readUInt32LE(at + 16)) throw new Error(`${name}: wrong CRC-32.`);
    if (!name.endsWith('/')) parts.push({ name, data });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return parts;
};
