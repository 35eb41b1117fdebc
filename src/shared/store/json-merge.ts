/**
 * Three-way merge of two versions of one stored document (a plan, a report) against the last version
 * both started from, by the document's JSON structure alone — no field is listed here, so a field added
 * to the plan later merges like the others:
 * - objects merge key by key;
 * - arrays of objects carrying an identity (`id`, `key`, `code` or `measureId`, unique in each version)
 *   merge element by element, keeping additions and removals of both sides and either side's reordering;
 * - other arrays of the same length merge position by position;
 * - anything else changed on both sides differently is a conflict: the value of `mine` stays in place,
 *   the other is kept beside it in the conflict, so neither is lost. A removal on one side and a change
 *   on the other keeps the changed value (and says so).
 * Pure; unit-tested in test/src/lib/storage/json-merge.test.ts.
 */

/** A step of a path into a document: an object key, an array position, or the element with this identity. */
export type PathStep = string | number | { by: string; id: string };
export type Path = PathStep[];

/**
 * The same place changed differently in two tabs. `kept` is in the document; `other` is the text the
 * other tab had there. A key is left out (not undefined) when that side had removed the value.
 */
export interface Conflict {
  /** Unique, so lists of conflicts merge like any identified array. */
  id: string;
  path: Path;
  kept?: unknown;
  other?: unknown;
  /** When it was found (ms since 1970). */
  at: number;
}

/** A value that is not there (a removed key or element). */
export const ABSENT: unique symbol = Symbol('absent');
type Val = unknown;

export const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/** Set an own property, even one named `__proto__` (a plain assignment would change the prototype). */
export function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Deep equality of JSON-like values (ABSENT equals only itself). */
export function same(a: Val, b: Val): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => same(x, b[i]));
  }
  if (isPlain(a)) {
    if (!isPlain(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
  }
  return Number.isNaN(a) && Number.isNaN(b);
}

const ID_KEYS = ['id', 'key', 'code', 'measureId'] as const;

/** The property that identifies the elements of every version of an array, if there is one. */
function identityOf(...versions: unknown[][]): string | null {
  const all = versions.flat();
  if (all.length === 0 || !all.every(isPlain)) return null;
  for (const k of ID_KEYS) {
    const ok = versions.every((v) => {
      const ids = v.map((x) => (x as Record<string, unknown>)[k]);
      return ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
    });
    if (ok) return k;
  }
  return null;
}

let counter = 0;
function conflictId(now: number): string {
  counter = (counter + 1) % 1e6;
  const rand = Math.floor(Math.random() * 1e9).toString(36);
  return `${now.toString(36)}-${counter.toString(36)}-${rand}`;
}

interface Ctx {
  now: number;
  conflicts: Conflict[];
}

function conflict(ctx: Ctx, path: Path, kept: Val, other: Val): void {
  const c: Conflict = { id: conflictId(ctx.now), path, at: ctx.now };
  if (kept !== ABSENT) c.kept = kept;
  if (other !== ABSENT) c.other = other;
  ctx.conflicts.push(c);
}

function get(x: Val, k: string): Val {
  return isPlain(x) && Object.hasOwn(x, k) ? x[k] : ABSENT;
}

function mergeValue(base: Val, mine: Val, theirs: Val, path: Path, ctx: Ctx): Val {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  // Changed on both sides, differently.
  if (mine === ABSENT || theirs === ABSENT) {
    // Removed on one side, changed on the other: keep the changed value, and say so.
    const kept = mine === ABSENT ? theirs : mine;
    conflict(ctx, path, kept, ABSENT);
    return kept;
  }
  if (isPlain(mine) && isPlain(theirs)) return mergeObject(base, mine, theirs, path, ctx);
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    const by = identityOf(b, mine, theirs);
    if (by) return mergeIdentified(b, mine, theirs, by, path, ctx);
    if (b.length === mine.length && mine.length === theirs.length)
      return mine.map((m, i) => mergeValue(b[i], m, theirs[i], [...path, i], ctx));
  }
  conflict(ctx, path, mine, theirs);
  return mine;
}

function mergeObject(
  base: Val,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  path: Path,
  ctx: Ctx,
): Record<string, unknown> {
  const keys = [
    ...new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(isPlain(base) ? base : {})]),
  ];
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = mergeValue(get(base, k), get(mine, k), get(theirs, k), [...path, k], ctx);
    if (v !== ABSENT) put(out, k, v);
  }
  return out;
}

/** `ids` in the order of `order`, restricted to those in `keep`. */
const ordered = (order: string[], keep: Set<string>) => order.filter((id) => keep.has(id));

function mergeIdentified(
  base: unknown[],
  mine: unknown[],
  theirs: unknown[],
  by: string,
  path: Path,
  ctx: Ctx,
): unknown[] {
  const idOf = (x: unknown) => (x as Record<string, string>)[by] as string;
  const index = (xs: unknown[]) => new Map(xs.map((x) => [idOf(x), x] as const));
  const [b, m, t] = [index(base), index(mine), index(theirs)];
  const merged = new Map<string, unknown>();
  for (const id of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const v = mergeValue(
      b.has(id) ? b.get(id) : ABSENT,
      m.has(id) ? m.get(id) : ABSENT,
      t.has(id) ? t.get(id) : ABSENT,
      [...path, { by, id }],
      ctx,
    );
    if (v !== ABSENT) merged.set(id, v);
  }
  const keep = new Set(merged.keys());
  const [bo, mo, to] = [[...b.keys()], [...m.keys()], [...t.keys()]];
  // Whoever reordered wins the order (mine when both did); the other side's additions go in after the
  // element they followed there.
  const common = new Set(bo.filter((id) => m.has(id) && t.has(id)));
  const mineMoved = !same(ordered(mo, common), ordered(bo, common));
  const [first, second] = mineMoved ? [mo, to] : [to, mo];
  const out = ordered(first, keep);
  const placed = new Set(out);
  for (let i = 0; i < second.length; i++) {
    const id = second[i] as string;
    if (!keep.has(id) || placed.has(id)) continue;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const k = out.indexOf(second[j] as string);
      if (k >= 0) {
        at = k + 1;
        break;
      }
    }
    out.splice(at, 0, id);
    placed.add(id);
  }
  // Kept elements neither side lists (removed on one side, changed on the other) go last.
  for (const id of keep) if (!placed.has(id)) out.push(id);
  return out.map((id) => merged.get(id));
}

/**
 * Merge `mine` and `theirs`, two versions grown from `base` (null when they share none: two tabs that
 * each drafted a document from nothing). Conflicts found are returned, not added to the document.
 */
export function merge3<T>(
  base: T | null,
  mine: T,
  theirs: T,
  now = Date.now(),
): { value: T; conflicts: Conflict[] } {
  const ctx: Ctx = { now, conflicts: [] };
  const value = mergeValue(base === null ? ABSENT : base, mine, theirs, [], ctx) as T;
  return { value, conflicts: ctx.conflicts };
}

const pathKey = (p: Path) => JSON.stringify(p);

/**
 * Add new conflicts to a document's list: one entry per place, the newest replacing an older one of the
 * same place (both sides' latest texts are in it).
 */
export function addConflicts(list: readonly Conflict[], found: readonly Conflict[]): Conflict[] {
  if (found.length === 0) return [...list];
  const places = new Set(found.map((c) => pathKey(c.path)));
  return [...list.filter((c) => !places.has(pathKey(c.path))), ...found];
}

/** The value at `path`, or ABSENT. */
export function getAt(doc: unknown, path: Path): unknown {
  let x: unknown = doc;
  for (const step of path) {
    if (typeof step === 'string') x = get(x, step);
    else if (typeof step === 'number') x = Array.isArray(x) && step < x.length ? x[step] : ABSENT;
    else x = Array.isArray(x) ? (x.find((e) => isPlain(e) && e[step.by] === step.id) ?? ABSENT) : ABSENT;
    if (x === ABSENT) return ABSENT;
  }
  return x;
}

/** A copy of `doc` with `value` at `path` (ABSENT removes it); `doc` itself when the path is not there. */
export function setAt<T>(doc: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [step, ...rest] = path;
  const inner = (cur: unknown) => (rest.length === 0 ? value : setAt(cur, rest, value));
  if (typeof step === 'string') {
    if (!isPlain(doc)) return doc;
    const next = inner(get(doc, step));
    const out: Record<string, unknown> = { ...doc };
    if (next === ABSENT) delete out[step];
    else put(out, step, next);
    return out as T;
  }
  if (!Array.isArray(doc)) return doc;
  const at =
    typeof step === 'number'
      ? step
      : doc.findIndex((e) => isPlain(e) && e[(step as { by: string }).by] === (step as { id: string }).id);
  if (at < 0 || at >= doc.length) {
    // An identified element that is no longer there: put it back (at the end) rather than lose it.
    if (typeof step === 'object' && rest.length === 0 && value !== ABSENT) return [...doc, value] as T;
    return doc;
  }
  const next = inner(doc[at]);
  const out = [...doc];
  if (next === ABSENT) out.splice(at, 1);
  else out[at] = next;
  return out as T;
}
