import { ABSENT, getAt, isPlain, type Path } from './json-merge';

/**
 * Words for telling a user which stored thing is meant, from the JSON structure alone: the title of an
 * element (a measure, an issue), the kind of list it is in, the field a path ends in. Pure.
 */

/** The element's own name: its first non-empty title-like text. */
export function labelOf(x: unknown): string | null {
  if (!isPlain(x)) return null;
  for (const k of ['titleTh', 'titleEn', 'title', 'name', 'textTh', 'code']) {
    const v = x[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

/** A plan's or report's id (`ORG|YEAR`, the org perhaps `name:…`) as agency and plan year. */
export function planNameOf(id: string): { org: string; year: string } | null {
  const at = id.lastIndexOf('|');
  if (at < 0) return null;
  return { org: id.slice(0, at).replace(/^name:/, ''), year: id.slice(at + 1) };
}

/** The first object anywhere in `doc` whose `id` is `id`, by its label (a measure id → its title). */
export function titleById(doc: unknown, id: string): string | null {
  if (Array.isArray(doc)) {
    for (const x of doc) {
      const t = titleById(x, id);
      if (t) return t;
    }
    return null;
  }
  if (!isPlain(doc)) return null;
  if (doc.id === id) return labelOf(doc);
  for (const v of Object.values(doc)) {
    const t = titleById(v, id);
    if (t) return t;
  }
  return null;
}

/** The group a field belongs to, for its label: `titleTh` → `title`, `stepsEn` → `steps`. */
export function fieldGroup(key: string): string {
  const base = key.replace(/(Th|En)$/, '');
  if (base === 'startDate' || base === 'endDate') return 'date';
  return base;
}

export interface Place {
  /** The elements on the way, outermost first: the list they are in and their name. */
  within: { list: string; label: string | null }[];
  /** The field at the end of the path (a key), if it ends in one. */
  field: string | null;
}

/** Where a path points in a document, in the document's own terms. */
export function placeOf(doc: unknown, path: Path): Place {
  const within: Place['within'] = [];
  let list = '';
  for (let i = 0; i < path.length; i++) {
    const step = path[i] as Path[number];
    if (typeof step === 'string') {
      list = step;
      continue;
    }
    if (typeof step === 'object') {
      const el = getAt(doc, path.slice(0, i + 1));
      within.push({ list, label: el === ABSENT ? null : labelOf(el) });
    }
  }
  const last = path[path.length - 1];
  const field =
    typeof last === 'string' && path.length > 1 && typeof path[path.length - 2] === 'object' ? last : null;
  return { within, field: field ?? (typeof last === 'string' && within.length === 0 ? last : null) };
}

/** A stored value as text for the user: text as is, a list of texts one after another. */
export function valueText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).join(' · ');
  return labelOf(v) ?? '';
}
