import { describe, expect, it } from 'vitest';
import { headingLines } from '@analysis/plans/heading-lines';

describe('table headings in two lines, split between words', () => {
  it.each([
    ['ระยะเวลาดำเนินการ', ['ระยะเวลา', 'ดำเนินการ']],
    ['หน่วยงานผู้รับผิดชอบ', ['หน่วยงาน', 'ผู้รับผิดชอบ']],
    ['สรุปผลการดำเนินการตามมาตรการ', ['สรุปผลการดำเนินการ', 'ตามมาตรการ']],
    ['ผลลัพธ์หรือความสำเร็จ', ['ผลลัพธ์หรือ', 'ความสำเร็จ']],
    ['หลักฐานที่เผยแพร่', ['หลักฐาน', 'ที่เผยแพร่']],
    ['Responsible unit', ['Responsible', 'unit']],
    ['Timeframe', ['Timeframe']],
  ])('%s', (text, lines) => {
    expect(headingLines(text)).toEqual(lines);
  });

  it('never starts a line with the "การ" of a word split in two', () => {
    for (const h of ['ระยะเวลาดำเนินการ', 'ขั้นตอน/วิธีการปฏิบัติ', 'สรุปผลการดำเนินการตามมาตรการ'])
      for (const line of headingLines(h).slice(1)) expect(line.startsWith('การ')).toBe(false);
  });
});
