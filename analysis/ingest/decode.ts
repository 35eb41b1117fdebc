/** Text encodings ITA Lens recognises from a file's bytes. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';

export interface DecodedText {
  text: string;
  encoding: Encoding;
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
    return { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
  }
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
