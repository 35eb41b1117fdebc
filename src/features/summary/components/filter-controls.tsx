import type { AgencyYears } from '@analysis/summary/agency-years';
import { DIM_LABELS } from '@analysis/summary/labels';
import { parseDim } from '@analysis/summary/parse-query';
import type { Dim } from '@analysis/summary/types';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { SummaryParams } from '@/shared/url/routes/summary';
import { summaryMessages } from '../messages';

type Table = SummaryParams['table'];

/** The filter values of one dimension in a table (`filter=DIM=VALUE` entries). */
export function filterValues(t: Table, dim: Dim): string[] {
  return t.filters
    .map((f) => ({
      dim: parseDim(f.slice(0, Math.max(0, f.indexOf('=')))),
      value: f.slice(f.indexOf('=') + 1),
    }))
    .filter((f) => f.dim === dim)
    .map((f) => f.value);
}

/** The table with dimension `dim` filtered to `values` (none = not filtered). */
export function withFilter(t: Table, dim: Dim, values: readonly string[]): Table {
  const others = t.filters.filter((f) => parseDim(f.slice(0, Math.max(0, f.indexOf('=')))) !== dim);
  return { ...t, filters: [...others, ...values.map((v) => `${dim}=${v}`)] };
}

/** One select per dimension a table can be filtered by; districts of the chosen province only. */
export function FilterControls({
  ay,
  table,
  split,
  onChange,
}: {
  ay: AgencyYears;
  table: Table;
  split: 'tool' | 'indicator' | null;
  onChange: (t: Table) => void;
}) {
  const m = useMessages(summaryMessages);
  const { lang, fmt } = useI18n();
  const provinces = filterValues(table, 'province');
  const dims: Dim[] = ['province', 'district', 'type', 'year', 'rating', ...(split ? [split] : [])];
  const select = (dim: Dim) => {
    const chosen = filterValues(table, dim);
    let members = ay.members[dim].map((mem, i) => ({ mem, i }));
    if (dim === 'district') {
      if (provinces.length !== 1) return null;
      members = members.filter(({ mem }) => mem.key.startsWith(`${provinces[0]}/`));
    }
    return (
      <Field key={dim} label={DIM_LABELS[dim][lang]}>
        {(id) => (
          <select
            id={id}
            value={chosen.length === 1 ? chosen[0] : chosen.length > 1 ? '*several' : ''}
            onChange={(e) => {
              const v = e.target.value;
              let next = withFilter(table, dim, v ? [v] : []);
              // A district of another province would match nothing: drop it with the province.
              if (dim === 'province') next = withFilter(next, 'district', []);
              onChange(next);
            }}
          >
            <option value="">{m('filters.all')}</option>
            {chosen.length > 1 ? (
              <option value="*several" disabled>
                {m('filters.several', { count: fmt.int(chosen.length) })}
              </option>
            ) : null}
            {members.map(({ mem }) => (
              <option key={mem.key} value={mem.key}>
                {dim === 'year' ? fmt.year(Number(mem.key)) : mem[lang]}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };
  return (
    <fieldset className="summary-filters">
      <legend>{m('filters.title')}</legend>
      <div className="filters">
        {dims.map(select)}
        {table.filters.length > 0 ? (
          <button type="button" className="quiet" onClick={() => onChange({ ...table, filters: [] })}>
            {m('filters.clear')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
