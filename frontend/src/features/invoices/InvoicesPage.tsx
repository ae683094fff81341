// /invoices: for the billing staff, every invoice (filters status, kind, overdue; "Plus" pages),
// links to the client balances and the settings, and the sales-journal export; for a producer,
// what is due, then their client's issued invoices and credit notes, on a phone first.
// Live through invoiceEvents (the server keeps drafts from producers).
import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { InvoiceKind, InvoiceStatus } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { ROLE } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { EmptyState, ErrorMessage, LiveBadge, LoadingOrError, Money } from '../../ui';
import { InvoiceList } from './InvoiceRows';
import { CreditNoteList } from './CreditNotes';
import { SalesJournal } from './SalesJournal';
import { InvoiceEventsDoc } from './fragments';
import { INVOICE_KINDS, INVOICE_STATUSES, canBill, listFilter, type ListFilter } from './invoices';
import './invoices.css';

const InvoicesPageQuery = graphql(`
  query InvoicesPage($first: Int!, $after: String, $filter: InvoiceFilter) {
    invoices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InvoiceRow
        }
      }
    }
  }
`);

const InvoicesMeQuery = graphql(`
  query InvoicesMe {
    me {
      role
    }
  }
`);

const ProducerDueQuery = graphql(`
  query ProducerDue {
    clientBalances(first: 5) {
      edges {
        node {
          client {
            id
            name
          }
          balance
          overdue
        }
      }
    }
    creditNotes(first: 50) {
      edges {
        node {
          ...CreditNoteRow
          invoice {
            id
            number
          }
        }
      }
    }
  }
`);

const PAGE = 20;

/** One page of the list; the last one offers the next. */
function Chunk({ after, filter, last, onMore, tick }: { after: string | null; filter: ListFilter; last: boolean; onMore: (cursor: string) => void; tick: number }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: InvoicesPageQuery, variables: { first: PAGE, after, filter }, requestPolicy: tick ? 'network-only' : 'cache-and-network' });
  if (!data) return <LoadingOrError fetching={fetching} error={error} />;
  const invoices = data.invoices.edges.map((e) => e.node);
  return (
    <>
      {after == null && (
        <p class="muted" data-testid="invoice-count">
          {t('invoices.count', { n: data.invoices.totalCount })}
        </p>
      )}
      {after == null && invoices.length === 0 ? <EmptyState>{t('invoices.empty')}</EmptyState> : <InvoiceList invoices={invoices} />}
      {last && data.invoices.pageInfo.hasNextPage && data.invoices.pageInfo.endCursor && (
        <button type="button" class="secondary outline more" onClick={() => onMore(data.invoices.pageInfo.endCursor!)} data-testid="invoices-more">
          {t('invoices.more')}
        </button>
      )}
    </>
  );
}

/** A producer's summary: what their company still owes (and how much is late), and the credit notes. */
function ProducerDue({ tick }: { tick: number }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ProducerDueQuery, requestPolicy: tick ? 'network-only' : 'cache-and-network' });
  if (!data) return <LoadingOrError fetching={fetching} error={error} />;
  const balances = data.clientBalances.edges.map((e) => e.node);
  return (
    <>
      <p class="muted">{t('invoices.producerHint')}</p>
      {balances.map((b) => (
        <dl class="invoice-figures due-summary" key={b.client.id} data-testid="producer-due">
          <dt>
            {t('invoices.dueTotal')} · {b.client.name}
          </dt>
          <dd class="strong">
            <Money amount={b.balance} testId="due-total" />
          </dd>
          {b.overdue !== '0.00' && (
            <>
              <dt>{t('balances.overdue')}</dt>
              <dd>
                <Money amount={b.overdue} testId="due-overdue" />
              </dd>
            </>
          )}
        </dl>
      ))}
      <h2>{t('invoices.creditNotes')}</h2>
      {data.creditNotes.edges.length === 0 ? <EmptyState>{t('invoices.noCreditNotes')}</EmptyState> : <CreditNoteList notes={data.creditNotes.edges.map((e) => e.node)} />}
    </>
  );
}

export function InvoicesPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const [kind, setKind] = useState<InvoiceKind | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [tick, setTick] = useState(0);
  const [{ data: me, error }] = useQuery({ query: InvoicesMeQuery });
  const role = me?.me.role;
  const producer = role === ROLE.PRODUCER;
  useLiveRefetch({ query: InvoiceEventsDoc, variables: {}, pause: !role, delay: 150 }, () => setTick((n) => n + 1));
  const filter = listFilter(status, kind, overdue);
  const key = `${status}|${kind}|${overdue}|${tick}`;

  function change(next: () => void) {
    next();
    setCursors([null]);
  }

  return (
    <main class="container wide invoices-page">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <LiveBadge />
      </nav>
      <h1>{t('invoices.title')}</h1>
      <ErrorMessage error={error} />
      {canBill(role) && (
        <nav class="page-actions">
          <a href="/invoices/balances" onClick={linkTo('/invoices/balances')} role="button" class="secondary outline" data-testid="balances-link">
            {t('invoices.balancesLink')}
          </a>
          <a href="/settings/invoicing" onClick={linkTo('/settings/invoicing')} role="button" class="secondary outline" data-testid="invoicing-settings-link">
            {t('invoices.settingsLink')}
          </a>
        </nav>
      )}
      {producer && <ProducerDue key={tick} tick={tick} />}
      {producer && <h2>{t('invoices.title')}</h2>}
      <div class="invoice-filters">
        <label>
          {t('invoices.filterStatus')}
          <select value={status} onChange={(e) => change(() => setStatus(e.currentTarget.value as InvoiceStatus | ''))} data-testid="invoice-status-filter">
            <option value="">{t('invoices.anyStatus')}</option>
            {INVOICE_STATUSES.filter((s) => !producer || s !== 'DRAFT').map((s) => (
              <option key={s} value={s}>
                {t(`invoice.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('invoices.filterKind')}
          <select value={kind} onChange={(e) => change(() => setKind(e.currentTarget.value as InvoiceKind | ''))} data-testid="invoice-kind-filter">
            <option value="">{t('invoices.anyKind')}</option>
            {INVOICE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`invoice.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" role="switch" checked={overdue} onChange={(e) => change(() => setOverdue(e.currentTarget.checked))} data-testid="invoice-overdue-filter" />
          {t('invoices.overdueOnly')}
        </label>
      </div>
      {cursors.map((c, i) => (
        <Chunk key={`${key}|${c ?? ''}`} after={c} filter={filter} last={i === cursors.length - 1} onMore={(next) => setCursors([...cursors, next])} tick={tick} />
      ))}
      {canBill(role) && <SalesJournal />}
    </main>
  );
}
