import type { Lang } from '@analysis/text/lang';
import type { AgencyYears } from '@analysis/summary/agency-years';
import { DIM_LABELS } from '@analysis/summary/labels';
import { DIMS, type SummaryTable } from '@analysis/summary/types';
import type { Formatter } from '@/shared/i18n/format';
import { memberLabel } from './format-cell';

/** The filters of a table in words, with each value's label (`อำเภอ: เมืองชลบุรี (ชลบุรี)`); '' when none. */
export function filterText(t: SummaryTable, ay: AgencyYears, lang: Lang, fmt: Formatter): string {
  const parts: string[] = [];
  for (const d of DIMS) {
    const keys = t.query.filters[d];
    if (!keys?.length) continue;
    const labels = keys.map((k) => {
      const mem = ay.members[d].find((x) => x.key === k);
      if (!mem) return k;
      const text = memberLabel(d, mem, lang, fmt);
      return d === 'district' ? `${text} (${k.slice(0, k.indexOf('/'))})` : text;
    });
    parts.push(`${DIM_LABELS[d][lang]}: ${labels.join(', ')}`);
  }
  return parts.join(' · ');
}
