/**
 * What the one-file build says when it is given a PDF: it does not carry PDF.js (1.7 MB that every worker it
 * starts would parse, since a worker inlined in the page cannot load a chunk later), so the text is pasted.
 */
export const NO_PDF_IN_SINGLE_FILE = {
  th: 'ITA Lens แบบไฟล์เดียวนี้ไม่ได้รวมตัวอ่านไฟล์ PDF ไว้ — เปิดไฟล์ PDF ในโปรแกรมอ่าน PDF เลือกข้อความทั้งหมด (Ctrl+A) คัดลอกแล้ววางในช่องวางข้อความ หรือเปิดไฟล์ PDF ด้วย ITA Lens ฉบับเว็บไซต์',
  en: 'This one-file ITA Lens does not carry a PDF reader — open the PDF in a PDF viewer, select all its text (Ctrl+A), copy it and paste it into the paste box, or open the PDF with the hosted ITA Lens',
};
