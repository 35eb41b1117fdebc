import type { FrameworkRegistry } from '../../frameworks/registry';
import { decodeBytes } from '../decode';
import type { Message } from '../problem-log';
import { linesFromPdf } from '../pdf/pdf-lines';
import { readPdfText, type PdfLibrary } from '../pdf/read-pdf';
import { sniffFormat } from '../sniff';
import { linesFromText } from './plain-lines';
import { readDocument } from './read-document';
import type { Reading } from './types';

/** A reading that could not start: nothing read, and why. */
export function failedReading(name: string, kind: 'pdf' | 'text', failure: Reading['failure']): Reading {
  return {
    name,
    kind,
    pages: 0,
    lines: 0,
    orgs: [],
    years: [],
    values: [],
    unplaced: [],
    ...(failure ? { failure } : {}),
  };
}

/**
 * Read a document file: a PDF (its text layer, through PDF.js, which `loadPdf` supplies only when the file
 * is one; a build without PDF.js passes a failure instead, to say what to do) or text saved from a PDF
 * (UTF-8 or Windows-874). Never throws on the file's content.
 */
export async function readDocumentBytes(
  name: string,
  bytes: Uint8Array,
  loadPdf: (() => Promise<PdfLibrary>) | Message,
  registry?: FrameworkRegistry,
): Promise<Reading> {
  if (sniffFormat(bytes) === 'pdf') {
    if (typeof loadPdf !== 'function') return failedReading(name, 'pdf', loadPdf);
    const text = await readPdfText(bytes, await loadPdf());
    if (!text.ok) return failedReading(name, 'pdf', text.failure);
    const reading = readDocument(linesFromPdf(text.pages), name, registry);
    reading.pages = text.total;
    return reading;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.unreadable) return failedReading(name, 'text', decoded.unreadable);
  return readDocument(linesFromText(decoded.text), name, registry);
}

/** Read text pasted from a PDF viewer. */
export function readDocumentText(name: string, text: string, registry?: FrameworkRegistry): Reading {
  return readDocument(linesFromText(text), name, registry);
}
