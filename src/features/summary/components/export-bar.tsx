import { useState } from 'react';
import { summaryCsv } from '@analysis/summary/summary-csv';
import type { SummaryTable } from '@analysis/summary/types';
import { Notice } from '@/shared/ui/notice';
import { downloadBytes, downloadText, safeFileName } from '@/shared/ui/download';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { summaryMessages } from '../messages';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel (the writer is loaded only now), CSV and print of the table as shown. */
export function ExportBar({ table, title }: { table: SummaryTable; title: string }) {
  const m = useMessages(summaryMessages);
  const { lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const base = safeFileName(`${m('export.fileName')}-${title}`);
  const xlsx = async () => {
    setBusy(true);
    setError(null);
    try {
      const { summaryXlsx } = await import('@analysis/summary/summary-xlsx');
      downloadBytes(`${base}.xlsx`, await summaryXlsx(table, lang), XLSX_MIME);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="no-print">
      <div className="actions summary-export" role="group" aria-label={m('export.title')}>
        <button
          type="button"
          className="primary"
          onClick={() => void xlsx()}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? m('export.working') : m('export.xlsx')}
        </button>
        <button type="button" onClick={() => downloadText(`${base}.csv`, summaryCsv(table, lang))}>
          {m('export.csv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {m('export.print')}
        </button>
      </div>
      {error ? <Notice tone="error">{m('export.failed', { detail: error })}</Notice> : null}
    </div>
  );
}
