/**
 * A document file handed to the document reader by another part of the data page (a PDF dropped on the
 * file box, or anywhere on the page): the reader, always on the page beside the file box, reads it.
 */
const listeners = new Set<(file: File) => void>();

/** Hand a PDF to the document reader. */
export function offerDocument(file: File): void {
  for (const l of listeners) l(file);
}

/** Be told of documents handed over; returns the unsubscribe function. */
export function onDocumentOffered(listener: (file: File) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a file is a document for the reader (a PDF) rather than a table. */
export function isDocumentFile(name: string): boolean {
  return /\.pdf$/i.test(name);
}
