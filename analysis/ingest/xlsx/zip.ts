import { Inflate } from 'fflate';
import type { Message } from '../problem-log';
import { xlsxMsg } from './messages';

/**
 * The parts of a ZIP archive (an .xlsx workbook is one), read from its central directory, and their
 * contents inflated under limits. The sizes an archive declares can lie (a decompression bomb declares
 * small sizes), so the limits count the bytes that actually come out of the inflater, part by part and in
 * total, and stop inflating the moment one is passed.
 */

/** A part may expand to this many bytes at most (a sheet of a million rows is about 250 MB). */
export const PART_LIMIT = 256 * 1024 * 1024;
/** All parts read from one workbook together. */
export const TOTAL_LIMIT = 320 * 1024 * 1024;
/**
 * Past this many bytes out, a part that expands more than RATIO_LIMIT times is refused: worksheets
 * compress 5–30 times; 500 times is a file made to fill memory, not a table.
 */
export const RATIO_FLOOR = 32 * 1024 * 1024;
export const RATIO_LIMIT = 500;

/** Bytes handed to the inflater at a time: one push then yields at most about 16 MB. */
const INPUT_CHUNK = 16 * 1024;

/** A problem that stops reading the whole workbook. */
export class WorkbookError extends Error {
  constructor(
    readonly kind: string,
    readonly text: Message,
  ) {
    super(text.en);
    this.name = 'WorkbookError';
  }
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, i: number): number => (b[i] as number) | ((b[i + 1] as number) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/** Whether the bytes start as a ZIP archive (a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** A ZIP archive: its part names, and each part's bytes on request (counted against the limits). */
export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly file: string,
  ) {
    const b = bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
      if (u32(b, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new WorkbookError('xlsx-damaged', xlsxMsg.damaged(file));
    const count = u16(b, eocd + 10);
    let p = u32(b, eocd + 16);
    for (let k = 0; k < count; k++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50)
        throw new WorkbookError('xlsx-damaged', xlsxMsg.damaged(file));
      const flags = u16(b, p + 8);
      const method = u16(b, p + 10);
      const compressedSize = u32(b, p + 20);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      const localOffset = u32(b, p + 42);
      const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen));
      if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
        throw new WorkbookError('xlsx-too-large', xlsxMsg.tooLarge(file, name));
      this.entries.set(name.replace(/^\/+/, ''), { name, method, flags, compressedSize, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, or null when the archive has no such part. Throws WorkbookError past a limit. */
  read(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const b = this.bytes;
    const file = this.file;
    if (e.flags & 1) throw new WorkbookError('xlsx-encrypted', xlsxMsg.encrypted(file));
    const h = e.localOffset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50)
      throw new WorkbookError('xlsx-damaged', xlsxMsg.damaged(file));
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    const data = b.subarray(start, Math.min(b.length, start + e.compressedSize));
    if (e.method === 0) {
      this.count(name, data.length, data.length);
      return data;
    }
    if (e.method !== 8) throw new WorkbookError('xlsx-damaged', xlsxMsg.damaged(file));
    const chunks: Uint8Array[] = [];
    let out = 0;
    let stopped: WorkbookError | null = null;
    let consumed = 0;
    const inflater = new Inflate((chunk) => {
      if (stopped) return;
      out += chunk.length;
      try {
        this.count(name, out, data.length, chunk.length, consumed);
        chunks.push(chunk);
      } catch (err) {
        stopped = err as WorkbookError;
      }
    });
    try {
      for (let at = 0; at < data.length && !stopped; at += INPUT_CHUNK) {
        const end = Math.min(data.length, at + INPUT_CHUNK);
        consumed = end;
        inflater.push(data.subarray(at, end), end === data.length);
      }
    } catch {
      throw new WorkbookError('xlsx-damaged', xlsxMsg.damaged(file));
    }
    if (stopped) throw stopped;
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    const whole = new Uint8Array(out);
    let at = 0;
    for (const c of chunks) {
      whole.set(c, at);
      at += c.length;
    }
    return whole;
  }

  /**
   * Count bytes out of a part against the limits: `partOut` so far of a part stored in `compressed`
   * bytes, of which `consumed` were inflated so far; `added` is what this step added to the total.
   */
  private count(
    name: string,
    partOut: number,
    compressed: number,
    added = partOut,
    consumed = compressed,
  ): void {
    this.total += added;
    const mb = (n: number) => Math.round(n / (1024 * 1024));
    if (partOut > PART_LIMIT)
      throw new WorkbookError('xlsx-bomb', xlsxMsg.bomb(this.file, name, mb(PART_LIMIT), compressed));
    if (this.total > TOTAL_LIMIT)
      throw new WorkbookError('xlsx-bomb', xlsxMsg.bomb(this.file, name, mb(TOTAL_LIMIT), compressed));
    // The ratio is checked on the bytes inflated so far, so a bomb stops after RATIO_FLOOR, not at the limit.
    if (partOut > RATIO_FLOOR && partOut > consumed * RATIO_LIMIT)
      throw new WorkbookError(
        'xlsx-bomb',
        xlsxMsg.ratio(this.file, name, RATIO_LIMIT, mb(RATIO_FLOOR), compressed),
      );
  }
}
