import { SelectField } from '@/shared/ui/select-field';
import { Field } from '@/shared/ui/field';
import { DIM_LABELS, STAT_LABELS } from '@analysis/summary/labels';
import { parseDim } from '@analysis/summary/parse-query';
import { DIMS, STATS, type Dim } from '@analysis/summary/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { SummaryParams } from '@/shared/url/routes/summary';
import type { ValueGroup } from '../lib/value-options';
import { summaryMessages } from '../messages';

type Table = SummaryParams['table'];

const SPLITS = ['tool', 'indicator'] as const;

/** The tool/indicator split a table's rows and columns make, if any. */
function splitOf(rows: readonly string[], cols: string): 'tool' | 'indicator' | null {
  const used = [...rows, cols];
  return SPLITS.find((s) => used.includes(s)) ?? null;
}

/**
 * A table with new rows or columns, its score and filters kept consistent: choosing tool or indicator
 * makes the score that tool's or indicator's (and drops a filter on the other split); leaving it
 * brings the overall back.
 */
export function withAxes(t: Table, rows: string[], cols: string): Table {
  const split = splitOf(rows, cols);
  const before = splitOf(t.rows.split(','), t.cols);
  let value = t.value;
  if (split) value = split;
  else if (before && (value === 'tool' || value === 'indicator')) value = 'overall';
  const filters = t.filters.filter((f) => {
    const dim = parseDim(f.slice(0, f.indexOf('=')));
    return !(dim === 'tool' || dim === 'indicator') || dim === split;
  });
  return { ...t, rows: rows.join(','), cols, value, filters };
}

/** Rows, columns, score and statistic. */
export function TableControls({
  table,
  groups,
  onChange,
}: {
  table: Table;
  groups: ValueGroup[];
  onChange: (t: Table) => void;
}) {
  const m = useMessages(summaryMessages);
  const { lang } = useI18n();
  const rows = table.rows.split(',').filter(Boolean);
  const [first = 'province', second = ''] = rows;
  const split = splitOf(rows, table.cols);
  const dimOptions = (exclude: readonly string[]) =>
    DIMS.filter((d) => !exclude.includes(d)).map((d) => (
      <option key={d} value={d}>
        {DIM_LABELS[d][lang]}
      </option>
    ));
  const known = groups.some((g) => g.options.some((o) => o.value === table.value));
  return (
    <div className="filters summary-controls">
      <Field label={m('build.rows')}>
        {(id) => (
          <select
            id={id}
            value={parseDim(first) ?? first}
            onChange={(e) => {
              const d = e.target.value;
              onChange(
                withAxes(
                  table,
                  [d, ...(second && second !== d ? [second] : [])],
                  table.cols === d ? '' : table.cols,
                ),
              );
            }}
          >
            {dimOptions([])}
          </select>
        )}
      </Field>
      <Field label={m('build.rows2')}>
        {(id) => (
          <select
            id={id}
            value={second ? (parseDim(second) ?? second) : ''}
            onChange={(e) => {
              const d = e.target.value;
              onChange(withAxes(table, d ? [first, d] : [first], table.cols === d ? '' : table.cols));
            }}
          >
            <option value="">{m('build.none')}</option>
            {dimOptions([first])}
          </select>
        )}
      </Field>
      <SelectField
        label={m('build.cols')}
        value={table.cols ? (parseDim(table.cols) ?? table.cols) : ''}
        onChange={(v) => onChange(withAxes(table, rows, v))}
      >
        <option value="">{m('build.none')}</option>
        {dimOptions(rows.map((r) => parseDim(r) ?? r))}
      </SelectField>
      <Field label={m('build.value')} grow>
        {(id) =>
          split ? (
            <select id={id} value={split} disabled>
              <option value={split}>{m('build.valueSplit', { dim: DIM_LABELS[split as Dim][lang] })}</option>
            </select>
          ) : (
            <select
              id={id}
              value={table.value}
              onChange={(e) => onChange({ ...table, value: e.target.value })}
            >
              {known ? null : <option value={table.value}>{table.value}</option>}
              {groups.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )
        }
      </Field>
      <SelectField
        label={m('build.stat')}
        value={table.stat}
        onChange={(v) => onChange({ ...table, stat: v })}
      >
        {STATS.map((s) => (
          <option key={s} value={s}>
            {STAT_LABELS[s][lang]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
