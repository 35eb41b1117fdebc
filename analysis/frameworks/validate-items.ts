/**
 * Validates the IIT/EIT questions, OIT sub-indicators and OIT items of a framework read from a user's
 * file. Codes follow the code space of analysis/codes.ts: I1–I40, E1–E20, O1–O100.
 */
import { codeSlot, MAX_E, MAX_I, MAX_O, slotKind } from '../codes';
import type { ProblemSink } from './framework-problems';
import { firstTime, readChoice, readObject, readText, type Label, type Located } from './field-readers';
import { canonicalToolOf } from './indicators';
import { joinPath, own, toCode, toInteger } from './json-values';
import { readToolId } from './validate-structure';
import type { OitItemDef, Polarity, QuestionDef, Scale, SubIndicatorDef } from './types';

const QUESTION: Label = { th: 'ข้อคำถาม', en: 'question' };
const SUB: Label = { th: 'ตัวชี้วัดย่อย', en: 'sub-indicator' };
const ITEM: Label = { th: 'ข้อ OIT', en: 'OIT item' };
const SCALES: readonly Scale[] = ['L4', 'YN'];
const POLARITIES: readonly Polarity[] = ['positive', 'negative'];
const SUB_ID = /^(9|10)\.([1-9]\d?)$/;

function questionTool(code: string): 'IIT' | 'EIT' | null {
  const slot = codeSlot(code);
  if (slot < 0) return null;
  const kind = slotKind(slot);
  return kind === 'IIT' || kind === 'EIT' ? kind : null;
}

/** Questions: code I1–I40 or E1–E20 once each, tool matching the code, indicator of that tool. */
export function validateQuestions(sink: ProblemSink, list: Located[]): QuestionDef[] {
  const out: QuestionDef[] = [];
  const seen = new Set<string>();
  for (const at of list) {
    const o = readObject(sink, at, QUESTION);
    if (!o) continue;
    const codePath = joinPath(at.path, 'code');
    const rawCode = own(o, 'code');
    const code = toCode(rawCode);
    const codeTool = code === undefined ? null : questionTool(code);
    if (code === undefined || codeTool === null) {
      sink.add({
        kind: code === undefined ? 'framework-field-missing' : 'framework-question-code',
        column: codePath,
        value: rawCode,
        th: `รหัสข้อคำถามต้องเป็น I1–I${MAX_I} (IIT) หรือ E1–E${MAX_E} (EIT) เช่น I9 หรือ E10`,
        en: `A question code must be I1–I${MAX_I} (IIT) or E1–E${MAX_E} (EIT), e.g. I9 or E10.`,
      });
      continue;
    }
    const rawTool = own(o, 'tool');
    let tool: 'IIT' | 'EIT' | undefined = codeTool;
    if (rawTool !== undefined && rawTool !== null) {
      const given = readToolId(sink, rawTool, joinPath(at.path, 'tool'));
      if (given !== undefined && given !== codeTool) {
        sink.add({
          kind: 'framework-question-tool',
          column: joinPath(at.path, 'tool'),
          value: rawTool,
          th: `ข้อ ${code} เป็นข้อของ ${codeTool} ตามอักษรนำหน้า แก้ "tool" เป็น ${codeTool} หรือแก้รหัสข้อ`,
          en: `${code} is an ${codeTool} question by its letter; set "tool" to ${codeTool} or change the code.`,
        });
      }
      if (given !== codeTool) tool = undefined;
    }
    const rawInd = own(o, 'indicator');
    const indicator = toInteger(rawInd);
    const indOk = indicator !== undefined && canonicalToolOf(indicator) === codeTool;
    if (!indOk) {
      const range = codeTool === 'IIT' ? '1–5' : '6–8';
      sink.add({
        kind:
          rawInd === undefined || rawInd === null
            ? 'framework-field-missing'
            : 'framework-question-indicator',
        column: joinPath(at.path, 'indicator'),
        value: rawInd,
        th: `ข้อ ${code} เป็นข้อของ ${codeTool} จึงต้องอยู่ในตัวชี้วัดที่ ${range} แก้ "indicator"`,
        en: `${code} is an ${codeTool} question, so its indicator must be ${range}; correct "indicator".`,
      });
    }
    const textTh = readText(sink, o, 'textTh', at.path);
    const textEn = readText(sink, o, 'textEn', at.path);
    const scale = readChoice(sink, o, 'scale', at.path, SCALES);
    const polarity = readChoice(sink, o, 'polarity', at.path, POLARITIES);
    if (!firstTime(sink, seen, code, codePath, QUESTION)) continue;
    if (!tool || !indOk || indicator === undefined || !textTh || !textEn) continue;
    if (scale === undefined || polarity === undefined) continue;
    out.push({ code, tool, indicator, textTh, textEn, scale, polarity, ...questionMarks(o) });
  }
  return out;
}

/**
 * The optional wording marks of a question (types.ts): kept only when well-formed, since a file that
 * leaves them out says the text is the NACC's own. Malformed marks are dropped without a problem: they
 * only ever add a warning label, never change a number.
 */
function questionMarks(o: Record<string, unknown>): Partial<QuestionDef> {
  const out: Partial<QuestionDef> = {};
  if (own(o, 'paraphrase') === true) out.paraphrase = true;
  const formYear = toInteger(own(o, 'formYear'));
  if (formYear !== undefined && formYear > 2400 && formYear < 3000) out.formYear = formYear;
  const shortTh = own(o, 'shortTh');
  const shortEn = own(o, 'shortEn');
  if (typeof shortTh === 'string' && shortTh.trim()) out.shortTh = shortTh.trim();
  if (typeof shortEn === 'string' && shortEn.trim()) out.shortEn = shortEn.trim();
  return out;
}

const TITLE_STATUSES: readonly string[] = ['unverified', 'inferred'];

/**
 * Sub-indicators `9.n` / `10.n` (n 1–99), each once, with Thai and English names. `ids` holds every
 * well-formed id, even of an entry with another fault, so that items pointing at it are not blamed too.
 */
export function validateSubIndicators(
  sink: ProblemSink,
  list: Located[],
): { subIndicators: SubIndicatorDef[]; ids: Set<string> } {
  const out: SubIndicatorDef[] = [];
  const seen = new Set<string>();
  for (const at of list) {
    const o = readObject(sink, at, SUB);
    if (!o) continue;
    const idPath = joinPath(at.path, 'id');
    const rawId = own(o, 'id');
    const id = toCode(rawId);
    const m = id === undefined ? null : SUB_ID.exec(id);
    if (id === undefined || m === null) {
      sink.add({
        kind: id === undefined ? 'framework-field-missing' : 'framework-subindicator-id',
        column: idPath,
        value: rawId,
        th: 'รหัสตัวชี้วัดย่อยต้องเป็นข้อความแบบ "9.1" ถึง "9.n" หรือ "10.1" ถึง "10.n" ใส่ในเครื่องหมายคำพูด',
        en: 'A sub-indicator id must be text like "9.1"…"9.n" or "10.1"…"10.n", in double quotes.',
      });
      continue;
    }
    const indicator = Number(m[1]);
    const rawInd = own(o, 'indicator');
    const indOk = rawInd === undefined || rawInd === null || toInteger(rawInd) === indicator;
    if (!indOk) {
      sink.add({
        kind: 'framework-subindicator-id',
        column: joinPath(at.path, 'indicator'),
        value: rawInd,
        th: `ตัวชี้วัดย่อย ${id} อยู่ในตัวชี้วัดที่ ${indicator} ตามรหัส แก้ "indicator" เป็น ${indicator} หรือลบช่องนี้`,
        en: `Sub-indicator ${id} belongs to indicator ${indicator} by its id; set "indicator" to ${indicator} or leave it out.`,
      });
    }
    const nameTh = readText(sink, o, 'nameTh', at.path);
    const nameEn = readText(sink, o, 'nameEn', at.path);
    if (!firstTime(sink, seen, id, idPath, SUB)) continue;
    if (indOk && nameTh && nameEn) out.push({ id, indicator, nameTh, nameEn });
  }
  return { subIndicators: out, ids: seen };
}

/** OIT items O1–O100, each once, each in a sub-indicator listed in `subIds`. */
export function validateOitItems(
  sink: ProblemSink,
  list: Located[],
  subIds: ReadonlySet<string>,
): OitItemDef[] {
  const out: OitItemDef[] = [];
  const seen = new Set<string>();
  const known = [...subIds].join(', ') || '-';
  for (const at of list) {
    const o = readObject(sink, at, ITEM);
    if (!o) continue;
    const codePath = joinPath(at.path, 'code');
    const rawCode = own(o, 'code');
    const code = toCode(rawCode);
    const slot = code === undefined ? -1 : codeSlot(code);
    if (code === undefined || slot < 0 || slotKind(slot) !== 'OIT') {
      sink.add({
        kind: code === undefined ? 'framework-field-missing' : 'framework-oit-code',
        column: codePath,
        value: rawCode,
        th: `รหัสข้อ OIT ต้องเป็น O1–O${MAX_O} เช่น O12`,
        en: `An OIT item code must be O1–O${MAX_O}, e.g. O12.`,
      });
      continue;
    }
    const rawSub = own(o, 'subIndicator');
    const sub = toCode(rawSub);
    const subOk = sub !== undefined && subIds.has(sub);
    if (!subOk) {
      sink.add({
        kind: sub === undefined ? 'framework-field-missing' : 'framework-oit-subindicator-unknown',
        column: joinPath(at.path, 'subIndicator'),
        value: rawSub,
        th: `ข้อ ${code} ต้องอ้างถึงตัวชี้วัดย่อยที่มีในรายการ subIndicators (${known}) แก้รหัสหรือเพิ่มตัวชี้วัดย่อยนั้น`,
        en: `${code} must name a sub-indicator listed in subIndicators (${known}); fix the id or add that sub-indicator.`,
      });
    }
    const titleTh = readText(sink, o, 'titleTh', at.path);
    const titleEn = readText(sink, o, 'titleEn', at.path);
    if (!firstTime(sink, seen, code, codePath, ITEM)) continue;
    if (subOk && sub !== undefined && titleTh && titleEn) {
      const status = own(o, 'titleStatus');
      const item: OitItemDef = { code, subIndicator: sub, titleTh, titleEn };
      if (typeof status === 'string' && TITLE_STATUSES.includes(status))
        item.titleStatus = status as 'unverified' | 'inferred';
      out.push(item);
    }
  }
  return out;
}
