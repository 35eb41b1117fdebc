import { DataTable } from '@/shared/ui/data-table';
import { useId, useState } from 'react';
import type { FileReport } from '@analysis/dataset';
import { headerSignature, type FieldRole } from '@analysis/ingest/columns';
import { rememberMapping, updateDataset, useRegistry } from '@/shared/dataset/dataset-registry';
import type { DatasetEntry } from '@/shared/dataset/types';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useMessages } from '@/shared/i18n/messages';
import { initialMapping, mappingUsable, ROLE_GROUPS } from '../lib/role-options';
import { dataMessages } from '../messages';

export interface ColumnMappingProps {
  entry: DatasetEntry;
  report: FileReport;
  /** First data rows under the header, for sample values. */
  sample: string[][];
}

/**
 * The column-mapping step for a file whose headers were not recognised, or that was read only in part (its
 * rows mix agencies or contradict each other while some columns were not recognised): the user says what
 * each column holds, starting from what was recognised and the proposed agency column; the mapping is
 * remembered for this header set (IndexedDB) and the dataset is read again.
 */
export function ColumnMapping({ entry, report, sample }: ColumnMappingProps) {
  const { t, fmt } = useI18n();
  const dm = useMessages(dataMessages);
  const partial = report.format !== 'unrecognised';
  const proposed = report.proposal && report.proposal.column >= 0 ? report.proposal.column : -1;
  const id = useId();
  const { mappings } = useRegistry();
  const signature = headerSignature(report.headers);
  const [mapping, setMapping] = useState<Record<number, string>>(() =>
    initialMapping(entry.mappings[signature] ?? mappings[signature], report.roles, report.proposal),
  );
  const [tried, setTried] = useState(false);
  const usable = mappingUsable(mapping);
  if (report.headers.length === 0) return <p className="notice notice-warning">{t('map.noHeaders')}</p>;
  const roleLabel = (value: string, field?: FieldRole) => {
    if (field) return t(`role.${field}`);
    if (value === 'overall') return t('map.overall');
    if (value === 'IIT' || value === 'EIT' || value === 'OIT') return dm('toolTotal', { tool: value });
    if (/^\d+$/.test(value)) return t('map.indicator', { n: fmt.digits(value) });
    return value;
  };
  return (
    <section className="panel panel-attention" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {partial ? dm('partialTitle', { name: report.name }) : t('map.title', { name: report.name })}
      </h3>
      <p>{partial ? dm('partialIntro') : t('map.intro')}</p>
      {proposed >= 0 ? (
        <p className="notice notice-warning">
          {dm('proposed', {
            name: (report.headers[proposed] ?? '').trim() || fmt.digits(`#${proposed + 1}`),
          })}
        </p>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!usable) return;
          rememberMapping(signature, mapping);
          updateDataset(entry.id, { mappings: { ...entry.mappings, [signature]: mapping } });
        }}
      >
        <DataTable
          columns={[{ label: t('map.column') }, { label: t('map.sample') }, { label: t('map.role') }]}
          className="mapping stack"
          scroll={false}
        >
          {report.headers.map((h, i) => (
            <tr key={i}>
              <th scope="row">
                {h.trim() || fmt.digits(`#${i + 1}`)}
                {i === proposed ? (
                  <>
                    {' '}
                    <span className="badge">{dm('proposedMark')}</span>
                  </>
                ) : null}
              </th>
              <td className="samples" data-label={t('map.sample')}>
                {sample
                  .map((r) => r[i] ?? '')
                  .filter((v) => v.trim() !== '')
                  .join(' · ')}
              </td>
              <td>
                <select
                  aria-label={t('map.roleFor', { name: h.trim() || `#${i + 1}` })}
                  value={mapping[i] ?? 'ignore'}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setMapping((m) => ({ ...m, [i]: v }));
                  }}
                >
                  <option value="ignore">{t('map.ignore')}</option>
                  {ROLE_GROUPS.map((g) => (
                    <optgroup
                      key={g.totals ? 'totals' : g.label}
                      label={g.totals ? dm('groupTotals') : t(g.label)}
                    >
                      {g.options.map((o) => (
                        <option key={o.value} value={o.value}>
                          {roleLabel(o.value, o.field)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </DataTable>
        <p
          className={tried && !usable ? 'field-error' : 'muted small'}
          role={tried && !usable ? 'alert' : undefined}
        >
          {t('map.need')}
        </p>
        <button type="submit" className="primary">
          {t('map.apply')}
        </button>
      </form>
    </section>
  );
}
