import Papa from 'papaparse';

export interface ParsedCsv {
  records: string[][];
  delimiter: string;
  /** Problems PapaParse reported (unbalanced quotes), with the 0-based record index. */
  quoteErrors: { record: number; message: string }[];
}

/**
 * Split decoded text into records with PapaParse: delimiter detected among comma, semicolon and tab;
 * quotes with delimiters and line breaks inside; LF or CRLF. Every cell stays a string (no dynamic
 * typing: it drops leading zeros of codes), and empty lines are kept so record indices match Excel rows.
 */
export function parseCsv(
  text: string,
  onProgress?: (doneChars: number) => void,
  newline?: Newline,
): ParsedCsv {
  const config = {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
    ...(newline ? { newline } : {}),
  };
  let result: Papa.ParseResult<string[]>;
  if (!onProgress || text.length < PROGRESS_CHUNK) {
    result = Papa.parse<string[]>(text, config);
  } else {
    // Chunked parse of the (already decoded) string: progress can be reported without splitting a
    // multi-byte character, since chunks are cut from text, not bytes.
    const data: string[][] = [];
    const errors: Papa.ParseError[] = [];
    let meta: Papa.ParseMeta | null = null;
    let base = 0;
    Papa.parse<string[]>(text, {
      ...config,
      chunkSize: PROGRESS_CHUNK,
      chunk: (r: Papa.ParseResult<string[]>) => {
        for (const e of r.errors) errors.push(typeof e.row === 'number' ? { ...e, row: e.row + base } : e);
        for (const row of r.data) data.push(row);
        base = data.length;
        meta = r.meta;
        onProgress(Math.min(text.length, r.meta.cursor));
      },
      // Runs synchronously for string input; the typings want it for the streaming overload.
      complete: () => undefined,
    });
    result = {
      data,
      errors,
      meta: meta ?? {
        delimiter: ',',
        linebreak: '\n',
        aborted: false,
        truncated: false,
        cursor: text.length,
      },
    };
  }
  let records = result.data;
  // A trailing newline yields one empty record at the end; drop it.
  while (records.length > 0 && isBlank(records[records.length - 1] as string[]))
    records = records.slice(0, -1);
  const quoteErrors = result.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ record: typeof e.row === 'number' ? e.row : 0, message: e.message }));
  const delimiter = result.meta.delimiter || ',';
  return { records, delimiter, quoteErrors };
}

/**
 * Split decoded text into records as parseCsv does, with the two repairs real files need:
 * - every line end counts: LF, CRLF and a lone CR mixed in one file (a CRLF header above LF rows) are all
 *   turned into LF first, so no row is glued to the next;
 * - a stray quote costs one row: PapaParse reads everything after an unbalanced quote as one cell; here the
 *   line holding the quote is read with the quote as a plain character and reading goes on at the next line.
 *   `quoteErrors` lists those lines' record indices.
 */
export function splitRecords(text: string, onProgress?: (doneChars: number) => void): ParsedCsv {
  const normal = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const first = parseCsv(normal, onProgress, '\n');
  if (first.quoteErrors.length === 0) return first;
  return { ...parseRecovering(normal, first.delimiter, '\n'), delimiter: first.delimiter };
}

/** The record of a line read with quotes as plain characters: the line split at the delimiter. */
export function plainFields(line: string, delimiter: string): string[] {
  return line.split(delimiter);
}

/**
 * Parse with a known delimiter and line break, recovering from unbalanced quotes line by line (see
 * splitRecords). Records keep their indices: record i is still line i + 1 of a file without multi-line cells.
 */
export function parseRecovering(
  text: string,
  delimiter: string,
  newline: Newline,
): { records: string[][]; quoteErrors: { record: number; message: string }[] } {
  const records: string[][] = [];
  const quoteErrors: { record: number; message: string }[] = [];
  const config = { delimiter, newline, header: false, dynamicTyping: false, skipEmptyLines: false };
  let rest = text;
  for (;;) {
    const r = Papa.parse<string[]>(rest, config);
    let bad = -1;
    for (const e of r.errors) {
      if (e.type === 'Quotes' && typeof e.row === 'number' && (bad < 0 || e.row < bad)) bad = e.row;
    }
    if (bad < 0) {
      for (const rec of r.data) records.push(rec);
      break;
    }
    // The records before the bad one are clean; the bad one starts where they end.
    let lineStart = 0;
    if (bad > 0) {
      const before = Papa.parse<string[]>(rest, { ...config, preview: bad });
      for (const rec of before.data) records.push(rec);
      lineStart = before.meta.cursor;
    }
    const lineEndAt = rest.indexOf(newline, lineStart);
    const lineEnd = lineEndAt < 0 ? rest.length : lineEndAt;
    quoteErrors.push({ record: records.length, message: 'unbalanced quote' });
    records.push(plainFields(rest.slice(lineStart, lineEnd), delimiter));
    if (lineEndAt < 0) break;
    rest = rest.slice(lineEnd + newline.length);
    if (rest === '') break;
  }
  while (records.length > 0 && isBlank(records[records.length - 1] as string[])) records.pop();
  return { records, quoteErrors };
}

/** Characters parsed between progress reports. */
const PROGRESS_CHUNK = 1 << 20;

/** A record with no non-blank cell. */
export function isBlank(record: readonly string[]): boolean {
  for (const c of record) if (c.trim() !== '') return false;
  return true;
}

/** A line break PapaParse splits records on. */
export type Newline = '\n' | '\r\n' | '\r';

/**
 * The line break PapaParse picks for a text when none is given (its `guessLineEndings`, copied so that a
 * caller can know it without parsing the whole text): within the first megabyte, quoted text removed, `\n`
 * unless a `\r` comes first and most `\r` are followed by `\n` (`\r\n`) or not (`\r`).
 */
export function guessNewline(text: string): Newline {
  const input = text.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = input.split('\r');
  const n = input.split('\n');
  const nAppearsFirst = n.length > 1 && (n[0] as string).length < (r[0] as string).length;
  if (r.length === 1 || nAppearsFirst) return '\n';
  let numWithN = 0;
  for (const piece of r) if (piece[0] === '\n') numWithN++;
  return numWithN >= r.length / 2 ? '\r\n' : '\r';
}
