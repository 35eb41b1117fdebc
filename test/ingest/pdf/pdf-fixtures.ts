/** Read a PDF fixture of test/fixtures/documents/ with the document reader, PDF.js loaded as the CLI loads it. */
import { readDocumentBytes } from '../../../analysis/ingest/text/read-bytes';
import type { Reading } from '../../../analysis/ingest/text/types';
import { loadPdfjs } from '../../../analysis/ingest/pdf/load-pdfjs';
import { repoBytes } from '../../helpers';

export function readPdfFixture(name: string): Promise<Reading> {
  return readDocumentBytes(name, repoBytes(`test/fixtures/documents/${name}`), loadPdfjs);
}
