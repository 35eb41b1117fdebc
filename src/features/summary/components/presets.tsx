import { SUMMARY_PRESETS, type SummaryPreset } from '@analysis/summary/presets';
import type { AgencyYears } from '@analysis/summary/agency-years';
import { parseDim } from '@analysis/summary/parse-query';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { SummaryParams } from '@/shared/url/routes/summary';
import { summaryMessages } from '../messages';

type Table = SummaryParams['table'];

/**
 * A ready-made table, keeping the user's filters on dimensions it does not lay out (a province stays
 * chosen); tool and indicator filters go, and the latest year is chosen where the table asks for it.
 */
export function presetTable(p: SummaryPreset, current: Table, latestYear: string | null): Table {
  const used = [...(p.query.rows ?? '').split(','), p.query.cols ?? ''];
  const filters = current.filters.filter((f) => {
    const dim = parseDim(f.slice(0, Math.max(0, f.indexOf('='))));
    return (
      dim !== null &&
      !used.includes(dim) &&
      dim !== 'tool' &&
      dim !== 'indicator' &&
      !(p.latestYear && dim === 'year')
    );
  });
  if (p.latestYear && latestYear) filters.push(`year=${latestYear}`);
  return {
    rows: p.query.rows ?? 'province',
    cols: p.query.cols ?? '',
    value: p.query.value ?? 'overall',
    stat: p.query.stat ?? 'mean',
    filters,
  };
}

/** The ready-made tables as buttons; the one matching the current table is marked. */
export function Presets({
  ay,
  table,
  onChange,
}: {
  ay: AgencyYears;
  table: Table;
  onChange: (t: Table) => void;
}) {
  const m = useMessages(summaryMessages);
  const { lang, fmt } = useI18n();
  const years = ay.members.year;
  const latest = years.length ? (years[years.length - 1]?.key ?? null) : null;
  return (
    <section className="summary-presets no-print" aria-labelledby="summary-presets-title">
      <h2 id="summary-presets-title" className="summary-small-head">
        {m('presets.title')}
      </h2>
      <ul>
        {SUMMARY_PRESETS.map((p) => {
          const next = presetTable(p, table, latest);
          const current = JSON.stringify(next) === JSON.stringify(table);
          return (
            <li key={p.id}>
              <button type="button" aria-pressed={current} onClick={() => onChange(next)}>
                {p[lang]}
                {p.latestYear && latest ? ` ${m('presets.latest', { year: fmt.year(Number(latest)) })}` : ''}
              </button>
              <span className="muted small">{lang === 'th' ? p.aboutTh : p.aboutEn}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
