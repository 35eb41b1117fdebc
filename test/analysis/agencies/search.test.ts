import { describe, expect, it } from 'vitest';
import type { OrgInfo } from '@analysis/dataset';
import { abbreviateName, expandAbbreviations } from '@analysis/agencies/names';
import { buildSearchIndex, normaliseThai, searchOrgs } from '@analysis/agencies/search';

const org = (id: string, name: string, type: string, province: string, district: string): OrgInfo => ({
  key: id,
  id,
  name,
  type,
  province,
  district,
});

const ORGS = [
  org('1', 'องค์การบริหารส่วนตำบลบ้านใหม่', 'องค์การบริหารส่วนตำบล', 'เชียงใหม่', 'เมืองเชียงใหม่'),
  org('2', 'เทศบาลตำบลบ้านใหม่', 'เทศบาลตำบล', 'ลำปาง', 'เถิน'),
  org('3', 'เทศบาลเมืองเขลางค์', 'เทศบาลเมือง', 'ลำปาง', 'เมืองลำปาง'),
  org('4', 'เทศบาลนครเชียงใหม่', 'เทศบาลนคร', 'เชียงใหม่', 'เมืองเชียงใหม่'),
  org('5', 'องค์การบริหารส่วนจังหวัดลำปาง', 'องค์การบริหารส่วนจังหวัด', 'ลำปาง', 'เมืองลำปาง'),
  org('6', 'สำนักงานเขตพระนคร', 'ส่วนราชการ', 'กรุงเทพมหานคร', 'พระนคร'),
];
const index = buildSearchIndex(ORGS);
const find = (q: string) => searchOrgs(index, q).map((o) => ORGS[o]?.id);

describe('Thai name search', () => {
  it('spells out the usual abbreviations, with or without the dot and spaces', () => {
    expect(expandAbbreviations('อบต.บ้านใหม่')).toBe('องค์การบริหารส่วนตำบลบ้านใหม่');
    expect(expandAbbreviations('อบต. บ้านใหม่')).toBe('องค์การบริหารส่วนตำบลบ้านใหม่');
    expect(expandAbbreviations('อบต บ้านใหม่')).toBe('องค์การบริหารส่วนตำบลบ้านใหม่');
    expect(expandAbbreviations('ทต.บ้านใหม่ อ.เถิน จ.ลำปาง')).toBe('เทศบาลตำบลบ้านใหม่ อำเภอเถิน จังหวัดลำปาง');
    expect(expandAbbreviations('ทม.เขลางค์')).toBe('เทศบาลเมืองเขลางค์');
    expect(expandAbbreviations('ทน.เชียงใหม่')).toBe('เทศบาลนครเชียงใหม่');
    expect(expandAbbreviations('อบจ.ลำปาง')).toBe('องค์การบริหารส่วนจังหวัดลำปาง');
    expect(expandAbbreviations('ต.บ้านใหม่')).toBe('ตำบลบ้านใหม่');
    // Inside a word a letter with a dot is not an abbreviation; a lone letter without a dot neither.
    expect(expandAbbreviations('ม.ราชภัฏ')).toBe('ม.ราชภัฏ');
    expect(expandAbbreviations('ต บ้าน')).toBe('ต บ้าน');
  });

  it('ignores spaces, zero-width spaces, dots, case and Thai digits', () => {
    expect(normaliseThai(' อบต. บ้าน\u200bใหม่ ')).toBe(normaliseThai('องค์การบริหารส่วนตำบลบ้านใหม่'));
    expect(normaliseThai('SYN๐๐๑')).toBe('syn001');
  });

  it('finds agencies by full name, abbreviation, part of a name, spacing and place', () => {
    expect(find('อบต.บ้านใหม่')).toEqual(['1']);
    expect(find('องค์การบริหารส่วนตำบล บ้าน ใหม่')).toEqual(['1']);
    expect(find('ทต.บ้านใหม่')).toEqual(['2']);
    expect(find('ทม. เขลางค์')).toEqual(['3']);
    expect(find('ทน.เชียงใหม่')).toEqual(['4']);
    expect(find('อบจ.ลำปาง')).toEqual(['5']);
    // Names that start with the text first, then names that contain it, then places.
    expect(find('บ้านใหม่')).toEqual(['1', '2']);
    expect(find('ต.บ้านใหม่')).toEqual(['1', '2']);
    expect(find('เชียงใหม่')).toEqual(['4', '1']);
    // อบจ.ลำปาง has จังหวัดลำปาง in its name, so it comes before the agencies that are only in the province.
    expect(find('จ.ลำปาง')).toEqual(['5', '2', '3']);
    expect(find('อ.เถิน')).toEqual(['2']);
    expect(find('บ้านใหม่ จ.ลำปาง')).toEqual(['2']);
    expect(find('กทม.')).toEqual(['6']);
    expect(find('')).toEqual([]);
    expect(find('ไม่มีชื่อนี้')).toEqual([]);
  });

  it('limits and filters the candidates', () => {
    expect(searchOrgs(index, 'เทศบาล', { limit: 2 })).toHaveLength(2);
    expect(searchOrgs(index, 'บ้านใหม่', { allow: (o) => o !== 0 }).map((o) => ORGS[o]?.id)).toEqual(['2']);
  });
});

describe('short names', () => {
  it('writes the agency-type prefix short, from the same table search spells out', () => {
    expect(abbreviateName('องค์การบริหารส่วนตำบลบ้านใหม่')).toBe('อบต.บ้านใหม่');
    expect(abbreviateName('องค์การบริหารส่วนจังหวัดลำปาง')).toBe('อบจ.ลำปาง');
    expect(abbreviateName('เทศบาลเมืองเขลางค์')).toBe('ทม.เขลางค์');
    expect(abbreviateName('เทศบาลนครเชียงใหม่')).toBe('ทน.เชียงใหม่');
    expect(abbreviateName('เทศบาลตำบล')).toBe('เทศบาลตำบล');
    expect(abbreviateName('กรมบัญชีกลาง')).toBe('กรมบัญชีกลาง');
    for (const name of ['องค์การบริหารส่วนตำบลบ้านใหม่', 'เทศบาลนครเชียงใหม่'])
      expect(expandAbbreviations(abbreviateName(name))).toBe(name);
  });
});
