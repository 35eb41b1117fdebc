import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { builtinEntry } from '@/shared/dataset/builtin-entries';
import { useDatasetEntry } from '@/shared/dataset/dataset-registry';
import { useMessages } from '@/shared/i18n/messages';
import { putPlan } from '@/shared/store/plan-state';
import type { StoredPlan } from '@/shared/store/plan-records';
import { draftNow } from '../hooks/use-draft';
import { planMessages } from '../messages';
import { ConfirmButton } from './confirm-button';

/** "Redraft from the assessment": after confirmation the plan is built again and replaces this one. */
export function Redraft({
  stored,
  ds,
  onDone,
}: {
  stored: StoredPlan;
  ds: string | null;
  onDone: () => void;
}) {
  const m = useMessages(planMessages);
  const client = useQueryClient();
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; detail: string }
  >({
    kind: 'idle',
  });
  const entry = useDatasetEntry(ds);
  const available = !!ds && (!!entry || !!builtinEntry(ds));
  const { orgKey, basedOnYear } = stored.plan;
  return (
    <div className="redraft">
      <p className="muted small">{available ? m('danger.resetHint') : m('danger.resetNoData')}</p>
      {state.kind === 'busy' ? (
        <p className="muted" role="status">
          {m('draft.loadingData')}
        </p>
      ) : state.kind === 'failed' ? (
        <p className="field-error" role="alert">
          {m('draft.dataFailed', { detail: state.detail })}
        </p>
      ) : null}
      <ConfirmButton
        label={m('danger.reset')}
        question={m('danger.resetConfirm')}
        yes={m('danger.resetYes')}
        no={m('cancel')}
        disabled={!available || state.kind === 'busy'}
        onConfirm={() => {
          if (!ds) return;
          setState({ kind: 'busy' });
          draftNow(client, ds, orgKey, basedOnYear).then(
            (plan) => {
              putPlan({ plan, ds, createdAt: stored.createdAt, updatedAt: Date.now() });
              setState({ kind: 'idle' });
              onDone();
            },
            (err: unknown) =>
              setState({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) }),
          );
        }}
      />
    </div>
  );
}
