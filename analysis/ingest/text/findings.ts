import { looseKey, NUMBER_SOURCE, numberValue, similarity } from './clean-text';
import { lineOf, type Paragraph } from './paragraphs';
import { thai } from './patterns';
import type { DocText, ReadValue, SourceLine, Unplaced } from './types';

/**
 * Findings (ข้อค้นพบ): "ผู้รับบริการร้อยละ ๓๔.๐๔ เห็นว่า…" — the share of respondents who answered a
 * question negatively. A finding is tied to its question by what it says (its wording against the
 * questions' of the same table row, or page), else by the yes/no rule (share = 100 − score), else by order
 * when a row lists as many findings as questions. A finding that could belong to more than one question
 * (one sentence about two questions, two close wordings) is listed for the user, never guessed.
 */

const PERCENT_RE = new RegExp(
  `(?:${thai('ร้อยละ')}\\s*(${NUMBER_SOURCE}))|(?:(${NUMBER_SOURCE})\\s*(?:%|${thai('เปอร์เซ็นต์')}))`,
);

/** Where a bullet starts: a dash or bullet sign at the start or after white space. */
const BULLET_RE = /(?:^|\s)[-•▪●]\s?(?=\S)/g;

const SAYS_RE = new RegExp(
  `^\\s*(?:${thai('มีความเห็นว่า')}|${thai('ความเห็นว่า')}|${thai('เห็นว่า')}|${thai('ตอบว่า')}|${thai('ระบุว่า')})\\s*`,
);

const SERVICE_USERS = ['ประชาชน', 'ผู้รับบริการ', 'ผู้มารับบริการ', 'ผู้ใช้บริการ', 'ผู้มาติดต่อ', 'บุคคลภายนอก'].map(
  looseKey,
);
const STAFF = ['เจ้าหน้าที่', 'บุคลากร', 'ข้าราชการ', 'พนักงาน', 'ลูกจ้าง'].map(looseKey);

/** Clause joints: a sentence that goes on about a second question. */
const JOINT_RE = new RegExp(`${thai('รวมถึง')}|${thai('อีกทั้ง')}|${thai('ตลอดจน')}`);
/** With a joint, a second question this alike (relative to the first) may be what the rest is about. */
const JOINT_SECOND = 0.6;

interface Finding {
  share: string;
  value: number;
  statement: string;
  text: string;
  line: number;
  /** IIT when staff answered, EIT when service users did, null when the sentence does not say. */
  tool: 'IIT' | 'EIT' | null;
}

function findingsIn(p: Paragraph): Finding[] {
  const starts = [0, ...[...p.text.matchAll(BULLET_RE)].map((m) => (m.index ?? 0) + m[0].length)];
  const out: Finding[] = [];
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? p.text.length;
    const chunk = p.text.slice(s, end);
    const m = PERCENT_RE.exec(chunk);
    if (!m) return;
    const share = (m[1] ?? m[2] ?? '').trim();
    const value = numberValue(share);
    if (!(value >= 0 && value <= 100)) return;
    const before = looseKey(chunk.slice(0, m.index));
    const statement = chunk
      .slice(m.index + m[0].length)
      .replace(SAYS_RE, '')
      .trim();
    const tool = STAFF.some((w) => before.includes(w))
      ? 'IIT'
      : SERVICE_USERS.some((w) => before.includes(w))
        ? 'EIT'
        : null;
    const says = /เหน|ตอบ|ระบ/.test(looseKey(chunk.slice(m.index)).slice(0, 24));
    if (tool === null && !says) return;
    out.push({
      share,
      value,
      statement,
      text: chunk.replace(/^[-•▪●\s]+/, '').trim(),
      line: lineOf(p, s + m.index),
      tool,
    });
  });
  return out;
}

function at(doc: DocText, line: number): SourceLine {
  const l = doc.lines[line];
  return { page: l?.page ?? null, line: l?.line ?? 0 };
}

interface Candidate {
  value: ReadValue;
  lines: readonly number[];
}

/**
 * Questions a finding may belong to. In text, a line of several cells is a table row: its own questions,
 * else those of the text (or of its page). In a PDF a line is not a row (cells wrap to different depths):
 * the questions of its page and the page before, told apart by wording.
 */
function scopeOf(doc: DocText, f: Finding, questions: readonly Candidate[]): Candidate[] {
  const tool = (q: Candidate) => f.tool === null || q.value.code.startsWith(f.tool === 'IIT' ? 'I' : 'E');
  const page = doc.lines[f.line]?.page ?? null;
  const pageOf = (q: Candidate) => doc.lines[q.lines[0] as number]?.page ?? null;
  if (doc.kind === 'text') {
    const row = questions.filter((q) => q.lines.includes(f.line) && tool(q));
    return row.length > 0 ? row : questions.filter((q) => tool(q) && pageOf(q) === page);
  }
  return questions.filter((q) => {
    const qp = pageOf(q) ?? 0;
    return tool(q) && (qp === page || qp === (page ?? 0) - 1);
  });
}

/** Wording likeness of a statement to each code in scope (a code quoted twice counts once, at its best). */
function byCode(statement: string, scope: readonly Candidate[]): { code: string; s: number }[] {
  const best = new Map<string, number>();
  for (const q of scope) {
    const s = similarity(statement, q.value.text);
    best.set(q.value.code, Math.max(best.get(q.value.code) ?? 0, s));
  }
  return [...best].map(([code, s]) => ({ code, s })).sort((a, b) => b.s - a.s);
}

/** A wording this alike, and this far ahead of the next, ties a finding to a question. */
const LIKE = 0.3;
const AHEAD = 0.08;

type Decision = { code: string; how: 'wording' | 'score' | 'order' } | { candidates: string[] };

function decide(f: Finding, scope: readonly Candidate[], order: string | null): Decision {
  const ranked = byCode(f.statement, scope);
  // A sentence that goes on about a second thing ("… รวมถึง …") may be two questions' finding in one:
  // the user says which question its share belongs to.
  const [first, next] = ranked;
  if (JOINT_RE.test(f.statement) && first && next && next.s >= JOINT_SECOND * first.s)
    return { candidates: [first.code, next.code] };
  const [best, second] = ranked;
  if (best && best.s >= LIKE && best.s - (second?.s ?? 0) >= AHEAD)
    return { code: best.code, how: 'wording' };
  const yn = [
    ...new Set(
      scope
        .filter((q) => Math.abs(numberValue(q.value.score) + f.value - 100) <= 0.5)
        .map((q) => q.value.code),
    ),
  ];
  if (yn.length === 1) return { code: yn[0] as string, how: 'score' };
  if (order && (!best || best.code === order || best.s < LIKE)) return { code: order, how: 'order' };
  return { candidates: ranked.slice(0, 3).map((x) => x.code) };
}

/**
 * Read the findings and tie each to a question value (its `negative`); what cannot be tied is returned.
 * `spans`: each question value's lines (question-rows.ts).
 */
export function readFindings(
  doc: DocText,
  paragraphs: readonly Paragraph[],
  values: ReadValue[],
  spans: ReadonlyMap<string, number[]>,
): { unplaced: Unplaced[]; lines: Set<number> } {
  const questions: Candidate[] = values
    .filter((v) => v.kind === 'question')
    .map((v) => ({ value: v, lines: spans.get(v.id) ?? [] }));
  const findings = paragraphs.flatMap(findingsIn);
  const lines = new Set(findings.map((f) => f.line));
  const unplaced: Unplaced[] = [];
  const tied = new Map<string, { f: Finding; how: 'wording' | 'score' | 'order' }[]>();
  for (const f of findings) {
    const scope = scopeOf(doc, f, questions);
    // Order is evidence only in a table row that lists as many findings as questions.
    const rowFindings = findings.filter(
      (g) => g.line === f.line || scope.some((q) => q.lines.includes(g.line)),
    );
    const order =
      doc.kind === 'text' &&
      scope.length === rowFindings.length &&
      scope.every((q) => q.lines.includes(f.line))
        ? (scope[rowFindings.indexOf(f)]?.value.code ?? null)
        : null;
    const d = decide(f, scope, order);
    if ('candidates' in d) {
      unplaced.push({
        kind: 'finding',
        at: at(doc, f.line),
        text: f.text,
        share: f.share,
        candidates: d.candidates,
        reason:
          d.candidates.length > 0
            ? {
                th: `ข้อค้นพบนี้อาจเป็นของข้อ ${d.candidates.join(' หรือ ')} — เลือกข้อที่ถูกต้อง`,
                en: `This finding may belong to ${d.candidates.join(' or ')} — choose the right question`,
              }
            : {
                th: 'ไม่พบข้อคำถามของข้อค้นพบนี้ในเอกสาร',
                en: 'No question of this finding was found in the document',
              },
      });
      continue;
    }
    // The question value itself: among values of that code in scope, the one nearest the finding.
    const near = scope
      .filter((q) => q.value.code === d.code)
      .sort((a, b) => dist(a.lines, f.line) - dist(b.lines, f.line))[0];
    if (!near) continue;
    const list = tied.get(near.value.id) ?? [];
    list.push({ f, how: d.how });
    tied.set(near.value.id, list);
  }
  for (const q of questions) {
    const list = tied.get(q.value.id);
    if (!list) continue;
    const shares = new Set(list.map((x) => x.f.value));
    if (shares.size > 1) {
      for (const { f } of list)
        unplaced.push({
          kind: 'finding',
          at: at(doc, f.line),
          text: f.text,
          share: f.share,
          candidates: [q.value.code],
          reason: {
            th: `มีข้อค้นพบหลายข้อที่ให้ร้อยละต่างกันสำหรับข้อ ${q.value.code} — เลือกข้อค้นพบที่ถูกต้อง`,
            en: `Several findings give different shares for ${q.value.code} — choose the right one`,
          },
        });
      continue;
    }
    const { f, how } = list[0] as { f: Finding; how: 'wording' | 'score' | 'order' };
    q.value.negative = { value: f.share, at: at(doc, f.line), text: f.text, how };
  }
  return { unplaced, lines };
}

function dist(lines: readonly number[], line: number): number {
  return Math.min(...lines.map((l) => Math.abs(l - line)));
}
