import { DataTable } from '@/shared/ui/data-table';
import type { FileReport } from '@analysis/dataset';
import { useI18n } from '@/shared/i18n/use-i18n';

/** Per file: layout found, encoding, delimiter, header row, rows read, values kept, rows with errors. */
export function FileReports({ files }: { files: readonly FileReport[] }) {
  const { t, fmt } = useI18n();
  if (files.length === 0)
    return (
      <section aria-labelledby="files-title">
        <h3 id="files-title">{t('report.files')}</h3>
        <p className="muted">{t('report.bundled')}</p>
      </section>
    );
  return (
    <section aria-labelledby="files-title">
      <h3 id="files-title">{t('report.files')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="files-title">
        <DataTable
          columns={[
            { label: t('report.file') },
            { label: t('report.format') },
            { label: t('report.encoding') },
            { label: t('report.delimiter') },
            { label: t('report.headerRow'), num: true },
            { label: t('report.dataRows'), num: true },
            { label: t('report.kept'), num: true },
            { label: t('report.rowsWithErrors'), num: true },
          ]}
          className="stack"
          testId="file-reports"
          scroll={false}
        >
          {files.map((f, i) => (
            <tr key={`${f.name}-${i}`}>
              <th scope="row" className="file-name">
                {f.name}
              </th>
              <td data-label={t('report.format')}>{t(`format.${f.format}`)}</td>
              <td data-label={t('report.encoding')}>{f.encoding}</td>
              <td data-label={t('report.delimiter')}>
                <code>{f.delimiter === 'tab' ? t('report.tab') : f.delimiter}</code>
              </td>
              <td className="num" data-label={t('report.headerRow')}>
                {f.headerRow > 0 ? fmt.int(f.headerRow) : t('common.none')}
              </td>
              <td className="num" data-label={t('report.dataRows')}>
                {fmt.int(f.dataRows)}
              </td>
              <td className="num" data-label={t('report.kept')}>
                {fmt.int(f.keptValues)}
              </td>
              <td
                className={`num${f.rowsWithErrors > 0 ? ' has-errors' : ''}`}
                data-label={t('report.rowsWithErrors')}
              >
                {fmt.int(f.rowsWithErrors)}
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
    </section>
  );
}
