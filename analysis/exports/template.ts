import type { Framework } from '../frameworks/types';
import { toCsv } from './csv';

export type TemplateLevel = 'indicator' | 'question';

/**
 * A blank canonical long-format CSV for one framework year, pre-filled with every code of the level and
 * its Thai wording, so that a working group only types scores. UTF-8 with BOM so Excel shows Thai.
 * `indicator`: codes 1–10; `question`: I1…, E1…, and every OIT item of the year.
 */
export function templateCsv(fw: Framework, level: TemplateLevel): string {
  const header = [
    'org_id',
    'org_name',
    'year',
    'code',
    'description',
    'score',
    'negative_pct',
    'respondents',
  ];
  const rows: (string | number)[][] = [];
  if (level === 'indicator') {
    for (const ind of fw.indicators)
      rows.push(['', '', fw.year, String(ind.id), `${ind.tool} ${ind.nameTh}`, '', '', '']);
  } else {
    for (const q of fw.questions) rows.push(['', '', fw.year, q.code, q.textTh, '', '', '']);
    for (const o of fw.oitItems)
      rows.push(['', '', fw.year, o.code, `${o.subIndicator} ${o.titleTh}`, '', '', '']);
  }
  return toCsv(header, rows);
}
