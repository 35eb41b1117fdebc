import { describe, expect, it } from 'vitest';
import { analyseGroup } from '@analysis/analyse';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { changesFromPath, whatIf } from '@analysis/gaps/what-if';
import { round } from '@analysis/scoring/round';
import { scoreAll } from '@analysis/scoring/score-all';
import { readGapParams, writeGapParams } from '@/shared/url/routes/gap';
import { DEFAULT_MARGIN } from '@analysis/gaps/path';
import {
  formatMargin,
  NO_CONTROLS,
  parseCaps,
  parseCodes,
  parseMargin,
  pathOptions,
  setCap,
  targetLevels,
  toggleExclude,
  toggleLock,
} from '@/features/gap/lib/path-controls';
import { countEdits, editCode, editIndicator } from '@/features/gap/lib/what-if-edits';
import { ingestText } from '../helpers';

describe('path controls in the URL', () => {
  it('reads codes and caps, dropping what is not a code or a number', () => {
    expect(parseCodes('o3,E10,9,O3,<b>,E10')).toEqual(['O3', 'E10', '9']);
    expect(parseCaps('E10:90,4:120,X:5,O1:,9:-3')).toEqual({ E10: 90, '4': 100, '9': 0 });
  });

  it('round-trips through the search params, defaults left out', () => {
    const controls = { lock: ['O3'], exclude: ['E10', '9'], caps: { E13: 90.5 } };
    const p = writeGapParams(new URLSearchParams('ds=demo&org=SYN1&year=2567'), {
      tab: 'path',
      target: 'excellent',
      controls,
      weak: true,
      sort: 'score',
    });
    expect(p.get('sort')).toBe('score');
    expect(p.get('dir')).toBeNull();
    const back = readGapParams(p);
    expect(back).toMatchObject({
      ds: 'demo',
      org: 'SYN1',
      year: 2567,
      tab: 'path',
      target: 'excellent',
      weak: true,
    });
    expect(back.controls).toEqual(controls);
    expect(back.dir).toBe('asc');
    const reset = writeGapParams(p, { tab: 'overview', controls: NO_CONTROLS, weak: false, sort: 'gain' });
    expect(reset.toString()).toBe('ds=demo&org=SYN1&year=2567&target=excellent');
  });

  it('ignores nonsense in the URL', () => {
    const p = readGapParams(new URLSearchParams('tab=x&ind=12&year=abc&sort=evil&dir=up'));
    expect(p).toMatchObject({ tab: 'overview', ind: null, year: null, sort: 'gain', dir: 'desc' });
  });

  it('locks a step as it is (its end becomes its cap), unlocks it, leaves it out', () => {
    const locked = toggleLock(NO_CONTROLS, 'E13', 85);
    expect(locked).toEqual({ lock: ['E13'], exclude: [], caps: { E13: 85 } });
    expect(toggleLock(locked, 'E13', 85)).toEqual(NO_CONTROLS);
    const out = toggleExclude(locked, 'E13');
    expect(out).toEqual({ lock: [], exclude: ['E13'], caps: {} });
    expect(toggleExclude(out, 'E13')).toEqual(NO_CONTROLS);
    expect(setCap(NO_CONTROLS, '4', 120).caps).toEqual({ '4': 100 });
    expect(setCap(setCap(NO_CONTROLS, '4', 90), '4', null)).toEqual(NO_CONTROLS);
  });

  it('offers the passing levels lowest first', () => {
    const levels = (y: number) =>
      targetLevels(BUILTIN_FRAMEWORKS.get(y) ?? (null as never)).map((l) => l.code);
    expect(levels(2567)).toEqual(['pass', 'good', 'excellent']);
    expect(levels(2564)).toEqual(['A', 'AA']);
  });
});

describe('the path with controls, applied in the what-if', () => {
  // A question-level agency below 85: every question at 78, six OIT items failing.
  const fw = BUILTIN_FRAMEWORKS.get(2567);
  if (!fw) throw new Error('no 2567');
  const rows = ['org_id,year,code,score'];
  for (const q of fw.questions) rows.push(`A,2567,${q.code},78`);
  fw.oitItems.forEach((o, i) => rows.push(`A,2567,${o.code},${[0, 1, 9, 12, 20, 30].includes(i) ? 0 : 100}`));
  const ds = ingestText(rows.join('\n'));
  const sb = scoreAll(ds);

  it('still reaches 85 with the first step left out and another capped', () => {
    const base = analyseGroup(ds, sb, 0, { path: pathOptions(NO_CONTROLS) });
    const first = base?.path?.steps[0]?.code ?? '';
    let c = toggleExclude(NO_CONTROLS, first);
    c = setCap(c, 'E10', 90);
    const x = analyseGroup(ds, sb, 0, { path: pathOptions(c) });
    if (!x?.path) throw new Error('no path');
    expect(x.path.steps.some((s) => s.code === first)).toBe(false);
    expect(x.path.steps.find((s) => s.code === 'E10')?.to ?? 0).toBeLessThanOrEqual(90);
    const r = whatIf(x.assessment, x.framework, changesFromPath(x.path.steps));
    expect(round(r.overall ?? 0, 2)).toBeGreaterThanOrEqual(85);
    expect(r.pass).toBe(true);
  });

  it('counts and undoes what-if edits', () => {
    let e = editCode({}, 'E10', 90, 78);
    e = editIndicator(e, 9, 100, 80);
    expect(countEdits(e)).toBe(2);
    e = editCode(e, 'E10', 78, 78);
    expect(countEdits(e)).toBe(1);
    expect(editIndicator(e, 9, 80, 80)).toEqual({ codes: {}, indicators: {} });
  });
});

describe('path safety margin in the URL', () => {
  it('reads 0, 0.5, 1 or a typed number within 0–5; nonsense falls back to the default', () => {
    expect(parseMargin('0')).toBe(0);
    expect(parseMargin('1')).toBe(1);
    expect(parseMargin('0,75')).toBe(0.75);
    expect(parseMargin('1.234')).toBe(1.23);
    for (const bad of [null, '', 'x', '-1', '5.5', 'Infinity']) expect(parseMargin(bad)).toBeNull();
  });

  it('is left out of the URL at the default and reaches the path options', () => {
    const base = new URLSearchParams('ds=demo&org=SYN1&year=2567&tab=path');
    const none = writeGapParams(base, { margin: 0 });
    expect(none.get('margin')).toBe('0');
    expect(readGapParams(none).margin).toBe(0);
    expect(writeGapParams(none, { margin: DEFAULT_MARGIN }).has('margin')).toBe(false);
    expect(readGapParams(base).margin).toBeNull();
    expect(pathOptions(NO_CONTROLS).margin).toBe(DEFAULT_MARGIN);
    expect(pathOptions(NO_CONTROLS, 1).margin).toBe(1);
    expect(formatMargin(1.5)).toBe('1.5');
  });
});
