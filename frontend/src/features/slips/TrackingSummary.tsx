// The tracking page's headline and "À surveiller" list, as the API computes them (one computation
// feeds the headline, both tables, the dashboard and `overruns`): the app adds nothing up itself.
import { useI18n } from '../../app/i18n';
import type { ProductionTrackingQuery } from '../../gql/graphql';
import { Money } from '../../ui';
import { levelClass } from '../dashboard/DashboardPage';
import { formatMinutes } from './slips';
import './tracking.css';

type Tracking = NonNullable<ProductionTrackingQuery['production']>['tracking'];
export type Summary = Tracking['summary'];

/** The production's headline: its level, its alerts counted, every minute once, and the costs (or "—"). */
export function TrackingHeadline({ summary: s }: { summary: Summary }) {
  const { t } = useI18n();
  return (
    <section class={`tracking-headline ${levelClass(s.level)}`} data-testid="tracking-headline" data-level={s.level}>
      <p class="badges tracking-summary">
        {s.overrunCount > 0 && (
          <span class="badge level-overrun" data-testid="tracking-overruns">
            {t(s.overrunCount === 1 ? 'tracking.overrunOne' : 'tracking.overrunMany', { n: s.overrunCount })}
          </span>
        )}
        {s.warningCount > 0 && (
          <span class="badge level-warning" data-testid="tracking-warnings">
            {t(s.warningCount === 1 ? 'tracking.warningOne' : 'tracking.warningMany', { n: s.warningCount })}
          </span>
        )}
        {s.overrunCount === 0 && s.warningCount === 0 && <span class="badge level-ok">{t('tracking.allOnTrack')}</span>}
      </p>
      <dl class="tracking-figures">
        <div>
          <dt>{t('tracking.planned')}</dt>
          <dd data-testid="summary-planned">{formatMinutes(s.plannedMinutes)}</dd>
        </div>
        <div>
          <dt>{t('tracking.actual')}</dt>
          <dd data-testid="summary-actual">{formatMinutes(s.actualMinutes)}</dd>
          {s.unattributedMinutes > 0 && (
            <dd class="muted" data-testid="summary-unattributed">
              {t('tracking.unattributed', { d: formatMinutes(s.unattributedMinutes) })}
            </dd>
          )}
        </div>
        <div>
          <dt>{t('tracking.projected')}</dt>
          <dd data-testid="summary-projected">{formatMinutes(s.projectedMinutes)}</dd>
        </div>
        <div>
          <dt>{t('tracking.excess')}</dt>
          <dd data-testid="summary-excess">{s.excessMinutes > 0 ? `+${formatMinutes(s.excessMinutes)}` : '—'}</dd>
        </div>
        <div>
          <dt>{t('tracking.actualCost')}</dt>
          <dd>
            <Money amount={s.actualCost} testId="summary-actual-cost" />
          </dd>
        </div>
        <div>
          <dt>{t('tracking.excessCost')}</dt>
          <dd>
            <Money amount={s.excessMinutes > 0 ? s.excessCost : null} testId="summary-excess-cost" />
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** What needs attention, worst first: task rows, or the operation row when time was filed without a task. */
export function TrackingAlerts({ alerts }: { alerts: Tracking['alerts'] }) {
  const { t } = useI18n();
  if (alerts.length === 0) return null;
  return (
    <section data-testid="tracking-alerts">
      <h2>{t('tracking.watch')}</h2>
      <ul class="tracking-alerts">
        {alerts.map((r) => (
          <li key={r.task?.id ?? `op:${r.operation.id}`} class={levelClass(r.level)} data-testid="tracking-alert" data-level={r.level}>
            <span class={`badge ${levelClass(r.level)}`}>{t(`tracking.level.${r.level}`)}</span>{' '}
            <strong>{r.task ? r.task.title : r.operation.label}</strong>
            {!r.task && <small class="muted"> · {t('tracking.operationRow')}</small>}
            <br />
            <small>
              {t('tracking.alertFigures', { planned: formatMinutes(r.plannedMinutes), actual: formatMinutes(r.actualMinutes), projected: formatMinutes(r.projectedMinutes) })}
              {' · '}
              {t(r.level === 'OVERRUN' ? 'tracking.over' : 'tracking.headingOver', { d: formatMinutes(r.excessMinutes) })}
              {r.unattributedMinutes > 0 && <> · {t('tracking.unattributed', { d: formatMinutes(r.unattributedMinutes) })}</>}
              {' · '}
              <Money amount={r.excessCost} />
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}
