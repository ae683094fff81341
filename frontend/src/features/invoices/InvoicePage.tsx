// /invoices/:id — a draft (staff): the editor; an issued invoice: its figures, files, payments
// and credit notes. Live through invoiceEvents of its production.
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { DateText, LiveBadge, LoadingOrError } from '../../ui';
import { InvoiceEditor } from './InvoiceEditor';
import { IssuedInvoice, InvoiceFigures, InvoiceLines } from './IssuedInvoice';
import { InvoiceStatusBadge } from './InvoiceRows';
import { InvoiceEventsDoc } from './fragments';
import { canBill } from './invoices';
import './invoices.css';

const InvoicePageQuery = graphql(`
  query InvoicePage($id: ID!) {
    me {
      role
    }
    invoice(id: $id) {
      ...InvoiceFields
    }
  }
`);

export function InvoicePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InvoicePageQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const inv = data?.invoice;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch({ query: InvoiceEventsDoc, variables: { productionId: inv?.production?.id ?? null }, pause: !inv, delay: 150 }, refetch);
  const staff = canBill(data?.me.role);
  const pct = (p: string) => (lang === 'fr' ? `${p.replace('.', ',')}\u00a0%` : `${p}%`);
  return (
    <main class="container wide invoice-page">
      <nav class="crumbs">
        <a href="/invoices" onClick={linkTo('/invoices')}>
          ← {t('invoice.back')}
        </a>
        <LiveBadge />
      </nav>
      {!inv ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          <header class="invoice-head">
            <h1 data-testid="invoice-title">
              <span>
                {t(`invoice.kind.${inv.kind}`)} {inv.number ?? ''}
              </span>
              <InvoiceStatusBadge status={inv.status} />
            </h1>
            <dl class="invoice-meta">
              <div>
                <dt>{t('invoice.client')}</dt>
                <dd data-testid="invoice-client">{inv.client.name}</dd>
              </div>
              {inv.production && (
                <div>
                  <dt>{t('invoice.production')}</dt>
                  <dd>
                    <a class="tap-link" href={`/productions/${inv.production.id}`} onClick={linkTo(`/productions/${inv.production.id}`)}>
                      {inv.production.title}
                    </a>
                  </dd>
                </div>
              )}
              {inv.quote && (
                <div>
                  <dt>{t('invoice.quote')}</dt>
                  <dd>
                    {staff ? (
                      <a href={`/quotes/${inv.quote.id}`} onClick={linkTo(`/quotes/${inv.quote.id}`)}>
                        {inv.quote.reference}
                      </a>
                    ) : (
                      inv.quote.reference
                    )}
                    {inv.depositPercent && <small class="muted"> · {t('invoice.depositPercent', { p: pct(inv.depositPercent) })}</small>}
                  </dd>
                </div>
              )}
              {inv.serviceFrom && inv.serviceTo && inv.status !== 'DRAFT' && (
                <div>
                  <dt>{t('invoice.service')}</dt>
                  <dd>
                    <DateText date={inv.serviceFrom} /> – <DateText date={inv.serviceTo} />
                  </dd>
                </div>
              )}
              {inv.issueDate && (
                <div>
                  <dt>{t('invoice.issueDate')}</dt>
                  <dd>
                    <DateText date={inv.issueDate} />
                  </dd>
                </div>
              )}
              {inv.dueDate && (
                <div>
                  <dt>{t('invoice.dueDate')}</dt>
                  <dd data-testid="invoice-due">
                    <DateText date={inv.dueDate} />
                  </dd>
                </div>
              )}
              {inv.purchaseOrder && inv.status !== 'DRAFT' && (
                <div>
                  <dt>{t('invoice.purchaseOrder')}</dt>
                  <dd>{inv.purchaseOrder}</dd>
                </div>
              )}
            </dl>
          </header>
          {inv.status === 'DRAFT' ? (
            staff ? (
              <InvoiceEditor key={inv.id} invoice={inv} />
            ) : (
              <>
                <InvoiceLines lines={inv.lines} />
                <InvoiceFigures inv={inv} />
              </>
            )
          ) : (
            <IssuedInvoice inv={inv} staff={staff} onChanged={refetch} />
          )}
        </>
      )}
    </main>
  );
}
