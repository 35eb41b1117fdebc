import { describe, expect, it } from 'vitest';
import { planFinding, type FindingInput } from '@analysis/findings/plan-finding';

const q = (over: Partial<FindingInput>): FindingInput => ({
  code: 'E10',
  tool: 'EIT',
  scale: 'YN',
  polarity: 'positive',
  score: 66,
  negativePct: null,
  negativeSource: null,
  pointsLost: 1,
  ...over,
});

describe('plan findings say what respondents said, never more than the data carry', () => {
  it('a share from the data, to two decimals', () => {
    expect(planFinding(q({ negativePct: 34.04, negativeSource: 'data' }), 2566, 'th')).toBe(
      'ผู้รับบริการร้อยละ 34.04 เห็นว่าหน่วยงานยังไม่มีช่องทางให้แจ้งเรื่องสินบนหรือการทุจริตของเจ้าหน้าที่ หรือไม่ทราบว่ามี',
    );
  });

  it('a yes/no question without a share: about 100 − score, whole percent, said to be an estimate', () => {
    const th = planFinding(
      q({ code: 'E8', score: 78.77, negativePct: 21.23, negativeSource: 'derived' }),
      2566,
      'th',
    );
    expect(th).toMatch(/^ผู้รับบริการราวร้อยละ 21 เห็นว่า/);
    expect(th).toContain('(ประมาณจาก 100 − คะแนน 78.77 ของข้อที่ตอบว่ามีหรือไม่มี ข้อมูลไม่ได้ให้สัดส่วนไว้)');
    expect(th).not.toContain('21.23');
    expect(planFinding(q({ code: 'E8', score: 78.77 }), 2566, 'en')).toMatch(
      /^About 21% of service users think .*estimated/,
    );
    expect(planFinding(q({ score: 100 }), 2566, 'th')).toBe('ไม่มีผู้รับบริการตอบในทางลบ (คะแนนเต็ม 100.00)');
  });

  it('a four-level question without a share: where the average answer lies, no percentage', () => {
    expect(planFinding(q({ code: 'E7', scale: 'L4', score: 73.19 }), 2566, 'th')).toBe(
      'คำตอบเฉลี่ยของผู้รับบริการอยู่ระหว่างระดับมากกับระดับมากที่สุด (คะแนน 73.19) ข้อมูลไม่ได้ระบุสัดส่วนผู้ที่ตอบในทางลบ',
    );
    // Reverse-worded: the best score is "very little or none".
    expect(
      planFinding(
        q({ code: 'I16', tool: 'IIT', scale: 'L4', polarity: 'negative', score: 96.97 }),
        2566,
        'th',
      ),
    ).toBe(
      'คำตอบเฉลี่ยของบุคลากรภายในหน่วยงานอยู่ระหว่างระดับน้อยที่สุดหรือไม่มีเลยกับระดับน้อย (คะแนน 96.97) ข้อมูลไม่ได้ระบุสัดส่วนผู้ที่ตอบในทางลบ',
    );
    expect(planFinding(q({ code: 'I14', tool: 'IIT', scale: 'L4', score: 100 }), 2566, 'th')).toBe(
      'บุคลากรภายในหน่วยงานทุกคนตอบระดับมากที่สุด (คะแนน 100.00)',
    );
  });

  it('an OIT item: the assessors’ verdict and its cost', () => {
    expect(
      planFinding(q({ code: 'O22', tool: 'OIT', scale: null, score: 0, pointsLost: 1.25 }), 2568, 'th'),
    ).toBe('ผู้ตรวจประเมินให้ข้อ O22 ไม่ผ่านเกณฑ์ (เสีย 1.25 คะแนนรวม)');
  });
});
