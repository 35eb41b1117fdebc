import type { FrameworkRegistry } from '../../analysis/frameworks/registry';
import type { InputFile } from '../../analysis/ingest/ingest';
import {
  documentInput,
  documentProblems,
  placeProblems,
  type DocumentInput,
} from '../../analysis/ingest/text/document-input';
import { isTableFile } from '../../analysis/ingest/text/is-table';
import { readDocumentBytes } from '../../analysis/ingest/text/read-bytes';
import type { Reading } from '../../analysis/ingest/text/types';
import type { Problem } from '../../analysis/problems';
import { loadPdfjs } from '../../analysis/ingest/pdf/load-pdfjs';

/** A PDF, or text saved from one, read for its figures. */
export interface LoadedDocument {
  reading: Reading;
  input: DocumentInput;
}

/**
 * Turn every input that is a document rather than a table (a PDF, or a text file — not .csv/.tsv — whose
 * header the table reader does not know and in which the document reader finds figures) into the records
 * of what it says, through the same document reader as the app. The agency and year are `--org`/`--year`
 * when given, else what the document names (with a note).
 */
export async function readDocuments(
  files: readonly InputFile[],
  given: { org?: string; year?: number },
  registry: FrameworkRegistry,
): Promise<{ files: InputFile[]; documents: LoadedDocument[]; problems: Problem[] }> {
  const out: InputFile[] = [];
  const documents: LoadedDocument[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    if (!('bytes' in f) || /\.(csv|tsv|xlsx)$/i.test(f.name) || isTableFile(f.bytes)) {
      out.push(f);
      continue;
    }
    const reading = await readDocumentBytes(f.name, f.bytes, loadPdfjs, registry);
    // Text that is neither a table nor a document with figures is left to the table reader, which says
    // what it expected of the headers.
    if (reading.kind === 'text' && reading.values.length === 0) {
      out.push(f);
      continue;
    }
    const input = documentInput(reading, given);
    // A year in the file's name stands in when the document names none (ingest notes it).
    const fileYear = input.year === null ? f.year : undefined;
    documents.push({ reading, input });
    problems.push(
      ...documentProblems(reading, input, fileYear === undefined ? given : { ...given, year: fileYear }),
    );
    if (reading.values.length > 0)
      out.push(fileYear === undefined ? input.file : { ...input.file, year: fileYear });
  }
  return { files: out, documents, problems };
}

/** Ingest's problems about documents' records, moved to the documents' lines. */
export function placeDocumentProblems(
  problems: readonly Problem[],
  documents: readonly LoadedDocument[],
): Problem[] {
  return documents.reduce<Problem[]>((ps, d) => placeProblems(ps, d.reading, d.input), [...problems]);
}
