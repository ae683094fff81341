// A work's rights shares: the table, and the editor that checks each row before the server checks the 100 %.
import { useEffect, useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { Media } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { useI18n, type Key } from '../../app/i18n';
import { MEDIA, basisPointsToPercent, formatPercent, mediaKey, percentToBasisPoints, territoryLabel } from './royalties';
import './catalogue.css';
import { EmptyState } from '../../ui';
import type { WorkData, Holder } from './WorkPage';
import { nextRowKey } from './rowKeys';

const SetSharesMutation = graphql(`
  mutation SetShares($workId: ID!, $shares: [ShareInput!]!) {
    setShares(workId: $workId, shares: $shares) {
      ...WorkShares
    }
  }
`);

const TERRITORIES = ['WORLD', 'FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'DE', 'IT', 'ES', 'GB', 'US'];

interface ShareRow {
  key: number;
  holderId: string;
  media: Media;
  territory: string;
  validFrom: string;
  validTo: string;
  percent: string;
}

function rowsOf(work: Pick<WorkData, 'shares'>, lang: 'fr' | 'en'): ShareRow[] {
  return work.shares.map((s) => ({
    key: nextRowKey(),
    holderId: s.holder.id,
    media: s.media,
    territory: s.territory,
    validFrom: s.validFrom ?? '',
    validTo: s.validTo ?? '',
    percent: basisPointsToPercent(s.basisPoints, lang),
  }));
}

/** The problem with a row before it is sent, as an i18n key, or null. */
function shareRowError(r: ShareRow): Key | null {
  if (!r.holderId) return 'catalogue.errorHolder';
  if (!/^(WORLD|[A-Za-z]{2})$/.test(r.territory.trim())) return 'catalogue.errorTerritory';
  const bp = percentToBasisPoints(r.percent);
  if (bp == null) return 'catalogue.errorPercent';
  if (bp < 1 || bp > 10000) return 'catalogue.errorPercentRange';
  if (r.validFrom && r.validTo && r.validTo < r.validFrom) return 'catalogue.errorDates';
  return null;
}

export function SharesEditor({ work, holders, canEdit }: { work: WorkData; holders: Holder[]; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<ShareRow[]>(() => rowsOf(work, lang));
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, save] = useMutation(SetSharesMutation);

  // Another session's change (or a refetch) is taken in while nothing is being edited.
  useEffect(() => {
    if (!dirty) setRows(rowsOf(work, lang));
  }, [work.shares, lang]);

  function update(key: number, patch: Partial<ShareRow>) {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setDirty(true);
    setResult(null);
  }

  function add() {
    setRows((rs) => [...rs, { key: nextRowKey(), holderId: '', media: 'ALL', territory: 'WORLD', validFrom: '', validTo: '', percent: '' }]);
    setDirty(true);
    setResult(null);
  }

  function remove(key: number) {
    setRows((rs) => rs.filter((r) => r.key !== key));
    setDirty(true);
    setResult(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    setTried(true);
    setResult(null);
    if (rows.some((r) => shareRowError(r))) return;
    const shares = rows.map((r) => ({
      holderId: r.holderId,
      media: r.media,
      territory: r.territory.trim().toUpperCase(),
      validFrom: r.validFrom || null,
      validTo: r.validTo || null,
      basisPoints: percentToBasisPoints(r.percent)!,
    }));
    const res = await save({ workId: work.id, shares });
    if (res.data) {
      setDirty(false);
      setTried(false);
      setRows(rowsOf(res.data.setShares, lang));
      setResult({ ok: true, text: t('catalogue.sharesSaved') });
    } else {
      setResult({ ok: false, text: describeError(res.error, t) });
    }
  }

  function reset() {
    setRows(rowsOf(work, lang));
    setDirty(false);
    setTried(false);
    setResult(null);
  }

  const total = rows.reduce((sum, r) => sum + (percentToBasisPoints(r.percent) ?? 0), 0);

  return (
    <section class="work-section" aria-labelledby="shares-title">
      <h2 id="shares-title">{t('catalogue.shares')}</h2>
      <p class="muted small-print">{t('catalogue.sharesHint')}</p>
      {!canEdit ? (
        <ShareTable work={work} />
      ) : (
        <form onSubmit={submit} noValidate data-testid="shares-form">
          <datalist id="territories">
            {TERRITORIES.map((c) => (
              <option key={c} value={c}>
                {territoryLabel(c, lang)}
              </option>
            ))}
          </datalist>
          {rows.length === 0 && <EmptyState>{t('catalogue.noShares')}</EmptyState>}
          <ol class="share-rows">
            {rows.map((r, i) => {
              const err = tried ? shareRowError(r) : null;
              return (
                <li key={r.key} class={`share-row ${err ? 'invalid' : ''}`} data-testid="share-row">
                  <label class="share-holder">
                    {t('catalogue.holder')}
                    <select value={r.holderId} onChange={(e) => update(r.key, { holderId: e.currentTarget.value })} data-testid="share-holder">
                      <option value="">{t('catalogue.chooseHolder')}</option>
                      {holders.map((h) => (
                        <option key={h.id} value={h.id}>
                          {h.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t('catalogue.media')}
                    <select value={r.media} onChange={(e) => update(r.key, { media: e.currentTarget.value as Media })} data-testid="share-media">
                      {MEDIA.map((m) => (
                        <option key={m} value={m}>
                          {t(mediaKey(m))}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t('catalogue.territory')}
                    <input
                      list="territories"
                      value={r.territory}
                      autocapitalize="characters"
                      onInput={(e) => update(r.key, { territory: e.currentTarget.value.toUpperCase() })}
                      data-testid="share-territory"
                    />
                  </label>
                  <label>
                    {t('catalogue.validFrom')}
                    <input type="date" value={r.validFrom} onInput={(e) => update(r.key, { validFrom: e.currentTarget.value })} />
                  </label>
                  <label>
                    {t('catalogue.validTo')}
                    <input type="date" value={r.validTo} onInput={(e) => update(r.key, { validTo: e.currentTarget.value })} />
                  </label>
                  <label>
                    {t('catalogue.percent')}
                    <input
                      inputMode="decimal"
                      value={r.percent}
                      placeholder="12,5"
                      aria-invalid={err === 'catalogue.errorPercent' || err === 'catalogue.errorPercentRange' ? true : undefined}
                      onInput={(e) => update(r.key, { percent: e.currentTarget.value })}
                      data-testid="share-percent"
                    />
                  </label>
                  <div class="share-row-end">
                    <button
                      type="button"
                      class="secondary outline small"
                      onClick={() => remove(r.key)}
                      aria-label={t('catalogue.removeShare', { n: i + 1 })}
                      data-testid="share-remove"
                    >
                      {t('common.delete')}
                    </button>
                  </div>
                  {err && (
                    <span class="field-error" data-testid="share-row-error">
                      {t(err)}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <p class="muted small-print">{t('catalogue.sharesTotal', { total: formatPercent(total, lang) })}</p>
          {result && (
            <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'} data-testid={result.ok ? 'shares-saved' : 'shares-error'}>
              {result.text}
            </p>
          )}
          <div class="action-buttons">
            <button type="button" class="secondary small" onClick={add} data-testid="share-add">
              {t('catalogue.addShare')}
            </button>
            <button type="submit" class="small" disabled={state.fetching || !dirty} aria-busy={state.fetching} data-testid="shares-save">
              {t('catalogue.saveShares')}
            </button>
            {dirty && (
              <button type="button" class="secondary outline small" onClick={reset}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function ShareTable({ work }: { work: WorkData }) {
  const { t, lang } = useI18n();
  if (work.shares.length === 0) return <EmptyState>{t('catalogue.noShares')}</EmptyState>;
  return (
    <div class="table-scroll">
      <table class="royalty-table">
        <thead>
          <tr>
            <th>{t('catalogue.holder')}</th>
            <th>{t('catalogue.media')}</th>
            <th>{t('catalogue.territory')}</th>
            <th>{t('catalogue.validity')}</th>
            <th class="num">{t('catalogue.share')}</th>
          </tr>
        </thead>
        <tbody>
          {work.shares.map((s) => (
            <tr key={s.id}>
              <td>{s.holder.name}</td>
              <td>{t(mediaKey(s.media))}</td>
              <td>{territoryLabel(s.territory, lang)}</td>
              <td class="nowrap">
                {s.validFrom || s.validTo ? `${s.validFrom ? formatDate(s.validFrom) : '…'} → ${s.validTo ? formatDate(s.validTo) : '…'}` : t('catalogue.always')}
              </td>
              <td class="num">{formatPercent(s.basisPoints, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
