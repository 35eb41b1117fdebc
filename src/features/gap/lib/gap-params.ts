import {
  formatCaps,
  formatCodes,
  formatMargin,
  parseCaps,
  parseCodes,
  parseMargin,
  type PathControls,
} from './path-controls';
import { DEFAULT_DIR, QUESTION_SORTS, type QuestionSort, type SortDir } from './question-rows';

export type GapTab = 'overview' | 'questions' | 'oit' | 'path' | 'whatif' | 'measures' | 'all';
export const GAP_TABS: readonly GapTab[] = [
  'overview',
  'questions',
  'oit',
  'path',
  'whatif',
  'measures',
  'all',
];

/** Everything the gap page shows is in its URL (what-if edits stay on the page). */
export interface GapParams {
  ds: string | null;
  /** OrgInfo.key of the agency. */
  org: string | null;
  /** Fiscal year, BE. */
  year: number | null;
  tab: GapTab;
  /** Indicator drilled into (1–10). */
  ind: number | null;
  /** Path target: a rating code (`pass`, `good`, `excellent`, `A`, `AA`) or a score; null = the next level up. */
  target: string | null;
  controls: PathControls;
  /** Path safety margin in points above each line of the target; null = the default (0.5). */
  margin: number | null;
  /** Question table: weak ones only, sort and direction. */
  weak: boolean;
  sort: QuestionSort;
  dir: SortDir;
  /** Agency search of the picker. */
  q: string;
}

const int = (v: string | null, lo: number, hi: number): number | null => {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n >= lo && n <= hi ? n : null;
};

export function readGapParams(p: URLSearchParams): GapParams {
  const tab = p.get('tab') as GapTab | null;
  const sort = p.get('sort') as QuestionSort | null;
  const okSort = sort && QUESTION_SORTS.includes(sort) ? sort : 'gain';
  const dir = p.get('dir');
  const target = p.get('target')?.trim() || null;
  return {
    ds: p.get('ds'),
    org: p.get('org') || null,
    year: int(p.get('year'), 2400, 2800),
    tab: tab && GAP_TABS.includes(tab) ? tab : 'overview',
    ind: int(p.get('ind'), 1, 10),
    target,
    controls: {
      lock: parseCodes(p.get('lock')),
      exclude: parseCodes(p.get('ex')),
      caps: parseCaps(p.get('cap')),
    },
    margin: parseMargin(p.get('margin')),
    weak: p.get('weak') === '1',
    sort: okSort,
    dir: dir === 'asc' || dir === 'desc' ? dir : DEFAULT_DIR[okSort],
    q: p.get('q') ?? '',
  };
}

/** Write a change into search params; defaults are left out so links stay short. */
export function writeGapParams(prev: URLSearchParams, patch: Partial<GapParams>): URLSearchParams {
  const next = new URLSearchParams(prev);
  const put = (key: string, value: string | null) => {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  };
  if ('ds' in patch) put('ds', patch.ds ?? null);
  if ('org' in patch) put('org', patch.org ?? null);
  if ('year' in patch) put('year', patch.year ? String(patch.year) : null);
  if ('tab' in patch) put('tab', patch.tab === 'overview' ? null : (patch.tab ?? null));
  if ('ind' in patch) put('ind', patch.ind ? String(patch.ind) : null);
  if ('target' in patch) put('target', patch.target ?? null);
  if (patch.controls) {
    put('lock', formatCodes(patch.controls.lock));
    put('ex', formatCodes(patch.controls.exclude));
    put('cap', formatCaps(patch.controls.caps));
  }
  if ('margin' in patch) put('margin', formatMargin(patch.margin ?? null));
  if ('weak' in patch) put('weak', patch.weak ? '1' : null);
  if (patch.sort !== undefined || patch.dir !== undefined) {
    const sort = patch.sort ?? (next.get('sort') as QuestionSort | null) ?? 'gain';
    const dir = patch.dir ?? DEFAULT_DIR[sort];
    put('sort', sort === 'gain' ? null : sort);
    put('dir', dir === DEFAULT_DIR[sort] ? null : dir);
  }
  if ('q' in patch) put('q', patch.q ?? null);
  return next;
}
