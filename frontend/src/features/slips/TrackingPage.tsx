import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { TrackingFiguresFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import { ProductionTabs } from '../productions/ProductionTabs';
import { formatMoney } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { lastListPath } from '../productions/listState';
import { linkTo } from '../../lib/navigation';
import { formatMinutes } from './slips';
import { levelClass } from '../dashboard/DashboardPage';
import './slips.css';
import { EmptyState, Loading } from '../../ui';
import { useLiveRefetch } from '../../lib/useLiveQuery';

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

/** The sum of some rows, with the percentage and level recomputed over the sum. */
export function totalOf(rows: readonly TrackingFiguresFragment[]): TrackingFiguresFragment {
  const sum = (f: (r: TrackingFiguresFragment) => number) => rows.reduce((n, r) => n + f(r), 0);
  const planned = sum((r) => r.plannedMinutes);
  const actual = sum((r) => r.actualMinutes);
  const cents = rows.reduce((n, r) => n + Math.round(Number(r.excessCost) * 100), 0);
  const level = rows.some((r) => r.level === 'OVERRUN') ? 'OVERRUN' : rows.some((r) => r.level === 'WARNING') ? 'WARNING' : 'ON_TRACK';
  return {
    level,
    plannedMinutes: planned,
    approvedMinutes: sum((r) => r.approvedMinutes),
    submittedMinutes: sum((r) => r.submittedMinutes),
    actualMinutes: actual,
    remainingMinutes: sum((r) => r.remainingMinutes),
    percentConsumed: planned > 0 ? (actual * 100) / planned : null,
    projectedMinutes: sum((r) => r.projectedMinutes),
    excessMinutes: sum((r) => r.excessMinutes),
    excessCost: rows.some((r) => r.excessCost == null) ? null : `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`,
  };
}

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

function Table({ label, rows, total }: { label: string; rows: { key: string; name: string; sub?: string; r: TrackingFiguresFragment }[]; total: TrackingFiguresFragment }) {
  const { t, lang } = useI18n();
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
      <td class="num money">{r.excessMinutes > 0 && r.excessCost != null ? formatMoney(r.excessCost, lang) : '—'}</td>
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
              </th>
              {cells(r)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr class={levelClass(total.level)}>
            <th scope="row">{t('tracking.total')}</th>
            {cells(total)}
          </tr>
        </tfoot>
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
  const over = p.tracking.tasks.filter((r) => r.level === 'OVERRUN').length;
  const warn = p.tracking.tasks.filter((r) => r.level === 'WARNING').length;

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
      <p class="badges tracking-summary">
        {over > 0 && (
          <span class="badge level-overrun" data-testid="tracking-overruns">
            {t('tracking.overrunCount', { n: over })}
          </span>
        )}
        {warn > 0 && (
          <span class="badge level-warning" data-testid="tracking-warnings">
            {t('tracking.warningCount', { n: warn })}
          </span>
        )}
        {over === 0 && warn === 0 && <span class="badge level-ok">{t('tracking.allOnTrack')}</span>}
      </p>
      <p class="muted small-print">{t('tracking.hint')}</p>

      <h2>{t('tracking.byTask')}</h2>
      {tasks.length === 0 ? <EmptyState>{t('tracking.noTasks')}</EmptyState> : <Table label={t('planning.task')} rows={tasks} total={totalOf(p.tracking.tasks)} />}

      <h2>{t('tracking.byOperation')}</h2>
      {ops.length === 0 ? (
        <EmptyState>{t('tracking.noTasks')}</EmptyState>
      ) : (
        <Table label={t('tracking.operation')} rows={ops} total={totalOf(p.tracking.operations)} />
      )}
    </main>
  );
}
