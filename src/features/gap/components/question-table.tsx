import { DataTable } from '@/shared/ui/data-table';
import { useMemo } from 'react';
import { markLabel } from '@analysis/frameworks/wording';
import { downloadText, safeFileName } from '@/shared/ui/download';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useGapParams } from '../hooks/use-gap-params';
import {
  DEFAULT_DIR,
  questionCsv,
  shownQuestions,
  type QuestionRow,
  type QuestionSort,
} from '../lib/question-rows';
import { gapMessages } from '../messages';
import type { GapMessageKey } from '../messages-th';

const COLUMNS: { sort: QuestionSort | null; key: GapMessageKey; num?: boolean }[] = [
  { sort: 'code', key: 'q.col.question' },
  { sort: 'score', key: 'q.col.score', num: true },
  { sort: 'negative', key: 'q.col.finding' },
  { sort: 'gap', key: 'q.col.gap', num: true },
  { sort: 'gain', key: 'q.col.gain', num: true },
  { sort: 'impact', key: 'q.col.impact', num: true },
  { sort: null, key: 'q.col.status' },
];

/**
 * Every IIT/EIT question: wording, indicator, score, the negative share written as the finding, gap to
 * 85, what raising it to 85 adds to the overall and the gain per point, status. Sortable by every
 * figure (in the URL), weak-only filter, CSV of what is shown. `indicator` limits it to one indicator
 * (the drill-down), without the filters.
 */
export function QuestionTable({
  rows,
  indicator = null,
  fileStem,
}: {
  rows: readonly QuestionRow[];
  indicator?: number | null;
  fileStem: string;
}) {
  const m = useMessages(gapMessages);
  const { fmt, pick, lang } = useI18n();
  const [params, setParams] = useGapParams();
  const full = indicator === null;
  const shown = useMemo(
    () =>
      shownQuestions(rows, {
        weakOnly: full && params.weak,
        indicator,
        sort: params.sort,
        dir: params.dir,
      }),
    [rows, full, params.weak, indicator, params.sort, params.dir],
  );
  const sortBy = (s: QuestionSort) => {
    const dir = params.sort === s ? (params.dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[s];
    setParams({ sort: s, dir }, true);
  };
  const download = () => {
    const csv = questionCsv(shown, {
      header: [
        m('csv.code'),
        m('csv.indicator'),
        m('csv.tool'),
        m('csv.text'),
        m('csv.score'),
        m('csv.negative'),
        m('csv.finding'),
        m('csv.gap'),
        m('csv.impact'),
        m('csv.gain'),
        m('csv.status'),
      ],
      text: (r) => {
        const text = pick(r.textTh, r.textEn);
        return r.mark ? `${text} [${markLabel(r.mark, lang)}]` : text;
      },
      finding: (r) => (lang === 'th' ? r.findingTh : r.findingEn),
      status: (r) => (r.weak ? m('q.weak') : m('q.ok')),
    });
    downloadText(`${safeFileName(`${fileStem}-${lang === 'th' ? 'ข้อคำถาม' : 'questions'}`)}.csv`, csv);
  };
  if (rows.length === 0) return null;
  return (
    <div className="gap-questions">
      {full ? (
        <div className="filters">
          <label className="gap-check">
            <input
              type="checkbox"
              checked={params.weak}
              onChange={(e) => setParams({ weak: e.currentTarget.checked }, true)}
            />
            {m('q.weakOnly')}
          </label>
          <button type="button" className="button small no-print" onClick={download}>
            {m('q.csv')}
          </button>
        </div>
      ) : null}
      <p className="muted small" aria-live="polite">
        {m('q.count', {
          shown: fmt.int(shown.length),
          total: fmt.int(rows.filter((r) => indicator === null || r.indicator === indicator).length),
        })}
      </p>
      <DataTable
        head={
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.num ? 'num' : undefined}
                aria-sort={
                  c.sort && params.sort === c.sort
                    ? params.dir === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {c.sort ? (
                  <button type="button" className="gap-sort" onClick={() => sortBy(c.sort as QuestionSort)}>
                    {m(c.key)}
                    <span aria-hidden="true">
                      {params.sort === c.sort ? (params.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                ) : (
                  m(c.key)
                )}
              </th>
            ))}
          </tr>
        }
        caption={m('q.caption')}
        className="stack gap-q-table"
        testId={full ? 'question-table' : 'drill-questions'}
      >
        {shown.map((r) => (
          <tr key={r.code} className={r.weak ? 'gap-weak' : undefined} data-code={r.code}>
            <th scope="row">
              <span className="gap-code">{r.code}</span> {pick(r.textTh, r.textEn)}
              {r.mark ? (
                <div className="small gap-mark" data-testid="wording-mark">
                  {fmt.digits(markLabel(r.mark, lang))}
                </div>
              ) : null}
              <div className="muted small">
                {m('q.indicator', { id: fmt.digits(String(r.indicator)), tool: r.tool })}
              </div>
            </th>
            <td className="num" data-label={m('q.col.score')}>
              <strong>{fmt.num(r.score)}</strong>
            </td>
            <td data-label={m('q.col.finding')} className="gap-finding">
              {/* A share worked out or estimated from the score says so in the finding itself. */}
              {(lang === 'th' ? r.findingTh : r.findingEn) ? (
                fmt.digits((lang === 'th' ? r.findingTh : r.findingEn) ?? '')
              ) : (
                <span className="muted">{m('q.noShare')}</span>
              )}
            </td>
            <td className="num" data-label={m('q.col.gap')}>
              {fmt.num(r.gap)}
            </td>
            <td className="num" data-label={m('q.col.gain')}>
              {r.gain > 0 ? `+${fmt.num(r.gain)}` : fmt.num(0)}
            </td>
            <td className="num" data-label={m('q.col.impact')}>
              {fmt.num(r.impact, 3)}
            </td>
            <td data-label={m('q.col.status')}>
              <span className={r.weak ? 'gap-status-weak' : 'gap-status-ok'}>
                {r.weak ? `▼ ${m('q.weak')}` : `✓ ${m('q.ok')}`}
              </span>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
