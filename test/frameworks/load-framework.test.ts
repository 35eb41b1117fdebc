import { describe, expect, it } from 'vitest';
import { parseFrameworkJson } from '@analysis/frameworks/load-framework';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { errorsOf, expectProblem } from './helpers';

const FILE = 'my-framework.json';
const parse = (value: unknown) => parseFrameworkJson(JSON.stringify(value), FILE);

describe('parseFrameworkJson: valid files', () => {
  it('patches one question wording of a year based on 2567', () => {
    const { frameworks, problems } = parse({
      year: 2567,
      basedOn: 2567,
      questions: { I9: { textTh: 'ข้อความใหม่', textEn: 'New wording' } },
    });
    expect(errorsOf(problems)).toEqual([]);
    expect(frameworks).toHaveLength(1);
    const f = frameworks[0];
    const q = f?.questions.find((x) => x.code === 'I9');
    expect(q).toMatchObject({ textTh: 'ข้อความใหม่', textEn: 'New wording', indicator: 2, scale: 'L4' });
    expect(f?.questions).toHaveLength(45);
    expect(f?.oitItems).toEqual(BUILTIN_FRAMEWORKS.get(2567)?.oitItems);
    expect(f?.verification.questions).toBe('reconstructed');
    expect(f?.source).toContain(FILE);
  });

  it('round-trips every built-in framework without problems', () => {
    const all = [...BUILTIN_FRAMEWORKS.values()];
    const { frameworks, problems } = parse(all);
    expect(problems).toEqual([]);
    expect(frameworks).toEqual(all);
  });

  it('accepts numbers written as text, lower-case codes, verification from the file, removals by null', () => {
    const { frameworks, problems } = parse({
      year: '2569',
      basedOn: '2567',
      threshold: '85',
      verification: 'verified',
      questions: { i9: { indicator: '2' } },
      oitItems: { O38: null },
    });
    expect(errorsOf(problems)).toEqual([]);
    const f = frameworks[0];
    expect(f?.year).toBe(2569);
    expect(f?.oitItems).toHaveLength(37);
    expect(f?.verification).toMatchObject({ indicators: 'verified', oit: 'verified' });
  });

  it('lets a later entry build on an earlier one in the same file', () => {
    const { frameworks, problems } = parse([
      { year: 2569, basedOn: 2568, threshold: 86 },
      { year: 2570, basedOn: 2569 },
    ]);
    expect(errorsOf(problems)).toEqual([]);
    expect(frameworks.map((f) => [f.year, f.threshold])).toEqual([
      [2569, 86],
      [2570, 86],
    ]);
  });
});

describe('parseFrameworkJson: problems', () => {
  const cases: [string, unknown, string, string | null][] = [
    ['missing year', { basedOn: 2567 }, 'framework-year-missing', 'year'],
    ['unknown basedOn', { year: 2569, basedOn: 2400 }, 'framework-basedon-unknown', 'basedOn'],
    [
      'tool weights not 100',
      {
        year: 2567,
        basedOn: 2567,
        tools: [
          { id: 'IIT', nameTh: 'ก', nameEn: 'a', weight: 30 },
          { id: 'EIT', nameTh: 'ข', nameEn: 'b', weight: 30 },
          { id: 'OIT', nameTh: 'ค', nameEn: 'c', weight: 50 },
        ],
      },
      'framework-tool-weights',
      'tools',
    ],
    [
      'unknown tool',
      { year: 2567, basedOn: 2567, tools: [{ id: 'XIT', nameTh: 'ก', nameEn: 'a', weight: 30 }] },
      'framework-tool-unknown',
      'tools[0].id',
    ],
    [
      'question code form',
      { year: 2567, basedOn: 2567, questions: { I41: { indicator: 5, textTh: 'ก', textEn: 'a' } } },
      'framework-question-code',
      'questions.I41.code',
    ],
    [
      'question indicator of the other tool',
      { year: 2567, basedOn: 2567, questions: { I9: { indicator: 7 } } },
      'framework-question-indicator',
      'questions.I9.indicator',
    ],
    [
      'question tool against its code',
      { year: 2567, basedOn: 2567, questions: { E3: { tool: 'IIT' } } },
      'framework-question-tool',
      'questions.E3.tool',
    ],
    [
      'OIT item in an unknown sub-indicator',
      { year: 2567, basedOn: 2567, oitItems: { O5: { subIndicator: '9.9' } } },
      'framework-oit-subindicator-unknown',
      'oitItems.O5.subIndicator',
    ],
    [
      'OIT code form',
      { year: 2567, basedOn: 2567, oitItems: { X5: { subIndicator: '9.1', titleTh: 'ก', titleEn: 'a' } } },
      'framework-oit-code',
      'oitItems.X5.code',
    ],
    [
      'sub-indicator id form',
      { year: 2567, basedOn: 2567, subIndicators: [{ id: '11.1', nameTh: 'ก', nameEn: 'a' }] },
      'framework-subindicator-id',
      'subIndicators[0].id',
    ],
    ['wrong field type', { year: 2567, basedOn: 2567, ratings: 5 }, 'framework-field-invalid', 'ratings'],
    ['full framework without lists', { year: 2569 }, 'framework-field-missing', 'questions'],
    ['top level not an object', 42, 'framework-json-shape', null],
  ];

  it.each(cases)('%s', (_name, input, kind, column) => {
    const { frameworks, problems } = parse(input);
    const p = expectProblem(problems, kind, column ?? undefined);
    expect(p.severity).toBe('error');
    expect(p.file).toBe(FILE);
    expect(frameworks).toEqual([]);
  });

  it('says where a JSON syntax error is', () => {
    const { frameworks, problems } = parseFrameworkJson('{\n  "year": 2567,,\n}', FILE);
    const p = expectProblem(problems, 'framework-json-invalid');
    expect(p.value).toMatch(/^line 2, column \d+$/);
    expect(p.message_en).toContain('line 2');
    expect(frameworks).toEqual([]);
    expectProblem(parseFrameworkJson('   ', FILE).problems, 'framework-json-invalid');
  });

  it('suggests the Buddhist Era for a Common Era year', () => {
    const p = expectProblem(parse({ year: 2024, basedOn: 2567 }).problems, 'framework-year-invalid', 'year');
    expect(p.message_th).toContain('2567');
    expect(p.message_en).toContain('2567');
  });

  it('finds indicator ids out of 1–10, indicators on the wrong tool and weights off their tool', () => {
    const base = BUILTIN_FRAMEWORKS.get(2567)?.indicators ?? [];
    const bad = base.map((i) => ({ ...i }));
    bad[0] = { ...bad[0], id: 11 } as (typeof bad)[number];
    bad[5] = { ...bad[5], tool: 'IIT' } as (typeof bad)[number];
    const p1 = parse({ year: 2567, basedOn: 2567, indicators: bad }).problems;
    expectProblem(p1, 'framework-indicator-id', 'indicators[0].id');
    expectProblem(p1, 'framework-indicator-tool', 'indicators[5].tool');
    const heavy = base.map((i) => (i.id === 9 ? { ...i, weight: 25 } : i));
    expectProblem(
      parse({ year: 2567, basedOn: 2567, indicators: heavy }).problems,
      'framework-indicator-weights',
      'indicators',
    );
  });

  it('finds duplicate codes and rating levels out of order', () => {
    const qs = BUILTIN_FRAMEWORKS.get(2567)?.questions ?? [];
    expectProblem(
      parse({ year: 2567, basedOn: 2567, questions: [...qs, qs[0]] }).problems,
      'framework-duplicate',
      'questions[45].code',
    );
    const ratings = [...(BUILTIN_FRAMEWORKS.get(2567)?.ratings ?? [])];
    [ratings[0], ratings[1]] = [ratings[1], ratings[0]];
    expectProblem(
      parse({ year: 2567, basedOn: 2567, ratings }).problems,
      'framework-rating-order',
      'ratings[1]',
    );
  });

  it('paths carry the array index when the file holds several frameworks', () => {
    const { frameworks, problems } = parse([
      { year: 2569, basedOn: 2568 },
      { year: 2570, basedOn: 2568, questions: { I9: { indicator: 9 } } },
    ]);
    expectProblem(problems, 'framework-question-indicator', '[1].questions.I9.indicator');
    expect(frameworks.map((f) => f.year)).toEqual([2569]);
  });

  it('warns about unknown fields and an empty sub-indicator but still loads', () => {
    const { frameworks, problems } = parse({
      year: 2567,
      basedOn: 2567,
      colour: 'red',
      oitItems: { O37: null, O38: null },
    });
    expectProblem(problems, 'framework-field-unknown', 'colour');
    expectProblem(problems, 'framework-group-empty', 'oitItems');
    expect(errorsOf(problems)).toEqual([]);
    expect(frameworks).toHaveLength(1);
  });
});
