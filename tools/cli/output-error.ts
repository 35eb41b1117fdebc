import type { Lang } from './args';

/**
 * The output could not be written (`--out` into a missing or read-only folder, onto a directory, a full
 * disk or device, a closed pipe). The command stops with exit status 3 and one line saying where and
 * why, in the chosen language — never a stack trace.
 */
export class OutputError extends Error {
  constructor(
    /** The --out path; null for standard output. */
    readonly path: string | null,
    /** The system's error code (ENOENT, EACCES, EISDIR, ENOSPC …). */
    readonly code: string,
  ) {
    super(`cannot write ${path ?? 'standard output'} (${code})`);
  }

  static from(path: string | null, e: unknown): OutputError {
    if (e instanceof OutputError) return e;
    const code = (e as NodeJS.ErrnoException | null)?.code;
    return new OutputError(path, typeof code === 'string' ? code : 'EIO');
  }
}

/** Why, and what to do, per error code: [Thai, English]. */
const WHY: Record<string, [string, string]> = {
  ENOENT: [
    'ไม่มีโฟลเดอร์นี้ — สร้างโฟลเดอร์ก่อน หรือเลือกที่อื่น',
    'the folder does not exist — create it first or choose another',
  ],
  ENOTDIR: [
    'ส่วนหนึ่งของที่อยู่เป็นไฟล์ ไม่ใช่โฟลเดอร์ — ตรวจสอบที่อยู่',
    'part of the path is a file, not a folder — check the path',
  ],
  EISDIR: ['ที่อยู่นี้เป็นโฟลเดอร์ — ระบุชื่อไฟล์ด้วย', 'it is a folder — give a file name'],
  EACCES: [
    'ไม่มีสิทธิ์เขียนที่นี่ (อ่านได้อย่างเดียว) — เลือกโฟลเดอร์อื่น',
    'no permission to write there (read-only) — choose another folder',
  ],
  EPERM: [
    'ไม่มีสิทธิ์เขียนที่นี่ (อ่านได้อย่างเดียว) — เลือกโฟลเดอร์อื่น',
    'no permission to write there (read-only) — choose another folder',
  ],
  EROFS: ['ดิสก์นี้อ่านได้อย่างเดียว — เลือกดิสก์หรือโฟลเดอร์อื่น', 'the disk is read-only — choose another disk or folder'],
  ENOSPC: ['ดิสก์หรืออุปกรณ์เต็ม — คืนพื้นที่แล้วลองใหม่', 'the disk or device is full — free some space and try again'],
  EDQUOT: ['เกินโควตาพื้นที่ — คืนพื้นที่แล้วลองใหม่', 'the disk quota is exceeded — free some space and try again'],
  EPIPE: ['โปรแกรมที่รับผลลัพธ์ปิดไปแล้ว', 'the program reading the output has closed it'],
  ENAMETOOLONG: ['ชื่อไฟล์ยาวเกินไป — ใช้ชื่อที่สั้นลง', 'the file name is too long — use a shorter one'],
};

const DEVICE: [string, string] = [
  'อุปกรณ์นี้รับการเขียนไฟล์ไม่ได้ — ระบุชื่อไฟล์ธรรมดา',
  'this device cannot be written to — give an ordinary file name',
];
for (const code of ['ENXIO', 'ENODEV', 'EINVAL', 'ESPIPE', 'EBADF', 'ENOTSUP', 'ETXTBSY']) WHY[code] = DEVICE;

const OTHER: [string, string] = [
  'ลองใหม่ หรือเลือกโฟลเดอร์หรือชื่อไฟล์อื่น',
  'try again, or choose another folder or file name',
];

/** The one line printed for an OutputError (control characters in the path escaped by the caller). */
export function outputErrorLine(e: OutputError, lang: Lang, escape: (s: string) => string): string {
  const [th, en] = WHY[e.code] ?? OTHER;
  const where = e.path === null ? (lang === 'th' ? 'ผลลัพธ์มาตรฐาน' : 'standard output') : escape(e.path);
  if (lang === 'th') return `ita: เขียน ${where} ไม่ได้ (${e.code}): ${th}`;
  return `ita: cannot write ${where} (${e.code}): ${en}`;
}
