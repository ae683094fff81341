// Credit notes: the list under an invoice (or a producer's), each with its files; the form that
// prepares one (the whole invoice, or chosen lines and quantities, with a reason) and issues it.
import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { CreditNoteRowFragment, InvoiceLineFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { DateText, ErrorMessage, FieldError, Money, invalidIf, type FieldProblem } from '../../ui';
import { CreditNoteStatusBadge, invoiceRef } from './InvoiceRows';
import { Downloads } from './Downloads';
import { checkCredit, newCredit, toCreditInput, type CreditDraft } from './invoices';

const CreateCreditNoteMutation = graphql(`
  mutation CreateCreditNote($invoiceId: ID!, $input: CreditNoteInput!) {
    createCreditNote(invoiceId: $invoiceId, input: $input) {
      ...CreditNoteRow
    }
  }
`);

const IssueCreditNoteMutation = graphql(`
  mutation IssueCreditNote($id: ID!) {
    issueCreditNote(id: $id) {
      ...CreditNoteRow
      invoice {
        id
        status
        balance
      }
    }
  }
`);

type Row = CreditNoteRowFragment & { invoice?: { id: string; number?: string | null } };

/** Credit notes with their status, total and files; a draft one offers "Émettre l'avoir" to the staff. */
export function CreditNoteList({ notes, canIssue = false, onChanged }: { notes: Row[]; canIssue?: boolean; onChanged?: () => void }) {
  const { t } = useI18n();
  return (
    <ul class="rows-list credit-notes" data-testid="credit-notes">
      {notes.map((n) => (
        <li key={n.id} data-testid="credit-note-row" data-id={n.id} data-status={n.status}>
          <span>
            <strong>{invoiceRef(n, t)}</strong> <CreditNoteStatusBadge status={n.status} />
            {n.fullCredit && (
              <>
                {' '}
                <span class="badge istatus-cancelled">{t('invoice.creditFullBadge')}</span>
              </>
            )}
            <br />
            <small class="muted">
              {n.invoice?.number ? `${n.invoice.number} · ` : ''}
              {n.reason}
            </small>
          </span>
          <span class="num">
            <Money amount={`-${n.totals.ttc}`} /> {n.issueDate && <DateText date={n.issueDate} />}
          </span>
          {n.status === 'DRAFT' && canIssue ? <IssueCredit id={n.id} onDone={onChanged} /> : <Downloads name={n.number ?? n.id} pdf={n.documentUrl} xml={n.xmlUrl} />}
        </li>
      ))}
    </ul>
  );
}

function IssueCredit({ id, onDone }: { id: string; onDone?: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [state, issue] = useMutation(IssueCreditNoteMutation);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} data-testid="issue-credit-note">
        {t('invoice.creditIssue')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={t('invoice.creditIssue')} class="card-form">
      <p>{t('invoice.creditIssueConfirm')}</p>
      <ErrorMessage error={state.error} />
      <p class="page-actions">
        <button type="button" disabled={state.fetching} aria-busy={state.fetching} onClick={async () => { const r = await issue({ id }); if (!r.error) { setAsking(false); onDone?.(); } }} data-testid="confirm-issue-credit-note">
          {t('invoice.confirm')}
        </button>
        <button type="button" class="secondary outline" onClick={() => setAsking(false)}>
          {t('invoice.cancel')}
        </button>
      </p>
    </div>
  );
}

/** "Faire un avoir": prepares a draft credit note; the list above then offers to issue it. */
export function CreditNoteForm({ invoiceId, lines, onDone }: { invoiceId: string; lines: InvoiceLineFieldsFragment[]; onDone: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<CreditDraft>(() => newCredit(lines));
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [state, create] = useMutation(CreateCreditNoteMutation);
  if (!open) {
    return (
      <button type="button" class="secondary" onClick={() => setOpen(true)} data-testid="make-credit-note">
        {t('invoice.makeCredit')}
      </button>
    );
  }
  const setLine = (id: string, patch: Partial<CreditDraft['lines'][string]>) => setDraft({ ...draft, lines: { ...draft.lines, [id]: { ...draft.lines[id], ...patch } } });
  const chosen = lines.filter((l) => draft.lines[l.id]?.on);

  async function submit(e: Event) {
    e.preventDefault();
    const p = checkCredit(draft, lines, t);
    setProblem(p);
    if (p) return;
    const res = await create({ invoiceId, input: toCreditInput(draft, lines) });
    if (res.error) return setProblem(fieldError(res.error));
    setOpen(false);
    setDraft(newCredit(lines));
    onDone();
  }

  return (
    <form class="card-form credit-form" onSubmit={submit} data-testid="credit-note-form" noValidate>
      <h3>{t('invoice.makeCredit')}</h3>
      <fieldset>
        <label class="check">
          <input type="radio" name="credit-full" checked={draft.full} onChange={() => setDraft({ ...draft, full: true })} data-testid="credit-full" />
          {t('invoice.creditFull')}
        </label>
        <label class="check">
          <input type="radio" name="credit-full" checked={!draft.full} onChange={() => setDraft({ ...draft, full: false })} data-testid="credit-some" />
          {t('invoice.creditSome')}
        </label>
      </fieldset>
      {!draft.full && (
        <ul class="credit-lines">
          <FieldError name="lines" error={problem} />
          {lines.map((l) => {
            const i = chosen.findIndex((c) => c.id === l.id);
            const path = `lines.${i}.quantity`;
            return (
              <li key={l.id} data-testid="credit-line">
                <label>
                  <input type="checkbox" checked={draft.lines[l.id]?.on ?? false} onChange={(e) => setLine(l.id, { on: e.currentTarget.checked })} />
                  {l.description || l.operation?.label || `#${l.position}`}
                </label>
                {draft.lines[l.id]?.on && (
                  <span>
                    <input inputMode="decimal" value={draft.lines[l.id].quantity} onInput={(e) => setLine(l.id, { quantity: e.currentTarget.value })} aria-label={t('invoice.creditQuantity')} data-testid="credit-quantity" {...invalidIf(path, problem)} />
                    <FieldError name={path} error={problem} />
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <label>
        {t('invoice.creditReason')}
        <input value={draft.reason} onInput={(e) => setDraft({ ...draft, reason: e.currentTarget.value })} data-testid="credit-reason" {...invalidIf('reason', problem)} />
        <FieldError name="reason" error={problem} />
      </label>
      {state.error && !fieldError(state.error) && <ErrorMessage error={state.error} />}
      <p class="page-actions">
        <button type="submit" disabled={state.fetching} aria-busy={state.fetching} data-testid="credit-create">
          {t('invoice.creditCreate')}
        </button>
        <button type="button" class="secondary outline" onClick={() => setOpen(false)}>
          {t('invoice.cancel')}
        </button>
      </p>
    </form>
  );
}
