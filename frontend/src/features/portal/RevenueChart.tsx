// The holder's earnings: a bar chart by quarter and media, and its table.
import { useMemo } from 'preact/hooks';
import type { PortalQuery as PortalData } from '../../gql/graphql';
import { formatMoney } from '../../lib/format';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { useI18n } from '../../app/i18n';
import { MEDIA, MEDIA_COLOURS, centsToMoney, formatEurosShort, formatPeriod, groupRevenue, niceTicks, territoryLabel, type RevenueChartData } from '../catalogue/royalties';
import '../catalogue/catalogue.css';
import { EmptyState, Money } from '../../ui';
import { mediaKey } from '../catalogue/royalties';

type RevenuePoint = PortalData['holderRevenue'][number];

export function Earnings({ points }: { points: readonly RevenuePoint[] }) {
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
