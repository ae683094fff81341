import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { TrackingFiguresFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import { ProductionTabs } from '../productions/ProductionTabs';
import { useI18n } from '../../app/i18n';
import { lastListPath } from '../productions/listState';
import { linkTo } from '../../lib/navigation';
import { formatMinutes } from './slips';
import { levelClass } from '../dashboard/DashboardPage';
import './slips.css';
import { EmptyState, Loading, Money } from '../../ui';
import { TrackingAlerts, TrackingHeadline, type Summary } from './TrackingSummary';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { SoldTracking } from '../quotes/SoldTracking';

const ProductionTrackingQuery = graphql(`
  query ProductionTracking($id: ID!) {
    production(id: $id) {
      id
      title
      tracking {
        tasks {
          ...TrackingFigures
          task {
            id
            title
            startDate
            endDate
            episode {
              id
              number
            }
          }
          operation {
            id
            label
          }
        }
        operations {
          ...TrackingFigures
          operation {
            id
            label
          }
        }
        alerts {
          ...TrackingFigures
          task {
            id
            title
          }
          operation {
            id
            label
          }
        }
        summary {
          level
          overrunCount
          warningCount
          plannedMinutes
          approvedMinutes
          submittedMinutes
          actualMinutes
          projectedMinutes
          unattributedMinutes
          actualCost
          excessMinutes
          excessCost
        }
      }
    }
  }
`);

const ProductionSlipEvents = graphql(`
  subscription ProductionSlipEvents($id: ID!) {
    slipEvents(productionId: $id) {
      id
      kind
      productionId
      at
      slip {
        id
        status
      }
    }
  }
`);

function Percent({ value }: { value: number | null | undefined }) {
  const { lang } = useI18n();
  if (value == null) return <>—</>;
  const shown = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 0 }).format(value);
  return (
    <span class="pct">
      <span class="pct-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, Math.max(0, value))}%` }} class={value > 100 ? 'over' : ''} />
      </span>
      {shown}
      {lang === 'fr' ? '\u00a0%' : '%'}
    </span>
  );
}

type Row = { key: string; name: string; sub?: string; r: TrackingFiguresFragment };

/** A table of rows as the API gives them; `total` (the API's summary) under the operation table only. */
function Table({ label, rows, total }: { label: string; rows: Row[]; total?: Summary }) {
  const { t } = useI18n();
  const cells = (r: TrackingFiguresFragment) => (
    <>
      <td class="num">{formatMinutes(r.plannedMinutes)}</td>
      <td class="num">{formatMinutes(r.approvedMinutes)}</td>
      <td class="num">{formatMinutes(r.submittedMinutes)}</td>
      <td class="num">{formatMinutes(r.remainingMinutes)}</td>
      <td class="num">
        <Percent value={r.percentConsumed} />
      </td>
      <td class="num">{formatMinutes(r.projectedMinutes)}</td>
      <td>
        <span class={`badge ${levelClass(r.level)}`}>{t(`tracking.level.${r.level}`)}</span>
      </td>
      <td class="num">{r.excessMinutes > 0 ? `+${formatMinutes(r.excessMinutes)}` : '—'}</td>
      <td class="num money">{r.excessMinutes > 0 ? <Money amount={r.excessCost} /> : '—'}</td>
    </>
  );
  return (
    <div class="table-scroll">
      <table class="tracking-table">
        <thead>
          <tr>
            <th scope="col">{label}</th>
            <th scope="col" class="num">{t('tracking.planned')}</th>
            <th scope="col" class="num">{t('tracking.approved')}</th>
            <th scope="col" class="num">{t('tracking.submitted')}</th>
            <th scope="col" class="num">{t('tracking.remaining')}</th>
            <th scope="col" class="num">{t('tracking.consumed')}</th>
            <th scope="col" class="num">{t('tracking.projected')}</th>
            <th scope="col">{t('tracking.level')}</th>
            <th scope="col" class="num">{t('tracking.excess')}</th>
            <th scope="col" class="num">{t('tracking.excessCost')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, sub, r }) => (
            <tr key={key} class={levelClass(r.level)} data-testid="tracking-row" data-level={r.level}>
              <th scope="row">
                {name}
                {sub && <small class="muted"> · {sub}</small>}
                {r.unattributedMinutes > 0 && (
                  <small class="muted unattributed" data-testid="row-unattributed">
                    {t('tracking.unattributed', { d: formatMinutes(r.unattributedMinutes) })}
                  </small>
                )}
              </th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr class={levelClass(total.level)} data-testid="tracking-total">
              <th scope="row">{t('tracking.total')}</th>
              <td class="num">{formatMinutes(total.plannedMinutes)}</td>
              <td class="num">{formatMinutes(total.approvedMinutes)}</td>
              <td class="num">{formatMinutes(total.submittedMinutes)}</td>
              <td class="num">—</td>
              <td class="num">—</td>
              <td class="num">{formatMinutes(total.projectedMinutes)}</td>
              <td>
                <span class={`badge ${levelClass(total.level)}`}>{t(`tracking.level.${total.level}`)}</span>
              </td>
              <td class="num">{total.excessMinutes > 0 ? `+${formatMinutes(total.excessMinutes)}` : '—'}</td>
              <td class="num money">{total.excessMinutes > 0 ? <Money amount={total.excessCost} /> : '—'}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** Planned against actual for each task and operation of a production, live. */
export function TrackingPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductionTrackingQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const allowed = !!data?.production;
  useLiveRefetch({ query: ProductionSlipEvents, variables: { id }, pause: !allowed, delay: 100 }, () => reexecute({ requestPolicy: 'network-only' }));

  const p = data?.production;
  if (!p) {
    const forbidden = error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
    return (
      <main class="container">
        <nav class="crumbs">
          <a href={lastListPath()} onClick={linkTo(lastListPath())}>
            ← {t('common.back')}
          </a>
        </nav>
        <ProductionTabs id={id} current="tracking" />
        {fetching ? (
          <Loading />
        ) : (
          <p class={forbidden ? 'muted' : 'error'}>{forbidden ? t('tracking.forbidden') : describeError(error, t)}</p>
        )}
      </main>
    );
  }

  const tasks = p.tracking.tasks.map((r) => ({
    key: r.task?.id ?? r.operation.id,
    name: r.task?.title ?? r.operation.label,
    sub: r.task?.episode ? t('planning.episodeShort', { n: r.task.episode.number }) : undefined,
    r,
  }));
  const ops = p.tracking.operations.map((r) => ({ key: r.operation.id, name: r.operation.label, r }));
  const { summary } = p.tracking;

  return (
    <main class="container wide tracking-page">
      <nav class="crumbs">
        <a href={lastListPath()} onClick={linkTo(lastListPath())}>
          ← {t('common.back')}
        </a>
        <LiveBadge />
      </nav>
      <h1 data-testid="production-title">{p.title}</h1>
      <ProductionTabs id={id} current="tracking" />
      <TrackingHeadline summary={summary} />
      <p class="muted small-print">{t('tracking.hint')}</p>
      <TrackingAlerts alerts={p.tracking.alerts} />
      <SoldTracking productionId={id} />

      <h2>{t('tracking.byTask')}</h2>
      {tasks.length === 0 ? <EmptyState>{t('tracking.noTasks')}</EmptyState> : <Table label={t('planning.task')} rows={tasks} />}
      {summary.unattributedMinutes > 0 && (
        <p class="muted small-print" data-testid="tracking-unattributed-note">
          {t('tracking.unattributedNote', { d: formatMinutes(summary.unattributedMinutes) })}
        </p>
      )}

      <h2>{t('tracking.byOperation')}</h2>
      {ops.length === 0 ? <EmptyState>{t('tracking.noTasks')}</EmptyState> : <Table label={t('tracking.operation')} rows={ops} total={summary} />}
    </main>
  );
}
