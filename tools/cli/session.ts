import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Dataset } from '../../analysis/dataset';
import { parseFrameworkJson } from '../../analysis/frameworks/load-framework';
import {
  BUILTIN_FRAMEWORKS,
  withFrameworks,
  type FrameworkRegistry,
} from '../../analysis/frameworks/registry';
import { ingest } from '../../analysis/ingest/ingest';
import type { Problem } from '../../analysis/problems';
import { scoreAll, type Scoreboard } from '../../analysis/scoring/score-all';
import type { CliArgs } from './args';
import { loadBuiltinCatalogue } from '../node/builtin-catalogue';
import { mergeCatalogues } from '../../analysis/measures/merge';
import { parseCatalogue } from '../../analysis/measures/parse-catalogue';
import { decodeBytes } from '../../analysis/ingest/decode';
import type { MeasureCatalogue } from '../../analysis/measures/types';
import { loadInputs } from './load-inputs';
import { yearFromFileName } from '../../analysis/ingest/file-year';
import { placeDocumentProblems, readDocuments, type LoadedDocument } from './load-documents';

/** What every data command starts from: the files read, scored, and every problem found on the way. */
export interface Session {
  ds: Dataset;
  sb: Scoreboard;
  registry: FrameworkRegistry;
  /** The built-in measures catalogue. */
  catalogue: MeasureCatalogue;
  /** Problems from reading files, the framework file, documents and ingest, in that order. */
  problems: Problem[];
  /** The inputs that were documents (a PDF, or text saved from one), with what was read from them. */
  documents: LoadedDocument[];
}

/**
 * Read the frameworks file (if any) and the data files, ingest and score them: the same path as the app.
 * Documents (a PDF, or text saved from one) are read for their figures first, then go through ingest too.
 */
export async function openSession(args: CliArgs): Promise<Session> {
  const problems: Problem[] = [];
  let registry = BUILTIN_FRAMEWORKS;
  if (args.frameworkFile) {
    let text: string | null = null;
    try {
      text = readFileSync(args.frameworkFile, 'utf8');
    } catch {
      problems.push({
        severity: 'error',
        kind: 'unreadable-file',
        file: args.frameworkFile,
        row: null,
        column: null,
        value: null,
        message_th: 'อ่านไฟล์เกณฑ์ไม่ได้ — ตรวจสอบชื่อและที่อยู่ของไฟล์',
        message_en: 'Cannot read the framework file — check its name and path',
      });
    }
    if (text !== null) {
      const r = parseFrameworkJson(text, basename(args.frameworkFile), registry);
      problems.push(...r.problems);
      registry = withFrameworks(registry, r.frameworks);
    }
  }
  const loaded = loadInputs(args.files);
  problems.push(...loaded.problems);
  // Without --year, a Buddhist-Era year in a file's name is that file's year (used with a note).
  const named = loaded.files.map((f) => {
    const y = args.year === undefined ? yearFromFileName(f.name) : null;
    return y === null ? f : { ...f, year: y };
  });
  const given = {
    ...(args.org !== undefined ? { org: args.org } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
  };
  const docs = await readDocuments(named, given, registry);
  problems.push(...docs.problems);
  const files = docs.files;
  const ds = ingest(files, {
    ...(args.org !== undefined ? { org: args.org } : {}),
    ...(args.year !== undefined ? { year: args.year } : {}),
    ...(args.framework !== undefined ? { forceFramework: args.framework } : {}),
    frameworks: registry,
  });
  ds.problems = placeDocumentProblems(ds.problems, docs.documents);
  problems.push(...ds.problems);
  const sb = scoreAll(ds, registry, args.framework);
  const cat = loadBuiltinCatalogue();
  problems.push(...cat.problems);
  let catalogue: MeasureCatalogue = cat.measures;
  if (args.catalogueFile) {
    try {
      const { text } = decodeBytes(new Uint8Array(readFileSync(args.catalogueFile)));
      const user = parseCatalogue(text, basename(args.catalogueFile), { frameworks: registry });
      problems.push(...user.problems);
      catalogue = mergeCatalogues(catalogue, user.measures, args.catalogueMode);
    } catch {
      problems.push({
        severity: 'error',
        kind: 'unreadable-file',
        file: args.catalogueFile,
        row: null,
        column: null,
        value: null,
        message_th: 'อ่านไฟล์มาตรการไม่ได้ — ตรวจสอบชื่อและที่อยู่ของไฟล์',
        message_en: 'Cannot read the catalogue file — check its name and path',
      });
    }
  }
  return { ds, sb, registry, catalogue, problems, documents: docs.documents };
}
