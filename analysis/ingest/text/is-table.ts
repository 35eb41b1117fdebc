import { splitRecords } from '../csv';
import { decodeBytes } from '../decode';
import { detectLayout } from '../detect';
import { indicatorNames } from '../indicator-names';
import { sniffFormat } from '../sniff';

/** Characters of a text file looked at to tell a table from a document (its header is near the top). */
const LOOK = 64 * 1024;

/**
 * Whether a file is a table the ordinary reader takes (CSV, TSV, a workbook, text whose header it
 * recognises) rather than a document to read for figures (a PDF, or text copied out of one). Decided with
 * the ordinary reader's own layout detection on the file's first lines; undecodable text counts as a
 * table, so that the ordinary reader reports its encoding.
 */
export function isTableFile(bytes: Uint8Array): boolean {
  const kind = sniffFormat(bytes);
  if (kind === 'pdf') return false;
  if (kind !== 'text') return true;
  const decoded = decodeBytes(bytes.length > LOOK * 4 ? bytes.subarray(0, LOOK * 4) : bytes);
  if (decoded.unreadable) return true;
  let text = decoded.text;
  if (text.length > LOOK) text = text.slice(0, Math.max(text.lastIndexOf('\n', LOOK), 1));
  return detectLayout(splitRecords(text).records, indicatorNames()).format !== 'unrecognised';
}
