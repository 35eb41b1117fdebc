import { SLOT_COUNT, slotCode, slotKind } from '../codes';
import type { FileReport, PublishedTotal, Refusal } from '../dataset';
import type { Framework } from '../frameworks/types';
import { BUILTIN_FRAMEWORKS, resolveFramework, type FrameworkRegistry } from '../frameworks/registry';
import { ScoreTableBuilder } from '../table';
import { msg } from './messages';
import { OrgRegistry } from './org-registry';
import { parseNumberCell, parsePassFail } from './parse-number';
import { ProblemLog, type Message, type ProblemAt } from './problem-log';
import { SeenIndex } from './seen-index';

/** Options a caller gives ingest. */
export interface IngestOptions {
  /** Organisation id/name for files that have no organisation column. */
  orgId?: string;
  orgName?: string;
  /**
   * The CLI's `--org NAME`: an agency for files without an agency column, given as either its id or its
   * name. It fills org_id and org_name alike (what it is cannot be told apart; the filters match both).
   */
  org?: string;
  /** Fiscal year (BE) for files that have no year column. */
  year?: number;
  /** Frameworks to validate against (built-ins by default; a user's framework file adds to them). */
  frameworks?: FrameworkRegistry;
  /** Called as files are parsed: bytes done so far of all files' bytes (for a progress bar). */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Apply this framework year's rules to every year (the CLI's --framework). */
  forceFramework?: number;
  /** Column mappings the user chose, keyed by headerSignature(headers): column index → role name. */
  mappings?: Record<string, Record<number, string>>;
  /**
   * Internal, for tests and measurements: `false` turns off the byte-level reader of canonical long UTF-8
   * files (fast-long.ts) so every file takes the general path. The result is the same either way.
   */
  fastPath?: boolean;
}

/** Everything the file readers share while one ingest runs. */
export class IngestContext {
  readonly log = new ProblemLog();
  readonly builder = new ScoreTableBuilder(4096);
  readonly orgs = new OrgRegistry();
  readonly files: FileReport[] = [];
  readonly registry: FrameworkRegistry | undefined;
  /** Organisation × year × code cells that hold a kept score (duplicate detection). */
  readonly seen = new SeenIndex();
  /** Agency-years refused an overall (first reason kept), keyed by org × year. */
  readonly refused = new Map<number, Refusal>();
  readonly totals: PublishedTotal[] = [];
  private readonly frameworkByYear = new Map<number, Framework | null>();
  private readonly codeSets = new Map<Framework, Set<string>>();
  private readonly slotTables = new Map<number, Uint8Array | null>();
  readonly options: IngestOptions;
  /** The fiscal year of the file being read, when its caller knows it (InputFile.year). */
  fileYear: number | undefined;

  constructor(options: IngestOptions) {
    this.options = options;
    this.registry = options.frameworks;
  }

  /** Framework for a fiscal year (reporting a fallback or an unknown year once per file). */
  framework(year: number, at: ProblemAt): Framework | null {
    const fw = this.resolveYear(year);
    if (!fw) {
      const known = [...(this.registry ?? BUILTIN_FRAMEWORKS).keys()].sort().join(', ');
      this.log.add('error', 'no-framework', at, msg.noFramework(year, known));
    } else if (fw.year !== year && this.options.forceFramework === undefined) {
      this.log.add(
        'warning',
        'framework-fallback',
        { ...at, row: null },
        msg.frameworkFallback(year, fw.year),
      );
    }
    return fw;
  }

  private resolveYear(year: number): Framework | null {
    let fw = this.frameworkByYear.get(year);
    if (fw === undefined) {
      const r = resolveFramework(this.options.forceFramework ?? year, this.registry);
      fw = r ? r.framework : null;
      this.frameworkByYear.set(year, fw);
    }
    return fw;
  }

  /**
   * For the fast reader: which slots a year's framework holds (1 = in the framework), or null when
   * `framework(year)` would report something (no framework, a fallback), so the row must take the general path.
   */
  frameworkSlots(year: number): Uint8Array | null {
    let t = this.slotTables.get(year);
    if (t === undefined) {
      const fw = this.resolveYear(year);
      t = null;
      if (fw && (fw.year === year || this.options.forceFramework !== undefined)) {
        t = new Uint8Array(SLOT_COUNT);
        for (let s = 0; s < SLOT_COUNT; s++) t[s] = this.inFramework(fw, s) ? 1 : 0;
      }
      this.slotTables.set(year, t);
    }
    return t;
  }

  /** Whether a question/item code exists in the framework; indicators and the overall always do. */
  inFramework(fw: Framework, slot: number): boolean {
    const kind = slotKind(slot);
    if (kind === 'overall' || kind === 'indicator') return true;
    let set = this.codeSets.get(fw);
    if (!set) {
      set = new Set([...fw.questions.map((q) => q.code), ...fw.oitItems.map((o) => o.code)]);
      this.codeSets.set(fw, set);
    }
    return set.has(slotCode(slot));
  }

  /**
   * Validate one score cell and keep it: number, range, duplicates, OIT pass/fail. Returns whether the
   * value was kept. Optional negative share and respondents are validated separately and never cost the score.
   */
  acceptScore(
    org: number,
    year: number,
    slot: number,
    raw: string,
    negRaw: string | null,
    respRaw: string | null,
    fileIndex: number,
    at: ProblemAt,
  ): boolean {
    let value: number;
    const isItem = slotKind(slot) === 'OIT';
    const pf = isItem ? parsePassFail(raw) : null;
    if (pf !== null) value = pf;
    else {
      const n = parseNumberCell(raw);
      if (!n.ok) {
        if (n.reason === 'empty') this.log.add('info', 'empty-score', at, msg.emptyScore());
        else this.log.add('error', 'not-a-number', at, msg.notANumber());
        return false;
      }
      if (n.note === 'decimal-comma') this.log.add('warning', 'decimal-comma', at, msg.decimalComma());
      value = n.value;
    }
    if (value < 0 || value > 100) {
      this.log.add('error', 'score-out-of-range', at, msg.outOfRange());
      return false;
    }
    if (isItem && value !== 0 && value !== 100)
      this.log.add('warning', 'oit-not-binary', at, msg.oitNotBinary());
    const block = this.seen.block(org, year);
    if (this.seen.has(block, slot)) {
      this.duplicate(org, year, slot, value, at);
      return false;
    }
    let neg = NaN;
    if (negRaw !== null && negRaw.trim() !== '') {
      const n = parseNumberCell(negRaw);
      if (n.ok && n.value >= 0 && n.value <= 100) neg = n.value;
      else this.log.add('warning', 'bad-negative-pct', { ...at, value: negRaw }, msg.badNegative());
    }
    let resp = NaN;
    if (respRaw !== null && respRaw.trim() !== '') {
      const n = parseNumberCell(respRaw);
      if (n.ok && Number.isInteger(n.value) && n.value > 0) resp = n.value;
      else this.log.add('warning', 'bad-respondents', { ...at, value: respRaw }, msg.badRespondents());
    }
    this.seen.set(block, slot);
    this.builder.push(org, year, slot, value, neg, resp, fileIndex, at.row ?? 0);
    return true;
  }

  /** Refuse an agency-year its overall (the first reason is kept, unless `replace`: a more precise one). */
  refuse(org: number, year: number, kind: string, m: Message, replace = false): void {
    const key = org * 4096 + year;
    if (replace || !this.refused.has(key))
      this.refused.set(key, { org, year, kind, message_th: m.th, message_en: m.en });
  }

  /** Validate and keep a published tool total; a second, different total for the tool is a conflict. */
  acceptTotal(org: number, year: number, tool: number, raw: string, at: ProblemAt): boolean {
    const n = parseNumberCell(raw);
    if (!n.ok) {
      this.log.add('error', 'not-a-number', at, msg.notANumber());
      return false;
    }
    if (n.value < 0 || n.value > 100) {
      this.log.add('error', 'score-out-of-range', at, msg.outOfRange());
      return false;
    }
    const prev = this.totals.find((t) => t.org === org && t.year === year && t.tool === tool);
    if (prev) {
      if (prev.value !== n.value) {
        this.log.add('error', 'duplicate-conflict', at, msg.duplicateConflict(prev.row ?? 0));
        this.refuse(org, year, 'duplicate-conflict', msg.refusedConflict(at.file));
      }
      return false;
    }
    this.totals.push({ org, year, tool, value: n.value, file: at.file, row: at.row });
    return true;
  }

  /**
   * Report a score whose organisation × year × code already holds a kept one (the first is kept): a warning
   * when the values are equal, an error naming the first row otherwise.
   */
  duplicate(org: number, year: number, slot: number, value: number, at: ProblemAt): void {
    const prev = this.seen.firstIndex(this.builder, org, year, slot);
    if (this.builder.score[prev] === value)
      this.log.add('warning', 'duplicate-same', at, msg.duplicateSame());
    else {
      this.log.add(
        'error',
        'duplicate-conflict',
        at,
        msg.duplicateConflict(this.builder.row[prev] as number),
      );
      this.refuse(org, year, 'duplicate-conflict', msg.refusedConflict(at.file));
    }
  }
}
