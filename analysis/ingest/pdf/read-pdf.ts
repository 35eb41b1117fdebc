import type { Message } from '../problem-log';
import type { PdfPageText, PdfTextItem } from './pdf-lines';

/**
 * The part of PDF.js (pdfjs-dist) the reader uses. The caller loads the library (load-pdfjs.ts: in the app's
 * worker, in the CLI's process) and passes it in, so tests may hand in another and this module stays free
 * of how and where it is loaded.
 */
export interface PdfLibrary {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    useWorkerFetch?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}

interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}

interface PdfPageLike {
  getViewport(o: { scale: number }): { transform: number[] };
  getTextContent(): Promise<{ items: readonly object[] }>;
  cleanup(): void;
}

/** Pages read at most (a results report or a plan has a few dozen). */
export const MAX_PAGES = 300;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function isMatrix(v: unknown): v is Matrix {
  return Array.isArray(v) && v.length === 6 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}

/** One text item of PDF.js in page coordinates (top-left origin, points). */
function toItem(raw: object, view: Matrix): PdfTextItem | null {
  const r = raw as { str?: unknown; transform?: unknown; width?: unknown };
  if (typeof r.str !== 'string' || !isMatrix(r.transform)) return null;
  const t = multiply(view, r.transform);
  const h = Math.hypot(t[2], t[3]);
  const scale = Math.hypot(view[0], view[1]) || 1;
  const w = typeof r.width === 'number' ? r.width * scale : 0;
  return { str: r.str, x: t[4], y: t[5], w, h };
}

export type PdfText = { ok: true; pages: PdfPageText[]; total: number } | { ok: false; failure: Message };

/** Why a PDF could not be opened, from PDF.js's exception name. */
function failureOf(err: unknown): Message {
  const name = err instanceof Error || (typeof err === 'object' && err !== null) ? (err as Error).name : '';
  if (name === 'PasswordException')
    return {
      th: 'ไฟล์ PDF นี้ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ — เปิดไฟล์ด้วยรหัสผ่านแล้วคัดลอกข้อความมาวางในช่องวางข้อความ หรือบันทึกเป็น PDF ใหม่โดยไม่มีรหัสผ่าน',
      en: 'This PDF is protected by a password, so it cannot be read — open it with the password and paste its text into the paste box, or save it again as a PDF without a password',
    };
  return {
    th: 'อ่านไฟล์ PDF นี้ไม่ได้ (ไฟล์เสียหรือไม่ใช่ PDF) — เปิดไฟล์ในโปรแกรมอ่าน PDF แล้วคัดลอกข้อความมาวางในช่องวางข้อความ',
    en: 'This PDF cannot be read (the file is damaged or not a PDF) — open it in a PDF viewer, copy its text and paste it into the paste box',
  };
}

/**
 * The text runs of every page of a PDF (the first MAX_PAGES), with positions. Never throws on the file's
 * content: a damaged or protected file comes back as a failure saying what to do.
 */
export async function readPdfText(bytes: Uint8Array, lib: PdfLibrary): Promise<PdfText> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy, so the caller's bytes stay whole.
  const task = lib.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const total = doc.numPages;
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= Math.min(total, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 }).transform;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      if (isMatrix(view))
        for (const raw of content.items) {
          const it = toItem(raw, view);
          if (it) items.push(it);
        }
      pages.push({ page: n, items });
      page.cleanup();
    }
    return { ok: true, pages, total };
  } catch (err) {
    return { ok: false, failure: failureOf(err) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
