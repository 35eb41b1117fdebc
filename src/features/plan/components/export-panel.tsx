import type { ReactNode } from 'react';
import type { Plan } from '@analysis/plans/types';
import { DocumentExport } from '@/shared/document/document-export';
import { useMessages } from '@/shared/i18n/messages';
import { exportPlanCsv, exportPlanDocx, type ExportOptions } from '../lib/export';
import { planMessages } from '../messages';

export interface ExportPanelProps {
  plan: Plan;
  options: ExportOptions;
  onOptions: (patch: Partial<Pick<ExportOptions, 'thaiDigits' | 'timeframes'>>) => void;
  /** More controls at the end of the bar (the preview switch). */
  extra?: ReactNode;
}

/**
 * The plan's Word, CSV and print (timeframes written as quarters by default) in a bar that stays at the
 * top of the screen while the plan scrolls under it, then the document options in their own panel.
 */
export function ExportPanel({ plan, options, onOptions, extra }: ExportPanelProps) {
  const m = useMessages(planMessages);
  return (
    <DocumentExport
      planYear={plan.planYear}
      options={options}
      onOptions={onOptions}
      timeframesLabel={m('export.timeframes')}
      docx={() => exportPlanDocx(plan, options)}
      csv={() => exportPlanCsv(plan, options)}
      hint={m('export.hint')}
      sticky
      extra={extra}
    />
  );
}
