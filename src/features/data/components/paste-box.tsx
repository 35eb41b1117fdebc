import { useRef, useState } from 'react';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { SINGLE_FILE } from '@/shared/env/single-file';
import { documentMessages } from '../document-messages';

const KEY = 'ita-lens:document-paste';

function keptText(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function keepText(text: string): void {
  try {
    if (text) localStorage.setItem(KEY, text);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked: the text stays in the box for this visit.
  }
}

/**
 * The paste box: text copied out of a PDF viewer (kept in the browser as it is typed, so a reload keeps it),
 * or a PDF or text file chosen here; either goes to the document reader.
 */
export function PasteBox({
  onText,
  onFile,
}: {
  onText: (text: string) => void;
  onFile: (file: File) => void;
}) {
  const m = useMessages(documentMessages);
  const [text, setText] = useState(keptText);
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      className="paste-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onText(text);
      }}
    >
      <Field label={m('pasteLabel')}>
        {(id) => (
          <>
            <textarea
              id={id}
              rows={8}
              value={text}
              spellCheck={false}
              aria-describedby={`${id}-hint`}
              onChange={(e) => {
                setText(e.currentTarget.value);
                keepText(e.currentTarget.value);
              }}
            />
            <span className="muted small" id={`${id}-hint`}>
              {m('pasteHint')}
            </span>
          </>
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          {m('read')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {m('pick')}
        </button>
        <input
          ref={input}
          className="visually-hidden"
          tabIndex={-1}
          type="file"
          accept={SINGLE_FILE ? '.txt,text/plain' : '.pdf,.txt,application/pdf,text/plain'}
          aria-label={m('pickLabel')}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) onFile(f);
          }}
        />
      </div>
      {SINGLE_FILE ? <p className="muted small">{m('noPdfHere')}</p> : null}
    </form>
  );
}
