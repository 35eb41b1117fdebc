import { SelectField } from '@/shared/ui/select-field';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Problem, Severity } from '@analysis/problems';
import { VirtualTable, type VColumn } from '@/shared/ui/virtual-table';
import { downloadText, safeFileName } from '@/shared/ui/download';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useDataParams } from '../hooks/use-data-params';
import { filterProblems, messageOf, problemRows, problemsCsv } from '../lib/problem-filter';
import { Field } from '@/shared/ui/field';
import { FIELD_ROLES, type FieldRole } from '@analysis/ingest/columns';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const isRole = (c: string): c is FieldRole => (FIELD_ROLES as readonly string[]).includes(c);

/** Every problem found, filterable by severity, file and text, and downloadable as CSV. */
export function ProblemList({
  problems,
  files,
  label,
}: {
  problems: readonly Problem[];
  files: readonly string[];
  label: string;
}) {
  const { t, fmt, lang } = useI18n();
  const [params, setParams] = useDataParams();
  const [typed, setTyped] = useState(params.pq);
  const pq = useDeferredValue(params.pq);
  const shown = useMemo(
    () => filterProblems(problems, { sev: params.sev, file: params.file, q: pq }, lang),
    [problems, params.sev, params.file, pq, lang],
  );
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const p of problems) c[p.severity]++;
    return c;
  }, [problems]);
  const rowsText = (p: Problem) => {
    const rows = problemRows(p);
    if (rows.length === 0) return t('problems.fileLevel');
    const list = fmt.digits(rows.join(', '));
    const count = p.count ?? rows.length;
    if (count > rows.length) return t('problems.rowsMore', { rows: list, count: fmt.int(count) });
    return rows.length > 1 ? t('problems.rowsCount', { rows: list, count: fmt.int(count) }) : list;
  };
  const columns: VColumn<Problem>[] = [
    {
      id: 'sev',
      header: t('problems.severity'),
      width: '7.5rem',
      render: (p) => (
        <span className={`sev sev-${p.severity}`}>
          <span aria-hidden="true">{ICON[p.severity]} </span>
          {t(`severity.${p.severity}`)}
        </span>
      ),
    },
    {
      id: 'file',
      header: t('problems.file'),
      width: 'minmax(7rem, 1.2fr)',
      render: (p) => <span className="file-name">{p.file}</span>,
    },
    {
      id: 'row',
      header: t('problems.row'),
      width: 'minmax(4rem, 0.8fr)',
      render: (p) => <span data-testid="problem-rows">{rowsText(p)}</span>,
    },
    {
      id: 'col',
      header: t('problems.column'),
      width: 'minmax(5rem, 0.8fr)',
      // A problem about a column the file lacks names it by what it should hold (“ปีงบประมาณ”), not by
      // the internal id (`year`); a column of the file keeps its own header.
      render: (p) =>
        p.column === null ? t('common.none') : isRole(p.column) ? t(`role.${p.column}`) : p.column,
    },
    {
      id: 'value',
      header: t('problems.value'),
      width: 'minmax(5rem, 0.8fr)',
      render: (p) =>
        p.value === null ? (
          t('common.none')
        ) : (
          <code className="value">{p.value === '' ? '""' : p.value}</code>
        ),
    },
    {
      id: 'msg',
      header: t('problems.message'),
      width: 'minmax(14rem, 3fr)',
      render: (p) => messageOf(p, lang),
    },
  ];
  return (
    <section aria-labelledby="problems-title">
      <h3 id="problems-title">{t('problems.title')}</h3>
      {problems.length === 0 ? (
        <p className="notice notice-info">{t('problems.none')}</p>
      ) : (
        <>
          <div className="filters">
            <Field label={t('problems.severity')}>
              {(id) => (
                <select
                  id={id}
                  value={params.sev ?? ''}
                  onChange={(e) =>
                    setParams({ sev: (e.currentTarget.value || null) as Severity | null }, true)
                  }
                >
                  <option value="">{t('severity.all')}</option>
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {`${t(`severity.${s}`)} (${fmt.int(counts[s])})`}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {files.length > 1 ? (
              <SelectField
                label={t('problems.file')}
                value={params.file ?? ''}
                onChange={(v) => setParams({ file: v || null }, true)}
              >
                <option value="">{t('files.all')}</option>
                {files.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <Field label={t('problems.search')} grow>
              {(id) => (
                <input
                  id={id}
                  type="search"
                  value={typed}
                  onChange={(e) => {
                    setTyped(e.currentTarget.value);
                    setParams({ pq: e.currentTarget.value }, true);
                  }}
                />
              )}
            </Field>
            <button
              type="button"
              className="download"
              onClick={() => downloadText(`${safeFileName(label)}-problems.csv`, problemsCsv(shown, lang))}
            >
              {t('problems.download')}
            </button>
          </div>
          <p className="muted small" aria-live="polite">
            {t('problems.count', { shown: fmt.int(shown.length), total: fmt.int(problems.length) })}
          </p>
          <VirtualTable
            rows={shown}
            columns={columns}
            rowKey={(_, i) => i}
            label={t('problems.title')}
            height="32rem"
            estimateRowHeight={56}
            empty={<p className="muted">{t('problems.noMatch')}</p>}
          />
        </>
      )}
    </section>
  );
}
