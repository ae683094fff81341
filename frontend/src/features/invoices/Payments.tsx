// An issued invoice's payments (never changed once recorded) and "Enregistrer un paiement":
// date, amount prefilled with the balance, method, reference. A payment above the balance is
// refused here and by the server (VALIDATION on "amount").
import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { InvoiceFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { todayParis } from '../../lib/dates';
import { fieldError } from '../../lib/errors';
import { DateText, EmptyState, ErrorMessage, FieldError, Money, invalidIf, type FieldProblem } from '../../ui';
import { PAYMENT_METHODS, checkPayment, newPayment, toPaymentInput, type PaymentDraft } from './invoices';

const RecordPaymentMutation = graphql(`
  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {
    recordPayment(invoiceId: $invoiceId, input: $input) {
      id
      invoice {
        id
        status
        balance
        overdue
        payments {
          id
          paidOn
          amount
          method
          reference
        }
      }
    }
  }
`);

export function PaymentList({ payments }: { payments: InvoiceFieldsFragment['payments'] }) {
  const { t } = useI18n();
  if (payments.length === 0) return <EmptyState>{t('invoice.noPayments')}</EmptyState>;
  return (
    <ul class="rows-list payments" data-testid="payments">
      {payments.map((p) => (
        <li key={p.id} data-testid="payment-row">
          <span>
            <DateText date={p.paidOn} /> · {t(`invoice.method.${p.method}`)}
            {p.reference && (
              <>
                <br />
                <small class="muted">{p.reference}</small>
              </>
            )}
          </span>
          <strong class="num">
            <Money amount={p.amount} />
          </strong>
        </li>
      ))}
    </ul>
  );
}

export function PaymentForm({ invoiceId, balance, onDone }: { invoiceId: string; balance: string; onDone: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<PaymentDraft>(() => newPayment(balance, todayParis()));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [done, setDone] = useState(false);
  const [state, record] = useMutation(RecordPaymentMutation);
  const set = (patch: Partial<PaymentDraft>) => setDraft({ ...draft, ...patch });

  if (!open) {
    return (
      <>
        {done && (
          <p class="muted" role="status" data-testid="payment-saved">
            {t('invoice.paymentSaved')}
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            setDraft(newPayment(balance, todayParis()));
            setOpen(true);
            setDone(false);
          }}
          data-testid="record-payment"
        >
          {t('invoice.recordPayment')}
        </button>
      </>
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    const p = checkPayment(draft, balance, t);
    setProblem(p);
    if (p) return;
    const res = await record({ invoiceId, input: toPaymentInput(draft) });
    if (res.error) return setProblem(fieldError(res.error));
    setOpen(false);
    setDone(true);
    onDone();
  }

  return (
    <form class="card-form payment-form" onSubmit={submit} noValidate data-testid="payment-form">
      <h3>{t('invoice.recordPayment')}</h3>
      <div class="settings-grid">
        <label>
          {t('invoice.paidOn')}
          <input type="date" value={draft.paidOn} onInput={(e) => set({ paidOn: e.currentTarget.value })} data-testid="payment-date" {...invalidIf('paidOn', problem)} />
          <FieldError name="paidOn" error={problem} />
        </label>
        <label>
          {t('invoice.amount')}
          <input inputMode="decimal" value={draft.amount} onInput={(e) => set({ amount: e.currentTarget.value })} data-testid="payment-amount" {...invalidIf('amount', problem)} />
          <FieldError name="amount" error={problem} />
        </label>
        <label>
          {t('invoice.method')}
          <select value={draft.method} onChange={(e) => set({ method: e.currentTarget.value as PaymentDraft['method'] })} data-testid="payment-method">
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`invoice.method.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('invoice.reference')}
          <input value={draft.reference} onInput={(e) => set({ reference: e.currentTarget.value })} data-testid="payment-reference" {...invalidIf('reference', problem)} />
          <FieldError name="reference" error={problem} />
        </label>
      </div>
      {state.error && !fieldError(state.error) && <ErrorMessage error={state.error} />}
      <p class="page-actions">
        <button type="submit" disabled={state.fetching} aria-busy={state.fetching} data-testid="payment-submit">
          {t('invoice.recordPayment')}
        </button>
        <button type="button" class="secondary outline" onClick={() => setOpen(false)}>
          {t('invoice.cancel')}
        </button>
      </p>
    </form>
  );
}
