import { useEffect, useRef } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { LiveBadge } from '../../ui/LiveBadge';
import { todayParis } from '../../lib/dates';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { CompatibilityReport, DueBadge } from './DeliveryParts';
import { isSent } from './deliveries';
import { DateText, LoadingOrError, StatusBadge } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { StatusActions } from './DeliveryStatusActions';
import { Items } from './DeliveryItems';
import { Findings } from './QcFindings';
import { History } from './DeliveryHistory';

const DeliveryQuery = graphql(`
  query Delivery($id: ID!) {
    me {
      role
    }
    delivery(id: $id) {
      ...DeliveryDetail
    }
  }
`);

const DeliveryPageEvents = graphql(`
  subscription DeliveryPageEvents($productionId: ID!) {
    deliveryEvents(productionId: $productionId) {
      id
      kind
      delivery {
        id
      }
    }
  }
`);

export function DeliveryPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DeliveryQuery, variables: { id } });
  const d = data?.delivery;
  const productionId = d?.production.id;
  // Each event about this delivery (or one that is gone) calls for a fresh read.
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(
    {
      query: DeliveryPageEvents,
      variables: { productionId: productionId ?? '' },
      pause: !productionId,
      refetchOn: (ev) => !ev.deliveryEvents.delivery || ev.deliveryEvents.delivery.id === id,
      delay: 100,
    },
    refresh,
  );
  // The compatibility messages come in the caller's language.
  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang !== firstLang.current) refresh();
  }, [lang]);

  if (!d) {
    return (
      <main class="container">
        <a href="/deliveries" onClick={linkTo('/deliveries')}>
          ← {t('delivery.back')}
        </a>
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  const canEdit = canManage(data.me.role);
  const productionHref = `/productions/${d.production.id}`;
  return (
    <main class="container delivery-page">
      <nav class="crumbs">
        <a href="/deliveries" onClick={linkTo('/deliveries')}>
          ← {t('delivery.back')}
        </a>
        <LiveBadge />
      </nav>

      <header class="delivery-head">
        <p class="muted kicker">
          <a href={productionHref} onClick={linkTo(productionHref)} class="button-link" data-testid="delivery-production">
            {d.production.title}
          </a>
          {d.episode && <> · {t('delivery.episodeShort', { n: d.episode.number })}</>}
        </p>
        <h1 data-testid="delivery-recipient">{d.recipient}</h1>
        <p class="badges">
          <StatusBadge kind="delivery" status={d.status} testId="delivery-status" />
          <span class="deadline">
            {t('delivery.due')} <DateText date={d.dueDate} />
          </span>
          <DueBadge delivery={d} today={todayParis()} />
        </p>
        <dl class="delivery-facts">
          <dt>{t('delivery.spec')}</dt>
          <dd data-testid="delivery-spec">
            {d.spec.name} <small class="muted">({t(`delivery.recipientKind.${d.spec.recipientKind}` as Key)})</small>
          </dd>
          {d.production.spec.technicalProfile.frameRate && (
            <>
              <dt>{t('production.frameRate')}</dt>
              <dd>{t('delivery.fps', { rate: d.production.spec.technicalProfile.frameRate })}</dd>
            </>
          )}
          {(d.status === 'SENT' || d.status === 'ACCEPTED') && d.sentMethod && (
            <>
              <dt>{t('delivery.sending')}</dt>
              <dd data-testid="delivery-sent">
                {d.sentMethod} — {d.sentReference}
              </dd>
            </>
          )}
          {d.status === 'REJECTED' && d.rejectionReasons && (
            <>
              <dt>{t('delivery.reasons')}</dt>
              <dd class="notes">{d.rejectionReasons}</dd>
            </>
          )}
          {d.notes && (
            <>
              <dt>{t('production.notes')}</dt>
              <dd class="notes">{d.notes}</dd>
            </>
          )}
        </dl>
      </header>

      {canEdit && <StatusActions delivery={d} onDone={refresh} />}

      <Items delivery={d} canEdit={canEdit} />
      <Findings delivery={d} canEdit={canEdit} onChange={refresh} />
      <History delivery={d} />

      <section>
        <h2>{t('delivery.compat')}</h2>
        <CompatibilityReport compat={d.compatibility} settled={isSent(d.status)} />
      </section>
    </main>
  );
}
