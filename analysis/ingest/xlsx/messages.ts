import type { Message } from '../problem-log';

const kb = (n: number): string => `${Math.max(1, Math.round(n / 1024)).toLocaleString('en-US')} KB`;

/** Thai and English texts of workbook (.xlsx) problems; each says what is wrong and what to do. */
export const xlsxMsg = {
  damaged: (file: string): Message => ({
    th: `เปิดไฟล์ Excel "${file}" ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่ไฟล์ .xlsx — เปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx หรือ CSV UTF-8`,
    en: `Cannot open the Excel file "${file}": it is damaged or not an .xlsx workbook — open it in Excel and save it again as .xlsx or CSV UTF-8`,
  }),
  encrypted: (file: string): Message => ({
    th: `ไฟล์ Excel "${file}" มีรหัสผ่าน จึงอ่านไม่ได้ — เอารหัสผ่านออกใน Excel แล้วบันทึกใหม่`,
    en: `The Excel file "${file}" is password-protected and cannot be read — remove the password in Excel and save it again`,
  }),
  tooLarge: (file: string, part: string): Message => ({
    th: `ไฟล์ Excel "${file}" ใหญ่เกินกว่าจะอ่านได้ (ส่วน ${part}) — แบ่งข้อมูลเป็นหลายไฟล์ หรือบันทึกเป็น CSV UTF-8`,
    en: `The Excel file "${file}" is too large to read (part ${part}) — split the data into several files, or save it as CSV UTF-8`,
  }),
  bomb: (file: string, part: string, mb: number, compressed: number): Message => ({
    th: `ไม่อ่านไฟล์ Excel "${file}": ส่วน ${part} ขนาด ${kb(compressed)} ขยายออกได้เกิน ${mb.toLocaleString('en-US')} MB ซึ่งไม่ใช่ตารางข้อมูลปกติ (อาจเป็นไฟล์ที่สร้างมาเพื่อให้เครื่องค้าง) — ตรวจสอบที่มาของไฟล์ หรือเปิดใน Excel แล้วบันทึกเป็น CSV UTF-8`,
    en: `The Excel file "${file}" was refused: its part ${part}, ${kb(compressed)} compressed, expands to more than ${mb.toLocaleString('en-US')} MB, which is not a normal table (it may be made to exhaust memory) — check where the file came from, or open it in Excel and save it as CSV UTF-8`,
  }),
  ratio: (file: string, part: string, times: number, mb: number, compressed: number): Message => ({
    th: `ไม่อ่านไฟล์ Excel "${file}": ส่วน ${part} ขนาด ${kb(compressed)} ขยายออกได้เกิน ${times} เท่าของขนาดเดิม (เกิน ${mb} MB แล้ว) ซึ่งไม่ใช่ตารางข้อมูลปกติ (อาจเป็นไฟล์ที่สร้างมาเพื่อให้เครื่องค้าง) — ตรวจสอบที่มาของไฟล์ หรือเปิดใน Excel แล้วบันทึกเป็น CSV UTF-8`,
    en: `The Excel file "${file}" was refused: its part ${part}, ${kb(compressed)} compressed, expands to more than ${times} times its size (past ${mb} MB already), which is not a normal table (it may be made to exhaust memory) — check where the file came from, or open it in Excel and save it as CSV UTF-8`,
  }),
  noSheet: (file: string): Message => ({
    th: `ไฟล์ Excel "${file}" ไม่มีแผ่นงานที่เป็นตาราง — ตรวจสอบว่าเลือกไฟล์ถูกต้อง`,
    en: `The Excel file "${file}" has no worksheet with a table — check that you picked the right file`,
  }),
  sheetNotFound: (file: string, sheet: string, names: string): Message => ({
    th: `ไม่พบแผ่นงาน "${sheet}" ในไฟล์ "${file}" (มี ${names}) — ตรวจสอบชื่อแผ่นงาน`,
    en: `No sheet "${sheet}" in "${file}" (it has ${names}) — check the sheet name`,
  }),
  sheetRead: (sheet: string, others: string): Message => ({
    th: `อ่านแผ่นงาน "${sheet}" แผ่นงานอื่น (${others}) ไม่ถูกอ่าน — หากข้อมูลอยู่ในแผ่นอื่น ให้เลือกแผ่นงานนั้น`,
    en: `Sheet "${sheet}" was read; the other sheets (${others}) were not — if the data are on another sheet, pick that sheet`,
  }),
  percentCells: (): Message => ({
    th: 'เซลล์ที่จัดรูปแบบเป็นร้อยละ อ่านเป็นคะแนนเต็ม 100 (0.9511 → 95.11) — ไม่ต้องแก้ไข',
    en: 'Cells formatted as percent were read as points out of 100 (0.9511 → 95.11) — nothing to do',
  }),
};
