import {
  MAX_E as MAX_E_,
  MAX_I as MAX_I_,
  MAX_O as MAX_O_,
  SLOT_E0 as SLOT_E0_,
  SLOT_I0 as SLOT_I0_,
  SLOT_O0 as SLOT_O0_,
} from '../codes';

// Local copies: under Node's CommonJS interop an imported constant is read through a getter each time.
const MAX_E = MAX_E_;
const MAX_I = MAX_I_;
const MAX_O = MAX_O_;
const SLOT_E0 = SLOT_E0_;
const SLOT_I0 = SLOT_I0_;
const SLOT_O0 = SLOT_O0_;
import type { IndicatorName } from './columns';
import type { IngestContext } from './context';
import type { FastLongPlan } from './fast-long-plan';
import { GeneralRows, lineEnd } from './fast-long-rows';
import { parseCodeBytes } from './parse-bytes';
import { LongReader } from './read-long';

/**
 * The byte-level reader of canonical long files (`org_id,year,code,score[,negative_pct][,respondents]`,
 * any column order, extra columns ignored), for a national year of question scores. fast-long-plan.ts
 * decides whether a file qualifies and reads its header exactly as the general path does.
 *
 * The data rows are scanned as bytes: numbers, years and codes are read from bytes and go straight into
 * the table, organisation ids are looked up only when they differ from the previous row's. A row is read
 * here only when it is clean — every cell in its plainest spelling, the code in the year's framework
 * (which needs no fallback), the score in range, an OIT item 0 or 100 — i.e. when the general reader
 * would keep it and report nothing, or report only a duplicate (ctx.duplicate, the general reader's own
 * report). Any other row (quotes, Thai digits, `%`, blanks, unknown codes, CE years…) is cut into its
 * record exactly as PapaParse cuts it and handed to the general reader (LongReader.row, see
 * fast-long-rows.ts), so the dataset — rows, organisations, file report, problems — is the same by
 * construction.
 */

/** Bytes read between progress reports. */
const PROGRESS_BYTES = 1 << 20;

const IGNORE = 0;
const ORG = 1;
const YEAR = 2;
const CODE = 3;
const SCORE = 4;
const NEG = 5;
const RESP = 6;

/** Exact powers of ten (every one up to 10^22 is a double). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Read the data rows of a planned file into the context. `mark` is the position in the problem log where
 * the general path would have put quote problems (before the layout notes); `progress` gets the fraction
 * of bytes done every megabyte.
 *
 * One pass over the bytes; each cell is read as it is scanned, in its plainest spelling only (numbers: an
 * optional sign, ASCII digits and one '.', at most 15 digits, so that one division of an exact integer by an
 * exact power of ten gives the double `Number()` gives). The general reader is called for every row that is
 * not clean.
 */
export function readFastLong(
  ctx: IngestContext,
  bytes: Uint8Array,
  plan: FastLongPlan,
  fileIndex: number,
  names: readonly IndicatorName[],
  mark: number,
  progress?: (fraction: number) => void,
): { dataRows: number; kept: number; rowsWithErrors: number } {
  const { layout, delimiter, newline } = plan;
  const reader = new LongReader(ctx, layout, fileIndex, names);
  const file = ctx.files[fileIndex]?.name ?? '';
  const general = new GeneralRows(ctx, file, reader, bytes, delimiter, newline, mark);
  const crlf = newline === '\r\n';
  const n = bytes.length;
  const D = delimiter.charCodeAt(0);
  // Bytes that end an ignored cell: the delimiter, CR, LF and the quote (which makes the row dirty).
  const stop = new Uint8Array(256);
  stop[D] = stop[10] = stop[13] = stop[34] = 1;
  const f = layout.fields;
  const ncols = layout.headers.length;
  const roles = new Uint8Array(ncols + 1);
  roles[f.org_id as number] = ORG;
  roles[f.year as number] = YEAR;
  roles[f.code as number] = CODE;
  roles[f.score as number] = SCORE;
  if (f.negative_pct !== undefined) roles[f.negative_pct] = NEG;
  if (f.respondents !== undefined) roles[f.respondents] = RESP;
  const lastNeeded = Math.max(f.org_id as number, f.year as number, f.code as number, f.score as number);
  const { builder, seen, orgs } = ctx;
  const resolveOrg = (s: number, e: number): number => {
    let id = '';
    for (let i = s; i < e; i++) id += String.fromCharCode(bytes[i] as number);
    return orgs.resolve({ id, name: null, type: null, province: null, district: null }).index;
  };
  const asText = (s: number, e: number): string => String.fromCharCode(...bytes.subarray(s, e));

  // Skip the lines up to the header (none of them holds a quote).
  let p = plan.textStart;
  for (let k = 0; k <= layout.headerIndex && p < n; k++) p = lineEnd(bytes, p, crlf);
  let r = layout.headerIndex + 1;
  let nextProgress = p + PROGRESS_BYTES;
  // Room for the rows, estimated from the length of the first lines, so the columns seldom grow on the way.
  let sampleEnd = p;
  let sampled = 0;
  for (; sampled < 256 && sampleEnd < n; sampled++) sampleEnd = lineEnd(bytes, sampleEnd, crlf);
  if (sampleEnd > p)
    builder.reserve(builder.length + Math.ceil(((n - p) / (sampleEnd - p)) * sampled * 1.02));

  // Caches: the previous organisation id's bytes and index, the year's framework slots, the bitset block.
  let orgS = -1;
  let orgLen = -1;
  let org = -1;
  let lastYear = -1;
  let slots: Uint8Array | null = null;
  let blockOrg = -1;
  let blockYear = -1;
  let block = 0;
  let clean = 0;
  let dupRows = 0;
  let dupErrors = 0;

  while (p < n) {
    if (p >= nextProgress) {
      progress?.(p / n);
      nextProgress = p + PROGRESS_BYTES;
    }
    const rowStart = p;
    const b0 = bytes[p];
    if (b0 === 10 && !crlf) {
      p++;
      r++;
      continue;
    }
    if (b0 === 13 && bytes[p + 1] === 10) {
      p += 2;
      r++;
      continue;
    }
    let col = 0;
    let oS = 0;
    let oE = 0;
    let sameOrg = false;
    let year = -1;
    let slot = -1;
    let score = -1;
    let sS = 0;
    let sE = 0;
    let neg = NaN;
    let resp = NaN;
    let next = -1;
    let ok = true;
    for (;;) {
      const role = col < ncols ? (roles[col] as number) : IGNORE;
      const s = p;
      if (role === ORG) {
        // Printable ASCII but the quote and the delimiter; compared with the previous row's id on the way.
        const back = orgS - s;
        let same = orgS >= 0;
        while (p < n) {
          const c = bytes[p] as number;
          if (c > 0x20 && c < 0x7f && c !== D && c !== 34) {
            if (same && bytes[p + back] !== c) same = false;
            p++;
          } else break;
        }
        oS = s;
        oE = p;
        sameOrg = same && p - s === orgLen;
        if (s === p) ok = false;
      } else if (role === YEAR) {
        let y = 0;
        while (p < n) {
          const d = (bytes[p] as number) - 48;
          if (d >= 0 && d <= 9) {
            y = y * 10 + d;
            p++;
          } else break;
        }
        if (p - s === 4 && y >= 2400 && y < 2700) year = y;
        else ok = false;
      } else if (role === CODE) {
        let base = 0;
        let max = 10;
        const c = bytes[p];
        if (c === 73) {
          base = SLOT_I0;
          max = MAX_I;
          p++;
        } else if (c === 69) {
          base = SLOT_E0;
          max = MAX_E;
          p++;
        } else if (c === 79) {
          base = SLOT_O0;
          max = MAX_O;
          p++;
        }
        const ds = p;
        let v = 0;
        while (p < n) {
          const d = (bytes[p] as number) - 48;
          if (d >= 0 && d <= 9) {
            v = v * 10 + d;
            p++;
          } else break;
        }
        if (p > ds && p - ds <= 3 && bytes[ds] !== 48 && v <= max) slot = base + v;
        else {
          // `overall` and every other spelling: the general reader's byte rules.
          while (p < n && stop[bytes[p] as number] === 0) p++;
          slot = parseCodeBytes(bytes, s, p);
          if (slot < 0) ok = false;
        }
      } else if (role !== IGNORE) {
        // A plain decimal number: optional sign, ASCII digits, at most one '.'.
        let c = bytes[p];
        let sign = 1;
        if (c === 45) {
          sign = -1;
          p++;
        } else if (c === 43) p++;
        let m = 0;
        let digits = 0;
        let frac = -1;
        while (p < n) {
          c = bytes[p] as number;
          const d = c - 48;
          if (d >= 0 && d <= 9) {
            m = m * 10 + d;
            digits++;
            if (frac >= 0) frac++;
            p++;
          } else if (c === 46 && frac < 0) {
            frac = 0;
            p++;
          } else break;
        }
        if (s === p && role !== SCORE) {
          // An empty negative share or respondents cell: not given.
        } else if (digits === 0 || digits > 15) ok = false;
        else {
          const v = sign * (frac > 0 ? m / (POW10[frac] as number) : m);
          if (role === SCORE) {
            if (v >= 0 && v <= 100) {
              score = v;
              sS = s;
              sE = p;
            } else ok = false;
          } else if (role === NEG) {
            if (v >= 0 && v <= 100) neg = v;
            else ok = false;
          } else if (Number.isInteger(v) && v > 0) resp = v;
          else ok = false;
        }
      } else {
        while (p < n && stop[bytes[p] as number] === 0) p++;
      }
      if (!ok) break;
      if (p >= n) {
        next = n;
        break;
      }
      const c = bytes[p];
      if (c === D) {
        p++;
        col++;
        continue;
      }
      if (c === 13 && bytes[p + 1] === 10) next = p + 2;
      else if (c === 10 && !crlf) next = p + 1;
      else ok = false;
      break;
    }
    if (ok && col >= lastNeeded) {
      // The organisation, resolved as the general reader does for every row with a known code.
      if (!sameOrg) {
        org = resolveOrg(oS, oE);
        orgLen = oE - oS;
      }
      orgS = oS;
      if (year !== lastYear) {
        slots = ctx.frameworkSlots(year);
        lastYear = year;
      }
      if (org !== blockOrg || year !== blockYear) {
        block = seen.block(org, year);
        blockOrg = org;
        blockYear = year;
      }
      if (slots !== null && slots[slot] === 1 && (slot <= SLOT_O0 || score === 0 || score === 100)) {
        if (!seen.has(block, slot)) {
          seen.set(block, slot);
          builder.push(org, year, slot, score, neg, resp, fileIndex, r + 1);
          clean++;
        } else {
          // A duplicate, reported as the general reader reports it (the first value is kept).
          const before = ctx.log.errorCount;
          ctx.duplicate(org, year, slot, score, {
            file,
            row: r + 1,
            column: reader.scoreCol,
            value: asText(sS, sE),
          });
          dupRows++;
          if (ctx.log.errorCount > before) dupErrors++;
        }
        p = next;
        r++;
        continue;
      }
    }
    // Not clean: the general reader reads the record, cut as PapaParse cuts it.
    if (general.manyQuoted(r - layout.headerIndex)) {
      general.readRest(rowStart, r);
      p = n;
    } else {
      p = general.read(rowStart, r);
      r++;
    }
  }
  reader.finish();
  return {
    dataRows: reader.dataRows + clean + dupRows,
    kept: reader.kept + clean,
    rowsWithErrors: reader.rowsWithErrors + dupErrors,
  };
}
