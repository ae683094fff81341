import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useClient, useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { addDays, todayParis } from '../../lib/dates';
import { blockingCount, sortDeliveries } from './deliveries';
import { fieldError } from '../../lib/errors';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo, navigate } from '../../lib/navigation';
import { Blockers, CompatibilityReport, DueBadge } from './DeliveryParts';
import { DateText, EmptyState, ErrorMessage, FieldError, LoadingOrError, StatusBadge } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveQuery } from '../../lib/useLiveQuery';

const ProductionDeliveriesQuery = graphql(`
  query ProductionDeliveries($id: ID!) {
    me {
      role
    }
    production(id: $id) {
      id
      spec {
        deliveryDeadline
      }
      episodes {
        id
        number
        title
      }
      deliveries {
        ...DeliveryRow
      }
    }
  }
`);

const ProductionDeliveryEvents = graphql(`
  subscription ProductionDeliveryEvents($productionId: ID!) {
    deliveryEvents(productionId: $productionId) {
      id
      kind
    }
  }
`);

const DeliverySpecChoicesQuery = graphql(`
  query DeliverySpecChoices {
    deliverySpecs {
      id
      name
      recipient
      recipientKind
      templateKey
    }
    deliverySpecTemplates {
      key
      recipient
      recipientKind
      notes
    }
  }
`);

const SpecCompatibilityQuery = graphql(`
  query SpecCompatibility($productionId: ID!, $specId: ID!) {
    compatibility(productionId: $productionId, specId: $specId) {
      ok
      issues {
        code
        severity
        message
      }
    }
  }
`);

const CloneDeliverySpecMutation = graphql(`
  mutation CloneDeliverySpec($templateKey: String!) {
    cloneDeliverySpec(templateKey: $templateKey) {
      id
      name
      recipient
      recipientKind
      templateKey
    }
  }
`);

const CreateDeliveryMutation = graphql(`
  mutation CreateDelivery($input: DeliveryInput!) {
    createDelivery(input: $input) {
      id
      status
    }
  }
`);

/** The production page's "Livraisons" section: its deliveries, and a form for a new one. */
export function ProductionDeliveries({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, error }] = useLiveQuery({
    query: ProductionDeliveriesQuery,
    variables: { id },
    events: { query: ProductionDeliveryEvents, variables: { productionId: id }, delay: 150 },
  });
  const [creating, setCreating] = useState(false);
  const today = todayParis();

  const p = data?.production;
  const deliveries = useMemo(() => sortDeliveries(p?.deliveries ?? [], 'due'), [p?.deliveries]);
  const canCreate = !!data && canManage(data.me.role);

  return (
    <section class="production-deliveries" data-testid="production-deliveries">
      <h2>
        {t('delivery.section')} {p && <small class="muted">({p.deliveries.length})</small>}
      </h2>
      {!p ? (
        <LoadingOrError fetching={!error} error={error} />
      ) : deliveries.length === 0 ? (
        <EmptyState>{t('delivery.none')}</EmptyState>
      ) : (
        <ul class="rows">
          {deliveries.map((d) => {
            const href = `/deliveries/${d.id}`;
            return (
              <li key={d.id} data-testid="production-delivery" data-delivery-id={d.id} data-status={d.status}>
                <span class="grow">
                  <a href={href} onClick={linkTo(href)}>
                    <strong>{d.recipient}</strong>
                  </a>
                  {d.episode && <> · {t('delivery.episodeShort', { n: d.episode.number })}</>}
                  <br />
                  <small class="muted">{d.spec.name}</small>
                  <br />
                  <Blockers delivery={d} />
                </span>
                <span class="delivery-side">
                  <StatusBadge kind="delivery" status={d.status} />
                  <small>
                    <DateText date={d.dueDate} /> <DueBadge delivery={d} today={today} />
                  </small>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {canCreate &&
        (creating ? (
          <NewDelivery
            productionId={id}
            episodes={p?.episodes ?? []}
            defaultDue={p?.spec.deliveryDeadline && p.spec.deliveryDeadline >= today ? p.spec.deliveryDeadline : addDays(today, 30)}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <button type="button" class="small new-delivery-open" onClick={() => setCreating(true)} data-testid="new-delivery">
            {t('delivery.new')}
          </button>
        ))}
    </section>
  );
}

function NewDelivery({
  productionId,
  episodes,
  defaultDue,
  onCancel,
}: {
  productionId: string;
  episodes: readonly { id: string; number: number; title: string }[];
  defaultDue: string;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const client = useClient();
  const [{ data: choices, error: choicesError }] = useQuery({ query: DeliverySpecChoicesQuery });
  const [specId, setSpecId] = useState('');
  const [templateKey, setTemplateKey] = useState('');
  const [dueDate, setDueDate] = useState(defaultDue);
  const [episodeId, setEpisodeId] = useState('');
  const [cloneState, clone] = useMutation(CloneDeliverySpecMutation);
  const [createState, create] = useMutation(CreateDeliveryMutation);
  const [err, setErr] = useState<{ field: string; message: string } | null>(null);
  const [{ data: compatData, fetching: compatFetching }, reexecuteCompat] = useQuery({
    query: SpecCompatibilityQuery,
    variables: { productionId, specId },
    pause: !specId,
  });
  // The compatibility messages come in the caller's language.
  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang !== firstLang.current && specId) reexecuteCompat({ requestPolicy: 'network-only' });
  }, [lang]);
  const compat = specId ? compatData?.compatibility : null;
  const blocking = blockingCount(compat);
  // Refused by the API too (VALIDATION on dueDate): said here before sending.
  const pastDue = dueDate !== '' && dueDate < todayParis();

  async function cloneTemplate() {
    if (!templateKey) return;
    setErr(null);
    const res = await clone({ templateKey });
    if (res.error || !res.data) {
      setErr(fieldError(res.error));
      return;
    }
    // The list must hold the copy before the select can show it as chosen.
    await client.query(DeliverySpecChoicesQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setSpecId(res.data.cloneDeliverySpec.id);
    setTemplateKey('');
  }

  async function submit(e: Event) {
    e.preventDefault();
    setErr(null);
    const res = await create({ input: { productionId, specId, dueDate, episodeId: episodeId || null } });
    if (res.error || !res.data) {
      setErr(fieldError(res.error));
      return;
    }
    navigate(`/deliveries/${res.data.createDelivery.id}`);
  }

  const fieldErr = (f: string) => <FieldError name={f} error={err} />;

  return (
    <form class="new-delivery card-form" onSubmit={submit} data-testid="new-delivery-form">
      <h3>{t('delivery.new')}</h3>
      <ErrorMessage error={choicesError} />
      <label>
        {t('delivery.specChoice')}
        <select value={specId} onChange={(e) => setSpecId(e.currentTarget.value)} aria-invalid={err?.field === 'specId' ? true : undefined} data-testid="new-delivery-spec">
          <option value="">{t('delivery.chooseSpec')}</option>
          {(choices?.deliverySpecs ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} — {s.recipient}
            </option>
          ))}
        </select>
        {fieldErr('specId')}
      </label>
      <div class="clone-row">
        <label>
          {t('delivery.fromTemplate')}
          <select value={templateKey} onChange={(e) => setTemplateKey(e.currentTarget.value)} data-testid="new-delivery-template">
            <option value="">{t('delivery.chooseTemplate')}</option>
            {(choices?.deliverySpecTemplates ?? []).map((tp) => (
              <option key={tp.key} value={tp.key} title={tp.notes}>
                {tp.recipient} · {t(`delivery.recipientKind.${tp.recipientKind}` as Key)}
              </option>
            ))}
          </select>
          {fieldErr('templateKey')}
        </label>
        <button
          type="button"
          class="secondary small"
          disabled={!templateKey || cloneState.fetching}
          aria-busy={cloneState.fetching}
          onClick={cloneTemplate}
          data-testid="new-delivery-clone"
        >
          {t('delivery.cloneTemplate')}
        </button>
      </div>
      <small class="muted">{t('delivery.cloneHint')}</small>

      {specId && (
        <div class="compat-preview">
          <h4>{t('delivery.compat')}</h4>
          <CompatibilityReport compat={compat} busy={compatFetching} />
        </div>
      )}

      <div class="form-grid">
        <label>
          {t('delivery.dueDate')}
          <input
            type="date"
            required
            min={todayParis()}
            value={dueDate}
            onInput={(e) => setDueDate(e.currentTarget.value)}
            aria-invalid={err?.field === 'dueDate' || pastDue ? true : undefined}
            aria-describedby={pastDue ? 'new-delivery-past-due' : undefined}
            data-testid="new-delivery-due"
          />
          {pastDue && !err && (
            <small class="error" id="new-delivery-past-due" data-testid="new-delivery-past-due">
              {t('delivery.pastDue')}
            </small>
          )}
          {fieldErr('dueDate')}
        </label>
        {episodes.length > 0 && (
          <label>
            {t('delivery.episode')}
            <select value={episodeId} onChange={(e) => setEpisodeId(e.currentTarget.value)} data-testid="new-delivery-episode">
              <option value="">{t('delivery.wholeProduction')}</option>
              {episodes.map((ep) => (
                <option key={ep.id} value={ep.id}>
                  {t('delivery.episodeShort', { n: ep.number })}
                  {ep.title ? ` · ${ep.title}` : ''}
                </option>
              ))}
            </select>
            {fieldErr('episodeId')}
          </label>
        )}
      </div>
      {err && !['specId', 'templateKey', 'dueDate', 'episodeId'].includes(err.field) && (
        <p class="error" role="alert" data-testid="new-delivery-error">
          {err.message || t('common.error')}
        </p>
      )}
      <div class="action-buttons">
        <button
          type="submit"
          class="small"
          disabled={!specId || !dueDate || pastDue || createState.fetching || (!compat && compatFetching)}
          aria-busy={createState.fetching}
          data-testid="new-delivery-submit"
        >
          {blocking > 0 ? t('delivery.createAnyway', { n: blocking }) : t('delivery.create')}
        </button>
        <button type="button" class="secondary outline small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
