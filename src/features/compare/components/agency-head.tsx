import { colorOf } from '../lib/agency-style';
import type { Chosen } from '../lib/compare-model';

/** Column header of a chosen agency: its numbered swatch (as on the charts) and its short label. */
export function AgencyHead({ agency }: { agency: Chosen }) {
  return (
    <th scope="col" className="agency-head" title={agency.name}>
      <span className="chosen-swatch small" style={{ background: colorOf(agency.index) }} aria-hidden="true">
        {agency.index + 1}
      </span>{' '}
      <span className="visually-hidden">
        {agency.index + 1}. {agency.name}
      </span>
      <span aria-hidden="true">{agency.label.replace(/^\d+\.\s*/, '')}</span>
    </th>
  );
}

/** The heading row of a table with one column per chosen agency, after a first column named `first`. */
export function AgencyHeadRow({ first, agencies }: { first: string; agencies: readonly Chosen[] }) {
  return (
    <tr>
      <th scope="col">{first}</th>
      {agencies.map((a) => (
        <AgencyHead key={a.key} agency={a} />
      ))}
    </tr>
  );
}
