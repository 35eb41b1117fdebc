import type { Plan } from '@analysis/plans/types';
import { useMessages } from '@/shared/i18n/messages';
import type { LayoutOptions } from '../lib/plan-layout';
import { planMessages } from '../messages';
import { PlanPrint } from './plan-print';

/**
 * A live preview of the document page: the very table the Word export and the print are made from
 * (planLayout → analysis/plans/plan-table.ts), drawn on an A4-landscape sheet and redrawn on every edit.
 */
export function PlanPreview({ plan, options }: { plan: Plan; options: LayoutOptions }) {
  const m = useMessages(planMessages);
  return (
    <section className="panel plan-preview no-print" aria-labelledby="plan-preview-h" id="plan-preview">
      <h2 id="plan-preview-h">{m('preview.title')}</h2>
      <p className="muted small">{m('preview.hint')}</p>
      <div className="doc-preview" data-testid="plan-preview">
        <div className="doc-sheet">
          <PlanPrint plan={plan} options={options} testId="plan-preview-doc" />
        </div>
      </div>
    </section>
  );
}
