import { useState } from 'react';
import { updateDataset } from '@/shared/dataset/dataset-registry';
import type { DatasetEntry, ReadOptions } from '@/shared/dataset/types';
import { useI18n } from '@/shared/i18n/use-i18n';
import { toArabicDigits } from '@analysis/text/thai-digits';
import { Field } from '@/shared/ui/field';
import { yearFromFileName } from '@analysis/ingest/file-year';
import { useMessages } from '@/shared/i18n/messages';
import { dataMessages } from '../messages';

/**
 * Agency and fiscal year for files that lack those columns (a table copied from a report). Shown open
 * when the file needs them, folded otherwise; applying re-reads the files.
 */
export function ReadOptionsForm({
  entry,
  needed,
  yearNeeded = false,
}: {
  entry: DatasetEntry;
  needed: boolean;
  /** Some rows lack a fiscal year: a year in a file's name is proposed (the user confirms it). */
  yearNeeded?: boolean;
}) {
  const { t, fmt } = useI18n();
  const dm = useMessages(dataMessages);
  const proposal =
    yearNeeded && entry.options.year === undefined && entry.source.kind === 'files'
      ? entry.source.files
          .map((f) => ({ file: f.name, year: yearFromFileName(f.name) }))
          .find((x): x is { file: string; year: number } => x.year !== null)
      : undefined;
  const [orgName, setOrgName] = useState(entry.options.orgName ?? '');
  const [orgId, setOrgId] = useState(entry.options.orgId ?? '');
  const [year, setYear] = useState(entry.options.year ? String(entry.options.year) : '');
  const [touched, setTouched] = useState(false);
  const yearNum = Number(toArabicDigits(year.trim()));
  const yearOk = year.trim() === '' || (Number.isInteger(yearNum) && yearNum >= 2500 && yearNum <= 2700);
  const submit = () => {
    setTouched(true);
    if (!yearOk) return;
    const options: ReadOptions = {};
    if (orgName.trim()) options.orgName = orgName.trim();
    if (orgId.trim()) options.orgId = orgId.trim();
    if (year.trim()) options.year = yearNum;
    updateDataset(entry.id, { options });
  };
  const form = (
    <form
      className="options-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label={t('options.orgName')}>
        {(id) => (
          <input
            id={id}
            value={orgName}
            onChange={(e) => setOrgName(e.currentTarget.value)}
            autoComplete="organization"
          />
        )}
      </Field>
      <Field label={t('options.orgId')}>
        {(id) => <input id={id} value={orgId} onChange={(e) => setOrgId(e.currentTarget.value)} />}
      </Field>
      <Field
        label={t('options.year')}
        error={touched && !yearOk ? { id: `${entry.id}-year-error`, text: t('options.yearInvalid') } : null}
      >
        {(id) => (
          <input
            id={id}
            value={year}
            inputMode="numeric"
            placeholder={t('options.yearHint')}
            aria-invalid={touched && !yearOk}
            aria-describedby={touched && !yearOk ? `${entry.id}-year-error` : undefined}
            onChange={(e) => setYear(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" className="primary">
        {t('options.apply')}
      </button>
    </form>
  );
  const propose = proposal ? (
    <p className="notice notice-warning" data-testid="year-proposal">
      {dm('yearProposal', { file: proposal.file, year: fmt.year(proposal.year) })}{' '}
      <button
        type="button"
        className="primary"
        onClick={() => {
          setYear(String(proposal.year));
          updateDataset(entry.id, { options: { ...entry.options, year: proposal.year } });
        }}
      >
        {dm('yearUse', { year: fmt.year(proposal.year) })}
      </button>
    </p>
  ) : null;
  if (needed)
    return (
      <section className="panel panel-attention" aria-labelledby="options-title">
        <h3 id="options-title">{t('options.title')}</h3>
        <p>{t('options.needed')}</p>
        {propose}
        {form}
      </section>
    );
  return (
    <details className="options-details">
      <summary>{t('options.title')}</summary>
      <p className="muted small">{t('options.optional')}</p>
      {form}
    </details>
  );
}
