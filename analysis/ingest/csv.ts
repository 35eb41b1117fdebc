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
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
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

/** A record with no non-blank cell. */
export function isBlank(record: readonly string[]): boolean {
  for (const c of record) if (c.trim() !== '') return false;
  return true;
}
