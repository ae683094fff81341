// /productions/:id/quotes — the production's quotes and amendments, live; for the staff,
// "Nouveau devis" (empty, from a template, from the plan) and "Proposer un avenant".
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { linkTo, navigate } from '../../lib/navigation';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { EmptyState, ErrorMessage, LiveBadge, LoadingOrError } from '../../ui';
import { ProductionTabs } from '../productions/ProductionTabs';
import { lastListPath } from '../productions/listState';
import { QuoteList } from './QuoteRows';
import { BillProduction } from '../invoices/BillProduction';
import { QuoteEventsDoc } from './fragments';
import './quotes.css';

const ProductionQuotesQuery = graphql(`
  query ProductionQuotes($id: ID!) {
    me {
      role
    }
    production(id: $id) {
      id
      title
      quotes(first: 50) {
        totalCount
        edges {
          node {
            ...QuoteRow
          }
        }
      }
    }
    amendments(first: 50, filter: { productionId: $id }) {
      edges {
        node {
          ...AmendmentRow
        }
      }
    }
  }
`);

const TemplatesQuery = graphql(`
  query QuoteTemplateChoices {
    quoteTemplates(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CreateQuoteMutation = graphql(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      id
    }
  }
`);

const QuoteFromPlanMutation = graphql(`
  mutation QuoteFromPlan($productionId: ID!) {
    quoteFromPlan(productionId: $productionId) {
      id
    }
  }
`);

export const ProposeAmendmentMutation = graphql(`
  mutation ProposeAmendment($productionId: ID!) {
    proposeAmendment(productionId: $productionId) {
      id
    }
  }
`);

function NewQuote({ productionId }: { productionId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [template, setTemplate] = useState('');
  const [{ data: templates }] = useQuery({ query: TemplatesQuery, pause: !open });
  const [created, create] = useMutation(CreateQuoteMutation);
  const [planned, fromPlan] = useMutation(QuoteFromPlanMutation);
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const busy = created.fetching || planned.fetching;

  async function make(kind: 'empty' | 'template' | 'plan') {
    setError(null);
    const res = kind === 'plan' ? await fromPlan({ productionId }) : await create({ input: { productionId, templateId: kind === 'template' ? template : null } });
    if (res.error) return setError(res.error);
    const id = res.data && ('quoteFromPlan' in res.data ? res.data.quoteFromPlan.id : res.data.createQuote.id);
    navigate(`/quotes/${id}`);
  }

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="new-quote">
        + {t('quote.new')}
      </button>
    );
  }
  const list = templates?.quoteTemplates.edges.map((e) => e.node) ?? [];
  return (
    <div class="card-form new-quote" data-testid="new-quote-form">
      <h2>{t('quote.new')}</h2>
      <div class="new-quote-choices">
        <div>
          <button type="button" onClick={() => make('plan')} disabled={busy} aria-busy={planned.fetching} data-testid="quote-from-plan">
            {t('quote.newFromPlan')}
          </button>
          <small class="muted">{t('quote.newFromPlanHint')}</small>
        </div>
        <div>
          <button type="button" class="secondary" onClick={() => make('empty')} disabled={busy} data-testid="quote-empty">
            {t('quote.newEmpty')}
          </button>
        </div>
        <div class="template-pick">
          <label>
            {t('quote.newFromTemplate')}
            <select value={template} onChange={(e) => setTemplate(e.currentTarget.value)} data-testid="quote-template">
              <option value="">{list.length ? t('quote.chooseTemplate') : t('quote.noTemplates')}</option>
              {list.map((tp) => (
                <option key={tp.id} value={tp.id}>
                  {tp.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="secondary" onClick={() => make('template')} disabled={busy || !template} data-testid="quote-from-template">
            {t('quote.create')}
          </button>
        </div>
      </div>
      <ErrorMessage error={error} />
      <button type="button" class="secondary outline" onClick={() => setOpen(false)}>
        {t('quote.cancel')}
      </button>
    </div>
  );
}

export function ProductionQuotesPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductionQuotesQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  useLiveRefetch({ query: QuoteEventsDoc, variables: { productionId: id }, pause: !data?.production, delay: 100 }, () => reexecute({ requestPolicy: 'network-only' }));
  const [proposing, propose] = useMutation(ProposeAmendmentMutation);
  const [proposeError, setProposeError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const p = data?.production;
  const manage = canManage(data?.me.role);

  async function onPropose() {
    const res = await propose({ productionId: id });
    if (res.error) setProposeError(res.error);
    else navigate(`/amendments/${res.data!.proposeAmendment.id}`);
  }

  return (
    <main class="container wide quotes-page">
      <nav class="crumbs">
        <a href={lastListPath()} onClick={linkTo(lastListPath())}>
          ← {t('common.back')}
        </a>
        <LiveBadge />
      </nav>
      <h1 data-testid="production-title">{p?.title ?? '…'}</h1>
      <ProductionTabs id={id} current="quotes" />
      {!p || !data ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          {manage && (
            <nav class="page-actions">
              <NewQuote productionId={id} />
            </nav>
          )}
          <h2>{t('quotes.ofProduction')}</h2>
          {p.quotes.edges.length === 0 ? <EmptyState>{t('quotes.empty')}</EmptyState> : <QuoteList quotes={p.quotes.edges.map((e) => e.node)} production={false} />}
          <h2>{t('quotes.amendments')}</h2>
          {data.amendments.edges.length === 0 ? (
            <EmptyState>{t('quotes.noAmendments')}</EmptyState>
          ) : (
            <QuoteList quotes={[]} amendments={data.amendments.edges.map((e) => e.node)} production={false} />
          )}
          {manage && (
            <p>
              <button type="button" class="secondary outline" onClick={onPropose} disabled={proposing.fetching} aria-busy={proposing.fetching} data-testid="propose-amendment">
                {t('amendment.propose')}
              </button>
            </p>
          )}
          <ErrorMessage error={proposeError} />
          <BillProduction productionId={id} />
        </>
      )}
    </main>
  );
}
