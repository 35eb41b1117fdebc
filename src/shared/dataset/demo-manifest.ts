import { queryOptions } from '@tanstack/react-query';
import { SINGLE_FILE } from '@/shared/env/single-file';
import { demoUrl } from './dataset-query';

/** What the demo generator says about the bundled synthetic dataset (public/demo/manifest.json). */
export interface DemoManifest {
  synthetic: true;
  years: number[];
  agencies: number;
  rows: number;
}

function isManifest(x: unknown): x is DemoManifest {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    m.synthetic === true &&
    Array.isArray(m.years) &&
    m.years.every((y) => typeof y === 'number') &&
    typeof m.agencies === 'number' &&
    typeof m.rows === 'number'
  );
}

/** The demo's manifest; null when this build has no demo (the card then says so), as in the one file. */
export const demoManifestQuery = queryOptions({
  queryKey: ['demo-manifest'],
  queryFn: async (): Promise<DemoManifest | null> => {
    if (SINGLE_FILE) return null;
    try {
      const res = await fetch(demoUrl('manifest.json'));
      if (!res.ok) return null;
      const json: unknown = await res.json();
      return isManifest(json) ? json : null;
    } catch {
      return null;
    }
  },
});
