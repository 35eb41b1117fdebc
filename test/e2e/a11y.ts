/**
 * Accessibility checks of the end-to-end suite: axe-core (colour contrast included), every chart's table
 * alternative, and what the keyboard focus looks like.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOutcome {
  /** Serious and critical violations, one line each: rule, help, the first elements. */
  serious: string[];
  /** How many elements axe's color-contrast rule checked and passed (0 would mean it did not run). */
  contrastPassed: number;
}

/**
 * axe-core on the whole document with its default rules (WCAG 2 A/AA and best practices), the
 * color-contrast rule explicitly on. The page's context must bypass the app's CSP (openApp's bypassCSP).
 */
export async function runAxe(page: Page): Promise<AxeOutcome> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    interface Result {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    }
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: { rules: Record<string, { enabled: boolean }>; resultTypes: string[] },
          ) => Promise<{ violations: Result[]; passes: Result[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      rules: { 'color-contrast': { enabled: true } },
      resultTypes: ['violations', 'passes'],
    });
    return {
      serious: r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .slice(0, 5)
              .map((n) => n.target.join(' '))
              .join(', ')}${v.nodes.length > 5 ? `, … ${v.nodes.length} in all` : ''})`,
        ),
      contrastPassed: r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
    };
  });
}

/** Just the serious and critical violations of `runAxe` (what a view's own test asserts is empty). */
export async function seriousAxe(page: Page): Promise<string[]> {
  return (await runAxe(page)).serious;
}

export interface ChartCheck {
  /** Charts on the page (the shared EChart's `[role=img]` box). */
  charts: number;
  /** Charts without a name or without a table holding their figures, and why. */
  problems: string[];
}

/**
 * Every chart has a text alternative: an accessible name, and aria-details (or aria-describedby) naming
 * an element on the page that is, or holds, a table with a header and at least one row of figures.
 */
export function chartTables(page: Page): Promise<ChartCheck> {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll<HTMLElement>('.echart')];
    const problems: string[] = [];
    charts.forEach((chart, i) => {
      const where = `chart ${i + 1} (${chart.closest('section')?.querySelector('h2, h3')?.textContent?.trim() ?? '?'})`;
      if (chart.getAttribute('role') !== 'img') problems.push(`${where}: no role=img`);
      if (!chart.getAttribute('aria-label')?.trim()) problems.push(`${where}: no aria-label`);
      const ids =
        `${chart.getAttribute('aria-details') ?? ''} ${chart.getAttribute('aria-describedby') ?? ''}`
          .split(/\s+/)
          .filter(Boolean);
      if (!ids.length) {
        problems.push(`${where}: no aria-details/aria-describedby`);
        return;
      }
      const tables = ids
        .map((id) => document.getElementById(id))
        .flatMap((el) => (!el ? [] : el.tagName === 'TABLE' ? [el] : [...el.querySelectorAll('table')]));
      if (!tables.length) {
        problems.push(`${where}: ${ids.join(' ')} is not a table on the page`);
        return;
      }
      const filled = tables.some(
        (t) => t.querySelector('thead th, tr th[scope=col]') && t.querySelector('tbody tr td, tbody tr th'),
      );
      if (!filled) problems.push(`${where}: its table ${ids.join(' ')} has no header or no rows`);
    });
    return { charts: charts.length, problems };
  });
}

export interface FocusState {
  /** Tag, id/class and text of the focused element. */
  what: string;
  /** Focus is on <body> or nowhere. */
  lost: boolean;
  /** Outline (or box-shadow) drawn, at least 2 px wide. */
  ring: boolean;
  /** Contrast of the outline colour against the background around the element (WCAG 1.4.11: ≥ 3). */
  contrast: number;
  /** The element has a size and lies within the window (the browser scrolled it into view). */
  onScreen: boolean;
}

/** Where the keyboard focus is and whether it can be seen. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return { what: 'body', lost: true, ring: false, contrast: 0, onScreen: false };
    const cs = getComputedStyle(el);
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name.slice(0, 50)}"`;
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const shadow = cs.boxShadow !== 'none';
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r = 0, g = 0, b = 0]: number[]) => {
      const f = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    // The ring sits just outside the element (outline-offset): compare it with the first opaque
    // background of its ancestors.
    let bg = [255, 255, 255];
    for (let p = el.parentElement; p; p = p.parentElement) {
      const c = rgb(getComputedStyle(p).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        bg = c.slice(0, 3);
        break;
      }
    }
    const ringColour = outline ? rgb(cs.outlineColor) : rgb(cs.boxShadow);
    const [hi, lo] = [lum(ringColour), lum(bg)].sort((a, b) => b - a) as [number, number];
    const box = el.getBoundingClientRect();
    const onScreen =
      box.width >= 4 &&
      box.height >= 4 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth;
    return { what, lost: false, ring: outline || shadow, contrast: (hi + 0.05) / (lo + 0.05), onScreen };
  });
}
