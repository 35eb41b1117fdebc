import { SLOT_COUNT } from '../codes';
import type { ScoreTableBuilder } from '../table';

/** 32-bit words of one organisation-year's bitset (one bit per code slot). */
const WORDS = (SLOT_COUNT + 31) >>> 5;

/** Key of an organisation-year, as the table stores them (year as a Uint16, org as an Int32). */
function orgYearKey(org: number, year: number): number {
  return (org | 0) * 1024 + ((year & 0xffff) - 2000);
}

/**
 * Which organisation × year × code cells already hold a kept score: a bitset over the code slots per
 * organisation-year (a few bytes per agency-year instead of a Map entry per score). When a duplicate is
 * found, the first row is looked up in a map of kept rows built lazily from the table, so ingest pays for
 * that map only when a file has duplicates.
 */
export class SeenIndex {
  private bits = new Int32Array(WORDS * 256);
  private used = 0;
  private readonly blocks = new Map<number, number>();
  private first: Map<number, number> | null = null;
  private indexed = 0;

  /**
   * The bitsets (a reader may test and set bits itself: bit `slot & 31` of word `block + (slot >>> 5)`).
   * Replaced by a larger array when `block` adds an organisation-year, so take it again after calling it.
   */
  get words(): Int32Array {
    return this.bits;
  }

  /** Offset of an organisation-year's bitset (created empty on first use). */
  block(org: number, year: number): number {
    const key = orgYearKey(org, year);
    let b = this.blocks.get(key);
    if (b === undefined) {
      if (this.used + WORDS > this.bits.length) {
        const grown = new Int32Array(this.bits.length * 2);
        grown.set(this.bits);
        this.bits = grown;
      }
      b = this.used;
      this.used += WORDS;
      this.blocks.set(key, b);
    }
    return b;
  }

  /** Whether the slot of this organisation-year holds a kept score. */
  has(block: number, slot: number): boolean {
    return ((this.bits[block + (slot >>> 5)] as number) & (1 << (slot & 31))) !== 0;
  }

  /** Mark the slot of this organisation-year as kept. */
  set(block: number, slot: number): void {
    this.bits[block + (slot >>> 5)] |= 1 << (slot & 31);
  }

  /** Index in the table of the kept score of an organisation × year × slot (one `has` answered true for). */
  firstIndex(builder: ScoreTableBuilder, org: number, year: number, slot: number): number {
    const first = (this.first ??= new Map());
    for (let i = this.indexed; i < builder.length; i++) {
      const key =
        orgYearKey(builder.org[i] as number, builder.year[i] as number) * 256 + (builder.slot[i] as number);
      if (!first.has(key)) first.set(key, i);
    }
    this.indexed = builder.length;
    return first.get(orgYearKey(org, year) * 256 + slot) ?? -1;
  }
}
