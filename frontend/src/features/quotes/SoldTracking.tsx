// On the production's tracking: what was sold (accepted version + accepted amendments) beside
// planned and actual per operation, and, when approved time goes beyond it, the banner that
// proposes the amendment for the excess at the frozen prices.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { navigate } from '../../lib/navigation';
import { canManage, isStaff } from '../../lib/roles';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { ErrorMessage, Money } from '../../ui';
import { formatMinutes } from '../slips/slips';
import { QuoteEventsDoc } from './fragments';
import { ProposeAmendmentMutation } from './ProductionQuotesPage';
import './quotes.css';

const SoldQuery = graphql(`
  query ProductionSold($id: ID!) {
    me {
      role
    }
    production(id: $id) {
      id
      tracking {
        operations {
          operation {
            id
            label
          }
          plannedMinutes
          actualMinutes
          soldMinutes
          soldAmount
          overSoldMinutes
        }
      }
    }
  }
`);

const SoldSlipEvents = graphql(`
  subscription SoldSlipEvents($id: ID!) {
    slipEvents(productionId: $id) {
      id
      kind
    }
  }
`);

export function SoldTracking({ productionId }: { productionId: string }) {
  const { t } = useI18n();
  const wide = useMediaQuery(WIDE);
  const [{ data }, reexecute] = useQuery({ query: SoldQuery, variables: { id: productionId }, requestPolicy: 'cache-and-network' });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const allowed = !!data?.production;
  useLiveRefetch({ query: SoldSlipEvents, variables: { id: productionId }, pause: !allowed, delay: 150 }, refetch);
  useLiveRefetch({ query: QuoteEventsDoc, variables: { productionId }, pause: !allowed, delay: 150 }, refetch);
  const [proposing, propose] = useMutation(ProposeAmendmentMutation);
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  if (!data?.production) return null;
  const rows = data.production.tracking.operations;
  const sold = rows.some((r) => r.soldMinutes != null || r.soldAmount != null);
  // The amounts sold are the staff's (the API gives a producer none).
  const amounts = isStaff(data.me.role);
  const over = rows.reduce((s, r) => s + r.overSoldMinutes, 0);

  async function onPropose() {
    const res = await propose({ productionId });
    if (res.error) setError(res.error);
    else navigate(`/amendments/${res.data!.proposeAmendment.id}`);
  }

  return (
    <section class="sold-tracking" data-testid="sold-tracking">
      {over > 0 && canManage(data.me.role) && (
        <div class="overrun-banner" role="status" data-testid="overrun-banner">
          <p>
            <strong>{t('amendment.overrun')}</strong>
            <br />
            <small>{t('amendment.overrunText', { d: formatMinutes(over) })}</small>
          </p>
          <button type="button" onClick={onPropose} disabled={proposing.fetching} aria-busy={proposing.fetching} data-testid="propose-amendment">
            {t('amendment.propose')}
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
      <h2>{t('sold.title')}</h2>
      {!sold ? (
        <p class="muted">{t('sold.none')}</p>
      ) : !wide ? (
        <ul class="rows sold-list">
          {rows.map((r) => (
            <li key={r.operation.id} data-testid="sold-row" data-over={r.overSoldMinutes}>
              <span class="grow">
                <strong>{r.operation.label}</strong>
                <br />
                <small>
                  {t('sold.sold')} <span data-testid="sold-minutes">{r.soldMinutes == null ? '—' : formatMinutes(r.soldMinutes)}</span> · {t('sold.planned')} {formatMinutes(r.plannedMinutes)} · {t('sold.actual')}{' '}
                  {formatMinutes(r.actualMinutes)}
                </small>
                {r.overSoldMinutes > 0 && (
                  <>
                    <br />
                    <small class="over">
                      {t('sold.over')} +{formatMinutes(r.overSoldMinutes)}
                    </small>
                  </>
                )}
              </span>
              {r.soldAmount != null && <Money amount={r.soldAmount} />}
            </li>
          ))}
        </ul>
      ) : (
        <div class="table-scroll">
          <table class="sold-table">
            <thead>
              <tr>
                <th scope="col">{t('quote.operation')}</th>
                <th scope="col" class="num">{t('sold.sold')}</th>
                <th scope="col" class="num">{t('sold.planned')}</th>
                <th scope="col" class="num">{t('sold.actual')}</th>
                <th scope="col" class="num">{t('sold.over')}</th>
                {amounts && <th scope="col" class="num">{t('sold.soldAmount')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.operation.id} data-testid="sold-row" data-over={r.overSoldMinutes}>
                  <th scope="row">{r.operation.label}</th>
                  <td class="num" data-testid="sold-minutes">{r.soldMinutes == null ? '—' : formatMinutes(r.soldMinutes)}</td>
                  <td class="num">{formatMinutes(r.plannedMinutes)}</td>
                  <td class="num">{formatMinutes(r.actualMinutes)}</td>
                  <td class={`num${r.overSoldMinutes > 0 ? ' over' : ''}`}>{r.overSoldMinutes > 0 ? `+${formatMinutes(r.overSoldMinutes)}` : '—'}</td>
                  {amounts && <td class="num">{r.soldAmount == null ? '—' : <Money amount={r.soldAmount} />}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
