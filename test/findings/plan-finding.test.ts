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
  respondents: null,
  pointsLost: 1,
  ...over,
});

describe('plan findings say what respondents said, never more than the data carry', () => {
  it('a share from the data, to two decimals', () => {
    expect(planFinding(q({ negativePct: 34.04, negativeSource: 'data' }), 2566, 'th')).toBe(
      'ผู้รับบริการร้อยละ 34.04 เห็นว่าหน่วยงานยังไม่มีช่องทางให้แจ้งเรื่องสินบนหรือการทุจริตของเจ้าหน้าที่ หรือไม่ทราบว่ามี',
    );
  });

  it('a yes/no question, respondents unknown: about 100 − score, whole percent, said to be an estimate', () => {
    const th = planFinding(q({ code: 'E8', score: 78.77 }), 2566, 'th');
    expect(th).toMatch(/^ผู้รับบริการราวร้อยละ 21 เห็นว่า/);
    expect(th).toContain('(ประมาณจาก 100 − คะแนน 78.77 ของข้อที่ตอบว่ามีหรือไม่มี ข้อมูลไม่ได้ให้สัดส่วนไว้)');
    expect(th).not.toContain('21.23');
    expect(planFinding(q({ code: 'E8', score: 78.77 }), 2566, 'en')).toMatch(
      /^About 21% of service users think .*estimated/,
    );
    expect(planFinding(q({ score: 100 }), 2566, 'th')).toBe('ไม่มีผู้รับบริการตอบในทางลบ (คะแนนเต็ม 100.00)');
  });

  it('a yes/no question, respondents known: the exact share when 100 − score is a whole number of them', () => {
    // 2 of 47 = 4.2553 %: a score of 95.74 is 100 − that share, rounded to two decimals.
    expect(planFinding(q({ code: 'E4', score: 95.74, respondents: 47 }), 2566, 'th')).toBe(
      'ผู้รับบริการร้อยละ 4.26 (2 จาก 47 คน) เห็นว่าในรอบปีที่ผ่านมาเจ้าหน้าที่เคยขอเงิน ของขวัญ หรือประโยชน์อื่นนอกเหนือจากค่าธรรมเนียมตามกฎหมายเพื่อแลกกับบริการ (คิดจาก 100 − คะแนน 95.74 ของข้อที่ตอบว่ามีหรือไม่มี ข้อมูลไม่ได้ให้สัดส่วนไว้)',
    );
    expect(planFinding(q({ code: 'E4', score: 95.74, respondents: 47 }), 2566, 'en')).toMatch(
      /^4\.26% of service users \(2 of 47\) think .*\(worked out as 100 − the score 95\.74/,
    );
  });

  it('seed 004’s E8: 78.77 is no whole number of 47 respondents, so no share, but what the score means', () => {
    // 100 − 78.77 = 21.23; 10 of 47 would be 21.28, 9 of 47 19.15: the score is no plain yes/no share.
    const th = planFinding(q({ code: 'E8', score: 78.77, respondents: 47 }), 2566, 'th');
    expect(th).toBe(
      'ผู้รับบริการให้ข้อนี้ 78.77 คะแนนจาก 100 (100 คือทุกคนตอบในทางบวก) แต่ 100 − 78.77 ไม่ตรงกับผู้ตอบจำนวนเต็มคนจาก 47 คน คะแนนนี้จึงไม่ใช่ร้อยละของผู้ตอบ และข้อมูลไม่ได้ให้สัดส่วนผู้ที่ตอบในทางลบ',
    );
    expect(th).not.toMatch(/ร้อยละ \d/);
    expect(planFinding(q({ code: 'E8', score: 78.77, respondents: 47 }), 2566, 'en')).toMatch(
      /^The service users gave this question 78\.77 out of 100 .* no whole number of the 47 respondents/,
    );
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
