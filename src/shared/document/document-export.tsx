import { useId, useState, type ReactNode } from 'react';
import type { Lang } from '@analysis/text/lang';
import { timeframeText } from '@analysis/plans/timeframe';
import { defineMessages, useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { SelectField } from '@/shared/ui/select-field';

const messages = defineMessages(
  {
    title: 'ส่งออกและพิมพ์',
    options: 'รูปแบบเอกสาร',
    quarters: 'ไตรมาส ({example})',
    months: 'เดือน ({example})',
    thaiDigits: 'ใช้ตัวเลขไทย (๑๒๓) ในเอกสาร',
    docx: 'ดาวน์โหลด Word (.docx)',
    csv: 'ดาวน์โหลด CSV',
    print: 'พิมพ์ / บันทึกเป็น PDF',
    busy: 'กำลังสร้างไฟล์ Word…',
    done: 'สร้างไฟล์ {name} แล้ว',
    failed: 'สร้างไฟล์ไม่สำเร็จ: {detail}',
  },
  {
    title: 'Export and print',
    options: 'Document format',
    quarters: 'Quarters ({example})',
    months: 'Months ({example})',
    thaiDigits: 'Thai digits (๑๒๓) in the document',
    docx: 'Download Word (.docx)',
    csv: 'Download CSV',
    print: 'Print / save as PDF',
    busy: 'Building the Word file…',
    done: '{name} is ready',
    failed: 'Could not build the file: {detail}',
  },
);

export type Timeframes = 'quarters' | 'months';

/** The two ways of writing timeframes, the default (quarters, as seed 004 prints them) first. */
const TIMEFRAME_ORDER: readonly Timeframes[] = ['quarters', 'months'];

/** The options a signed document (the plan, the results report) is written with. */
export interface DocumentOptions {
  timeframes: Timeframes;
  thaiDigits: boolean;
  lang: Lang;
}

export interface DocumentExportProps {
  /** The fiscal year the document's timeframes fall in (for the examples beside the choice). */
  planYear: number;
  options: DocumentOptions;
  onOptions: (patch: { timeframes?: Timeframes; thaiDigits?: boolean }) => void;
  /** The label of the timeframe choice. */
  timeframesLabel: string;
  /** Builds and downloads the Word file; resolves to its name. */
  docx: () => Promise<string>;
  /** Builds and downloads the CSV; returns its name. */
  csv: () => string;
  /** What the Word file and the print look like. */
  hint: string;
  /**
   * The buttons in a bar that stays at the top of the screen while a long document scrolls under it
   * (the editor's direct child), the options in a panel of their own; otherwise one panel.
   */
  sticky?: boolean;
  /** More controls at the end of the buttons (the plan's preview switch). */
  extra?: ReactNode;
}

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; detail: string };

const failed = (err: unknown): Status => ({
  kind: 'failed',
  detail: err instanceof Error ? err.message : String(err),
});

/** Word, CSV and print of a document, with its options (timeframes as quarters or months, Thai digits). */
export function DocumentExport(p: DocumentExportProps) {
  const m = useMessages(messages);
  const { fmt } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const headingId = useId();
  const digitsId = useId();
  const optionsId = useId();
  const docx = () => {
    if (status.kind === 'busy') return;
    setStatus({ kind: 'busy' });
    p.docx().then(
      (name) => setStatus({ kind: 'done', name }),
      (err: unknown) => setStatus(failed(err)),
    );
  };
  const csv = () => {
    try {
      setStatus({ kind: 'done', name: p.csv() });
    } catch (err) {
      setStatus(failed(err));
    }
  };
  const options = (
    <div className="filters">
      <SelectField
        label={p.timeframesLabel}
        value={p.options.timeframes}
        onChange={(v) => p.onOptions({ timeframes: v === 'months' ? 'months' : 'quarters' })}
      >
        {TIMEFRAME_ORDER.map((way) => (
          <option key={way} value={way}>
            {m(way, { example: fmt.digits(timeframeText('Q1-Q4', p.planYear, p.options.lang, way)) })}
          </option>
        ))}
      </SelectField>
      <div className="check">
        <input
          id={digitsId}
          type="checkbox"
          checked={p.options.thaiDigits}
          onChange={(e) => p.onOptions({ thaiDigits: e.currentTarget.checked })}
        />
        <label htmlFor={digitsId}>{m('thaiDigits')}</label>
      </div>
    </div>
  );
  const actions = (
    <div className="actions">
      {/* aria-disabled, not disabled, while the file is made: a disabled button would drop the focus. */}
      <button type="button" className="primary" onClick={docx} aria-disabled={status.kind === 'busy'}>
        {m('docx')}
      </button>
      <button type="button" onClick={csv}>
        {m('csv')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {m('print')}
      </button>
      {p.extra}
    </div>
  );
  const statusLine = (
    <p className={status.kind === 'failed' ? 'field-error' : 'muted small'} role="status">
      {status.kind === 'busy'
        ? m('busy')
        : status.kind === 'done'
          ? m('done', { name: status.name })
          : status.kind === 'failed'
            ? m('failed', { detail: status.detail })
            : ''}
    </p>
  );
  if (p.sticky) {
    return (
      <>
        <div
          className="export-bar no-print"
          role="region"
          aria-labelledby={headingId}
          data-testid="export-bar"
        >
          <h2 id={headingId} className="export-bar-title">
            {m('title')}
          </h2>
          {actions}
          {statusLine}
        </div>
        <section className="panel export-panel" aria-labelledby={optionsId}>
          <h2 id={optionsId}>{m('options')}</h2>
          {options}
          <p className="muted small">{p.hint}</p>
        </section>
      </>
    );
  }
  return (
    <section className="panel export-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m('title')}</h2>
      {options}
      {actions}
      <p className="muted small">{p.hint}</p>
      {statusLine}
    </section>
  );
}
