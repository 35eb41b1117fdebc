// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agencyChoices, agencyYearChoices, type AgencyChoice } from '@analysis/agencies/choices';
import { AgencyPicker, type PickerChoice } from '@/shared/agency/agency-picker';
import { loadedFrom, renderWithApp } from '../../render';

/** Four agencies in two provinces (one with two years), 10 indicator scores each. */
const AGENCIES_CSV = join(import.meta.dirname, '../../../fixtures/agencies-four.csv');
const loaded = loadedFrom(readFileSync(AGENCIES_CSV, 'utf8'));
const { dataset, scoreboard } = loaded;
const AGENCIES = agencyChoices(dataset, scoreboard);

/** The picker with its search kept by the caller, as a view keeps it in its URL. */
function Picker<C extends PickerChoice>(props: {
  choices: readonly C[];
  listAll?: boolean;
  allow?: (c: C) => boolean;
  onQuery?: (q: string) => void;
  onPick?: (key: string) => void;
  linkOf?: (c: C) => string;
}) {
  const [q, setQ] = useState('');
  return (
    <AgencyPicker
      choices={props.choices}
      orgs={dataset.orgs}
      query={q}
      onQuery={(text) => {
        setQ(text);
        props.onQuery?.(text);
      }}
      limit={10}
      listAll={props.listAll}
      allow={props.allow}
      linkOf={props.linkOf}
      testId="picks"
      actions={(c) => (
        <button type="button" onClick={() => props.onPick?.(c.info.key)}>
          เลือก {c.info.key}
        </button>
      )}
    />
  );
}

const rows = () => within(screen.getByTestId('picks')).getAllByRole('listitem');
const names = () => rows().map((li) => li.querySelector('.pick-name > :first-child')?.textContent);
const search = () => screen.getByRole('searchbox', { name: 'ค้นหาหน่วยงาน' });

afterEach(cleanup);

describe('AgencyPicker', () => {
  it('lists the agencies in Thai order with their place, and counts them', () => {
    renderWithApp(<Picker choices={AGENCIES} listAll />);
    expect(names()).toEqual([
      'เทศบาลตำบลสะเตง',
      'เทศบาลเมืองสะเตงนอก',
      'องค์การบริหารส่วนตำบลกอตอง',
      'อบต.ห้วยจรเข้',
    ]);
    expect(rows()[2]?.textContent).toContain('ยะลา · บันนังสตา');
    expect(screen.getByText('แสดง 4 จาก 4 หน่วยงาน')).toBeTruthy();
  });

  it('finds an agency by the short form or the full name, whichever the data wrote', async () => {
    const onQuery = vi.fn();
    renderWithApp(<Picker choices={AGENCIES} listAll onQuery={onQuery} />);
    await userEvent.type(search(), 'อบต. กอตอง');
    expect(names()).toEqual(['องค์การบริหารส่วนตำบลกอตอง']);
    expect(onQuery).toHaveBeenLastCalledWith('อบต. กอตอง');
    await userEvent.clear(search());
    await userEvent.type(search(), 'องค์การบริหารส่วนตำบล ห้วย จรเข้');
    expect(names()).toEqual(['อบต.ห้วยจรเข้']);
    await userEvent.clear(search());
    await userEvent.type(search(), 'ไม่มีหน่วยงานนี้');
    expect(screen.queryByTestId('picks')).toBeNull();
    expect(screen.getByText('ไม่พบหน่วยงานที่ตรงกับคำค้น')).toBeTruthy();
  });

  it('lists nothing until something is typed when asked, keeps to the scope, and hands the pick over', async () => {
    const onPick = vi.fn();
    const allow = (c: AgencyChoice) => c.info.province === 'ยะลา' && c.info.key !== 'A1';
    renderWithApp(<Picker choices={AGENCIES} allow={allow} onPick={onPick} />);
    expect(screen.queryByTestId('picks')).toBeNull();
    await userEvent.type(search(), 'สะเตง');
    expect(names()).toEqual(['เทศบาลตำบลสะเตง']);
    await userEvent.click(screen.getByRole('button', { name: 'เลือก C3' }));
    expect(onPick).toHaveBeenCalledWith('C3');
  });

  it('in agency-year mode names the year on each row and keeps the year typed', async () => {
    renderWithApp(<Picker choices={agencyYearChoices(dataset, scoreboard)} listAll />);
    expect(screen.getByText('แสดง 5 จาก 5 หน่วยงาน-ปี')).toBeTruthy();
    await userEvent.type(search(), 'สะเตงนอก ๒๕๖๖');
    expect(names()).toEqual(['เทศบาลเมืองสะเตงนอก · ปี 2566']);
  });

  it('makes the name a link when the row leads somewhere', () => {
    renderWithApp(<Picker choices={AGENCIES} listAll linkOf={(c) => `/trends?org=${c.info.key}`} />);
    expect(screen.getByRole('link', { name: 'อบต.ห้วยจรเข้' }).getAttribute('href')).toBe('/trends?org=B2');
  });
});
