/**
 * The measures catalogue: suggested measures (มาตรการ) keyed by an ITA question or OIT item code and the
 * framework years (BE) whose wording of that code they answer. Canonical source: data/measures/catalogue.csv.
 */
import type { Effort } from '../gaps/effort';
import type { Problem } from '../problems';

export type { Effort };

/** One suggested measure (one row of a catalogue CSV). */
export interface Measure {
  /** Unique within a catalogue, e.g. `M-E10-1`, `M-O17-66-1`. */
  id: string;
  /** Canonical question/item code: `I1`–`I40`, `E1`–`E20`, `O1`–`O100`. */
  code: string;
  /**
   * Framework years (BE fiscal years, inclusive) whose `code` this measure answers, e.g. [2566, 2568].
   * OIT item codes mean different things in different years, so a measure is keyed by code AND years.
   */
  years: readonly [from: number, to: number];
  titleTh: string;
  titleEn: string;
  /** Steps in order, without their numbers (the CSV cell may number them `1.`/`๑.`; numbering is dropped). */
  stepsTh: readonly string[];
  stepsEn: readonly string[];
  /** Usual responsible unit(s), e.g. `สำนักปลัด, กองคลัง`. */
  unitTh: string;
  unitEn: string;
  /** Fiscal quarters, `Q1`–`Q4` or a range `Q1-Q4` (Q1 = Oct–Dec); free text kept as written when not one. */
  timeframe: string;
  /** What to publish or keep as evidence (ideally the related OIT item). */
  evidenceTh: string;
  evidenceEn: string;
  /** 1 low (publish a page), 2 medium (set up a channel or a routine), 3 high (change behaviour or culture). */
  effort: Effort;
  /** File the measure was read from. */
  sourceFile: string;
  /** Row in that file as Excel counts it (header = row 1). */
  sourceRow: number;
}

/** A catalogue: measures in file order, ids unique. */
export type MeasureCatalogue = readonly Measure[];

/** The outcome of reading a catalogue file: the good rows and every problem found. */
export interface CatalogueResult {
  measures: Measure[];
  problems: Problem[];
}

/**
 * How a user's catalogue joins the built-in one: `add` appends it (a measure with an id already present
 * replaces that one); `replace` also drops every base measure of a code the user's file covers, in the
 * years it covers.
 */
export type MergeMode = 'add' | 'replace';

/** Field of Measure a column fills. */
export type ColumnField =
  | 'id'
  | 'code'
  | 'years'
  | 'titleTh'
  | 'titleEn'
  | 'stepsTh'
  | 'stepsEn'
  | 'unitTh'
  | 'unitEn'
  | 'timeframe'
  | 'evidenceTh'
  | 'evidenceEn'
  | 'effort';

/** One column of the catalogue CSV. */
export interface CatalogueColumn {
  /** Header as written in the CSV. */
  name: string;
  field: ColumnField;
  /** A missing required column, or an empty required cell, is an error; English columns are optional. */
  required: boolean;
  /** Other header texts accepted (compared lower-case, spaces and dashes as `_`). */
  aliases: readonly string[];
}

/** The catalogue's columns in file order. */
export const CATALOGUE_COLUMNS: readonly CatalogueColumn[] = [
  { name: 'id', field: 'id', required: true, aliases: ['รหัสมาตรการ'] },
  { name: 'code', field: 'code', required: true, aliases: ['ข้อ', 'ข้อคำถาม', 'รหัสข้อ'] },
  { name: 'years', field: 'years', required: true, aliases: ['ปี', 'ปีงบประมาณ'] },
  { name: 'title_th', field: 'titleTh', required: true, aliases: ['มาตรการ', 'ชื่อมาตรการ'] },
  { name: 'title_en', field: 'titleEn', required: false, aliases: [] },
  { name: 'steps_th', field: 'stepsTh', required: true, aliases: ['ขั้นตอน', 'ขั้นตอน/วิธีการปฏิบัติ'] },
  { name: 'steps_en', field: 'stepsEn', required: false, aliases: [] },
  { name: 'unit_th', field: 'unitTh', required: true, aliases: ['หน่วยงานผู้รับผิดชอบ', 'ผู้รับผิดชอบ'] },
  { name: 'unit_en', field: 'unitEn', required: false, aliases: [] },
  { name: 'timeframe', field: 'timeframe', required: true, aliases: ['ระยะเวลา', 'ระยะเวลาดำเนินการ'] },
  { name: 'evidence_th', field: 'evidenceTh', required: true, aliases: ['หลักฐาน'] },
  { name: 'evidence_en', field: 'evidenceEn', required: false, aliases: [] },
  { name: 'effort', field: 'effort', required: true, aliases: ['ระดับความยาก'] },
];
