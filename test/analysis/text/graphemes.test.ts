import { describe, expect, it } from 'vitest';
import { shortLabel } from '@analysis/text/graphemes';

describe('shortLabel', () => {
  it('cuts Thai between grapheme clusters: a vowel or tone mark stays with its consonant', () => {
    expect(shortLabel('การใช้ทรัพย์สินของราชการ', 8)).toBe('การใช้ทรั…');
    // ที่ is one cluster (consonant, vowel and tone mark): a cut never strands a mark.
    expect(shortLabel('ที่ทำการน้ำใส', 4)).toBe('ที่ทำก…');
    expect(shortLabel('ที่ทำการน้ำใส', 2)).toBe('ที่…');
  });

  it('leaves short text alone and drops a space before the ellipsis', () => {
    expect(shortLabel('การใช้อำนาจ', 20)).toBe('การใช้อำนาจ');
    expect(shortLabel('ตัวชี้วัด ที่หนึ่ง', 7)).toBe('ตัวชี้วัด…');
  });
});
