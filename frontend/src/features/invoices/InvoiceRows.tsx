// Invoices as lists: a table on a wide screen, cards on a phone; each with its translated
// status, its kind, what is left to pay and, when overdue, how many days late.
import type { CreditNoteStatus, InvoiceRowFragment, InvoiceStatus } from '../../gql/graphql';
import { useI18n, type T } from '../../app/i18n';
import { todayParis } from '../../lib/dates';
import { WIDE, useMediaQuery } from '../../lib/hooks';
import { linkTo } from '../../lib/navigation';
import { DateText, Money } from '../../ui';
import { daysLate, isOpen } from './invoices';

/** An invoice's status as a coloured, translated badge (the code stays in data-status). */
export function InvoiceStatusBadge({ status, testId }: { status: InvoiceStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span class={`badge istatus-${status.toLowerCase()}`} data-status={status} data-testid={testId ?? 'invoice-status'}>
      {t(`invoice.status.${status}`)}
    </span>
  );
}

export function CreditNoteStatusBadge({ status }: { status: CreditNoteStatus }) {
  const { t } = useI18n();
  return (
    <span class={`badge istatus-${status === 'DRAFT' ? 'draft' : 'issued'}`} data-status={status} data-testid="credit-note-status">
      {t(`creditNote.status.${status}`)}
    </span>
  );
}

/** "F-2026-00042", or "Brouillon" before the number is given at issue. */
export function invoiceRef(inv: Pick<InvoiceRowFragment, 'number'>, t: T): string {
  return inv.number ?? t('invoices.draftRef');
}

/** The due date, and for an overdue invoice the days late. */
export function DueDate({ inv }: { inv: Pick<InvoiceRowFragment, 'dueDate' | 'overdue' | 'status'> }) {
  const { t } = useI18n();
  const late = inv.overdue && isOpen(inv.status) ? daysLate(inv.dueDate, todayParis()) : 0;
  return (
    <span class="nowrap">
      <DateText date={inv.dueDate} />
      {inv.overdue && (
        <>
          {' '}
          <span class="badge invoice-late" data-testid="overdue" data-days={late}>
            {late > 0 ? t('invoices.late', { n: late }) : t('invoices.overdue')}
          </span>
        </>
      )}
    </span>
  );
}

/** Invoices as rows; `production` false inside a production's page. */
export function InvoiceList({ invoices, production = true }: { invoices: InvoiceRowFragment[]; production?: boolean }) {
  const { t } = useI18n();
  const wide = useMediaQuery(WIDE);
  if (!wide) {
    return (
      <ul class="cards invoice-cards">
        {invoices.map((inv) => (
          <li key={inv.id} data-testid="invoice-row" data-id={inv.id} data-status={inv.status}>
            <a href={`/invoices/${inv.id}`} onClick={linkTo(`/invoices/${inv.id}`)}>
              <span class="ic-top">
                <strong>{invoiceRef(inv, t)}</strong>
                <InvoiceStatusBadge status={inv.status} />
              </span>
              <span class="card-title">
                {t(`invoice.kind.${inv.kind}`)} · {inv.client.name}
              </span>
              {production && inv.production && <span class="card-meta">{inv.production.title}</span>}
              <span class="ic-bottom">
                <span>
                  <Money amount={inv.totals.ttc} /> <small class="muted">{t('invoices.ttc')}</small>
                </span>
                {isOpen(inv.status) && (
                  <span>
                    <small class="muted">{t('invoices.balance')}</small> <Money amount={inv.balance} testId="invoice-balance" />
                  </span>
                )}
              </span>
              {inv.dueDate && (
                <span class="ic-bottom">
                  <small class="muted">{t('invoices.due')}</small>
                  <DueDate inv={inv} />
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div class="table-scroll">
      <table class="invoice-table">
        <thead>
          <tr>
            <th>{t('invoices.number')}</th>
            <th>{t('invoices.kind')}</th>
            <th>{t('invoices.client')}</th>
            {production && <th>{t('invoices.production')}</th>}
            <th>{t('invoices.status')}</th>
            <th class="num">{t('invoices.ttc')}</th>
            <th class="num">{t('invoices.balance')}</th>
            <th>{t('invoices.due')}</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((inv) => (
            <tr key={inv.id} data-testid="invoice-row" data-id={inv.id} data-status={inv.status}>
              <td>
                <a href={`/invoices/${inv.id}`} onClick={linkTo(`/invoices/${inv.id}`)}>
                  {invoiceRef(inv, t)}
                </a>
              </td>
              <td>{t(`invoice.kind.${inv.kind}`)}</td>
              <td>{inv.client.name}</td>
              {production && <td>{inv.production?.title ?? '—'}</td>}
              <td>
                <InvoiceStatusBadge status={inv.status} />
              </td>
              <td class="num">
                <Money amount={inv.totals.ttc} />
              </td>
              <td class="num">{isOpen(inv.status) ? <Money amount={inv.balance} testId="invoice-balance" /> : '—'}</td>
              <td>{inv.dueDate ? <DueDate inv={inv} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
