/**
 * Thai and English texts of every problem a measures catalogue file can have; each says what is wrong
 * and how to fix it (shape: analysis/problems.ts).
 */

/** A problem text in both languages. */
export interface CatalogueMessage {
  th: string;
  en: string;
}

const COLUMNS_TH = 'id, code, years, title_th, steps_th, unit_th, timeframe, evidence_th, effort';

/** Messages keyed by problem kind. */
export const catalogueMsg = {
  emptyFile: (): CatalogueMessage => ({
    th: 'ไฟล์มาตรการว่าง ไม่มีข้อมูล — ตรวจสอบว่าเลือกไฟล์ถูกต้อง หรือดาวน์โหลดไฟล์มาตรการตัวอย่างแล้วแก้ไข',
    en: 'The measures file is empty — check that you picked the right file, or download the built-in catalogue and edit it',
  }),
  noRows: (): CatalogueMessage => ({
    th: 'ไฟล์มาตรการมีแต่หัวคอลัมน์ ไม่มีมาตรการ — เพิ่มมาตรการอย่างน้อยหนึ่งแถวใต้หัวคอลัมน์',
    en: 'The measures file has a header but no measures — add at least one row below the header',
  }),
  missingColumn: (name: string): CatalogueMessage => ({
    th: `ไม่พบคอลัมน์ "${name}" จึงอ่านมาตรการในไฟล์นี้ไม่ได้ — เพิ่มคอลัมน์นี้ในแถวที่ 1 (คอลัมน์ที่ต้องมี: ${COLUMNS_TH})`,
    en: `Column "${name}" is missing, so no measure in this file could be read — add it to row 1 (required: ${COLUMNS_TH})`,
  }),
  missingOptionalColumn: (name: string): CatalogueMessage => ({
    th: `ไม่มีคอลัมน์ "${name}" ข้อความภาษาอังกฤษส่วนนี้จะว่าง — ไม่ต้องแก้ไข หากต้องการภาษาอังกฤษให้เพิ่มคอลัมน์นี้`,
    en: `No "${name}" column; that English text stays empty — nothing to do, or add the column for English text`,
  }),
  duplicateColumn: (name: string): CatalogueMessage => ({
    th: `คอลัมน์ "${name}" ซ้ำ ใช้คอลัมน์แรก — ลบหรือเปลี่ยนชื่อคอลัมน์ที่ซ้ำ`,
    en: `Column "${name}" appears twice; the first was used — delete or rename the repeated column`,
  }),
  extraColumn: (name: string): CatalogueMessage => ({
    th: `ไม่ได้ใช้คอลัมน์ "${name}" (ไม่ใช่คอลัมน์ของไฟล์มาตรการ) — ไม่ต้องแก้ไข`,
    en: `Column "${name}" was not used (not a measures-catalogue column) — nothing to do`,
  }),
  quotes: (): CatalogueMessage => ({
    th: 'เครื่องหมายคำพูด (") ไม่ครบคู่ ข้อความหลังจุดนี้อาจถูกรวมเป็นช่องเดียว — ปิดเครื่องหมายคำพูดให้ครบ',
    en: 'Unbalanced quote (") — the rest of the file may have been read as one cell; close the quote',
  }),
  emptyField: (name: string): CatalogueMessage => ({
    th: `ช่อง "${name}" ว่าง แถวนี้ไม่ถูกนำมาใช้ — กรอกข้อมูลในช่องนี้`,
    en: `"${name}" is empty; the row was not used — fill it in`,
  }),
  badCode: (): CatalogueMessage => ({
    th: 'รหัสข้อไม่ถูกต้อง แถวนี้ไม่ถูกนำมาใช้ — ใช้รหัสข้อคำถามหรือข้อ OIT เช่น I13, E10, O17 (ไม่ใช่เลขตัวชี้วัด)',
    en: 'Not a question or item code; the row was not used — write a code such as I13, E10 or O17 (not an indicator number)',
  }),
  codeNotInFramework: (code: string, years: string): CatalogueMessage => ({
    th: `ไม่มีข้อ ${code} ในเกณฑ์ปี ${years} มาตรการนี้จะไม่ถูกเสนอ — ตรวจสอบรหัสข้อหรือช่วงปี (ข้อ OIT มีความหมายต่างกันในแต่ละปี)`,
    en: `${code} does not exist in the ${years} framework(s), so this measure will never be offered — check the code or the years (OIT codes differ by year)`,
  }),
  badYears: (): CatalogueMessage => ({
    th: 'ช่วงปีไม่ถูกต้อง แถวนี้ไม่ถูกนำมาใช้ — ใส่ปีงบประมาณ พ.ศ. เช่น 2566 หรือช่วงปี 2562-2568 (ปีแรกไม่เกินปีหลัง)',
    en: 'Not a year or year range; the row was not used — write a BE fiscal year such as 2566 or a range such as 2562-2568 (first ≤ last)',
  }),
  yearsFromCE: (be: string): CatalogueMessage => ({
    th: `ปีเป็นคริสต์ศักราช อ่านเป็นปีงบประมาณ พ.ศ. ${be} — ใช้ปี พ.ศ. เพื่อไม่ให้สับสน`,
    en: `Common Era year(s) read as fiscal year(s) ${be} BE — write Buddhist Era years to avoid confusion`,
  }),
  badEffort: (): CatalogueMessage => ({
    th: 'ระดับความยาก (effort) ไม่ถูกต้อง แถวนี้ไม่ถูกนำมาใช้ — ใส่ 1 (ง่าย), 2 (ปานกลาง) หรือ 3 (ยาก)',
    en: 'Effort is not 1, 2 or 3; the row was not used — write 1 (low), 2 (medium) or 3 (high)',
  }),
  oddTimeframe: (): CatalogueMessage => ({
    th: 'ระยะเวลาไม่ได้เขียนเป็นไตรมาส ใช้ตามที่เขียนไว้ — หากต้องการให้ระบบเข้าใจ ให้เขียนเช่น Q1, Q2-Q3 หรือ Q1-Q4 (Q1 = ต.ค.–ธ.ค.)',
    en: 'The timeframe is not in fiscal quarters and was kept as written — to have it understood, write Q1, Q2-Q3 or Q1-Q4 (Q1 = Oct–Dec)',
  }),
  noSteps: (): CatalogueMessage => ({
    th: 'ช่องขั้นตอนไม่มีข้อความ แถวนี้ไม่ถูกนำมาใช้ — เขียนขั้นตอนอย่างน้อยหนึ่งขั้น (ขึ้นบรรทัดใหม่ในช่องด้วย Alt+Enter)',
    en: 'The steps cell has no text; the row was not used — write at least one step (new line inside a cell: Alt+Enter)',
  }),
  duplicateId: (first: number): CatalogueMessage => ({
    th: `รหัสมาตรการซ้ำกับแถว ${first} แถวนี้ไม่ถูกนำมาใช้ — ตั้งรหัส (id) ใหม่ที่ไม่ซ้ำ`,
    en: `The id repeats row ${first}; this row was not used — give it a new, unique id`,
  }),
  tooMany: (n: number): CatalogueMessage => ({
    th: `ยังมีปัญหาอีก ${n} รายการที่ไม่ได้แสดง — แก้ปัญหาที่แสดงแล้วโหลดไฟล์ใหม่`,
    en: `${n} more problems were not listed — fix those shown and load the file again`,
  }),
};
