import './agency-picker.css';
import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { searchChoices, type AgencyChoice, type AgencyYearChoice } from '@analysis/agencies/choices';
import type { OrgInfo } from '@analysis/dataset';
import { useI18n } from '@/shared/i18n/use-i18n';
import { SearchField } from '@/shared/ui/search-field';
import { agencyName, agencyPlace } from './agency-text';

export type PickerChoice = AgencyChoice | AgencyYearChoice;

export interface AgencyPickerProps<C extends PickerChoice> {
  /** Agencies (agency mode) or agency-years (agency-year mode: a year typed in the search keeps that year). */
  choices: readonly C[];
  /** The dataset's organisations (the search index is built from them once). */
  orgs: readonly OrgInfo[];
  /** The search as kept by the view (its URL) and its setter; without them the picker keeps its own. */
  query?: string;
  onQuery?: (text: string) => void;
  /** How many are listed at most (typing narrows the list). */
  limit: number;
  /** List the first ones while the search is empty (false: nothing until something is typed). */
  listAll?: boolean;
  /** Only these are candidates (a scope). */
  allow?: (c: C) => boolean;
  /** The agency's name as a link to this address. */
  linkOf?: (c: C) => string;
  /** What follows the place (a score, the years with data). */
  detail?: (c: C) => ReactNode;
  /** The row's own buttons or links. */
  actions?: (c: C) => ReactNode;
  /** The search box's label and hint (default: the common ones). */
  label?: string;
  placeholder?: string;
  /** data-testid of the list. */
  testId?: string;
}

const keyOf = (c: PickerChoice): string => ('year' in c ? `${c.info.key}|${c.year}` : c.info.key);

/**
 * The one agency picker: a Thai-aware search (short forms such as อบต., ทต., ทม., ทน., อบจ. either way,
 * spacing, Thai digits; analysis/agencies/search.ts) over a dataset's agencies or agency-years, best
 * matches first, in Thai order. Each row names the agency and its place; the view adds what a row leads to.
 */
export function AgencyPicker<C extends PickerChoice>(p: AgencyPickerProps<C>) {
  const { t, fmt } = useI18n();
  const [own, setOwn] = useState('');
  const text = p.query ?? own;
  const q = useDeferredValue(text);
  const found = useMemo(
    () =>
      q.trim() || p.listAll ? searchChoices(p.choices, p.orgs, q, { limit: p.limit, allow: p.allow }) : null,
    [p.choices, p.orgs, q, p.limit, p.allow, p.listAll],
  );
  const yearMode = p.choices.some((c) => 'year' in c);
  return (
    <div className="agency-picker">
      <div className="filters">
        <SearchField
          label={p.label ?? t('agency.search')}
          value={text}
          placeholder={p.placeholder ?? t('agency.placeholder')}
          onChange={(v) => (p.onQuery ?? setOwn)(v)}
        />
      </div>
      {found ? (
        <p className="muted small" aria-live="polite">
          {found.total === 0
            ? t('agency.none')
            : t(yearMode ? 'agency.countYears' : 'agency.count', {
                shown: fmt.int(found.shown.length),
                total: fmt.int(found.total),
              })}
        </p>
      ) : null}
      {found?.shown.length ? (
        <ul className="agency-picks" data-testid={p.testId}>
          {found.shown.map((c) => {
            const name = agencyName(c.info, t('common.unnamed'));
            const title = 'year' in c ? t('agency.yearRow', { name, year: fmt.year(c.year) }) : name;
            return (
              <li key={keyOf(c)}>
                <span className="pick-name">
                  {p.linkOf ? (
                    <Link to={p.linkOf(c)} className="agency-link">
                      {title}
                    </Link>
                  ) : (
                    <strong>{title}</strong>
                  )}
                  <span className="muted small">
                    {[c.info.id && c.info.name ? c.info.id : null, agencyPlace(c.info)]
                      .filter(Boolean)
                      .join(' · ')}
                    {p.detail ? <> {p.detail(c)}</> : null}
                  </span>
                </span>
                {p.actions ? <span className="pick-actions">{p.actions(c)}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
