import type { Lang } from '@analysis/text/lang';
import { createContext, useContext } from 'react';
import type { Plan } from '@analysis/plans/types';

/** What every part of the plan editor needs: the plan's facts and the ways to change it. */
export interface EditorApi {
  lang: Lang;
  planYear: number;
  basedOnYear: number;
  /** Apply a change to the plan (saved at once). */
  edit: (fn: (p: Plan) => Plan) => void;
  /** Say something to screen-reader users (moves, additions). */
  announce: (text: string) => void;
  /** Focus the element with this id once the change has rendered. */
  focusLater: (id: string) => void;
  /** Something was removed: offer to undo it (back to `before`). */
  removed: (text: string, before: Plan | null) => void;
  /** The plan as it is now in the store (for undo snapshots). */
  current: () => Plan | null;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor outside the plan editor');
  return api;
}

/** An element id made from a plan id (ids from a user's catalogue may hold any character). */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)?.toString(36)}`)}`;
}
