import { describe, expect, it } from 'vitest';
import { analysisText } from '../../../tools/cli/analyse-text';
import { toResultJson } from '../../../tools/cli/contract';
import { analyseText, indicatorCsv, SEED001 } from '../../helpers';

describe('the path as `ita analyse` prints it', () => {
  const [x] = analyseText(indicatorCsv(SEED001));
  if (!x) throw new Error('no analysis');

  it('JSON: the margin, the lines aimed at, and the running overall and tools of each step', () => {
    const r = toResultJson(x.assessment, x.path, []);
    expect(r.target).toEqual({
      min_overall: 95,
      min_each_tool: 95,
      rating: 'excellent',
      margin: 0.5,
      aim_overall: 95.5,
      aim_each_tool: 95.5,
    });
    expect(r.path_margin_met).toBe(true);
    expect(r.path_to_pass.map((s) => [s.code, s.to, s.total])).toEqual([
      ['9', 91, 92.89],
      ['8', 94.65, 94.28],
      ['7', 94.65, 94.61],
      ['4', 93.71, 95.37],
      ['5', 93.71, 95.5],
    ]);
    expect(r.path_to_pass[0]?.tools).toEqual({ IIT: 92.53, EIT: 89.76, OIT: 95.5 });
    expect(r.path_to_pass.at(-1)?.tools).toEqual({ IIT: 95.5, EIT: 95.5, OIT: 95.5 });
  });

  it('text: the heading says what the path aims at; each step its running overall and tools', () => {
    const th = analysisText(x, 'th');
    expect(th).toContain('เส้นทางสู่ ผ่านดีเยี่ยม (เผื่อไว้ 0.50 คะแนน: ตั้งเป้าคะแนนรวม 95.50 และทุกแบบวัด 95.50):');
    expect(th).toContain('  4: 81.04 → 93.71  +0.76  = 95.37  (IIT 95.07 EIT 95.50 OIT 95.50)');
    const en = analysisText(x, 'en');
    expect(en).toContain(
      'Path to Excellent pass (with a 0.50-point safety margin: aiming at 95.50 overall, every tool 95.50):',
    );
  });
});
