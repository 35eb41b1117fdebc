import { useEffect, useMemo, useState } from 'react';
import { DOCUMENT_HEADER } from '@analysis/ingest/text/reading-records';
import type { Problem } from '@analysis/problems';
import { runInWorker } from '@/shared/dataset/worker-client';
import { agencyRows, type AgencyRow } from '../lib/agency-rows';
import { problemRows } from '../lib/problem-filter';
import { draftFile, type Draft } from '../lib/reading-draft';

/** What the check of a draft found: problems by value id, the rest, and the agency-year as scored. */
export interface DraftCheck {
  byValue: Record<string, Problem[]>;
  general: Problem[];
  kept: number;
  errors: number;
  rows: AgencyRow[];
}

const SOURCE_COLUMN = DOCUMENT_HEADER[DOCUMENT_HEADER.length - 1];

/** Wait this long after the last edit before checking again. */
const QUIET_MS = 400;

/**
 * Check a draft as the app checks any file: the confirmed values, written as the CSV the dataset will keep,
 * are read by ingest and scored in a worker. Problems on a row come back beside the value it holds.
 */
export function useDraftCheck(draft: Draft): { check: DraftCheck | null; checking: boolean } {
  const file = useMemo(() => draftFile(draft), [draft]);
  const [result, setResult] = useState<{ csv: string; check: DraftCheck } | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    const timer = setTimeout(() => {
      const blob = new Blob([file.csv], { type: 'text/csv' });
      runInWorker(
        { kind: 'files', files: [{ name: file.name, blob }], options: {} },
        { signal: ac.signal },
      ).then(
        (loaded) => {
          const byValue: Record<string, Problem[]> = {};
          const general: Problem[] = [];
          for (const p of loaded.dataset.problems) {
            // The kept file's last column only says where each value came from; ingest notes it unread.
            if (p.kind === 'ignored-column' && p.column === SOURCE_COLUMN) continue;
            const ids = problemRows(p)
              .map((row) => file.ids[row - 2])
              .filter((id): id is string => id !== undefined);
            if (ids.length === 0) general.push(p);
            for (const id of ids) (byValue[id] ??= []).push(p);
          }
          const report = loaded.dataset.files[0];
          setResult({
            csv: file.csv,
            check: {
              byValue,
              general,
              kept: report?.keptValues ?? 0,
              errors: loaded.dataset.problems.filter((p) => p.severity === 'error').length,
              rows: agencyRows(loaded),
            },
          });
        },
        () => undefined,
      );
    }, QUIET_MS);
    return () => {
      clearTimeout(timer);
      ac.abort();
    };
  }, [file]);
  return { check: result?.check ?? null, checking: result?.csv !== file.csv };
}
