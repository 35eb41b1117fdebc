import { useRef, useState } from 'react';
import { isEncodedDataset } from '@analysis/exports/columnar';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { SourceFile } from '@/shared/dataset/types';
import { hostedAppUrl } from '@/shared/env/single-file';
import { singleFileMessages } from '@/shared/env/single-file-messages';

/**
 * The national demo's card in the one-file build, which does not carry the 27 MB demo: the user picks the
 * same national.bin the hosted app serves (downloaded separately), and it opens like any file they give.
 */
export function DemoFileCard({ onOpen }: { onOpen: (files: SourceFile[]) => void }) {
  const { t, fmt } = useI18n();
  const m = useMessages(singleFileMessages);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const hosted = hostedAppUrl();
  const pick = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    if (!isEncodedDataset(head)) {
      setProblem(m('demo.notDemo', { name: file.name }));
      return;
    }
    setProblem(null);
    onOpen([{ name: file.name, size: file.size, lastModified: file.lastModified, blob: file }]);
  };
  return (
    <li className="card card-synthetic" data-testid="demo-file-card">
      <span className="badge badge-synthetic">{t('open.demo.badge')}</span>
      <h3>{t('open.demo.title')}</h3>
      <p>{fmt.digits(t('open.demo.bodyUnknown'))}</p>
      <p>{m('demo.notInFile')}</p>
      {hosted ? (
        <p>
          <a href={`${hosted}demo/national.bin`} download="national.bin">
            {m('demo.download')}
          </a>{' '}
          · <a href={hosted}>{m('demo.hosted')}</a>
        </p>
      ) : (
        <p className="source">{m('demo.askSender')}</p>
      )}
      {problem ? (
        <p className="notice notice-warning" role="status">
          {problem}
        </p>
      ) : null}
      <input
        ref={input}
        type="file"
        accept=".bin,application/octet-stream"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={m('demo.pickLabel')}
        onChange={(e) => {
          void pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <button type="button" className="primary" onClick={() => input.current?.click()}>
        {m('demo.pick')}
      </button>
    </li>
  );
}
