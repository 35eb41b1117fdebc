import { describe, expect, it } from 'vitest';
import { decodeBytes } from '@analysis/ingest/decode';
import { parseNumberCell, parsePassFail } from '@analysis/ingest/parse-number';
import { parseYearCell } from '@analysis/ingest/parse-year';
import { parseCodeCell, TOOL_CODE } from '@analysis/ingest/parse-code';
import { recogniseHeader } from '@analysis/ingest/columns';
import { indicatorNames } from '@analysis/ingest/indicator-names';
import { slotCode } from '@analysis/codes';
import { encodeCp874 } from '../helpers';

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM so the first header keeps its name', () => {
    const r = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('org_id,score')]));
    expect(r).toEqual({ text: 'org_id,score', encoding: 'utf-8-bom' });
  });
  it('reads Windows-874 when the bytes are not UTF-8', () => {
    const r = decodeBytes(encodeCp874('คะแนน,๙๒.๖๙'));
    expect(r).toEqual({ text: 'คะแนน,๙๒.๖๙', encoding: 'windows-874' });
  });
  it('keeps valid UTF-8 Thai as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('คะแนน')).encoding).toBe('utf-8');
  });
  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x01, 0x0e]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Aก', encoding: 'utf-16le' });
  });
});

describe('parseNumberCell', () => {
  it.each([
    ['92.69', 92.69],
    [' ๙๒.๖๙ ', 92.69],
    ['85%', 85],
    ['85,5', 85.5],
    ['100', 100],
    ['−3', -3],
    ['.5', 0.5],
  ])('%s → %s', (raw, v) => {
    const r = parseNumberCell(raw);
    expect(r.ok && r.value).toBe(v);
  });
  it.each(['1O5', 'NaN', 'Infinity', 'abc', '1,234.5', '85..5', '1e3', '--3'])(
    '%s is not a number',
    (raw) => {
      expect(parseNumberCell(raw)).toEqual({ ok: false, reason: 'not-a-number' });
    },
  );
  it('an empty cell is empty, never zero', () => {
    expect(parseNumberCell('  ')).toEqual({ ok: false, reason: 'empty' });
  });
  it('reads pass/fail words for OIT items', () => {
    expect(parsePassFail('ผ่าน')).toBe(100);
    expect(parsePassFail('ไม่ผ่าน')).toBe(0);
    expect(parsePassFail('maybe')).toBeNull();
  });
});

describe('parseYearCell', () => {
  it.each([
    ['2567', 2567, false],
    ['๒๕๖๗', 2567, false],
    ['พ.ศ. 2567', 2567, false],
    ['2024', 2567, true],
    ['ปีงบประมาณ ๒๕๖๖', 2566, false],
  ])('%s → %s', (raw, year, fromCE) => {
    expect(parseYearCell(raw)).toEqual({ ok: true, year, fromCE });
  });
  it.each(['67', 'abc', '3000', '2567-10-01'])('%s is not a year', (raw) => {
    expect(parseYearCell(raw).ok).toBe(false);
  });
});

describe('parseCodeCell', () => {
  it.each([
    ['E10', 'E10'],
    ['e 10', 'E10'],
    ['E๑๐', 'E10'],
    ['i 13', 'I13'],
    ['O05', 'O5'],
    ['7', '7'],
    ['๑๐', '10'],
    ['ตัวชี้วัดที่ 3', '3'],
    ['ข้อ E4', 'E4'],
    ['คะแนนรวม', 'overall'],
    ['ITA', 'overall'],
  ])('%s → %s', (raw, code) => {
    expect(slotCode(parseCodeCell(raw))).toBe(code);
  });
  it.each(['E99', '11', 'X1', '', 'I0'])('%s is unknown', (raw) => {
    expect(parseCodeCell(raw)).toBe(-1);
  });
  it('recognises tool names', () => {
    expect(parseCodeCell('EIT')).toBe(TOOL_CODE);
  });
});

describe('recogniseHeader', () => {
  const names = indicatorNames();
  it.each([
    ['รหัสหน่วยงาน', 'org_id'],
    ['ชื่อหน่วยงาน', 'org_name'],
    [' ปีงบประมาณ ', 'year'],
    ['ข้อคำถาม', 'code'],
    ['คะแนน', 'score'],
    ['Score (0-100)', 'score'],
    ['ร้อยละเชิงลบ', 'negative_pct'],
    ['ORG_ID', 'org_id'],
  ])('%s is the %s field', (header, field) => {
    expect(recogniseHeader(header, names)).toEqual({ kind: 'field', field });
  });
  it('reads a misspelt indicator name by closeness and says so', () => {
    expect(recogniseHeader('การแก้ปัญหาคารทุจริต', names)).toEqual({
      kind: 'slot',
      slot: 5,
      matched: 'การแก้ปัญหาคารทุจริต',
    });
  });
  it('reads both names of indicator 8', () => {
    expect(recogniseHeader('การปรับปรุงการทำงาน', names)).toMatchObject({ slot: 8 });
    expect(recogniseHeader('การปรับปรุงระบบการทำงาน', names)).toMatchObject({ slot: 8 });
  });
  it('reads code headers of wide files', () => {
    expect(recogniseHeader('ตัวชี้วัดที่ ๙', names)).toEqual({ kind: 'slot', slot: 9 });
    expect(recogniseHeader('E10', names)).toMatchObject({ kind: 'slot' });
  });
  it('ignores what it does not know', () => {
    expect(recogniseHeader('หมายเหตุ', names)).toEqual({ kind: 'ignore' });
  });
});
