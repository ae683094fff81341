// "Facturer" on a production's Devis tab: the production's invoices, and for the billing staff a
// new draft — a deposit (a % of the accepted quote) or the final invoice of an accepted quote,
// progress for a period (the approved slips at the frozen prices), or free lines.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { InvoiceKind } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { endOfMonth, startOfMonth, todayParis } from '../../lib/dates';
import { fieldError } from '../../lib/errors';
import { navigate } from '../../lib/navigation';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { EmptyState, ErrorMessage, FieldError, invalidIf, type FieldProblem } from '../../ui';
import { InvoiceList } from './InvoiceRows';
import { InvoiceEventsDoc } from './fragments';
import { canBill, depositPercentInput, periodOk } from './invoices';
import './invoices.css';

const ProductionBillingQuery = graphql(`
  query ProductionBilling($id: ID!) {
    me {
      role
    }
    production(id: $id) {
      id
      client {
        id
      }
      quotes(first: 50) {
        edges {
          node {
            id
            reference
            status
            depositPercent
          }
        }
      }
      invoices(first: 20) {
        totalCount
        edges {
          node {
            ...InvoiceRow
          }
        }
      }
    }
  }
`);

const CreateInvoiceMutation = graphql(`
  mutation CreateInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      id
    }
  }
`);

type Accepted = { id: string; reference?: string | null; depositPercent: string };

function NewInvoice({ productionId, clientId, accepted, initialQuote }: { productionId: string; clientId: string; accepted: Accepted[]; initialQuote?: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<InvoiceKind>(accepted.length ? 'DEPOSIT' : 'PROGRESS');
  const [quoteId, setQuoteId] = useState(initialQuote ?? accepted[0]?.id ?? '');
  const [percent, setPercent] = useState(accepted.find((q) => q.id === (initialQuote ?? accepted[0]?.id))?.depositPercent ?? '30');
  const today = todayParis();
  const [from, setFrom] = useState(startOfMonth(today));
  const [to, setTo] = useState(endOfMonth(today));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [state, create] = useMutation(CreateInvoiceMutation);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="bill">
        {t('bill.action')}
      </button>
    );
  }
  const kinds: InvoiceKind[] = accepted.length ? ['DEPOSIT', 'FINAL', 'PROGRESS', 'STANDARD'] : ['PROGRESS', 'STANDARD'];
  const label: Record<InvoiceKind, string> = { DEPOSIT: t('bill.deposit'), FINAL: t('bill.final'), PROGRESS: t('bill.progress'), STANDARD: t('bill.standard') };

  async function submit(e: Event) {
    e.preventDefault();
    setProblem(null);
    let input;
    if (kind === 'DEPOSIT') {
      const p = depositPercentInput(percent);
      if (!p) return setProblem({ field: 'depositPercent', message: t('invoice.err.percent') });
      input = { kind, quoteId, depositPercent: p };
    } else if (kind === 'FINAL') input = { kind, quoteId };
    else if (kind === 'PROGRESS') {
      if (!periodOk(from, to)) return setProblem({ field: 'serviceTo', message: t('invoice.err.period') });
      input = { kind, productionId, serviceFrom: from, serviceTo: to };
    } else input = { kind, clientId, productionId };
    const res = await create({ input });
    if (res.error) return setProblem(fieldError(res.error));
    navigate(`/invoices/${res.data!.createInvoice.id}`);
  }

  return (
    <form class="card-form" onSubmit={submit} noValidate data-testid="bill-form">
      <h2>{t('bill.action')}</h2>
      {accepted.length === 0 && <p class="muted">{t('bill.noAccepted')}</p>}
      <fieldset class="bill-kinds">
        {kinds.map((k) => (
          <label key={k}>
            <input type="radio" name="bill-kind" checked={kind === k} onChange={() => setKind(k)} data-testid={`bill-${k}`} />
            {label[k]}
          </label>
        ))}
      </fieldset>
      {(kind === 'DEPOSIT' || kind === 'FINAL') && accepted.length > 1 && (
        <label>
          {t('invoice.quote')}
          <select value={quoteId} onChange={(e) => setQuoteId(e.currentTarget.value)} data-testid="bill-quote">
            {accepted.map((q) => (
              <option key={q.id} value={q.id}>
                {q.reference}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'DEPOSIT' && (
        <label>
          {t('bill.depositPercent')}
          <input inputMode="decimal" value={percent} onInput={(e) => setPercent(e.currentTarget.value)} data-testid="bill-percent" {...invalidIf('depositPercent', problem)} />
          <FieldError name="depositPercent" error={problem} />
        </label>
      )}
      {kind === 'PROGRESS' && (
        <div class="period">
          <label>
            {t('invoice.serviceFrom')}
            <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} data-testid="bill-from" {...invalidIf('serviceFrom', problem)} />
            <FieldError name="serviceFrom" error={problem} />
          </label>
          <label>
            {t('invoice.serviceTo')}
            <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} data-testid="bill-to" {...invalidIf('serviceTo', problem)} />
            <FieldError name="serviceTo" error={problem} />
          </label>
        </div>
      )}
      {state.error && !fieldError(state.error) && <ErrorMessage error={state.error} />}
      {problem && !['depositPercent', 'serviceFrom', 'serviceTo'].includes(problem.field) && (
        <p class="error" role="alert" data-testid="field-error" data-field={problem.field}>
          {problem.message}
        </p>
      )}
      <p class="page-actions">
        <button type="submit" disabled={state.fetching} aria-busy={state.fetching} data-testid="bill-create">
          {t('bill.create')}
        </button>
        <button type="button" class="secondary outline" onClick={() => setOpen(false)}>
          {t('invoice.cancel')}
        </button>
      </p>
    </form>
  );
}

/** The production's invoices and, for the billing staff, "Facturer"; `quoteId` preselects that accepted quote. */
export function BillProduction({ productionId, quoteId }: { productionId: string; quoteId?: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProductionBillingQuery, variables: { id: productionId }, requestPolicy: 'cache-and-network' });
  useLiveRefetch({ query: InvoiceEventsDoc, variables: { productionId }, pause: !data?.production, delay: 150 }, () => reexecute({ requestPolicy: 'network-only' }));
  const p = data?.production;
  // Secondary on the quotes pages: while it cannot be read, the page shows what it can without it.
  if (!p || (error && !fetching && !data)) return null;
  const accepted = p.quotes.edges.map((e) => e.node).filter((q) => q.status === 'ACCEPTED');
  const invoices = p.invoices.edges.map((e) => e.node);
  return (
    <section class="production-billing" data-testid="production-billing">
      <h2>{t('bill.invoicesOf')}</h2>
      {invoices.length === 0 ? <EmptyState>{t('bill.none')}</EmptyState> : <InvoiceList invoices={invoices} production={false} />}
      {canBill(data.me.role) && <NewInvoice productionId={productionId} clientId={p.client.id} accepted={accepted} initialQuote={quoteId} />}
    </section>
  );
}
