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
