import { pointCost, type CostModel } from './effort';

/** One score the path may raise, as the solver sees it. */
export interface SolveUnit {
  /** 0 IIT, 1 EIT, 2 OIT. */
  tool: number;
  model: CostModel;
  /** The cost scale of effort.ts (`raiseCost`). */
  scale: number;
  from: number;
  /** Highest value allowed (≤ 100). */
  cap: number;
  /** Overall points per score point. */
  p: number;
}

/**
 * What is still needed, in overall points: on the overall, and from each tool (its shortfall × the tool's
 * weight); zero or less when nothing is, −Infinity when the target sets no tool condition.
 */
export interface Need {
  overall: number;
  tools: readonly [number, number, number];
}

const EPS = 1e-9;
/** A price high enough that a four-level score sits within 1e-9 of 100 (the caller rounds up to 2 decimals). */
const PRICE_MAX = 1e15;

/**
 * The units as typed arrays (views of one buffer), so that the many evaluations of a solve allocate
 * nothing. Prices are effort per overall point. A `share` unit sits at 100 − a / price between its start
 * and clamp prices, and starts with a jump of `least` points (a smaller raise is no step); a `linear` or
 * `once` unit (a "switch") gains `full` from its start price on. `start`/`clamp` are the working copies
 * of `start0`/`clamp0` with the units left out of a solve (never started, Infinity).
 */
export interface Prepared {
  n: number;
  tool: Int8Array;
  share: Uint8Array;
  /** A pass/fail item: all or nothing. */
  once: Uint8Array;
  a: Float64Array;
  /** The smallest raise a step may make (MIN_RAISE, or less when the cap is nearer). */
  least: Float64Array;
  start0: Float64Array;
  clamp0: Float64Array;
  start: Float64Array;
  clamp: Float64Array;
  from: Float64Array;
  cap: Float64Array;
  p: Float64Array;
  full: Float64Array;
  bps: Float64Array;
}

/**
 * Turn the units into the solver's arrays (once per path; `solve` may then run several times). No unit
 * but a pass/fail item rises by less than `minRaise` points (unless its cap is nearer).
 */
export function prepare(units: readonly SolveUnit[], minRaise: number): Prepared {
  const n = units.length;
  const f = new Float64Array(12 * n + 3);
  const b = new Uint8Array(3 * n);
  const view = (k: number): Float64Array => f.subarray(k * n, (k + 1) * n);
  const c: Prepared = {
    n,
    tool: new Int8Array(b.buffer, 0, n),
    share: b.subarray(n, 2 * n),
    once: b.subarray(2 * n, 3 * n),
    a: view(0),
    least: view(1),
    start0: view(2),
    clamp0: view(3),
    start: view(4),
    clamp: view(5),
    from: view(6),
    cap: view(7),
    p: view(8),
    full: view(9),
    bps: f.subarray(10 * n),
  };
  units.forEach((u, i) => {
    c.tool[i] = u.tool;
    c.once[i] = u.model === 'once' ? 1 : 0;
    c.from[i] = u.from;
    c.cap[i] = u.cap;
    c.p[i] = u.p;
    c.full[i] = u.cap > u.from ? u.p * (u.cap - u.from) : 0;
    c.least[i] = u.model === 'once' ? u.cap - u.from : Math.min(minRaise, u.cap - u.from);
    if (u.model === 'share') {
      c.share[i] = 1;
      c.a[i] = u.scale / u.p;
      const first = u.from + (c.least[i] as number);
      c.start0[i] = first >= 100 ? Infinity : u.scale / ((100 - first) * u.p);
      c.clamp0[i] = u.cap < 100 ? u.scale / ((100 - u.cap) * u.p) : Infinity;
    } else {
      c.start0[i] = pointCost(u.model, u.scale, u.from, u.from, u.cap) / u.p;
      c.clamp0[i] = c.start0[i] as number;
    }
    // A unit with nothing to gain never starts.
    if (u.cap <= u.from) c.start0[i] = c.clamp0[i] = Infinity;
  });
  return c;
}

/** The unit's score when one more overall point is worth `price` effort. */
function levelAt(c: Prepared, i: number, price: number): number {
  const from = c.from[i] as number;
  if (price < (c.start[i] as number) * (1 - 1e-12)) return from;
  if (!c.share[i] || price >= (c.clamp[i] as number)) return c.cap[i] as number;
  const x = 100 - (c.a[i] as number) / price;
  const first = from + (c.least[i] as number);
  return x < first ? first : x;
}

/** Sorted prices where a unit's gain changes shape (starts, reaches its cap, switches on), plus `extra`. */
function breakpoints(c: Prepared, only: number, extra: readonly number[]): Float64Array {
  let m = 0;
  for (let i = 0; i < c.n; i++) {
    if (only >= 0 && c.tool[i] !== only) continue;
    const s = c.start[i] as number;
    if (s === Infinity) continue;
    c.bps[m++] = s;
    const k = c.clamp[i] as number;
    if (c.share[i] && k < Infinity) c.bps[m++] = k;
  }
  for (const e of extra) if (e > 0) c.bps[m++] = e;
  return c.bps.subarray(0, m).sort();
}

// evaluate's results (no object per call): gain g at the price; gain = k − b / price nearby.
let outG = 0;
let outK = 0;
let outB = 0;

/** Overall points gained at price `lambda`, tool t's units priced at max(lambda, floors[t]). */
function evaluate(c: Prepared, lambda: number, floors: readonly number[], only: number): void {
  let g = 0;
  let k = 0;
  let b = 0;
  for (let i = 0; i < c.n; i++) {
    const t = c.tool[i] as number;
    if (only >= 0 && t !== only) continue;
    const floor = floors[t] as number;
    const price = floor > lambda ? floor : lambda;
    const from = c.from[i] as number;
    const x = levelAt(c, i, price);
    const gain = (c.p[i] as number) * (x - from);
    g += gain;
    if (c.share[i] && floor < lambda && x > from + (c.least[i] as number) && x < (c.cap[i] as number)) {
      k += (c.p[i] as number) * (100 - from);
      b += (c.a[i] as number) * (c.p[i] as number);
    } else k += gain;
  }
  outG = g;
  outK = k;
  outB = b;
}

/**
 * The lowest price at which the units gain `need` overall points: the breakpoint segment by bisection,
 * then exactly within it (gain = k − b / price there). 0 when nothing is needed.
 */
function minPrice(
  c: Prepared,
  bps: Float64Array,
  floors: readonly number[],
  only: number,
  need: number,
): number {
  if (need <= 0) return 0;
  let lo = 0;
  let hi = bps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    evaluate(c, bps[mid] as number, floors, only);
    if (outG >= need - EPS) hi = mid;
    else lo = mid + 1;
  }
  const left = lo > 0 ? (bps[lo - 1] as number) : 0;
  const right = lo < bps.length ? (bps[lo] as number) : Infinity;
  const inside = right === Infinity ? Math.max(left * 2, 1) : left > 0 ? Math.sqrt(left * right) : right / 2;
  evaluate(c, inside, floors, only);
  if (outB > 0 && outK - need > EPS) {
    const price = outB / (outK - need);
    if (price > left && price <= right) return price;
  }
  return right === Infinity ? PRICE_MAX : right;
}

/** Effort per overall point of the next point of unit i at score x (for a switch, its start price). */
function priceAt(c: Prepared, i: number, x: number): number {
  return c.share[i] ? (c.a[i] as number) / (100 - x) : (c.start0[i] as number);
}

/** At one price, trim a linear unit (it may stop part way) before a pass/fail item, and that before a share unit. */
const trimRank = (c: Prepared, i: number): number => (c.share[i] ? 2 : c.once[i] ? 1 : 0);

/**
 * Lower the most expensive raises while every requirement still holds: a switch turned on at the margin,
 * or a price found to within rounding, leaves a little more than needed.
 */
function trim(c: Prepared, x: Float64Array, need: Need): void {
  const slackT = [-need.tools[0], -need.tools[1], -need.tools[2]];
  let slackO = -need.overall;
  const order: number[] = [];
  for (let i = 0; i < c.n; i++) {
    const gain = (c.p[i] as number) * ((x[i] as number) - (c.from[i] as number));
    slackO += gain;
    slackT[c.tool[i] as number] += gain;
    if (gain > 0) order.push(i);
  }
  order.sort((i, j) => {
    const pi = priceAt(c, i, x[i] as number);
    const pj = priceAt(c, j, x[j] as number);
    if (Math.abs(pi - pj) > 1e-9 * Math.max(pi, pj)) return pj - pi;
    return trimRank(c, i) - trimRank(c, j) || i - j;
  });
  for (const i of order) {
    const t = c.tool[i] as number;
    const p = c.p[i] as number;
    const gain = p * ((x[i] as number) - (c.from[i] as number));
    const slack = Math.min(slackO, slackT[t] as number) - EPS;
    if (slack <= 0) continue;
    // The whole step when the slack allows it; else down to no less than its least raise.
    const cut = slack >= gain ? gain : c.once[i] ? 0 : Math.min(slack, gain - p * (c.least[i] as number));
    if (cut <= 0) continue;
    x[i] = cut === gain ? (c.from[i] as number) : (x[i] as number) - cut / p;
    slackO -= cut;
    slackT[t] = (slackT[t] as number) - cut;
  }
}

/** Leave out the units `off` marks (they never start); the rest as prepared. */
function applyOff(c: Prepared, off: Uint8Array | undefined): void {
  c.start.set(c.start0);
  c.clamp.set(c.clamp0);
  if (off) for (let i = 0; i < c.n; i++) if (off[i]) c.start[i] = c.clamp[i] = Infinity;
}

/** Each unit's score at the prices that meet `need` (tool t at max(mu, floor t)); null when out of reach. */
function priced(c: Prepared, need: Need, x: Float64Array): boolean {
  const most = [0, 0, 0];
  for (let i = 0; i < c.n; i++) if (c.start[i] !== Infinity) most[c.tool[i] as number] += c.full[i] as number;
  if (need.overall > (most[0] as number) + (most[1] as number) + (most[2] as number) + EPS) return false;
  for (let t = 0; t < 3; t++) if ((need.tools[t] as number) > (most[t] as number) + EPS) return false;
  const none = [0, 0, 0];
  const floors = [0, 1, 2].map((t) => {
    const n = need.tools[t] as number;
    return n > 0 ? minPrice(c, breakpoints(c, t, []), none, t, n) : 0;
  });
  const mu = minPrice(c, breakpoints(c, -1, floors), floors, -1, need.overall);
  for (let i = 0; i < c.n; i++) {
    if (c.start[i] === Infinity) continue;
    const floor = floors[c.tool[i] as number] as number;
    x[i] = levelAt(c, i, floor > mu ? floor : mu);
  }
  return true;
}

/**
 * The cheapest scores that meet `need`: minimise Σ cost (effort.ts) subject to the overall and each
 * tool gaining what it needs, each unit between its score and its cap (a unit with `off[i]` set stays
 * where it is). The costs are convex, so the optimum equalises the price of one more overall point across
 * the units that rise: a four-level score rises until its next point costs that price; a yes/no question
 * or an OIT indicator goes all the way when its price per point is below it (part way when it is the
 * price); a tool that needs more than the overall asks for gets a higher price of its own. Pass/fail
 * items cannot stop part way: they are first priced as if they could, those whose average price is at
 * or below the price pass, and the rest is solved again around them — the one place this is not exact
 * (a knapsack). Null when even every unit at its cap falls short. Requires each indicator of a tool to
 * weigh the same (every framework does), so that a tool's points and overall points are proportional.
 */
export function solve(c: Prepared, need: Need, off?: Uint8Array): Float64Array | null {
  applyOff(c, off);
  const x = Float64Array.from(c.from);
  if (!priced(c, need, x)) return null;
  const fixed = off ? off.slice() : new Uint8Array(c.n);
  const rest = [need.overall, need.tools[0], need.tools[1], need.tools[2]];
  for (let round = 0; round < 3; round++) {
    // Fix what cannot move by degrees: pass/fail items as decided, and scores that rose by just their
    // least raise (a smaller one is no step); price the rest again for what is left.
    let more = false;
    for (let i = 0; i < c.n; i++) {
      if (fixed[i]) continue;
      const gain = (c.p[i] as number) * ((x[i] as number) - (c.from[i] as number));
      const least = gain > 0 && (x[i] as number) - (c.from[i] as number) <= (c.least[i] as number) + 1e-9;
      if (!c.once[i] && !least) continue;
      fixed[i] = 1;
      more ||= !c.once[i] || round === 0;
      rest[0] = (rest[0] as number) - gain;
      rest[1 + (c.tool[i] as number)] = (rest[1 + (c.tool[i] as number)] as number) - gain;
    }
    if (!more) break;
    for (let i = 0; i < c.n; i++) if (!fixed[i]) x[i] = c.from[i] as number;
    applyOff(c, fixed);
    const restNeed: Need = {
      overall: rest[0] as number,
      tools: [rest[1] as number, rest[2] as number, rest[3] as number],
    };
    if (!priced(c, restNeed, x)) return null;
  }
  trim(c, x, need);
  return x;
}
