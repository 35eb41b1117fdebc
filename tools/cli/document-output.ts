import { numberValue } from '../../analysis/ingest/text/clean-text';
import { needsAttention } from '../../analysis/ingest/text/document-input';
import { verdictOf } from '../../analysis/ingest/text/patterns';
import type { ReadValue, SourceLine } from '../../analysis/ingest/text/types';
import type { Lang } from './args';
import type { LoadedDocument } from './load-documents';

/**
 * What `ita analyse` says about documents it read (a PDF, or text saved from one): every value with the
 * page and line it came from, whether it was used, and every line not understood. JSON adds a `documents`
 * field beside `results` (the contract allows more fields); text output adds a section per document.
 */

function score(v: ReadValue): number | null {
  const verdict = v.kind === 'item' ? verdictOf(v.score) : null;
  if (verdict !== null) return verdict;
  const n = numberValue(v.score);
  return Number.isNaN(n) ? null : n;
}

const place = (at: SourceLine) => ({ page: at.page, line: at.line });

/** The `documents` field of `analyse --format json`. */
export function documentsJson(documents: readonly LoadedDocument[]): object[] {
  return documents.map(({ reading: r, input }) => ({
    file: r.name,
    kind: r.kind,
    pages: r.pages,
    org_name: input.org,
    year: input.year,
    org_proposals: r.orgs.map((o) => ({ value: o.value, ...place(o.at) })),
    year_proposals: r.years.map((y) => ({ value: y.value, why_en: y.why.en, ...place(y.at) })),
    values: r.values.map((v) => {
      const neg = v.negative ? numberValue(v.negative.value) : NaN;
      return {
        kind: v.kind,
        code: v.code,
        printed: v.printed,
        score: score(v),
        negative_pct: Number.isNaN(neg) ? null : neg,
        ...place(v.at),
        used: !needsAttention(v),
        notes_en: v.notes.map((n) => n.en),
      };
    }),
    not_understood: r.unplaced.map((u) => ({
      kind: u.kind,
      ...place(u.at),
      text: u.text,
      share: u.share === undefined ? null : numberValue(u.share),
      candidates: u.candidates,
      reason_en: u.reason.en,
    })),
    ...(r.failure ? { failure_en: r.failure.en, failure_th: r.failure.th } : {}),
  }));
}

function at(p: SourceLine, lang: Lang): string {
  if (p.page === null) return lang === 'th' ? `บรรทัด ${p.line}` : `line ${p.line}`;
  return lang === 'th' ? `หน้า ${p.page} บรรทัด ${p.line}` : `page ${p.page} line ${p.line}`;
}

/** Text output: what was read from each document, then what was not understood. */
export function documentsText(documents: readonly LoadedDocument[], lang: Lang): string {
  const th = lang === 'th';
  const out: string[] = [];
  for (const { reading: r } of documents) {
    out.push(
      th ? `อ่านจากเอกสาร ${r.name}: ${r.values.length} ค่า` : `Read from ${r.name}: ${r.values.length} values`,
    );
    for (const v of r.values) {
      const neg = v.negative
        ? th
          ? `, ร้อยละเชิงลบ ${v.negative.value}`
          : `, negative ${v.negative.value}%`
        : '';
      const held = needsAttention(v) ? (th ? ' (ไม่ได้ใช้)' : ' (not used)') : '';
      out.push(`  ${v.code.padEnd(8)} ${v.score}${neg}  [${at(v.at, lang)}]${held}`);
    }
    if (r.unplaced.length > 0) {
      out.push(th ? '  ส่วนที่อ่านไม่เข้าใจ:' : '  Not understood:');
      for (const u of r.unplaced)
        out.push(`  - [${at(u.at, lang)}] ${u.share ? `${u.share}% ` : ''}${u.text}`);
    }
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
