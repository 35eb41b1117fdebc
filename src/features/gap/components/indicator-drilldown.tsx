import { useEffect, useRef } from 'react';
import type { Framework } from '@analysis/frameworks/types';
import type { Assessment } from '@analysis/scoring/assessment';
import { Notice } from '@/shared/ui/notice';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import type { QuestionRow } from '../lib/question-rows';
import { gapMessages } from '../messages';
import { OitChecklist } from './oit-checklist';
import { QuestionTable } from './question-table';

/** One indicator's questions or OIT items (a click on its bar or its row's button); focus moves here. */
export function IndicatorDrilldown({
  a,
  fw,
  id,
  rows,
  fileStem,
  onClose,
}: {
  a: Assessment;
  fw: Framework;
  id: number;
  rows: readonly QuestionRow[];
  fileStem: string;
  onClose: () => void;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, [id]);
  const ind = a.indicators.find((i) => i.id === id);
  if (!ind) return null;
  const hasParts = a.codes.some((c) => c.indicator === id);
  return (
    <section className="panel gap-drill" aria-labelledby="gap-drill-title" data-testid="drilldown">
      <div className="gap-drill-head">
        <h2 id="gap-drill-title" ref={heading} tabIndex={-1}>
          {m('drill.title', {
            id: fmt.digits(String(id)),
            name: pick(ind.nameTh, ind.nameEn),
            score: fmt.num(ind.score),
          })}
        </h2>
        <button type="button" className="button small no-print" onClick={onClose}>
          {m('drill.close')}
        </button>
      </div>
      {ind.tool === 'OIT' ? (
        <OitChecklist a={a} fw={fw} indicator={id} />
      ) : hasParts ? (
        <QuestionTable rows={rows} indicator={id} fileStem={fileStem} />
      ) : (
        <Notice tone="info">{m('drill.noQuestions', { tool: ind.tool })}</Notice>
      )}
      {ind.missingCodes.length ? (
        <p className="small">{m('drill.missing', { codes: ind.missingCodes.join(', ') })}</p>
      ) : null}
    </section>
  );
}
