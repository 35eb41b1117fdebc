import type { WhatIfChanges } from '@analysis/gaps/what-if';

/** How many values differ from the actual ones. */
export function countEdits(e: WhatIfChanges): number {
  return Object.keys(e.indicators ?? {}).length + Object.keys(e.codes ?? {}).length;
}

/** Set a question's or item's what-if value; setting it back to the actual score removes the edit. */
export function editCode(e: WhatIfChanges, code: string, value: number, actual: number): WhatIfChanges {
  const codes = { ...(e.codes ?? {}) };
  if (Math.abs(value - actual) < 1e-9) delete codes[code];
  else codes[code] = value;
  return { ...e, codes };
}

/** Set an indicator's what-if value (it replaces the indicator outright); back to actual removes it. */
export function editIndicator(
  e: WhatIfChanges,
  id: number,
  value: number,
  actual: number | null,
): WhatIfChanges {
  const indicators = { ...(e.indicators ?? {}) };
  if (actual !== null && Math.abs(value - actual) < 1e-9) delete indicators[id];
  else indicators[id] = value;
  return { ...e, indicators };
}
