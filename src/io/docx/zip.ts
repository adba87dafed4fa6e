/**
 * A small reader for the zip container of a .docx: the central directory, then each wanted entry
 * inflated with Node's own zlib (native, several times faster than a JavaScript inflate on the 10 MB
 * of XML a 1 MB document holds). Anything it does not handle (zip64, encryption, another compression
 * method) makes it give up, and the caller falls back to jszip.
 */
import { inflateRawSync } from "node:zlib";

export class ZipProblem extends Error {}

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The entries of a zip by name; `read` inflates one to bytes. */
export interface ZipArchive {
  has(name: string): boolean;
  read(name: string): Buffer | null;
}

export function openZip(bytes: Uint8Array): ZipArchive {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end of central directory record: 22 bytes, followed by a comment of up to 65,535 bytes.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipProblem("no end of central directory");
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipProblem("zip64");
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50)
      throw new ZipProblem("bad central directory");
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    entries.set(name, {
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      if (entry.flags & 1) throw new ZipProblem("encrypted entry");
      const local = entry.offset;
      if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50)
        throw new ZipProblem("bad local header");
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const raw = data.subarray(start, start + entry.compressedSize);
      if (raw.length !== entry.compressedSize) throw new ZipProblem("truncated entry");
      let out: Buffer;
      if (entry.method === 0) out = Buffer.from(raw);
      else if (entry.method === 8) out = inflateRawSync(raw);
      else throw new ZipProblem(`compression method ${entry.method}`);
      if (out.length !== entry.size) throw new ZipProblem("wrong size");
      return out;
    },
  };
}

/** XML part bytes as text: UTF-8 (a BOM dropped), or UTF-16 when it starts with a UTF-16 BOM. */
export function xmlText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString("utf16le", 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
