/**
 * A document's text as lines and columns (a PDF's text layer, or text copied out of a PDF viewer), and
 * what the document reader found in it. Everything here is plain data: it crosses from the worker to the
 * page by structured clone.
 */
import type { Message } from '../problem-log';

/** Where something was read: page (1-based; null for text without pages) and line on that page (1-based). */
export interface SourceLine {
  page: number | null;
  line: number;
}

/** One cell of a line: the text of one table column on it (or the whole line, outside tables). */
export interface DocCell {
  /** The text, cleaned (see clean-text.ts); paragraphs inside one cell are separated by `\n`. */
  text: string;
  /** Column: the cell's index on the line for plain text, the column its left edge falls in for a PDF. */
  col: number;
  /** Left and right edge in PDF points (plain text: the cell's index and index + 1). */
  x0: number;
  x1: number;
}

/** One line of the document. */
export interface DocLine extends SourceLine {
  /** The line's baseline in PDF points from the top of its page (plain text: the line's index in the text). */
  y: number;
  /** Height of the text (PDF points; 1 for plain text). */
  size: number;
  cells: DocCell[];
}

/** A document as lines: the input of the recognisers. */
export interface DocText {
  kind: 'pdf' | 'text';
  /** Pages (1 for text without page breaks). */
  pages: number;
  lines: DocLine[];
}

/** What a value is. */
export type ValueKind = 'indicator' | 'question' | 'item' | 'overall' | 'tool-total';

/** A remark on a value (how its code was read, what it was checked against), in Thai and English. */
export interface ValueNote extends Message {
  kind: string;
  /** A note the user must look at before the value is used (the code may be wrong). */
  attention?: boolean;
}

/** A finding's share of negative answers, tied to a question. */
export interface ReadShare {
  /** The share as printed (`๓๔.๐๔`). */
  value: string;
  at: SourceLine;
  /** The finding's sentence as printed. */
  text: string;
  /** How it was tied to the question. */
  how: 'wording' | 'order' | 'score' | 'user';
}

/** One value read from the document, with the line it came from. */
export interface ReadValue {
  /** Stable within one reading (`v1`, `v2`…). */
  id: string;
  kind: ValueKind;
  /**
   * The code the value is proposed for: `1`–`10` (indicator rows keep the number as printed in `number`, the
   * name in `text`: ingest decides names over numbers), `E10`, `I21`, `O5`, `overall`, or `IIT`/`EIT`/`OIT`.
   */
  code: string;
  /** The code or label as printed (`E๑๐`, `1๒๑`, `รวม IIT`). */
  printed: string;
  /** The question's, item's or indicator's wording as printed ('' when none). */
  text: string;
  /** The score as printed (`๖๖.๐๐`; `มี`/`ไม่มี` for an OIT item). */
  score: string;
  /** For indicator rows of a table: the tool and number cells as printed (the reader checks them). */
  tool?: string;
  number?: string;
  /** The line of the score. */
  at: SourceLine;
  /** The line the row or question began on, when not the score's line. */
  from?: SourceLine;
  negative?: ReadShare;
  notes: ValueNote[];
}

/** Something on a line the reader could not use: listed for the user, never dropped silently. */
export interface Unplaced {
  kind: 'finding' | 'question' | 'line';
  at: SourceLine;
  /** The text as printed (a finding's sentence, or the line). */
  text: string;
  /** A finding's share as printed. */
  share?: string;
  /** Codes of the questions it may belong to (a finding), best first. */
  candidates: string[];
  reason: Message;
}

/** A proposal the user confirms: the agency or the fiscal year, with the line it was read from. */
export interface Proposal<T> {
  value: T;
  at: SourceLine;
  /** The line's text. */
  text: string;
  /** Why this one (e.g. the year of the results the document analyses). */
  why: Message;
}

/** What the document reader found. */
export interface Reading {
  /** The document's name (the file's, or a name given to pasted text). */
  name: string;
  kind: 'pdf' | 'text';
  pages: number;
  lines: number;
  /** Agencies named in the heading, most likely first. */
  orgs: Proposal<string>[];
  /** Fiscal years (BE) the document names, most likely first. */
  years: Proposal<number>[];
  values: ReadValue[];
  unplaced: Unplaced[];
  /** The document could not be read at all, or holds no text (a scan): why, and what to do. */
  failure?: Message;
}
