/**
 * The gap view's route: everything its URL holds (`#/gap?ds=…&org=…&year=…&tab=…`), read, written, and
 * the links to it. The one place that knows the gap URL.
 */
import { DEFAULT_MARGIN } from '@analysis/gaps/path';

export type QuestionSort = 'gain' | 'code' | 'score' | 'gap' | 'negative' | 'impact';
export type SortDir = 'asc' | 'desc';
export const QUESTION_SORTS: readonly QuestionSort[] = ['gain', 'code', 'score', 'gap', 'negative', 'impact'];
/** The natural direction of each sort: the worst or largest first, the code in framework order. */
export const DEFAULT_DIR: Record<QuestionSort, SortDir> = {
  gain: 'desc',
  code: 'asc',
  score: 'asc',
  gap: 'desc',
  negative: 'desc',
  impact: 'desc',
};

/** What the user set on the path: codes locked in, codes left out, highest values (points 0–100). */
export interface PathControls {
  lock: string[];
  exclude: string[];
  caps: Record<string, number>;
}

/** A question or OIT code as the URL may name it (`E10`, `O3`, `I1`) or an indicator number. */
const CODE = /^(?:[IEO]\d{1,3}|\d{1,2})$/;

export const NO_CONTROLS: PathControls = { lock: [], exclude: [], caps: {} };

/** A URL list of codes (`O3,E10,9`): unknown shapes and repeats dropped. */
export function parseCodes(text: string | null): string[] {
  if (!text) return [];
  return [...new Set(text.split(',').map((c) => c.trim().toUpperCase()))].filter((c) => CODE.test(c));
}

/** URL caps (`E10:90,4:88.5`): code → highest value, kept within 0–100. */
export function parseCaps(text: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (text ?? '').split(',')) {
    const [code, value] = part.split(':');
    const c = code?.trim().toUpperCase() ?? '';
    const v = Number(value);
    if (CODE.test(c) && value !== undefined && value.trim() !== '' && Number.isFinite(v))
      out[c] = Math.min(100, Math.max(0, v));
  }
  return out;
}

export function formatCodes(codes: readonly string[]): string {
  return codes.join(',');
}

export function formatCaps(caps: Readonly<Record<string, number>>): string {
  return Object.entries(caps)
    .map(([c, v]) => `${c}:${v}`)
    .join(',');
}

/** The highest safety margin the path offers (points above each line of the target). */
export const MAX_MARGIN = 5;

/** A URL margin (`0`, `0.5`, `1.25`): null (the default) unless a number within 0–MAX_MARGIN, 2 decimals. */
export function parseMargin(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const v = Number(text.trim().replace(',', '.'));
  if (!Number.isFinite(v) || v < 0 || v > MAX_MARGIN) return null;
  return Math.round(v * 100) / 100;
}

/** The URL text of a margin: empty for the default so links stay short. */
export function formatMargin(margin: number | null): string {
  return margin === null || margin === DEFAULT_MARGIN ? '' : String(margin);
}

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

/** Gap analysis of dataset `ds`: of one organisation (its OrgInfo.key) in one fiscal year (BE), or its picker. */
export function gapPath(p: { ds: string; org?: string | null; year?: number | null }): string {
  return `/gap?${writeGapParams(new URLSearchParams(), p)}`;
}
