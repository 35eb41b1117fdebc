import { isZip } from './xlsx/zip';

/** What a file's first bytes say it is: a workbook, another kind of document, or (presumably) text. */
export type FileKind = 'xlsx' | 'xls' | 'pdf' | 'text';

/** Tell a file's kind from its first bytes (never from its name). */
export function sniffFormat(bytes: Uint8Array): FileKind {
  if (isZip(bytes)) return 'xlsx';
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'xls';
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return 'pdf';
  return 'text';
}
