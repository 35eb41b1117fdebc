import { describe, expect, it } from 'vitest';
import { readScoreText } from '../../src/features/gap/lib/score-text';

describe('what-if score typed by the user', () => {
  it('reads Arabic or Thai digits, a point or a comma, two decimals or more', () => {
    expect(readScoreText('81.04')).toEqual({ ok: true, value: 81.04 });
    expect(readScoreText(' ๘๑.๐๔ ')).toEqual({ ok: true, value: 81.04 });
    expect(readScoreText('95,5')).toEqual({ ok: true, value: 95.5 });
    expect(readScoreText('100')).toEqual({ ok: true, value: 100 });
    expect(readScoreText('0')).toEqual({ ok: true, value: 0 });
    expect(readScoreText('.5')).toEqual({ ok: true, value: 0.5 });
  });

  it('says why a value is not a score instead of clamping it', () => {
    expect(readScoreText('')).toEqual({ ok: false, why: 'empty' });
    expect(readScoreText('   ')).toEqual({ ok: false, why: 'empty' });
    expect(readScoreText('120')).toEqual({ ok: false, why: 'range' });
    expect(readScoreText('100.01')).toEqual({ ok: false, why: 'range' });
    expect(readScoreText('-1')).toEqual({ ok: false, why: 'range' });
    expect(readScoreText('8o')).toEqual({ ok: false, why: 'number' });
    expect(readScoreText('1e2')).toEqual({ ok: false, why: 'number' });
    expect(readScoreText('85%')).toEqual({ ok: false, why: 'number' });
  });
});
