import { useMemo, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { Media, PortalQuery as PortalData } from '../../gql/graphql';
import { useLogout } from '../auth/useLogout';
import { LiveBadge } from '../../ui/LiveBadge';
import { formatDate, formatDateTime, formatMoney, formatRange } from '../../lib/format';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { useI18n, type Key, type Lang, type T } from '../../app/i18n';
import {
  DownloadError,
  MEDIA,
  MEDIA_COLOURS,
  annualAccountPath,
  centsToMoney,
  downloadDocument,
  formatEurosShort,
  formatPercent,
  formatPeriod,
  groupRevenue,
  moneyToCents,
  niceTicks,
  statementYears,
  territoryLabel,
  type RevenueChartData,
} from '../catalogue/royalties';
import '../catalogue/catalogue.css';
import { EmptyState, LoadingOrError, Money } from '../../ui';
import { ROLE } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';

const PortalQuery = graphql(`
  query Portal {
    me {
      ...Viewer
    }
    myHolders {
      id
      name
    }
    works(first: 100) {
      totalCount
      edges {
        node {
          id
          title
          year
          kind
          isan
          shares {
            id
            media
            territory
            validFrom
            validTo
            basisPoints
          }
        }
      }
    }
    holderRevenue {
      period
      media
      territory
      amount
    }
    statements(first: 50) {
      totalCount
      edges {
        node {
          id
          amount
          previousAmount
          issuedAt
          pdfUrl
          csvUrl
          holder {
            id
            name
          }
          run {
            id
            periodStart
            periodEnd
          }
          lines {
            work {
              id
              title
            }
            media
            territory
            basisPoints
            net
            amount
            residual
          }
        }
      }
    }
  }
`);

const PortalStatementEvents = graphql(`
  subscription PortalStatementEvents {
    statementEvents {
      id
      kind
      statement {
        id
        amount
      }
    }
  }
`);

type Statement = PortalData['statements']['edges'][number]['node'];
type Work = PortalData['works']['edges'][number]['node'];
type RevenuePoint = PortalData['holderRevenue'][number];

export function mediaKey(m: Media): Key {
  return `catalogue.media.${m}` as Key;
}

/** Download buttons share one state: which document is being fetched, and the last failure. */
export function useDownloads() {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function download(key: string, url: string, fallbackName: string) {
    setBusy(key);
    setError(null);
    try {
      await downloadDocument(url, fallbackName);
    } catch (e) {
      const status = e instanceof DownloadError ? e.status : 0;
      setError(status ? t('portal.downloadFailedStatus', { status }) : t('portal.downloadFailed'));
    } finally {
      setBusy(null);
    }
  }
  return { busy, error, download };
}

/** The home of a rights holder: their earnings, their statements and their works. */
export function PortalPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PortalQuery });
  const { logout, busy: loggingOut } = useLogout();
  const isHolder = data?.me.role === ROLE.RIGHTS_HOLDER;
  // Each statement issued for one of the caller's holders: a notice and a fresh list.
  const statementEvents = useLiveRefetch({ query: PortalStatementEvents, pause: !isHolder, delay: 150 }, () => reexecute({ requestPolicy: 'network-only' }));
  const live = { count: statementEvents.count, amount: statementEvents.last?.statementEvents.statement?.amount ?? null };
  const [noticeDismissed, setNoticeDismissed] = useState(0);


  if (!data) {
    return (
      <main class="container">
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  const statements = data.statements.edges.map((e) => e.node);
  const works = data.works.edges.map((e) => e.node);
  const showNotice = !!live && live.count > noticeDismissed;

  return (
    <main class="container portal-page">
      <section class="who">
        <div>
          <strong>{data.myHolders.map((h) => h.name).join(', ') || data.me.user?.name}</strong>
          <small>
            {t(`role.${data.me.role}`)} · {data.me.organisation.name}
          </small>
        </div>
        <button type="button" class="secondary outline small" onClick={logout} disabled={loggingOut}>
          {t('home.logout')}
        </button>
      </section>

      <nav class="crumbs">
        <h1>{t('portal.title')}</h1>
        <LiveBadge />
      </nav>
      {!isHolder && <p class="muted">{t('portal.notHolder')}</p>}

      {showNotice && (
        <div class="notice" role="status" data-testid="statement-notice">
          <span>
            <strong>{t('portal.newStatement')}</strong>
            {live?.amount && <> · <Money amount={live.amount} /></>}
          </span>
          <button type="button" class="secondary outline small" onClick={() => setNoticeDismissed(live!.count)} aria-label={t('common.close')}>
            ×
          </button>
        </div>
      )}

      <section aria-labelledby="portal-earnings">
        <h2 id="portal-earnings">{t('portal.earnings')}</h2>
        <Earnings points={data.holderRevenue} />
      </section>

      <section aria-labelledby="portal-statements">
        <h2 id="portal-statements">
          {t('portal.statements')} <small class="muted">({data.statements.totalCount})</small>
        </h2>
        <Statements statements={statements} showHolder={data.myHolders.length > 1} />
        <AnnualAccounts holders={data.myHolders} years={statementYears(statements)} />
      </section>

      <section aria-labelledby="portal-works">
        <h2 id="portal-works">
          {t('portal.works')} <small class="muted">({data.works.totalCount})</small>
        </h2>
        <WorkList works={works} />
      </section>
    </main>
  );
}

function Earnings({ points }: { points: readonly RevenuePoint[] }) {
  const { t, lang } = useI18n();
  const chart = useMemo(() => groupRevenue(points), [points]);
  const rows = useMemo(
    () =>
      [...points].sort((a, b) =>
        a.period !== b.period ? (a.period < b.period ? 1 : -1) : MEDIA.indexOf(a.media) - MEDIA.indexOf(b.media) || a.territory.localeCompare(b.territory),
      ),
    [points],
  );
  if (points.length === 0) return <EmptyState>{t('portal.noEarnings')}</EmptyState>;
  return (
    <>
      <p class="muted small-print">{t('portal.earningsHint', { total: formatMoney(centsToMoney(chart.total), lang) })}</p>
      <RevenueChart chart={chart} />
      <h3 class="table-title">{t('portal.earningsTable')}</h3>
      <div class="table-scroll">
        <table class="royalty-table compact" data-testid="revenue-table">
          <thead>
            <tr>
              <th>{t('portal.period')}</th>
              <th>{t('catalogue.media')}</th>
              <th>{t('catalogue.territory')}</th>
              <th class="num">{t('portal.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.period}/${p.media}/${p.territory}`}>
                <td class="nowrap">{formatPeriod(p.period, lang)}</td>
                <td>{t(mediaKey(p.media))}</td>
                <td>{territoryLabel(p.territory, lang)}</td>
                <td class="num money"><Money amount={p.amount} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={3}>{t('portal.total')}</th>
              <th class="num money"><Money amount={centsToMoney(chart.total)} /></th>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/**
 * Earnings by quarter as stacked bars, one colour per media, drawn in SVG: it scales with
 * its container (a narrower coordinate system on a phone keeps the labels readable).
 */
export function RevenueChart({ chart }: { chart: RevenueChartData }) {
  const { t, lang } = useI18n();
  const wide = useMediaQuery(WIDE);
  const W = wide ? 720 : 360;
  const H = wide ? 280 : 240;
  const pad = { left: wide ? 76 : 62, right: 8, top: 12, bottom: 30 };
  const ticks = niceTicks(chart.min, chart.max, 4);
  const lo = Math.min(ticks[0], 0);
  const hi = Math.max(ticks[ticks.length - 1], 1);
  const plotW = W - pad.left - pad.right;
  const plotH = H - pad.top - pad.bottom;
  const y = (cents: number) => pad.top + ((hi - cents) / (hi - lo)) * plotH;
  const n = chart.bars.length;
  const band = plotW / Math.max(n, 1);
  const barW = Math.max(6, Math.min(band * 0.62, 56));
  // Keep x labels apart: at most one per ~52 units.
  const every = Math.max(1, Math.ceil((52 * n) / plotW));
  const summary = chart.bars.map((b) => `${formatPeriod(b.period, lang)} : ${formatMoney(centsToMoney(b.total), lang)}`).join(' ; ');

  return (
    <figure class="revenue-chart" data-testid="revenue-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('portal.chartLabel')} — ${summary}`} preserveAspectRatio="xMidYMid meet">
        <g class="axis">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={pad.left} x2={W - pad.right} y1={y(v)} y2={y(v)} class={v === 0 ? 'zero' : 'grid'} />
              <text x={pad.left - 6} y={y(v)} dy="0.35em" text-anchor="end">
                {formatEurosShort(v, lang)}
              </text>
            </g>
          ))}
        </g>
        {chart.bars.map((b, i) => {
          const x = pad.left + band * i + (band - barW) / 2;
          let up = 0;
          let down = 0;
          return (
            <g key={b.period} data-period={b.period}>
              {chart.media.map((m) => {
                const c = b.byMedia[m];
                if (!c) return null;
                const from = c > 0 ? up : down;
                const to = from + c;
                if (c > 0) up = to;
                else down = to;
                const top = y(Math.max(from, to));
                const height = Math.max(1, Math.abs(y(from) - y(to)));
                return (
                  <rect key={m} x={x} y={top} width={barW} height={height} fill={MEDIA_COLOURS[m]} data-testid="chart-bar" data-media={m}>
                    <title>{`${formatPeriod(b.period, lang)} · ${t(mediaKey(m))} : ${formatMoney(centsToMoney(c), lang)}`}</title>
                  </rect>
                );
              })}
              {i % every === 0 && (
                <text x={pad.left + band * i + band / 2} y={H - pad.bottom + 18} text-anchor="middle" class="x-label">
                  {formatPeriod(b.period, lang)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend" aria-label={t('portal.legend')}>
          {chart.media.map((m) => (
            <li key={m}>
              <span class="swatch" style={{ background: MEDIA_COLOURS[m] }} aria-hidden="true" />
              {t(mediaKey(m))}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function Statements({ statements, showHolder }: { statements: Statement[]; showHolder: boolean }) {
  const { t, lang } = useI18n();
  const { busy, error, download } = useDownloads();
  if (statements.length === 0) return <EmptyState>{t('portal.noStatements')}</EmptyState>;
  return (
    <>
      {error && (
        <p class="error" role="alert" data-testid="download-error">
          {error}
        </p>
      )}
      <ul class="statement-list">
        {statements.map((s) => {
          const short = s.id.slice(0, 8);
          const previous = s.previousAmount;
          return (
            <li key={s.id} class="statement-card" data-testid="statement-item" data-statement-id={s.id}>
              <div class="statement-head">
                <div>
                  <strong>{formatRangeTitle(s.run.periodStart, s.run.periodEnd, lang, t)}</strong>
                  <small class="muted">
                    {showHolder && <>{s.holder.name} · </>}
                    {s.issuedAt ? t('portal.issuedAt', { at: formatDateTime(s.issuedAt, lang) }) : t('portal.notIssued')}
                  </small>
                </div>
                <strong class="money statement-amount" data-testid="statement-amount">
                  <Money amount={s.amount} />
                </strong>
              </div>
              {previous != null && (
                <p class="small-print muted">
                  {t('portal.previousAmount', {
                    amount: formatMoney(previous, lang),
                    diff: formatMoney(centsToMoney(moneyToCents(s.amount) - moneyToCents(previous)), lang),
                  })}
                </p>
              )}
              <div class="statement-actions">
                <button
                  type="button"
                  class="small"
                  onClick={() => download(`pdf-${s.id}`, s.pdfUrl, `releve-${short}.pdf`)}
                  disabled={busy !== null}
                  aria-busy={busy === `pdf-${s.id}`}
                  data-testid="statement-pdf"
                >
                  PDF
                </button>
                <button
                  type="button"
                  class="secondary small"
                  onClick={() => download(`csv-${s.id}`, s.csvUrl, `releve-${short}.csv`)}
                  disabled={busy !== null}
                  aria-busy={busy === `csv-${s.id}`}
                  data-testid="statement-csv"
                >
                  CSV
                </button>
              </div>
              <details>
                <summary>{t('portal.lines', { n: s.lines.length })}</summary>
                <StatementLines lines={s.lines} />
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function formatRangeTitle(from: string, to: string, lang: Lang, t: T): string {
  return t('portal.statementOf', { range: formatRange(from, to, lang) });
}

function StatementLines({ lines }: { lines: Statement['lines'] }) {
  const { t, lang } = useI18n();
  return (
    <div class="table-scroll">
      <table class="royalty-table">
        <thead>
          <tr>
            <th>{t('catalogue.work')}</th>
            <th>{t('catalogue.media')}</th>
            <th>{t('catalogue.territory')}</th>
            <th class="num">{t('catalogue.share')}</th>
            <th class="num">{t('portal.net')}</th>
            <th class="num">{t('portal.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>{l.work.title}</td>
              <td>{t(mediaKey(l.media))}</td>
              <td>{territoryLabel(l.territory, lang)}</td>
              <td class="num nowrap">{l.residual ? t('portal.residual') : formatPercent(l.basisPoints, lang)}</td>
              <td class="num money"><Money amount={l.net} /></td>
              <td class="num money"><Money amount={l.amount} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AnnualAccounts({ holders, years }: { holders: PortalData['myHolders']; years: number[] }) {
  const { t } = useI18n();
  const { busy, error, download } = useDownloads();
  if (years.length === 0 || holders.length === 0) return null;
  return (
    <div class="annual-accounts">
      <h3>{t('portal.annual')}</h3>
      <p class="muted small-print">{t('portal.annualHint')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {holders.map((h) => (
        <div key={h.id} class="annual-row">
          {holders.length > 1 && <span>{h.name}</span>}
          {years.map((y) => {
            const key = `${h.id}-${y}`;
            return (
              <button
                key={y}
                type="button"
                class="secondary outline small"
                onClick={() => download(key, annualAccountPath(h.id, y), `compte-annuel-${y}.pdf`)}
                disabled={busy !== null}
                aria-busy={busy === key}
                data-testid="annual-pdf"
                data-year={y}
              >
                {t('portal.annualYear', { year: y })}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function WorkList({ works }: { works: Work[] }) {
  const { t, lang } = useI18n();
  if (works.length === 0) return <EmptyState>{t('portal.noWorks')}</EmptyState>;
  return (
    <ul class="rows portal-works">
      {works.map((w) => (
        <li key={w.id} data-testid="portal-work">
          <div class="grow">
            <strong>{w.title}</strong>{' '}
            <small class="muted">
              {t(`kind.${w.kind}` as Key)}
              {w.year != null && <> · {w.year}</>}
              {w.isan && <> · ISAN {w.isan}</>}
            </small>
            <div class="badges share-badges">
              {w.shares.map((s) => (
                <span key={s.id} class="badge">
                  {t(mediaKey(s.media))} · {territoryLabel(s.territory, lang)} · {formatPercent(s.basisPoints, lang)}
                  {(s.validFrom || s.validTo) && (
                    <>
                      {' '}
                      ({s.validFrom ? formatDate(s.validFrom) : '…'} → {s.validTo ? formatDate(s.validTo) : '…'})
                    </>
                  )}
                </span>
              ))}
              {w.shares.length === 0 && <span class="muted small-text">{t('portal.residualOnly')}</span>}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
