// Overruns and warnings: the operations whose actual or projected time passes what was planned.
import { type UseQueryState } from '@urql/preact';
import type { DashboardOverrunsQuery as OverrunsData } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { formatMinutes } from '../slips/slips';
import '../slips/slips.css';
import { EmptyState, LoadingOrError, Money } from '../../ui';
import { levelClass } from './DashboardPage';
import './dashboard.css';

type OverrunsState = UseQueryState<OverrunsData>;

export function Overruns({ state }: { state: OverrunsState }) {
  const { t } = useI18n();
  if (!state.data) {
    return <LoadingOrError fetching={state.fetching} error={state.error} />;
  }
  const rows = state.data.overruns;
  if (rows.length === 0) return <EmptyState>{t('dashboard.noOverruns')}</EmptyState>;
  return (
    <ul class="overrun-list">
      {rows.map((r, i) => (
        <li key={`${r.production.id}:${r.task?.id ?? r.operation.id}:${i}`} class={`overrun ${levelClass(r.level)}`} data-testid="overrun" data-level={r.level}>
          <div class="overrun-head">
            <span class={`badge ${levelClass(r.level)}`}>{t(`tracking.level.${r.level}`)}</span>
            <a href={`/productions/${r.production.id}/tracking`} onClick={linkTo(`/productions/${r.production.id}/tracking`)} class="button-link">
              <strong>{r.production.title}</strong>
            </a>
          </div>
          <div>
            {r.task ? (
              r.task.title
            ) : (
              <>
                {r.operation.label} <small class="muted">({t('dashboard.noTask')})</small>
              </>
            )}
            {r.unattributedMinutes > 0 && (
              <small class="muted unattributed" data-testid="overrun-unattributed">
                {t('dashboard.unattributed', { d: formatMinutes(r.unattributedMinutes) })}
              </small>
            )}
          </div>
          <small class="muted">
            {t('dashboard.overrunFigures', {
              planned: formatMinutes(r.plannedMinutes),
              actual: formatMinutes(r.actualMinutes),
              projected: formatMinutes(r.projectedMinutes),
            })}
          </small>
          <div class="overrun-excess">
            {t(r.level === 'OVERRUN' ? 'dashboard.excess' : 'dashboard.projectedExcess', { d: formatMinutes(r.excessMinutes) })}
            {' · '}
            <Money amount={r.excessCost} />
          </div>
        </li>
      ))}
    </ul>
  );
}
