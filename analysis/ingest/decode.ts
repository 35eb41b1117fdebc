/** Text encodings ITA Lens recognises from a file's bytes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /**
   * A UTF-8 file with a few broken byte sequences (a file cut mid-character): how many were replaced by
   * U+FFFD and the character offsets (in `text`) of the first 20.
   */
  invalid?: { count: number; offsets: number[] };
  /**
   * A UTF-8 file with some lines in Windows-874 (rows pasted from another file): those lines were decoded as
   * Windows-874; how many, and the line numbers (1-based) of the first 20.
   */
  mixed?: { count: number; lines: number[] };
  /** UTF-16 recognised from its bytes although the file has no byte order mark. */
  noBom?: boolean;
  /** The bytes are not text in an encoding ITA Lens reads: the likely encoding, to name in the message. */
  unreadable?: { th: string; en: string };
}

const FIRST = 20;

/**
 * Decide a file's encoding from its bytes and decode it (shared/design/pitfalls.md, PapaParse).
 * BOMs (UTF-8, UTF-16) win; UTF-16 without a BOM is recognised by its zero bytes; otherwise a strict UTF-8
 * decode is tried. Bytes that are not UTF-8 are Windows-874 (the Thai Excel default, a superset of TIS-620)
 * line by line: a UTF-8 file with a few Windows-874 rows stays UTF-8 and only those rows are decoded as
 * Windows-874 (and reported), so one pasted row never garbles every name. Bytes that are neither (UTF-32,
 * another language's code page, a binary file) are not decoded: `unreadable` names what they look like.
 * The BOM is never left in the text.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 4 && bytes[2] === 0 && bytes[3] === 0 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return unreadable(UTF32);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const sixteen = sniffUtf16(bytes);
  if (sixteen) return { text: new TextDecoder(sixteen).decode(bytes), encoding: sixteen, noBom: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000'))
      return unreadable(text.split('\u0000').length > text.length / 2 ? UTF32 : BINARY);
    return { text, encoding: 'utf-8' };
  } catch {
    return decodeMixed(bytes);
  }
}

const UTF32 = { th: 'UTF-32', en: 'UTF-32' };
const BINARY = { th: 'ไฟล์ที่ไม่ใช่ข้อความ (binary)', en: 'a binary file, not text' };
const OTHER = {
  th: 'รหัสภาษาอื่นที่ไม่ใช่ภาษาไทย (เช่น Shift-JIS, GBK, Big5)',
  en: 'another language’s code page (e.g. Shift-JIS, GBK, Big5)',
};

function unreadable(likely: { th: string; en: string }): DecodedText {
  return { text: '', encoding: 'utf-8', unreadable: likely };
}

/** UTF-16 without a byte order mark: one byte of nearly every pair is 0x00 (Latin) or 0x0E (Thai). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let odd = 0;
  let even = 0;
  let zeros = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    if (b === 0 || b === 0x0e) odd++;
    if (a === 0 || a === 0x0e) even++;
    if (a === 0 || b === 0) zeros++;
  }
  const pairs = n / 2;
  if (zeros === 0 && odd < pairs && even < pairs) return null;
  if (odd >= pairs * 0.9 && even < pairs * 0.1) return 'utf-16le';
  if (even >= pairs * 0.9 && odd < pairs * 0.1) return 'utf-16be';
  return null;
}

/** Bytes that Windows-874 leaves undefined: text holding many of them is in another code page. */
function undefinedIn874(b: number): boolean {
  return (
    (b >= 0x81 && b <= 0x84) ||
    (b >= 0x86 && b <= 0x90) ||
    (b >= 0x98 && b <= 0x9f) ||
    (b >= 0xdb && b <= 0xde) ||
    b >= 0xfc
  );
}

/** What single-byte text that is not valid UTF-8 is: Windows-874, or (named) something else. */
function singleByte(bytes: Uint8Array): DecodedText {
  let high = 0;
  let undefinedBytes = 0;
  let nul = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    if (b < 0x80) continue;
    high++;
    if (undefinedIn874(b)) undefinedBytes++;
  }
  if (nul > 0) return unreadable(BINARY);
  if (undefinedBytes > Math.max(2, high / 50)) return unreadable(OTHER);
  return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
}

/** Length of a valid UTF-8 multi-byte sequence at i, 0 when there is none. */
function utf8Seq(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  for (let k = 1; k < len; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return 0;
  return len;
}

/**
 * Bytes that are not all valid UTF-8, read line by line: lines with invalid bytes are Windows-874 unless
 * they are UTF-8 with a broken character or two; the file is UTF-8 when most lines with non-ASCII text are.
 */
function decodeMixed(bytes: Uint8Array): DecodedText {
  const n = bytes.length;
  const lines: { start: number; end: number; bad: 'cp874' | 'damaged' | null }[] = [];
  let utf8Lines = 0;
  let cp874Lines = 0;
  for (let start = 0; start < n;) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = n;
    let valid = 0;
    let invalid = 0;
    for (let i = start; i < end;) {
      if ((bytes[i] as number) < 0x80) {
        i++;
        continue;
      }
      const len = utf8Seq(bytes, i);
      if (len > 0) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    let bad: 'cp874' | 'damaged' | null = null;
    if (invalid > 0) bad = invalid <= 2 ? 'damaged' : 'cp874';
    if (bad === 'cp874') cp874Lines++;
    else if (valid > 0) utf8Lines++;
    lines.push({ start, end, bad });
    start = end + 1;
  }
  if (cp874Lines >= utf8Lines) return singleByte(bytes);
  const utf8 = new TextDecoder('utf-8');
  const thai = new TextDecoder('windows-874');
  const parts: string[] = [];
  const mixedLines: number[] = [];
  let mixedCount = 0;
  const offsets: number[] = [];
  let damagedCount = 0;
  let length = 0;
  let runStart = 0;
  const flush = (upTo: number) => {
    if (upTo > runStart) {
      const s = utf8.decode(bytes.subarray(runStart, upTo));
      parts.push(s);
      length += s.length;
    }
  };
  lines.forEach((line, i) => {
    if (!line.bad) return;
    flush(line.start);
    const s = (line.bad === 'cp874' ? thai : utf8).decode(bytes.subarray(line.start, line.end));
    if (line.bad === 'cp874') {
      mixedCount++;
      if (mixedLines.length < FIRST) mixedLines.push(i + 1);
    } else {
      for (let k = s.indexOf('\uFFFD'); k >= 0; k = s.indexOf('\uFFFD', k + 1)) {
        if (offsets.length < FIRST) offsets.push(length + k);
        damagedCount++;
      }
    }
    parts.push(s);
    length += s.length;
    runStart = line.end;
  });
  flush(n);
  const out: DecodedText = { text: parts.join(''), encoding: 'utf-8' };
  if (mixedCount > 0) out.mixed = { count: mixedCount, lines: mixedLines };
  if (damagedCount > 0) out.invalid = { count: damagedCount, offsets };
  return out;
}

/** A display name for an encoding, e.g. for the file summary. */
export function encodingLabel(e: Encoding): string {
  switch (e) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-8-bom':
      return 'UTF-8 (BOM)';
    case 'utf-16le':
      return 'UTF-16 LE';
    case 'utf-16be':
      return 'UTF-16 BE';
    default:
      return 'Windows-874 (TIS-620)';
  }
}
