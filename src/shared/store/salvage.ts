import { isPlain, put, type Path } from './json-merge';

/**
 * Read what is valid of a damaged record, by its JSON structure alone (no field is listed here, so a
 * field added to the plan later is salvaged like the others). The record is first read with every
 * array of objects emptied; then each element is put back in document order (with its own arrays of
 * objects emptied, to be refilled the same way) and kept when the record still reads. An element that
 * breaks the record — a measure with a damaged field, a repeated id — is left out on its own, and
 * listed. The validator decides what "reads" means, so salvage never accepts what it would refuse.
 */

/** A part left out because it could not be read: where it was, and what it held (as stored). */
export interface DroppedPart {
  /** Path in the stored record, positions as they were in it. */
  path: Path;
  /** The array the part was in (`measures`, `issues` …). */
  list: string;
  /** The part's own name, when it has one (a title), for telling the user which it was. */
  label: string | null;
  raw: unknown;
}

export interface Salvaged<T> {
  value: T;
  /** The record as it was read (damaged parts left out), to be stored in its place. */
  repaired: unknown;
  dropped: DroppedPart[];
}

/** A list of parts: an array holding objects (a stray non-object in it is a damaged part). */
const isObjectArray = (x: unknown): x is unknown[] => Array.isArray(x) && x.some((e) => isPlain(e));

/** `x` with every array of objects (at any depth) emptied. */
function hollow(x: unknown): unknown {
  if (isObjectArray(x)) return [];
  if (isPlain(x)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) put(out, k, hollow(v));
    return out;
  }
  return x;
}

function labelOf(x: unknown): string | null {
  if (!isPlain(x)) return null;
  for (const k of ['titleTh', 'titleEn', 'title', 'name', 'code', 'id']) {
    const v = x[k];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

/** Put `value` into a copy of `doc` at `path` (plain keys and array positions). */
function setIn(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (typeof step === 'number') {
    const out = [...(doc as unknown[])];
    out[step] = setIn(out[step], rest, value);
    return out;
  }
  const obj = doc as Record<string, unknown>;
  const out = { ...obj };
  put(out, step as string, setIn(obj[step as string], rest, value));
  return out;
}

function getIn(doc: unknown, path: readonly (string | number)[]): unknown {
  let x = doc;
  for (const s of path) x = (x as Record<string | number, unknown>)[s];
  return x;
}

/**
 * The valid part of `record` as `read` reads it, and what was left out; null when not even the record
 * without its lists reads (its own fields are damaged). A record that reads whole comes back as it is.
 */
export function salvage<T>(record: unknown, read: (x: unknown) => T | null): Salvaged<T> | null {
  const whole = read(record);
  if (whole !== null) return { value: whole, repaired: record, dropped: [] };
  let current = hollow(record);
  if (read(current) === null) return null;
  const dropped: DroppedPart[] = [];

  // `node` is the stored value at `from` (path in the record); its hollow copy sits at `at` in `current`.
  const visit = (node: unknown, from: Path, at: (string | number)[]): void => {
    if (isObjectArray(node)) {
      const list = String(from[from.length - 1] ?? '');
      node.forEach((element, i) => {
        const arr = getIn(current, at) as unknown[];
        const candidate = setIn(current, at, [...arr, hollow(element)]);
        if (read(candidate) === null) {
          dropped.push({ path: [...from, i], list, label: labelOf(element), raw: element });
          return;
        }
        current = candidate;
        visit(element, [...from, i], [...at, arr.length]);
      });
      return;
    }
    if (isPlain(node)) for (const [k, v] of Object.entries(node)) visit(v, [...from, k], [...at, k]);
  };
  visit(record, [], []);

  const value = read(current);
  return value === null ? null : { value, repaired: current, dropped };
}
