import { toThaiDigits } from '../text/thai-digits';
import type { ReportSource } from './report-source';
import { reportTable } from './report-table';

/** The results report as plain text for people (the CLI's default output), with the fields of the Word table. */
export function reportText(src: ReportSource, lang: 'th' | 'en', thaiDigits = false): string {
  const t = reportTable(src, lang);
  const lines: string[] = [...t.title, t.intro];
  if (t.scoreSentence && t.indicators.length) {
    lines.push('', t.scoreSentence);
    for (const i of t.indicators)
      lines.push(`  ${i.tool.padEnd(4)}${i.no.padStart(3)}  ${i.name}  ${i.score}`);
  }
  lines.push('', ...t.summaryTitle);
  for (const issue of t.issues) {
    lines.push('', issue.title);
    for (const r of issue.rows) {
      const [title, ...steps] = r.measure;
      lines.push(`  ${r.no}. ${title?.text ?? ''}`);
      for (const s of steps) lines.push(`      ${s.text}`);
      const rest: [string, string[]][] = [
        [t.head[2] ?? '', r.when],
        [t.head[3] ?? '', r.done],
        [t.head[4] ?? '', r.outcome],
        [t.head[5] ?? '', r.remarks],
      ];
      for (const [label, values] of rest)
        if (values.length) lines.push(`      ${label}: ${values.join(' / ')}`);
    }
  }
  const text = lines.join('\n') + '\n';
  return thaiDigits ? toThaiDigits(text) : text;
}
