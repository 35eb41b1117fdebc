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
        <table className="table stack" data-testid="file-reports">
          <thead>
            <tr>
              <th scope="col">{t('report.file')}</th>
              <th scope="col">{t('report.format')}</th>
              <th scope="col">{t('report.encoding')}</th>
              <th scope="col">{t('report.delimiter')}</th>
              <th scope="col" className="num">
                {t('report.headerRow')}
              </th>
              <th scope="col" className="num">
                {t('report.dataRows')}
              </th>
              <th scope="col" className="num">
                {t('report.kept')}
              </th>
              <th scope="col" className="num">
                {t('report.rowsWithErrors')}
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
