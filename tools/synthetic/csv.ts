/**
 * CSV text of the synthetic dataset (UTF-8 text without BOM, LF line ends, canonical column names of
 * shared/design/data.md), produced in chunks so that a national year never sits in one string.
 */
import { AGENCY_TYPE } from './agency-types';
import type { SyntheticYear } from './generate';
import type { SyntheticOrg } from './organisations';
import { TOOL_OIT } from './columns';
import { round } from '../../analysis/scoring/round';

/** A field quoted when it holds a comma, quote or line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number already rounded to 2 decimals, in its shortest form (`100`, `95.1`, `0.05`). */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** `organisations.csv`: org_id, org_name, org_type (Thai), province, district. */
export function organisationsCsv(orgs: readonly SyntheticOrg[]): string {
  const lines = ['org_id,org_name,org_type,province,district'];
  for (const o of orgs) {
    lines.push([o.id, field(o.name), AGENCY_TYPE[o.type].labelTh, o.province, o.district].join(','));
  }
  return lines.join('\n') + '\n';
}

/**
 * `questions-<year>.csv` in chunks of `agenciesPerChunk` agencies: one row per agency × question or item,
 * `org_id,year,code,score,negative_pct,respondents` (negative_pct and respondents empty for OIT items).
 */
export function* questionCsvChunks(
  data: SyntheticYear,
  orgs: readonly SyntheticOrg[],
  agenciesPerChunk = 400,
): Generator<string> {
  const { codes, tools, scores, negativePct, respondents, orgIndex } = data;
  const m = codes.length;
  const n = orgIndex.length;
  const tail = codes.map((c) => `,${data.year},${c},`);
  let chunk = 'org_id,year,code,score,negative_pct,respondents\n';
  for (let r = 0; r < n; r++) {
    const id = (orgs[orgIndex[r] as number] as SyntheticOrg).id;
    const iit = `,${respondents[2 * r] as number}\n`;
    const eit = `,${respondents[2 * r + 1] as number}\n`;
    for (let j = 0; j < m; j++) {
      const c = r * m + j;
      const t = tools[j] as number;
      chunk += id + (tail[j] as string) + num(scores[c] as number);
      chunk += t === TOOL_OIT ? ',,\n' : ',' + num(negativePct[c] as number) + (t === 0 ? iit : eit);
    }
    if ((r + 1) % agenciesPerChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** `indicators.csv` in chunks, one chunk per year: `org_id,year,code,score` with codes 1–10, 2 decimals. */
export function* indicatorCsvChunks(
  years: readonly Pick<SyntheticYear, 'year' | 'orgIndex' | 'indicators'>[],
  orgs: readonly SyntheticOrg[],
): Generator<string> {
  yield 'org_id,year,code,score\n';
  for (const data of years) {
    let chunk = '';
    for (let r = 0; r < data.orgIndex.length; r++) {
      const id = (orgs[data.orgIndex[r] as number] as SyntheticOrg).id;
      for (let k = 1; k <= 10; k++) {
        chunk += `${id},${data.year},${k},${num(round(data.indicators[r * 11 + k] as number, 2))}\n`;
      }
    }
    yield chunk;
  }
}
