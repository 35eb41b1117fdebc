import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencyChoices, agencyYearChoices, searchChoices } from '@analysis/agencies/choices';
import { scoreAll } from '@analysis/scoring/score-all';
import { ingestText } from '../../helpers';

/** Four agencies in two provinces (one with two years), 10 indicator scores each. */
const AGENCIES_CSV = join(import.meta.dirname, '../../fixtures/agencies-four.csv');
const ds = ingestText(readFileSync(AGENCIES_CSV, 'utf8'));
const sb = scoreAll(ds);
const keys = (cs: readonly { info: { key: string } }[]) => cs.map((c) => c.info.key);

describe('agency choices', () => {
  const list = agencyChoices(ds, sb);

  it('lists each agency once with its years, in Thai dictionary order', () => {
    // Thai order reads past the leading vowel: เทศบาลตำบล… before เทศบาลเมือง…, องค์การ… before อบต.…
    expect(list.map((c) => [c.info.key, c.years])).toEqual([
      ['C3', [2567]],
      ['A1', [2566, 2567]],
      ['D4', [2567]],
      ['B2', [2566]],
    ]);
  });

  it('finds by name, short form (either way), id, place, spacing and Thai digits; best matches first', () => {
    const find = (q: string) => keys(searchChoices(list, ds.orgs, q).shown);
    expect(find(' สะเตง นอก')).toEqual(['A1']);
    expect(find('b2')).toEqual(['B2']);
    // What the data abbreviate is found by the full name, and what they spell out by its short form.
    expect(find('องค์การบริหารส่วนตำบลห้วยจรเข้')).toEqual(['B2']);
    expect(find('อบต. กอตอง')).toEqual(['D4']);
    expect(find('ทม.สะเตงนอก')).toEqual(['A1']);
    expect(find('ทต สะเตง')).toEqual(['C3']);
    // Names that start with the text, then names that contain it, then the ones in that province.
    expect(find('สะเตง')).toEqual(['C3', 'A1']);
    expect(find('จ.ยะลา')).toEqual(['C3', 'A1', 'D4']);
    expect(find('อ.บันนังสตา')).toEqual(['D4']);
    expect(find('ไม่มีชื่อนี้')).toEqual([]);
  });

  it('lists everything for an empty search, at most `limit`, and counts every match', () => {
    expect(searchChoices(list, ds.orgs, '', { limit: 2 })).toMatchObject({ total: 4 });
    expect(searchChoices(list, ds.orgs, '', { limit: 2 }).shown).toHaveLength(2);
    expect(keys(searchChoices(list, ds.orgs, 'ยะลา', { allow: (c) => c.info.key !== 'A1' }).shown)).toEqual([
      'C3',
      'D4',
    ]);
  });
});

describe('agency-year choices', () => {
  const list = agencyYearChoices(ds, sb);
  const rows = (q: string) => searchChoices(list, ds.orgs, q).shown.map((c) => `${c.info.key} ${c.year}`);

  it('lists every agency-year, newest year first, Thai order within a year, with its official overall', () => {
    expect(list.map((c) => `${c.info.key} ${c.year}`)).toEqual([
      'C3 2567',
      'A1 2567',
      'D4 2567',
      'A1 2566',
      'B2 2566',
    ]);
    expect(list[1]?.overall).toBeCloseTo(91, 6);
  });

  it('keeps the year a search names (or starts), in Thai or Arabic digits', () => {
    expect(rows('สะเตงนอก 2566')).toEqual(['A1 2566']);
    expect(rows('๒๕๖๗ ยะลา')).toEqual(['C3 2567', 'A1 2567', 'D4 2567']);
    expect(rows('256')).toHaveLength(5);
  });
});
