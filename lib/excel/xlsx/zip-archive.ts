import { createInflateRaw } from 'node:zlib';

// The parts of a .xlsx (a ZIP archive), read from its central directory; each part is inflated as a stream so that
// a part is never held whole and a highly compressed one cannot exhaust memory.

export class NotAnArchive extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FULL32 = 0xffffffff;

function u64(v: DataView, at: number): number {
  return Number(v.getBigUint64(at, true));
}

/** The archive's entries by lower-cased name (OPC part names compare case-insensitively). */
export function zipEntries(content: Uint8Array): Map<string, ZipEntry> {
  const v = new DataView(content.buffer, content.byteOffset, content.byteLength);
  let end = -1;
  for (let i = content.byteLength - 22; i >= Math.max(0, content.byteLength - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new NotAnArchive('no end of central directory');
  let count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  if ((count === 0xffff || at === FULL32) && end >= 20 && v.getUint32(end - 20, true) === EOCD64_LOCATOR) {
    const z64 = u64(v, end - 12);
    if (z64 + 56 > content.byteLength || v.getUint32(z64, true) !== EOCD64) throw new NotAnArchive('bad zip64 directory');
    count = u64(v, z64 + 32);
    at = u64(v, z64 + 48);
  }
  const entries = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > content.byteLength || v.getUint32(at, true) !== CENTRAL) throw new NotAnArchive('bad central directory');
    const flags = v.getUint16(at + 8, true);
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const commentLength = v.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: utf8.decode(content.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      headerOffset: v.getUint32(at + 42, true),
    };
    // Zip64: the 32-bit fields that overflowed follow in this order in the 0x0001 extra field.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 1) {
        let p = x + 4;
        for (const key of ['size', 'compressedSize', 'headerOffset'] as const) {
          if (entry[key] === FULL32 && p + 8 <= x + 4 + len) {
            entry[key] = u64(v, p);
            p += 8;
          }
        }
      }
      x += 4 + len;
    }
    if (flags & 1) throw new NotAnArchive('encrypted entry');
    entries.set(entry.name.replace(/^\//, '').toLowerCase(), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes, inflated chunk by chunk; throws once more than `maxBytes` came out. */
export async function* entryChunks(content: Uint8Array, entry: ZipEntry, maxBytes: number): AsyncGenerator<Buffer> {
  const v = new DataView(content.buffer, content.byteOffset, content.byteLength);
  const at = entry.headerOffset;
  if (at + 30 > content.byteLength || v.getUint32(at, true) !== LOCAL) throw new NotAnArchive('bad local header');
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  const data = content.subarray(start, start + entry.compressedSize);
  if (data.byteLength !== entry.compressedSize) throw new NotAnArchive('truncated entry');
  if (entry.method === 0) {
    if (data.byteLength > maxBytes) throw new NotAnArchive('entry too large');
    yield Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return;
  }
  if (entry.method !== 8) throw new NotAnArchive(`compression method ${entry.method}`);
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.byteLength;
      if (total > maxBytes) throw new NotAnArchive('entry too large');
      yield chunk;
    }
  } finally {
    inflate.destroy();
  }
}
