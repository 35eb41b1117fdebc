/** Text encodings ITA Lens recognises from a file's bytes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /**
   * A UTF-8 file with a few broken byte sequences (a file cut mid-character, a stray Windows-874 byte):
   * how many were replaced by U+FFFD and the character offsets (in `text`) of the first 20.
   */
  invalid?: { count: number; offsets: number[] };
}

/**
 * Decide a file's encoding from its bytes and decode it (shared/design/pitfalls.md, PapaParse).
 * BOMs (UTF-8, UTF-16) win; otherwise a strict UTF-8 decode is tried, and Windows-874 (the Thai Excel
 * default, a superset of TIS-620) is the fallback. The BOM is never left in the text.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Mostly valid UTF-8 with a few bad sequences is UTF-8 with damage, not Windows-874: decoding it all
    // as Windows-874 would garble every Thai letter. Windows-874 Thai text is almost all invalid UTF-8.
    const { valid, invalid } = countUtf8(bytes);
    if (valid > 0 && invalid <= Math.max(3, valid / 100)) {
      const text = new TextDecoder('utf-8').decode(bytes);
      const offsets: number[] = [];
      let count = 0;
      for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
        if (offsets.length < 20) offsets.push(i);
        count++;
      }
      return { text, encoding: 'utf-8', invalid: { count, offsets } };
    }
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
}

/** Valid multi-byte UTF-8 sequences and invalid bytes in `bytes` (ASCII is neither). */
function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
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
