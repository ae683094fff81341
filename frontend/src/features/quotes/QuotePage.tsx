// /quotes/:id — one version. A draft opens in the editor (staff); any other version reads as
// the document (lines, totals, conditions, PDF), with the producer's answer on a sent one and
// "Nouvelle version" for the staff. Live through the production's quote events.
import type { ComponentChildren } from 'preact';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { QuoteDetailFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { describeError } from '../../lib/errors';
import { linkTo, navigate } from '../../lib/navigation';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { DateText, EmptyState, ErrorMessage, LiveBadge, LoadingOrError, StatusBadge } from '../../ui';
import { useState } from 'preact/hooks';
import { AnswerPanel, AnswerSummary } from './AnswerForms';
import { LinesView, PdfLink } from './DocumentView';
import { BillProduction } from '../invoices/BillProduction';
import { QuoteEditor } from './QuoteEditor';
import { QuoteList, Validity, quoteRef } from './QuoteRows';
import { TotalsBox } from './TotalsBox';
import { Versions } from './Versions';
import { QuoteEventsDoc } from './fragments';
import { paymentTerms, quoteActions } from './quotes';
import './quotes.css';

const QuotePageQuery = graphql(`
  query QuotePage($id: ID!) {
    me {
      role
    }
    quote(id: $id) {
      ...QuoteDetail
    }
  }
`);

const ReviseQuoteMutation = graphql(`
  mutation ReviseQuote($id: ID!) {
    reviseQuote(id: $id) {
      id
    }
  }
`);

const AcceptQuoteMutation = graphql(`
  mutation AcceptQuote($id: ID!, $input: AcceptInput!) {
    acceptQuote(id: $id, input: $input) {
      ...QuoteDetail
    }
  }
`);

const RefuseQuoteMutation = graphql(`
  mutation RefuseQuote($id: ID!, $reason: String!) {
    refuseQuote(id: $id, reason: $reason) {
      ...QuoteDetail
    }
  }
`);

const CreateAmendmentMutation = graphql(`
  mutation CreateAmendment($quoteId: ID!) {
    createAmendment(quoteId: $quoteId) {
      id
    }
  }
`);

function pct(v: string, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? `${v.replace('.', ',')}\u00a0%` : `${v}%`;
}

function Item({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The conditions of a version: deposit, payment, extra-session majorations, the spec quoted, notes. */
function Conditions({ q }: { q: QuoteDetailFragment }) {
  const { t, lang } = useI18n();
  return (
    <section class="quote-conditions" data-testid="conditions">
      <h2>{t('quote.conditions')}</h2>
      <dl>
        <Item label={t('quote.payment')}>{paymentTerms(q.paymentDays, q.paymentEndOfMonth, t)}</Item>
        <Item label={t('quote.overtimePercent').replace(/ \(%\)$/, '')}>+{pct(q.overtimePercent, lang)}</Item>
        <Item label={t('quote.nightPercent').replace(/ \(%\)$/, '')}>+{pct(q.nightPercent, lang)}</Item>
        <Item label={t('quote.weekendPercent').replace(/ \(%\)$/, '')}>+{pct(q.weekendPercent, lang)}</Item>
        {q.purchaseOrder && <Item label={t('quote.purchaseOrder')}>{q.purchaseOrder}</Item>}
        {q.specRuntimeMinutes != null && <Item label={t('quote.specRuntime')}>{q.specRuntimeMinutes}</Item>}
        {q.specEpisodes != null && <Item label={t('quote.specEpisodes')}>{q.specEpisodes}</Item>}
        {q.specDeliverables && <Item label={t('quote.specDeliverables')}>{q.specDeliverables}</Item>}
      </dl>
      {q.notes && <p class="notes">{q.notes}</p>}
    </section>
  );
}

function QuoteDocument({ q, role, onChanged }: { q: QuoteDetailFragment; role: Parameters<typeof quoteActions>[1]; onChanged: () => void }) {
  const { t } = useI18n();
  const latest = q.versions[0]?.id === q.id;
  const actions = quoteActions(q.status, role, latest);
  const [revising, revise] = useMutation(ReviseQuoteMutation);
  const [, accept] = useMutation(AcceptQuoteMutation);
  const [, refuse] = useMutation(RefuseQuoteMutation);
  const [creating, createAmendment] = useMutation(CreateAmendmentMutation);
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);

  async function onRevise() {
    const res = await revise({ id: q.id });
    if (res.error) setError(res.error);
    else navigate(`/quotes/${res.data!.reviseQuote.id}`);
  }

  async function onAmend() {
    const res = await createAmendment({ quoteId: q.id });
    if (res.error) setError(res.error);
    else navigate(`/amendments/${res.data!.createAmendment.id}`);
  }

  return (
    <div class="quote-document">
      <AnswerSummary answer={q} />
      {actions.answer && (
        <AnswerPanel
          onAccept={async (name, mention) => {
            const r = await accept({ id: q.id, input: { name, mention } });
            if (!r.error) onChanged();
            return r;
          }}
          onRefuse={async (reason) => {
            const r = await refuse({ id: q.id, reason });
            if (!r.error) onChanged();
            return r;
          }}
        />
      )}
      <h2>{t('quote.lines')}</h2>
      <LinesView lines={q.lines} />
      <h2>{t('quote.totals')}</h2>
      <TotalsBox totals={q.totals} deposit={{ percent: q.depositPercent, amount: q.depositAmount }} />
      <Conditions q={q} />
      <ErrorMessage error={error} />
      <nav class="page-actions">
        <PdfLink url={q.documentUrl} name={quoteRef(q, t)} />
        {actions.revise && (
          <button type="button" class="secondary" onClick={onRevise} disabled={revising.fetching} aria-busy={revising.fetching} title={t('quote.reviseHint')} data-testid="quote-revise">
            {t('quote.revise')}
          </button>
        )}
        {actions.amend && (
          <button type="button" class="secondary outline" onClick={onAmend} disabled={creating.fetching} data-testid="amendment-create">
            {t('amendment.create')}
          </button>
        )}
      </nav>
      {q.status === 'ACCEPTED' && (
        <section>
          <h2>{t('quotes.amendments')}</h2>
          {q.amendments.length === 0 ? <EmptyState>{t('quotes.noAmendments')}</EmptyState> : <QuoteList quotes={[]} amendments={q.amendments} production={false} />}
          <BillProduction productionId={q.production.id} quoteId={q.id} />
        </section>
      )}
    </div>
  );
}

export function QuotePage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: QuotePageQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const q = data?.quote;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch({ query: QuoteEventsDoc, variables: { productionId: q?.production.id ?? '' }, pause: !q, delay: 100 }, refetch);

  const back = q ? `/productions/${q.production.id}/quotes` : '/quotes';
  if (!q) {
    return (
      <main class="container">
        <nav class="crumbs">
          <a href="/quotes" onClick={linkTo('/quotes')}>
            ← {t('quote.back')}
          </a>
        </nav>
        {error && !fetching ? <p class="error">{describeError(error, t)}</p> : <LoadingOrError fetching={fetching} error={error} />}
      </main>
    );
  }
  const role = data!.me.role;
  const editing = quoteActions(q.status, role, true).edit;
  return (
    <main class={`container wide quote-page${editing ? ' editing' : ''}`} data-testid="quote-page" data-status={q.status}>
      <nav class="crumbs">
        <a href={back} onClick={linkTo(back)} data-testid="back-link">
          ← {q.production.title}
        </a>
        <LiveBadge />
      </nav>
      <header class="quote-head">
        <h1>
          <span data-testid="quote-ref">{quoteRef(q, t)}</span> <StatusBadge kind="quote" status={q.status} testId="quote-status" />
        </h1>
        {q.title && <p class="quote-title">{q.title}</p>}
        <p class="muted">
          {q.production.title} · {q.client.name}
          {q.issueDate && (
            <>
              {' · '}
              {t('quote.issueDate')} <DateText date={q.issueDate} />
            </>
          )}
          {' · '}
          {t('quotes.validity')} <Validity date={q.validUntil} soon={q.expiresSoon} />
        </p>
      </header>
      {editing ? <QuoteEditor key={q.id} quote={q} /> : <QuoteDocument q={q} role={role} onChanged={refetch} />}
      <Versions quote={q} />
    </main>
  );
}
