import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useQuery, useSubscription } from '@urql/preact';
import { graphql } from '../../gql';
import { useLiveState } from '../../lib/api';
import { LiveBadge } from '../../ui/LiveBadge';
import { ProductionTabs } from './ProductionTabs';
import { formatDateTime } from '../../lib/format';
import { useI18n, type Key } from '../../app/i18n';
import { canManage } from '../../lib/roles';
import { lastListPath } from './listState';
import { Episodes } from './Episodes';
import './productions.css';
import { linkTo } from '../../lib/navigation';
import { ProductionDeliveries } from '../deliveries/ProductionDeliveries';
import { DateText, EmptyState, LoadingOrError, Money, StatusBadge } from '../../ui';

// One fragment for the page and the subscription, so that every field the page shows is
// refreshed in the normalised cache when an event arrives.
export const ProductionDetailDoc = graphql(`
  fragment ProductionDetail on Production {
    id
    title
    kind
    status
    director
    notes
    updatedAt
    client {
      id
      name
    }
    spec {
      runtimeMinutes
      deliveryDeadline
      isan
      technicalProfile {
        frameRate
        resolution
        colourSpace
        audioLayout
        loudnessLufs
        subtitleLanguages
        documents
      }
    }
    episodes {
      id
      number
      title
      runtimeMinutes
    }
    team {
      id
      function
      dailyRate
      note
      technician {
        id
        name
      }
    }
  }
`);

const ProductionQuery = graphql(`
  query Production($id: ID!) {
    me {
      role
    }
    production(id: $id) {
      ...ProductionDetail
    }
  }
`);

const ProductionEventsSubscription = graphql(`
  subscription ProductionEvents($id: ID!) {
    productionEvents(productionId: $id) {
      id
      kind
      productionId
      at
      production {
        ...ProductionDetail
      }
    }
  }
`);

/** One line of the production's details: a term and its value, or a dash when it has none. */
function Detail({ label, value }: { label: string; value: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value === null || value === undefined || value === '' ? '—' : value}</dd>
    </>
  );
}

export function ProductionPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const live = useLiveState();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductionQuery, variables: { id } });
  // The event carries the production as it now is; graphcache writes it over the page's data.
  const [{ data: event }] = useSubscription({ query: ProductionEventsSubscription, variables: { id } });

  // After a reconnection, events sent while offline were missed: read the production afresh.
  const wasConnected = useRef(false);
  useEffect(() => {
    if (live !== 'connected') return;
    if (wasConnected.current) reexecute({ requestPolicy: 'network-only' });
    wasConnected.current = true;
  }, [live]);

  // An event without a production (deleted, or no longer visible to us): let the server say why.
  useEffect(() => {
    if (event && !event.productionEvents.production) reexecute({ requestPolicy: 'network-only' });
  }, [event]);

  const p = data?.production;
  // Back to the list as it was left (its search and filters), not to the home page.
  const back = lastListPath();
  const manage = canManage(data?.me.role);

  if (!p) {
    return (
      <main class="container">
        <a href={back} onClick={linkTo(back)} data-testid="back-link">
          {t('list.back')}
        </a>
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  const tp = p.spec.technicalProfile;
  return (
    <main class="container">
      <nav class="crumbs">
        <a href={back} onClick={linkTo(back)} data-testid="back-link">
          {t('list.back')}
        </a>
        <LiveBadge />
      </nav>

      <h1 data-testid="production-title">{p.title}</h1>
      <ProductionTabs id={id} current="details" />
      <p class="badges">
        <span class="badge">{t(`kind.${p.kind}`)}</span>
        <StatusBadge kind="production" status={p.status} />
      </p>
      <p class="muted">{t('production.updatedAt', { at: formatDateTime(p.updatedAt, lang) })}</p>
      {manage && (
        <nav class="page-actions">
          <a href={`/productions/${id}/edit`} onClick={linkTo(`/productions/${id}/edit`)} role="button" class="secondary outline" data-testid="edit-production">
            {t('productionForm.edit')}
          </a>
        </nav>
      )}

      <section>
        <h2>{t('production.details')}</h2>
        <dl>
          <Detail label={t('production.client')} value={p.client.name} />
          <Detail label={t('production.director')} value={p.director} />
          <Detail label={t('production.deadline')} value={p.spec.deliveryDeadline && <DateText date={p.spec.deliveryDeadline} />} />
        </dl>
      </section>

      {p.notes && (
        <section>
          <h2>{t('production.notes')}</h2>
          <p class="notes">{p.notes}</p>
        </section>
      )}

      <section>
        <h2>{t('production.spec')}</h2>
        <dl>
          <Detail
            label={t('production.runtime')}
            value={p.spec.runtimeMinutes == null ? null : t('production.minutes', { n: p.spec.runtimeMinutes })}
          />
          <Detail label={t('production.frameRate')} value={tp.frameRate} />
          <Detail label={t('production.resolution')} value={tp.resolution} />
          <Detail label={t('production.colourSpace')} value={tp.colourSpace} />
          <Detail label={t('production.audioLayout')} value={tp.audioLayout} />
          <Detail label={t('production.loudness')} value={tp.loudnessLufs == null ? null : `${String(tp.loudnessLufs).replace('.', lang === 'fr' ? ',' : '.')} LUFS`} />
          <Detail label={t('production.subtitles')} value={tp.subtitleLanguages.map((l) => l.toUpperCase()).join(', ')} />
          <Detail label={t('production.documents')} value={tp.documents.map((d) => t(`production.doc.${d}` as Key)).join(', ')} />
          <Detail label={t('production.isan')} value={p.spec.isan} />
        </dl>
      </section>

      <Episodes productionId={id} kind={p.kind} episodes={p.episodes} manage={manage} onAdded={() => reexecute({ requestPolicy: 'network-only' })} />

      <section>
        <h2>
          {t('production.team')} <small class="muted">({p.team.length})</small>
        </h2>
        {p.team.length === 0 ? (
          <EmptyState>{t('production.noTeam')}</EmptyState>
        ) : (
          <ul class="rows">
            {p.team.map((m) => (
              <li key={m.id}>
                <span class="grow">
                  <strong>{m.technician.name}</strong>
                  <br />
                  <small class="muted">{m.function}</small>
                </span>
                {m.dailyRate != null && (
                  <span class="money" title={t('production.dailyRate')} data-testid="team-rate">
                    <Money amount={m.dailyRate} /> <small class="muted">{t('production.perDay')}</small>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <ProductionDeliveries id={id} />
    </main>
  );
}
