import { SelectField } from '@/shared/ui/select-field';
import { useId, useState } from 'react';
import { templateCsv, type TemplateLevel } from '@analysis/exports/template';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { downloadText } from '@/shared/ui/download';
import { useI18n } from '@/shared/i18n/use-i18n';

const YEARS = [...BUILTIN_FRAMEWORKS.keys()];
const LEVELS: readonly TemplateLevel[] = ['indicator', 'question'];

/** Blank canonical templates (UTF-8 with BOM) for a framework year and level, pre-filled with every code. */
export function TemplateDownload() {
  const { t, fmt } = useI18n();
  const id = useId();
  const [year, setYear] = useState(YEARS[YEARS.length - 1] ?? 2568);
  const [level, setLevel] = useState<TemplateLevel>('indicator');
  const download = () => {
    const fw = BUILTIN_FRAMEWORKS.get(year);
    if (fw) downloadText(`ita-template-${year}-${level}.csv`, templateCsv(fw, level));
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('templates.title')}</h2>
      <p>{t('templates.intro')}</p>
      <div className="filters">
        <SelectField label={t('templates.year')} value={year} onChange={(v) => setYear(Number(v))}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {t('year.short', { year: fmt.year(y) })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('templates.level')}
          value={level}
          onChange={(v) => setLevel(v as TemplateLevel)}
        >
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`templates.level.${l}`)}
            </option>
          ))}
        </SelectField>
        <button type="button" className="primary download" onClick={download}>
          {t('templates.download')}
        </button>
      </div>
    </section>
  );
}
