import { describe, expect, it } from 'vitest';
import { readDataParams } from '@/shared/url/routes/data';
import { formatter } from '@/shared/i18n/format';
import { en } from '@/shared/i18n/common-en';
import { th } from '@/shared/i18n/common-th';
import { interpolate } from '@/shared/i18n/messages';
import { DEFAULT_SETTINGS, parseSettings } from '@/shared/i18n/settings';
import { dataPath } from '@/shared/url/routes/data';
import { gapPath } from '@/shared/url/routes/gap';

describe('settings', () => {
  it('falls back to Thai and Arabic digits on anything missing or unreadable', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{')).toEqual({ lang: 'th', digits: 'arabic', theme: 'system' });
    expect(parseSettings({ lang: 'fr', digits: 'roman', theme: 'pink' })).toEqual({
      lang: 'th',
      digits: 'arabic',
      theme: 'system',
    });
    expect(parseSettings({ lang: 'en', digits: 'thai' })).toEqual({
      lang: 'en',
      digits: 'thai',
      theme: 'system',
    });
    expect(parseSettings({ lang: 'en', digits: 'thai', theme: 'dark' })).toMatchObject({ theme: 'dark' });
    expect(parseSettings({ theme: 'light' })).toMatchObject({ theme: 'light' });
  });
});

describe('number formats', () => {
  it('rounds half away from zero, as published, in Thai or Arabic digits', () => {
    expect(formatter('th', 'arabic').num(92.6876)).toBe('92.69');
    expect(formatter('th', 'arabic').num(92.685)).toBe('92.69');
    expect(formatter('th', 'thai').num(92.6876)).toBe('๙๒.๖๙');
    expect(formatter('en', 'arabic').num(NaN)).toBe('—');
    expect(formatter('en', 'arabic').int(58154)).toBe('58,154');
  });

  it('writes fiscal years (BE) without grouping', () => {
    expect(formatter('th', 'arabic').year(2567)).toBe('2567');
    expect(formatter('th', 'thai').year(2567)).toBe('๒๕๖๗');
    expect(formatter('th', 'thai').digits('แถว 12, 18')).toBe('แถว ๑๒, ๑๘');
  });
});

describe('messages', () => {
  it('has the same placeholders in Thai and English', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(th) as (keyof typeof th)[])
      expect(names(en[key]), key).toEqual(names(th[key]));
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(interpolate('แถว {row} จาก {n}', { row: 3 })).toBe('แถว 3 จาก {n}');
  });
});

describe('URLs', () => {
  it('builds view links that survive any agency key', () => {
    expect(gapPath({ ds: 'demo', org: 'name:เทศบาล & co?', year: 2567 })).toBe(
      `/gap?ds=demo&org=${encodeURIComponent('name:เทศบาล').replace(/%20/g, '+')}+%26+co%3F&year=2567`,
    );
    expect(dataPath()).toBe('/');
    expect(dataPath('f1')).toBe('/?ds=f1');
  });

  it('reads the data page state from the URL, ignoring unknown values', () => {
    const p = readDataParams(new URLSearchParams('ds=demo&tab=report&sev=warning&year=2567&sort=high&q=x'));
    expect(p).toMatchObject({ ds: 'demo', tab: 'report', sev: 'warning', year: 2567, sort: 'high', q: 'x' });
    const bad = readDataParams(new URLSearchParams('tab=nope&sev=fatal&year=abc&sort=zz'));
    expect(bad).toMatchObject({ ds: null, tab: 'summary', sev: null, year: null, sort: 'data' });
  });
});
