import type { Analysis } from '../../analysis/analyse';
import type { PathResult } from '../../analysis/gaps/path';
import { round } from '../../analysis/scoring/round';
import type { Lang } from './args';
import { oneLine } from './output';

const f2 = (v: number | null): string => (v === null ? '—' : round(v, 2).toFixed(2));

/** The path's heading: its target, and the lines it aims at with the safety margin. */
function pathHeading(path: PathResult, name: string, th: boolean): string {
  const kept = path.aim.minOverall - path.target.minOverall;
  if (path.margin <= 0 || kept <= 0 || path.steps.length === 0)
    return th ? `เส้นทางสู่ ${name}:` : `Path to ${name}:`;
  const tools = path.aim.minEachTool === undefined ? null : f2(path.aim.minEachTool);
  return th
    ? `เส้นทางสู่ ${name} (เผื่อไว้ ${f2(kept)} คะแนน: ตั้งเป้าคะแนนรวม ${f2(path.aim.minOverall)}${tools ? ` และทุกแบบวัด ${tools}` : ''}):`
    : `Path to ${name} (with a ${f2(kept)}-point safety margin: aiming at ${f2(path.aim.minOverall)} overall${tools ? `, every tool ${tools}` : ''}):`;
}

/** A plain-text report of one analysis for people, in Thai or English. */
export function analysisText(x: Analysis, lang: Lang): string {
  const a = x.assessment;
  const th = lang === 'th';
  const who = oneLine(a.orgName ?? a.orgId ?? (th ? '(ไม่ระบุหน่วยงาน)' : '(unnamed organisation)'));
  const lines: string[] = [];
  lines.push(
    th
      ? `${who} — ปีงบประมาณ พ.ศ. ${a.year} (เกณฑ์ปี ${a.framework})`
      : `${who} — fiscal year ${a.year} BE (${a.framework} rules)`,
  );
  const rating = a.rating ? (th ? a.rating.labelTh : a.rating.labelEn) : '—';
  const pass =
    a.pass === null
      ? '—'
      : a.pass
        ? th
          ? 'ผ่านเกณฑ์ 85'
          : 'passes 85'
        : th
          ? `ไม่ผ่านเกณฑ์ 85 (ขาด ${f2(a.pointsToPass)} คะแนน)`
          : `below 85 (${f2(a.pointsToPass)} points short)`;
  // The published overall is the official figure: shown first, the computed one beside it.
  const overall =
    a.publishedOverall === null
      ? f2(a.overall)
      : th
        ? `${f2(a.publishedOverall)} (ตามที่ประกาศ; คำนวณได้ ${f2(a.overall)})`
        : `${f2(a.publishedOverall)} (as published; computed ${f2(a.overall)})`;
  lines.push(
    th ? `คะแนนรวม ${overall}  ระดับ ${rating}  ${pass}` : `Overall ${overall}  rating ${rating}  ${pass}`,
  );
  const tool = (t: 'IIT' | 'EIT' | 'OIT') => {
    const p = a.publishedTools[t];
    if (p === null) return `${t} ${f2(a.tools[t])}`;
    return th
      ? `${t} ${f2(p)} (ประกาศ; คำนวณ ${f2(a.tools[t])})`
      : `${t} ${f2(p)} (published; computed ${f2(a.tools[t])})`;
  };
  lines.push(`${tool('IIT')}  ${tool('EIT')}  ${tool('OIT')}`);
  lines.push(th ? 'ตัวชี้วัด:' : 'Indicators:');
  for (const i of a.indicators) {
    const flag = i.score !== null && i.score < a.threshold ? (th ? '  ← ต่ำกว่า 85' : '  ← below 85') : '';
    const lost =
      i.pointsLost === null
        ? ''
        : th
          ? ` (เสีย ${f2(i.pointsLost)} คะแนนรวม)`
          : ` (costs ${f2(i.pointsLost)} overall)`;
    lines.push(
      `  ${String(i.id).padStart(2)} ${i.tool} ${th ? i.nameTh : i.nameEn}: ${f2(i.score)}${lost}${flag}`,
    );
  }
  if (a.weak.length > 0) {
    lines.push(
      th ? 'ข้อที่ต่ำกว่า 85 (เรียงตามผลต่อคะแนนรวม):' : 'Codes below 85 (largest effect on the overall first):',
    );
    for (const code of a.weak.slice(0, 15)) {
      const c = a.codes.find((k) => k.code === code);
      if (!c) continue;
      const finding = th ? c.findingTh : c.findingEn;
      lines.push(`  ${code} ${f2(c.score)} ${th ? c.textTh : c.textEn}`);
      if (finding) lines.push(`      ${th ? 'ข้อค้นพบ' : 'Finding'}: ${finding}`);
    }
    if (a.weak.length > 15)
      lines.push(th ? `  … และอีก ${a.weak.length - 15} ข้อ` : `  … and ${a.weak.length - 15} more`);
  }
  if (a.missing.length > 0) lines.push((th ? 'ไม่มีข้อมูล: ' : 'Missing: ') + a.missing.join(', '));
  if (x.path) {
    const t = x.path.target;
    const name = t.level ? (th ? t.level.labelTh : t.level.labelEn) : String(t.minOverall);
    lines.push(pathHeading(x.path, name, th));
    const withTools = t.minEachTool !== undefined;
    for (const s of x.path.steps) {
      const tools = withTools
        ? `  (IIT ${f2(s.toolsAfter.IIT)} EIT ${f2(s.toolsAfter.EIT)} OIT ${f2(s.toolsAfter.OIT)})`
        : '';
      lines.push(
        `  ${s.code}: ${f2(s.from)} → ${f2(s.to)}  +${f2(s.points)}  = ${f2(s.overallAfter)}${tools}`,
      );
    }
    if (!x.path.reached)
      lines.push(th ? '  (ไปไม่ถึงเป้าหมายด้วยข้อมูลที่มี)' : '  (the target cannot be reached with the data given)');
    else if (!x.path.marginMet && x.path.steps.length > 0)
      lines.push(
        th
          ? '  (เผื่อคะแนนไว้ไม่ได้ด้วยข้อมูลที่มี เส้นทางนี้ถึงเป้าหมายพอดี)'
          : '  (the safety margin cannot be kept with the data given; the path reaches the bare target)',
      );
  }
  if (x.measures.length > 0) {
    lines.push(th ? 'มาตรการที่แนะนำ:' : 'Suggested measures:');
    const byCode = new Map<string, string[]>();
    for (const m of x.measures) {
      const list = byCode.get(m.code) ?? [];
      if (list.length < 2) list.push(th ? m.titleTh : m.titleEn);
      byCode.set(m.code, list);
    }
    for (const [code, titles] of [...byCode].slice(0, 8))
      for (const t of titles) lines.push(`  ${code}: ${t}`);
  }
  for (const w of a.warnings) {
    const label =
      w.severity === 'error'
        ? th
          ? 'ข้อผิดพลาด: '
          : 'Error: '
        : w.severity === 'info'
          ? th
            ? 'หมายเหตุ: '
            : 'Note: '
          : th
            ? 'คำเตือน: '
            : 'Warning: ';
    lines.push(label + oneLine(th ? w.message_th : w.message_en));
  }
  return lines.join('\n') + '\n';
}
