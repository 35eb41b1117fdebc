import Papa from 'papaparse';
import type { IngestContext } from './context';
import { parseRecovering, plainFields, type Newline } from './csv';
import { msg } from './messages';
import type { LongReader } from './read-long';

/**
 * Records of a UTF-8 file cut from its bytes exactly as PapaParse cuts them from the decoded text, for the
 * rows fast-long.ts hands to the general reader. Newline bytes never occur inside a multi-byte UTF-8
 * sequence, so line breaks found in bytes are the line breaks of the text.
 */

/** Keeps a U+FEFF at the start of a row (only the file's first one is a byte order mark). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** Byte offset just after the line break that ends the line starting at `from` (the end of the bytes if none). */
export function lineEnd(bytes: Uint8Array, from: number, crlf: boolean): number {
  let i = from;
  for (;;) {
    const nl = bytes.indexOf(10, i);
    if (nl < 0) return bytes.length;
    if (!crlf || (nl > from && bytes[nl - 1] === 13)) return nl + 1;
    i = nl + 1;
  }
}

/** Bytes of the first `chars` UTF-16 code units of a string encoded as UTF-8. */
function utf8Length(s: string, chars: number): number {
  let n = 0;
  for (let i = 0; i < chars; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** One record read by PapaParse's own parser. */
export interface QuotedRecord {
  fields: string[];
  /** Byte offset where the next record starts. */
  next: number;
  /** Quote problems PapaParse reported in the record (each is one `unbalanced-quote`). */
  quoteErrors: number;
}

interface CoreResult {
  data: string[][];
  errors: unknown[];
  meta: { cursor: number; truncated: boolean };
}

/**
 * The record starting at byte `start` of a row that holds a quote character, read by PapaParse's core
 * parser (the one `Papa.parse` runs) on a window of whole lines, so quoted fields, escaped quotes, line
 * breaks inside quotes and malformed quotes come out exactly as in a parse of the whole text. The window
 * grows until the record ends at a line break inside it, or reaches the end of the file.
 */
export function readQuotedRecord(
  bytes: Uint8Array,
  start: number,
  delimiter: string,
  newline: Newline,
): QuotedRecord {
  const crlf = newline === '\r\n';
  let end = start;
  let lines = 1;
  for (;;) {
    for (let k = 0; k < lines && end < bytes.length; k++) end = lineEnd(bytes, end, crlf);
    const text = decoder.decode(bytes.subarray(start, end));
    const parser = new Papa.Parser({ delimiter, newline, preview: 1 });
    const res = parser.parse(text, 0, false) as CoreResult;
    if (res.meta.truncated || end >= bytes.length) {
      return {
        fields: res.data[0] ?? [''],
        next: start + utf8Length(text, res.meta.cursor),
        quoteErrors: res.errors.length,
      };
    }
    lines *= 4;
  }
}

/**
 * The record starting at byte `start` when it holds no quote character: PapaParse then splits the line at
 * the delimiter, nothing more. `end` is where the line break starts.
 */
export function plainRecord(bytes: Uint8Array, start: number, end: number, delimiter: string): string[] {
  return decoder.decode(bytes.subarray(start, end)).split(delimiter);
}

/**
 * Where the line starting at `start` ends (before its line break) and whether it holds a quote character.
 */
export function scanLine(
  bytes: Uint8Array,
  start: number,
  crlf: boolean,
): { end: number; next: number; quote: boolean } {
  const next = lineEnd(bytes, start, crlf);
  let end = next;
  if (crlf) {
    if (next - start >= 2 && bytes[next - 1] === 10 && bytes[next - 2] === 13) end = next - 2;
  } else if (next > start && bytes[next - 1] === 10) end = next - 1;
  let quote = false;
  for (let i = start; i < end; i++) {
    if (bytes[i] === 34) {
      quote = true;
      break;
    }
  }
  return { end, next, quote };
}

/**
 * When at least this many rows, and most rows, held a quote, the rest of the file is handed to PapaParse in
 * one go (reading such rows one by one costs more than one pass over the rest).
 */
const QUOTED_ROWS_ONE_BY_ONE = 2000;

/**
 * Hands records to the general reader (LongReader.row), cut from the bytes as PapaParse cuts them; quote
 * problems go where the general path lists them (at `mark`, before the layout notes of the file).
 */
export class GeneralRows {
  private quoted = 0;

  constructor(
    private readonly ctx: IngestContext,
    private readonly file: string,
    private readonly reader: LongReader,
    private readonly bytes: Uint8Array,
    private readonly delimiter: string,
    private readonly newline: Newline,
    private readonly mark: number,
  ) {}

  /** Read the record starting at byte `start` (record index `r`); returns where the next record starts. */
  read(start: number, r: number): number {
    const { bytes, delimiter, newline } = this;
    const line = scanLine(bytes, start, newline === '\r\n');
    if (!line.quote) {
      this.reader.row(plainRecord(bytes, start, line.end, delimiter), r);
      return line.next;
    }
    const q = readQuotedRecord(bytes, start, delimiter, newline);
    this.quoted++;
    if (q.quoteErrors > 0) {
      // A stray quote costs this line only: read with the quote as a plain character (csv.ts splitRecords).
      this.quoteErrors(1, r);
      this.reader.row(plainFields(decoder.decode(bytes.subarray(start, line.end)), delimiter), r);
      return line.next;
    }
    this.reader.row(q.fields, r);
    return q.next;
  }

  /**
   * Whether so many rows held quotes that the rest is better read by one PapaParse pass (`readRest`);
   * `records`: records read so far.
   */
  manyQuoted(records: number): boolean {
    return this.quoted >= QUOTED_ROWS_ONE_BY_ONE && this.quoted * 2 > records;
  }

  /** Read every record from byte `start` (record index `r`) to the end of the file with one PapaParse pass. */
  readRest(start: number, r: number): void {
    const text = decoder.decode(this.bytes.subarray(start));
    const res = parseRecovering(text, this.delimiter, this.newline);
    for (const e of res.quoteErrors) this.quoteErrors(1, r + e.record);
    res.records.forEach((rec, i) => this.reader.row(rec, r + i));
  }

  private quoteErrors(count: number, r: number): void {
    const file = this.file;
    for (let i = 0; i < count; i++) {
      this.ctx.log.addAt(
        this.mark,
        'error',
        'unbalanced-quote',
        { file, row: r + 1, column: null, value: null },
        msg.quotes(),
      );
    }
  }
}
