// An issued invoice as its reader needs it: the lines and figures (deductions by number, what
// was paid and credited, the balance, penalties when overdue), the files, and for the staff
// the payments and credit notes with their forms.
import { Fragment } from 'preact';
import type { InvoiceFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { todayParis } from '../../lib/dates';
import { formatDate, formatMoney } from '../../lib/format';
import { linkTo } from '../../lib/navigation';
import { EmptyState, Money } from '../../ui';
import { CreditNoteForm, CreditNoteList } from './CreditNotes';
import { Downloads } from './Downloads';
import { invoiceRef } from './InvoiceRows';
import { PaymentForm, PaymentList } from './Payments';
import { daysLate, isOpen } from './invoices';
import { centsString, parseCents } from '../quotes/pricing';

function sum(amounts: readonly string[]): string {
  return centsString(amounts.reduce((s, a) => s + (parseCents(a) ?? 0n), 0n));
}

export function InvoiceLines({ lines }: { lines: InvoiceFieldsFragment['lines'] }) {
  const { t, lang } = useI18n();
  const pct = (r: string) => (lang === 'fr' ? `${r.replace('.', ',')}\u00a0%` : `${r}%`);
  return (
    <ul class="invoice-lines" data-testid="invoice-lines">
      {lines.map((l) => (
        <li key={l.id} data-testid="invoice-line">
          <div class="il-top">
            <span>{l.description || l.operation?.label}</span>
            <strong class="num">
              <Money amount={l.net} />
            </strong>
          </div>
          <small class="muted">
            {l.quantity.replace('.', lang === 'fr' ? ',' : '.')} {t(`quote.unit.${l.unit}`)} × {formatMoney(l.unitPrice, lang)} · {t('quote.vatRate')} {pct(l.vatRate)}
            {l.vatExemptionReason && ` · ${l.vatExemptionReason}`}
          </small>
        </li>
      ))}
    </ul>
  );
}

export function InvoiceFigures({ inv }: { inv: InvoiceFieldsFragment }) {
  const { t, lang } = useI18n();
  const pct = (r: string) => (lang === 'fr' ? r.replace('.', ',') : r);
  const paid = sum(inv.payments.map((p) => p.amount));
  const credited = sum(inv.creditNotes.filter((c) => c.status === 'ISSUED').map((c) => c.totals.ttc));
  return (
    <section class="invoice-figures" data-testid="invoice-figures">
      <dl>
        <dt>{t('invoice.totalHt')}</dt>
        <dd>
          <Money amount={inv.totals.ht} testId="total-ht" />
        </dd>
        {inv.totals.byRate.map((r) => (
          <Fragment key={r.rate}>
            <dt>{t('quote.vatAt', { rate: pct(r.rate), base: formatMoney(r.base, lang) })}</dt>
            <dd>
              <Money amount={r.vat} />
            </dd>
          </Fragment>
        ))}
        <dt class="strong">{t('invoice.totalTtc')}</dt>
        <dd class="strong">
          <Money amount={inv.totals.ttc} testId="total-ttc" />
        </dd>
        {inv.deductions.map((d) => (
          <Fragment key={d.invoice.id}>
            <dt>
              <a href={`/invoices/${d.invoice.id}`} onClick={linkTo(`/invoices/${d.invoice.id}`)}>
                {t('invoice.deductionOf', { n: invoiceRef(d.invoice, t) })}
              </a>
            </dt>
            <dd>
              <Money amount={`-${d.amount}`} />
            </dd>
          </Fragment>
        ))}
        {inv.deductions.length > 0 && (
          <>
            <dt class="strong">{t('invoice.amountDue')}</dt>
            <dd class="strong">
              <Money amount={inv.amountDue} testId="amount-due" />
            </dd>
          </>
        )}
        {inv.status !== 'DRAFT' && (
          <>
            <dt>{t('invoice.paid')}</dt>
            <dd>
              <Money amount={paid} testId="paid" />
            </dd>
            {credited !== '0.00' && (
              <>
                <dt>{t('invoice.credited')}</dt>
                <dd>
                  <Money amount={`-${credited}`} />
                </dd>
              </>
            )}
            <dt class="strong">{t('invoice.balance')}</dt>
            <dd class="strong">
              <Money amount={inv.balance} testId="balance" />
            </dd>
          </>
        )}
        {inv.latePenalties != null && (
          <>
            <dt>{t('invoice.latePenalties')}</dt>
            <dd>
              <Money amount={inv.latePenalties} testId="late-penalties" />
            </dd>
          </>
        )}
        {inv.recoveryIndemnity != null && (
          <>
            <dt>{t('invoice.recoveryIndemnity')}</dt>
            <dd>
              <Money amount={inv.recoveryIndemnity} testId="recovery-indemnity" />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}

export function IssuedInvoice({ inv, staff, onChanged }: { inv: InvoiceFieldsFragment; staff: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const late = inv.overdue ? daysLate(inv.dueDate, todayParis()) : 0;
  return (
    <>
      {inv.overdue && (
        <div class="overdue-banner" role="status" data-testid="overdue-banner">
          <p>{t('invoice.overdueBanner', { date: formatDate(inv.dueDate), n: late })}</p>
        </div>
      )}
      <Downloads name={invoiceRef(inv, t)} pdf={inv.documentUrl} xml={inv.xmlUrl} reminder={inv.overdue ? inv.reminderUrl : null} />
      <h2>{t('invoice.lines')}</h2>
      <InvoiceLines lines={inv.lines} />
      <InvoiceFigures inv={inv} />
      <h2>{t('invoice.payments')}</h2>
      <PaymentList payments={inv.payments} />
      {staff && isOpen(inv.status) && <PaymentForm key={inv.balance} invoiceId={inv.id} balance={inv.balance} onDone={onChanged} />}
      <h2>{t('invoice.creditNotes')}</h2>
      {inv.creditNotes.length === 0 ? <EmptyState>{t('invoices.noCreditNotes')}</EmptyState> : <CreditNoteList notes={inv.creditNotes} canIssue={staff} onChanged={onChanged} />}
      {staff && inv.status !== 'CANCELLED' && <CreditNoteForm invoiceId={inv.id} lines={inv.lines} onDone={onChanged} />}
    </>
  );
}
