import { SelectField } from '@/shared/ui/select-field';
import { useMemo } from 'react';
import { districtsOf } from '@analysis/compare/scope';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { CompareParams } from '@/shared/url/routes/compare';
import type { CompareModel } from '../lib/compare-model';
import { compareMessages } from '../messages';

interface Props {
  model: CompareModel;
  params: CompareParams;
  onChange: (patch: Partial<CompareParams>, replace?: boolean) => void;
  scopeLabel: string;
}

/** Fiscal year and the scope (province, district, type) that ranks, distributions and weak codes use. */
export function ScopeFilters({ model, params, onChange, scopeLabel }: Props) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  // Districts are offered within a province (a whole country's ~900 would be a long list to scan).
  const districts = useMemo(
    () => (params.province ? districtsOf(model.yt, params.province) : []),
    [model.yt, params.province],
  );
  const unknown = [
    params.province && !model.provinces.includes(params.province) ? params.province : null,
    params.type && !model.types.includes(params.type) ? params.type : null,
    params.district && params.province && !districts.includes(params.district) ? params.district : null,
  ].filter((v): v is string => v !== null);
  const select = (
    label: string,
    value: string | null,
    options: readonly string[],
    onPick: (v: string | null) => void,
    disabled = false,
  ) => (
    <SelectField label={label} value={value ?? ''} disabled={disabled} onChange={(v) => onPick(v || null)}>
      <option value="">{m('scope.all')}</option>
      {value && !options.includes(value) ? <option value={value}>{value}</option> : null}
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </SelectField>
  );
  const filtered = params.province || params.district || params.type;
  return (
    <section className="panel scope" aria-labelledby="scope-title">
      <h2 id="scope-title" className="visually-hidden">
        {m('scope.title')}
      </h2>
      <div className="filters">
        <SelectField
          label={m('scope.year')}
          value={model.year}
          onChange={(v) => onChange({ year: Number(v) })}
        >
          {[...model.years].reverse().map((y) => (
            <option key={y} value={y}>
              {fmt.year(y)}
            </option>
          ))}
        </SelectField>
        {select(m('scope.province'), params.province, model.provinces, (province) =>
          onChange({ province, district: null }),
        )}
        {select(
          m('scope.district'),
          params.district,
          districts,
          (district) => onChange({ district }),
          !params.province && !params.district,
        )}
        {select(m('scope.type'), params.type, model.types, (type) => onChange({ type }))}
        {filtered ? (
          <button
            type="button"
            className="quiet"
            onClick={() => onChange({ province: null, district: null, type: null })}
          >
            {m('scope.clear')}
          </button>
        ) : null}
      </div>
      <p className="muted small scope-summary" aria-live="polite">
        {m('scope.summary', { scope: scopeLabel, count: fmt.int(model.scope.length) })}
        {unknown.map((v) => (
          <span key={v} className="scope-unknown">
            {' · '}
            {m('scope.unknown', { value: v })}
          </span>
        ))}
      </p>
    </section>
  );
}
