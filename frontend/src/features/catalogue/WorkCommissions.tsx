// The manager's commission on a work, by media.
import { useEffect, useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { Media } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useI18n } from '../../app/i18n';
import { MEDIA, basisPointsToPercent, formatPercent, mediaKey, percentToBasisPoints } from './royalties';
import './catalogue.css';
import { EmptyState } from '../../ui';
import type { WorkData } from './WorkPage';
import { nextRowKey } from './rowKeys';

const SetCommissionsMutation = graphql(`
  mutation SetCommissions($workId: ID!, $commissions: [CommissionInput!]!) {
    setCommissions(workId: $workId, commissions: $commissions) {
      id
      commissions {
        media
        basisPoints
      }
    }
  }
`);

interface CommissionRow {
  key: number;
  media: Media;
  percent: string;
}

export function CommissionsEditor({ work, canEdit }: { work: WorkData; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const initial = () => work.commissions.map((c) => ({ key: nextRowKey(), media: c.media, percent: basisPointsToPercent(c.basisPoints, lang) }));
  const [rows, setRows] = useState<CommissionRow[]>(initial);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, save] = useMutation(SetCommissionsMutation);

  useEffect(() => {
    if (!dirty) setRows(initial());
  }, [work.commissions, lang]);

  function change(next: CommissionRow[]) {
    setRows(next);
    setDirty(true);
    setResult(null);
  }

  const invalid = rows.some((r) => {
    const bp = percentToBasisPoints(r.percent);
    return bp == null || bp > 10000;
  });
  const repeated = new Set(rows.map((r) => r.media)).size !== rows.length;

  async function submit(e: Event) {
    e.preventDefault();
    if (invalid || repeated) return;
    const res = await save({ workId: work.id, commissions: rows.map((r) => ({ media: r.media, basisPoints: percentToBasisPoints(r.percent)! })) });
    if (res.data) {
      setDirty(false);
      setResult({ ok: true, text: t('catalogue.commissionsSaved') });
    } else {
      setResult({ ok: false, text: describeError(res.error, t) });
    }
  }

  return (
    <section class="work-section" aria-labelledby="commissions-title">
      <h2 id="commissions-title">{t('catalogue.commissions')}</h2>
      <p class="muted small-print">{t('catalogue.commissionsHint')}</p>
      {!canEdit ? (
        work.commissions.length === 0 ? (
          <EmptyState>{t('catalogue.noCommissions')}</EmptyState>
        ) : (
          <ul class="rows">
            {work.commissions.map((c) => (
              <li key={c.media}>
                <span class="grow">{t(mediaKey(c.media))}</span>
                <span>{formatPercent(c.basisPoints, lang)}</span>
              </li>
            ))}
          </ul>
        )
      ) : (
        <form onSubmit={submit} noValidate data-testid="commissions-form">
          {rows.length === 0 && <EmptyState>{t('catalogue.noCommissions')}</EmptyState>}
          <ul class="rows commission-rows">
            {rows.map((r) => (
              <li key={r.key}>
                <select
                  value={r.media}
                  aria-label={t('catalogue.media')}
                  onChange={(e) => change(rows.map((x) => (x.key === r.key ? { ...x, media: e.currentTarget.value as Media } : x)))}
                >
                  {MEDIA.map((m) => (
                    <option key={m} value={m}>
                      {t(mediaKey(m))}
                    </option>
                  ))}
                </select>
                <input
                  inputMode="decimal"
                  value={r.percent}
                  aria-label={t('catalogue.percent')}
                  aria-invalid={percentToBasisPoints(r.percent) == null ? true : undefined}
                  onInput={(e) => change(rows.map((x) => (x.key === r.key ? { ...x, percent: e.currentTarget.value } : x)))}
                />
                <span aria-hidden="true">%</span>
                <button type="button" class="secondary outline small" onClick={() => change(rows.filter((x) => x.key !== r.key))}>
                  {t('common.delete')}
                </button>
              </li>
            ))}
          </ul>
          {invalid && <p class="error">{t('catalogue.errorPercent')}</p>}
          {repeated && <p class="error">{t('catalogue.errorRepeatedMedia')}</p>}
          {result && (
            <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
              {result.text}
            </p>
          )}
          <div class="action-buttons">
            <button type="button" class="secondary small" onClick={() => change([...rows, { key: nextRowKey(), media: 'ALL', percent: '' }])}>
              {t('catalogue.addCommission')}
            </button>
            <button type="submit" class="small" disabled={state.fetching || !dirty || invalid || repeated} aria-busy={state.fetching}>
              {t('catalogue.saveCommissions')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
