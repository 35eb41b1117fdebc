import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { SourceFile } from '@/shared/dataset/types';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useOpenDataset } from '../hooks/use-open-dataset';
import { isTextTable, isWorkbook } from '../lib/xlsx';
import { sheetSourceName } from '@/shared/dataset/sheet-name';
import { listWorkbookSheets, WorkbookOpenError } from '@/shared/dataset/worker-client';
import { Field } from '@/shared/ui/field';
import { isDocumentFile, offerDocument } from '../lib/pending-document';
import { documentMessages } from '../document-messages';
import { useMessages } from '@/shared/i18n/messages';

interface PendingBook {
  file: File;
  sheets: string[];
  chosen: number;
}

function fromFile(f: File): SourceFile {
  return { name: f.name, size: f.size, lastModified: f.lastModified, blob: f };
}

/** The workbook itself (its bytes are what is kept), named for the sheet chosen when it has several. */
function fromSheet(b: PendingBook): SourceFile {
  const sheet = b.sheets[b.chosen] as string;
  const name = b.sheets.length > 1 ? sheetSourceName(b.file.name, sheet) : b.file.name;
  return { name, size: b.file.size, lastModified: b.file.lastModified, blob: b.file };
}

/** Drop or pick several CSV/Excel files at once; workbooks with several sheets ask which one. */
export function FileDrop() {
  const { t, pick } = useI18n();
  const doc = useMessages(documentMessages);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { openFiles } = useOpenDataset();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notes, setNotes] = useState<string[]>([]);
  const [pending, setPending] = useState<{ files: SourceFile[]; books: PendingBook[] } | null>(null);

  const accept = async (list: File[]) => {
    const notes: string[] = [];
    const files: SourceFile[] = [];
    const books: PendingBook[] = [];
    const workbooks = list.filter((f) => isWorkbook(f.name));
    if (workbooks.length > 0) setBusy(true);
    for (const f of list) {
      if (isTextTable(f.name)) files.push(fromFile(f));
      else if (isDocumentFile(f.name)) offerDocument(f);
      else if (!isWorkbook(f.name)) notes.push(t('drop.unsupported', { name: f.name }));
    }
    for (const f of workbooks) {
      try {
        const sheets = await listWorkbookSheets(f.name, f);
        if (sheets.length === 0) throw new Error('no sheet');
        books.push({ file: f, sheets, chosen: 0 });
      } catch (err) {
        notes.push(
          err instanceof WorkbookOpenError
            ? pick(err.th, err.en)
            : t('drop.xlsxFailed', {
                name: f.name,
                detail: err instanceof Error ? err.message : String(err),
              }),
        );
      }
    }
    setBusy(false);
    setNotes(notes);
    if (books.some((b) => b.sheets.length > 1)) setPending({ files, books });
    else if (files.length + books.length > 0) openFiles([...files, ...books.map(fromSheet)]);
  };

  // Files dropped anywhere on the page are read too (a browser would otherwise navigate away to them).
  const latest = useRef(accept);
  useEffect(() => {
    latest.current = accept;
  });
  useEffect(() => {
    const over = (e: globalThis.DragEvent) => e.preventDefault();
    const drop = (e: globalThis.DragEvent) => {
      e.preventDefault();
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length > 0) void latest.current(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void accept(Array.from(e.dataTransfer.files));
  };

  return (
    <section aria-labelledby="drop-title" className="panel">
      <h2 id="drop-title">{t('drop.title')}</h2>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p className="dropzone-hint">{t('drop.hint')}</p>
        <p>
          <span className="muted">{t('drop.or')} </span>
          <button type="button" className="primary" onClick={() => input.current?.click()}>
            {t('drop.pick')}
          </button>
          <input
            ref={input}
            id={inputId}
            className="visually-hidden"
            tabIndex={-1}
            type="file"
            multiple
            accept=".csv,.txt,.tsv,.xlsx,.pdf,text/csv,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('drop.inputLabel')}
            onChange={(e) => {
              const list = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              void accept(list);
            }}
          />
        </p>
        <p className="muted small">{t('drop.accept')}</p>
        <p className="muted small">{doc('dropPdf')}</p>
        {busy ? <p role="status">{t('drop.readingXlsx')}</p> : null}
      </div>
      {notes.map((n) => (
        <p key={n} className="notice notice-warning" role="status">
          {n}
        </p>
      ))}
      {pending ? (
        <form
          className="sheet-picker"
          onSubmit={(e) => {
            e.preventDefault();
            openFiles([...pending.files, ...pending.books.map(fromSheet)]);
            setPending(null);
          }}
        >
          <fieldset>
            <legend>{t('drop.sheetTitle')}</legend>
            {pending.books.map((b, bi) => (
              <Field key={b.file.name + String(bi)} label={t('drop.sheetFor', { name: b.file.name })}>
                {(id) => (
                  <select
                    id={id}
                    value={b.chosen}
                    onChange={(e) => {
                      const chosen = Number(e.currentTarget.value);
                      setPending({
                        ...pending,
                        books: pending.books.map((x, i) => (i === bi ? { ...x, chosen } : x)),
                      });
                    }}
                  >
                    {b.sheets.map((s, si) => (
                      <option key={s + String(si)} value={si}>
                        {s}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
            <div className="actions">
              <button type="submit" className="primary">
                {t('drop.sheetOpen')}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </fieldset>
        </form>
      ) : null}
    </section>
  );
}
