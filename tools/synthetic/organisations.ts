/**
 * The fictional agencies of the synthetic national dataset: real provinces and districts, made-up names,
 * stable ids (`SYN00001`…), and a few agencies that appear or disappear between 2562 and 2568 (local
 * upgrades from อบต. to เทศบาลตำบล, new public organisations, agencies no longer assessed).
 */
import { AGENCY_TYPE, AGENCY_TYPES, type AgencyType, type AgencyTypeKey } from './agency-types';
import { PROVINCES } from './geography';
import { centralName, placeName } from './names';
import { hashSeed, Rng } from './prng';

/** First and last fiscal year (BE) of the synthetic dataset. */
export const FIRST_YEAR = 2562;
export const LAST_YEAR = 2568;

/** One fictional agency. */
export interface SyntheticOrg {
  /** Position in the list; the id is `SYN` + (index + 1) on five digits. */
  index: number;
  id: string;
  name: string;
  type: AgencyTypeKey;
  /** Thai province name (one of the 77). */
  province: string;
  /** Thai district name within that province. */
  district: string;
  /** First and last fiscal year assessed. */
  firstYear: number;
  lastYear: number;
}

/** Whether an agency was assessed in a fiscal year. */
export function isActive(org: SyntheticOrg, year: number): boolean {
  return year >= org.firstYear && year <= org.lastYear;
}

// Year-on-year changes 2563…2568, chosen so that the active counts are 8,296 (2562), 8,303, 8,300, 8,303,
// 8,310, 8,325 and 8,317 (published counts where known).
const UPGRADES = [2, 3, 2, 3, 2, 2];
const OTHER_EXITS = [1, 4, 1, 1, 1, 10];
const OTHER_ENTRIES = [8, 1, 4, 8, 16, 2];
const ENTRY_TYPES: readonly AgencyTypeKey[] = [
  'publicOrganisation',
  'publicOrganisation',
  'university',
  'department',
  'otherState',
  'tambonMunicipality',
];

interface Draft {
  type: AgencyType;
  typeRank: number;
  p: number;
  d: number;
  name: string;
  firstYear: number;
  lastYear: number;
}

class Builder {
  readonly rng: Rng;
  private readonly used = new Set<string>();
  private readonly saoWeights: Float64Array[];
  private readonly munWeights: Float64Array[];

  constructor(seed: number) {
    this.rng = new Rng(hashSeed(seed, 0x0e6a));
    this.saoWeights = PROVINCES.map((prov) =>
      Float64Array.from(prov.districts, () => 0.3 + 1.4 * this.rng.next()),
    );
    this.munWeights = PROVINCES.map((prov) =>
      Float64Array.from(prov.districts, (_, i) => (i === 0 ? 3 : 0.4 + this.rng.next())),
    );
  }

  /** A name unique within its district (local) or in the whole country (central). */
  name(type: AgencyType, p: number, d: number): string {
    for (;;) {
      const n = type.nameKind ? centralName(type.nameKind, this.rng) : type.prefix + placeName(this.rng);
      const base = type.nameKind ? n : n.slice(type.prefix.length);
      const key = type.nameKind ? `c|${n}` : `${p}|${d}|${base}`;
      if (!this.used.has(key)) {
        this.used.add(key);
        return n;
      }
    }
  }

  /** A province (never Bangkok) and district drawn by the given weights. */
  localPlace(weights: Float64Array[]): [number, number] {
    let total = 0;
    for (let p = 1; p < weights.length; p++) for (const w of weights[p] as Float64Array) total += w;
    let r = this.rng.next() * total;
    for (let p = 1; p < weights.length; p++) {
      const ws = weights[p] as Float64Array;
      for (let d = 0; d < ws.length; d++) {
        r -= ws[d] as number;
        if (r < 0) return [p, d];
      }
    }
    return [weights.length - 1, 0];
  }

  centralPlace(type: AgencyType, index: number): [number, number] {
    const rng = this.rng;
    if (type.key === 'province') return [index + 1, 0];
    if (type.key === 'university' && rng.next() < 0.7) {
      const p = 1 + rng.int(PROVINCES.length - 1);
      return [
        p,
        rng.next() < 0.6 ? 0 : rng.int((PROVINCES[p] as (typeof PROVINCES)[number]).districts.length),
      ];
    }
    const p = rng.next() < 0.85 ? 0 : 2 + rng.int(2); // Bangkok, else Nonthaburi or Pathum Thani
    return [p, rng.int((PROVINCES[p] as (typeof PROVINCES)[number]).districts.length)];
  }

  place(type: AgencyType, index: number): [number, number] {
    const rng = this.rng;
    switch (type.key) {
      case 'pao':
        return [index + 1, 0];
      case 'cityMunicipality': {
        const [p, d] = this.localPlace(this.munWeights);
        return [p, rng.next() < 0.7 ? 0 : d];
      }
      case 'townMunicipality':
      case 'tambonMunicipality':
        return this.localPlace(this.munWeights);
      case 'sao':
        return this.localPlace(this.saoWeights);
      default:
        return this.centralPlace(type, index);
    }
  }

  draft(type: AgencyType, index: number, firstYear: number): Draft {
    const [p, d] = this.place(type, index);
    const typeRank = AGENCY_TYPES.indexOf(type);
    return { type, typeRank, p, d, name: this.name(type, p, d), firstYear, lastYear: LAST_YEAR };
  }
}

function compareDrafts(a: Draft, b: Draft): number {
  // Central agencies first by type; local agencies by province, then type, then district.
  const ca = a.type.local ? 1 : 0;
  const cb = b.type.local ? 1 : 0;
  if (ca !== cb) return ca - cb;
  const keysA = ca ? [a.p, a.typeRank, a.d] : [a.typeRank, a.p, a.d];
  const keysB = cb ? [b.p, b.typeRank, b.d] : [b.typeRank, b.p, b.d];
  for (let i = 0; i < 3; i++) if (keysA[i] !== keysB[i]) return (keysA[i] as number) - (keysB[i] as number);
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Every agency of the synthetic dataset (about 8,350, of which 8,296–8,325 are active in a given year). */
export function generateOrganisations(seed: number): SyntheticOrg[] {
  const b = new Builder(seed);
  const base: Draft[] = [];
  for (const type of AGENCY_TYPES)
    for (let i = 0; i < type.count; i++) base.push(b.draft(type, i, FIRST_YEAR));
  base.sort(compareDrafts);
  const all = [...base];
  const rng = b.rng;
  for (let k = 0; k < UPGRADES.length; k++) {
    const year = FIRST_YEAR + 1 + k;
    const active = all.filter((o) => o.lastYear === LAST_YEAR && o.firstYear < year);
    const saos = active.filter((o) => o.type.key === 'sao');
    for (let u = 0; u < (UPGRADES[k] as number); u++) {
      const old = saos.splice(rng.int(saos.length), 1)[0] as Draft;
      old.lastYear = year - 1;
      const type = AGENCY_TYPE.tambonMunicipality;
      all.push({
        ...old,
        type,
        typeRank: AGENCY_TYPES.indexOf(type),
        name: b.name(type, old.p, old.d),
        firstYear: year,
        lastYear: LAST_YEAR,
      });
    }
    const removable = active.filter(
      (o) => o.lastYear === LAST_YEAR && o.type.key !== 'pao' && o.type.key !== 'province',
    );
    for (let x = 0; x < (OTHER_EXITS[k] as number); x++) {
      (removable.splice(rng.int(removable.length), 1)[0] as Draft).lastYear = year - 1;
    }
    for (let e = 0; e < (OTHER_ENTRIES[k] as number); e++)
      all.push(b.draft(AGENCY_TYPE[rng.pick(ENTRY_TYPES)], e, year));
  }
  return all.map((o, index) => ({
    index,
    id: `SYN${String(index + 1).padStart(5, '0')}`,
    name: o.name,
    type: o.type.key,
    province: (PROVINCES[o.p] as (typeof PROVINCES)[number]).nameTh,
    district: (PROVINCES[o.p] as (typeof PROVINCES)[number]).districts[o.d] as string,
    firstYear: o.firstYear,
    lastYear: o.lastYear,
  }));
}
