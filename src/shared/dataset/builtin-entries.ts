import { EXAMPLES } from './examples';
import type { DatasetEntry, ExampleId } from './types';

/** Dataset id of the bundled synthetic demo (stable, so links to it work in any browser). */
export const DEMO_ID = 'demo';

/** Dataset id of a bundled real example. */
export const exampleDatasetId = (id: ExampleId) => `ex-${id}`;

/**
 * The entry of a dataset that ships with the app (the demo or an example), for its stable id; null for
 * any other id. Used when opening one, and when a shared link names one this browser has not opened yet.
 */
export function builtinEntry(id: string): DatasetEntry | null {
  if (id === DEMO_ID)
    return {
      id,
      label: 'ข้อมูลสังเคราะห์ระดับประเทศ',
      source: { kind: 'demo' },
      options: {},
      mappings: {},
      addedAt: Date.now(),
    };
  const ex = EXAMPLES.find((e) => exampleDatasetId(e.id) === id);
  if (!ex) return null;
  return {
    id,
    label: ex.titleTh,
    source: { kind: 'example', example: ex.id },
    options: { ...ex.options },
    mappings: {},
    addedAt: Date.now(),
  };
}
