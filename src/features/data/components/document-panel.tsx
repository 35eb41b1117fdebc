import { Notice } from '@/shared/ui/notice';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { documentMessages } from '../document-messages';
import '../document.css';
import { useDocumentReading } from '../hooks/use-document-reading';
import { useOpenDataset } from '../hooks/use-open-dataset';
import { draftFile } from '../lib/reading-draft';
import { PasteBox } from './paste-box';
import { ReadingConfirm } from './reading-confirm';

/**
 * Figures from the documents people already hold: text pasted from a PDF viewer, or a PDF (or text file)
 * chosen here or dropped on the file box, read in a worker; the confirm step shows every value beside its
 * line; the confirmed values become the dataset's file (a CSV), read and checked like any other.
 */
export function DocumentPanel() {
  const m = useMessages(documentMessages);
  const { pick } = useI18n();
  const { state, read, cancel, update, discard } = useDocumentReading();
  const { openFiles } = useOpenDataset();
  return (
    <section aria-labelledby="document-title" className="panel document-panel" data-testid="document-panel">
      <h2 id="document-title">{m('title')}</h2>
      {state.status === 'ready' ? (
        <ReadingConfirm
          draft={state.draft}
          onChange={update}
          onDiscard={discard}
          onUse={() => {
            const f = draftFile(state.draft);
            const blob = new Blob([f.csv], { type: 'text/csv' });
            openFiles([{ name: f.name, size: blob.size, lastModified: Date.now(), blob }]);
            discard();
          }}
        />
      ) : (
        <>
          <p className="lead">{m('intro')}</p>
          {state.status === 'reading' ? (
            <p role="status">
              {m('reading', { name: state.name })}{' '}
              <button type="button" onClick={cancel}>
                {m('cancel')}
              </button>
            </p>
          ) : null}
          {state.status === 'failed' ? (
            <Notice tone="error">
              {m('failed', {
                name: state.name,
                detail:
                  typeof state.detail === 'string' ? state.detail : pick(state.detail.th, state.detail.en),
              })}
            </Notice>
          ) : null}
          <PasteBox
            onText={(text) => read({ name: m('pasted'), text })}
            onFile={(file) => read({ name: file.name, blob: file })}
          />
        </>
      )}
    </section>
  );
}
