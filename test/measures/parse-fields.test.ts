import { describe, expect, it } from 'vitest';
import {
  parseEffort,
  parseMeasureCode,
  parseTimeframe,
  parseYears,
  splitSteps,
} from '@analysis/measures/parse-fields';

describe('catalogue cell readers', () => {
  it('codes: questions and items only, written loosely', () => {
    expect(parseMeasureCode('e๑๐')).toBe('E10');
    expect(parseMeasureCode(' O 05 ')).toBe('O5');
    expect(parseMeasureCode('ข้อ I13')).toBe('I13');
    for (const bad of ['7', 'overall', 'IIT', 'Q1', '', 'O101']) expect(parseMeasureCode(bad)).toBeNull();
  });

  it('years: one year or a forward range, BE or CE', () => {
    expect(parseYears('2566')).toEqual({ years: [2566, 2566], fromCE: false });
    expect(parseYears(' ๒๕๖๒ – ๒๕๖๘ ')).toEqual({ years: [2562, 2568], fromCE: false });
    expect(parseYears('2023-2025')).toEqual({ years: [2566, 2568], fromCE: true });
    for (const bad of ['2568-2566', '66', '2566-68', '2566,2567', 'ทุกปี', '9999'])
      expect(parseYears(bad)).toBeNull();
  });

  it('effort: 1–3 as digits or words', () => {
    expect(parseEffort('๒')).toBe(2);
    expect(parseEffort('3.0')).toBe(3);
    expect(parseEffort('สูง')).toBe(3);
    expect(parseEffort('Low')).toBe(1);
    for (const bad of ['0', '4', '1.5', '']) expect(parseEffort(bad)).toBeNull();
  });

  it('timeframe: quarters to a canonical form', () => {
    expect(parseTimeframe('ไตรมาส ๑-๔')).toBe('Q1-Q4');
    expect(parseTimeframe('q2–q3')).toBe('Q2-Q3');
    expect(parseTimeframe('Q1-4')).toBe('Q1-Q4');
    expect(parseTimeframe('Q3-Q3')).toBe('Q3');
    for (const bad of ['Q4-Q1', 'ต.ค.-มี.ค.', 'Q5']) expect(parseTimeframe(bad)).toBeNull();
  });

  it('steps: one per line, numbers and bullets dropped; a run-on line split only at 1., 2., 3.', () => {
    expect(splitSteps('1. ก\r\n\r\n๒) ข\n- ค')).toEqual(['ก', 'ข', 'ค']);
    expect(splitSteps('๑.ยื่นภายใน 30 วัน ตามระเบียบ พ.ศ. 2560 ๒.ตรวจ 2.5 ชั่วโมง 3. แจ้งผล')).toEqual([
      'ยื่นภายใน 30 วัน ตามระเบียบ พ.ศ. 2560',
      'ตรวจ 2.5 ชั่วโมง',
      'แจ้งผล',
    ]);
    expect(splitSteps('ทำเพียงขั้นเดียว 2. ไม่แยก')).toEqual(['ทำเพียงขั้นเดียว 2. ไม่แยก']);
    expect(splitSteps('  \n ')).toEqual([]);
  });
});
