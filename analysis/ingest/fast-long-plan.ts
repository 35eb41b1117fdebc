import type { IndicatorName } from './columns';
import type { IngestContext } from './context';
import { guessNewline, parseCsv, type Newline } from './csv';
import type { Encoding } from './decode';
import { detectLayout, type Layout } from './detect';
import { isCanonicalLong } from './read-long';

/** Lines PapaParse and detectLayout look at: the delimiter is guessed on 10, the header searched in 30. */
const HEAD_LINES = 30;
const GUESS_LINES = 10;
/** A file the fast reader takes: its layout (as the general path detects it) and dialect. */
export interface FastLongPlan {
  layout: Layout;
  delimiter: string;
  newline: Newline;
  /** Byte offset where the text starts (after byte order marks). */
  textStart: number;
}

/**
 * Whether the fast reader can read this file with the same result as the general path, and how: a UTF-8
 * text, `\n` or `\r\n` line breaks, no quote in the lines the delimiter is guessed on (or before the
 * header), and a long-format header with org_id, year, code and score and no other field. Reads nothing
 * into the context; null sends the file to the general path.
 */
export function planFastLong(
  ctx: IngestContext,
  bytes: Uint8Array,
  text: string,
  encoding: Encoding,
  names: readonly IndicatorName[],
): FastLongPlan | null {
  if (ctx.options.fastPath === false || (encoding !== 'utf-8' && encoding !== 'utf-8-bom')) return null;
  const newline = guessNewline(text);
  if (newline === '\r' || mixedLineEnds(bytes, newline)) return null;
  // The first lines, cut before the first quote: parsed alone they give the records a parse of the whole
  // text gives (PapaParse only treats lines differently once a quote opens a field).
  const quote = text.indexOf('"');
  let end = 0;
  let lines = 0;
  while (lines < HEAD_LINES) {
    const nl = text.indexOf(newline, end);
    if (nl < 0 || (quote >= 0 && quote < nl + newline.length)) break;
    end = nl + newline.length;
    lines++;
  }
  const whole = lines < HEAD_LINES && quote < 0 && text.indexOf(newline, end) < 0;
  if (!whole && lines < GUESS_LINES) return null;
  const head = parseCsv(whole ? text : text.slice(0, end), undefined, newline);
  const layout = detectLayout(head.records, names, ctx.options.mappings);
  if (layout.format !== 'long' || (!whole && layout.headerIndex >= lines)) return null;
  if (!isCanonicalLong(layout)) return null;
  let textStart = encoding === 'utf-8-bom' ? 3 : 0;
  // TextDecoder drops one more byte order mark at the start of what it decodes.
  if (textStart === 3 && bytes[3] === 0xef && bytes[4] === 0xbb && bytes[5] === 0xbf) textStart = 6;
  return { layout, delimiter: head.delimiter, newline, textStart };
}

/**
 * Whether line ends are mixed (any CR in an LF file; a CR alone or an LF alone in a CRLF file): such files
 * take the general path, which reads every kind of line end as a row end. An LF file costs one search.
 */
function mixedLineEnds(bytes: Uint8Array, newline: Newline): boolean {
  if (newline === '\n') return bytes.indexOf(13) >= 0;
  for (let cr = bytes.indexOf(13); cr >= 0; cr = bytes.indexOf(13, cr + 1))
    if (bytes[cr + 1] !== 10) return true;
  for (let lf = bytes.indexOf(10); lf >= 0; lf = bytes.indexOf(10, lf + 1))
    if (bytes[lf - 1] !== 13) return true;
  return false;
}
