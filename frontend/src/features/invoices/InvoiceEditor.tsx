// A draft invoice: its period, purchase order, notes and lines, the totals live as the person
// types (the server's rule, features/quotes/pricing.ts), "Enregistrer", "Supprimer le brouillon"
// and "Émettre la facture" behind a confirmation saying it becomes final.
import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { InvoiceFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { navigate } from '../../lib/navigation';
import { ErrorMessage, FieldError, Money, invalidIf, type FieldProblem } from '../../ui';
import { draftTotals } from '../quotes/lines';
import { TotalsBox, totalsOf } from '../quotes/TotalsBox';
import { InvoiceLineEditor } from './InvoiceLineEditor';
import { checkInvoiceLines, fromInvoiceLine, toInvoiceLineInput, type InvoiceLineDraft } from './lines';

const UpdateInvoiceMutation = graphql(`
  mutation UpdateInvoice($id: ID!, $input: InvoiceInput!) {
    updateInvoice(id: $id, input: $input) {
      ...InvoiceFields
    }
  }
`);

const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($id: ID!) {
    issueInvoice(id: $id) {
      ...InvoiceFields
    }
  }
`);

const DiscardInvoiceMutation = graphql(`
  mutation DiscardInvoice($id: ID!) {
    discardInvoice(id: $id)
  }
`);

interface Header {
  serviceFrom: string;
  serviceTo: string;
  purchaseOrder: string;
  notes: string;
}

export function InvoiceEditor({ invoice }: { invoice: InvoiceFieldsFragment }) {
  const { t } = useI18n();
  const [lines, setLines] = useState<InvoiceLineDraft[]>(() => invoice.lines.map(fromInvoiceLine));
  const [head, setHead] = useState<Header>({ serviceFrom: invoice.serviceFrom ?? '', serviceTo: invoice.serviceTo ?? '', purchaseOrder: invoice.purchaseOrder, notes: invoice.notes });
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirm, setConfirm] = useState<'issue' | 'discard' | null>(null);
  const [updating, update] = useMutation(UpdateInvoiceMutation);
  const [issuing, issue] = useMutation(IssueInvoiceMutation);
  const [discarding, discard] = useMutation(DiscardInvoiceMutation);
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error']>(null);
  const busy = updating.fetching || issuing.fetching || discarding.fetching;
  const { totals, incomplete } = draftTotals(lines);

  const edit = (next: Partial<Header>) => {
    setHead({ ...head, ...next });
    setDirty(true);
    setSaved(false);
  };
  const editLines = (next: InvoiceLineDraft[]) => {
    setLines(next);
    setDirty(true);
    setSaved(false);
  };

  /** Saves the draft; false (with the problem shown) when it could not. */
  async function save(): Promise<boolean> {
    setError(null);
    const p = checkInvoiceLines(lines, t);
    setProblem(p);
    if (p) return false;
    const res = await update({
      id: invoice.id,
      input: { serviceFrom: head.serviceFrom || null, serviceTo: head.serviceTo || null, purchaseOrder: head.purchaseOrder.trim(), notes: head.notes.trim(), lines: lines.map(toInvoiceLineInput) },
    });
    if (res.error) {
      const f = fieldError(res.error);
      setProblem(f);
      if (!f) setError(res.error);
      return false;
    }
    setDirty(false);
    setSaved(true);
    return true;
  }

  async function onIssue() {
    if (dirty && !(await save())) return setConfirm(null);
    const res = await issue({ id: invoice.id });
    setConfirm(null);
    if (res.error) {
      const f = fieldError(res.error);
      setProblem(f);
      if (!f) setError(res.error);
    }
  }

  async function onDiscard() {
    const res = await discard({ id: invoice.id });
    if (res.error) return setError(res.error);
    navigate(invoice.production ? `/productions/${invoice.production.id}/quotes` : '/invoices', true);
  }

  const showPeriod = invoice.kind === 'PROGRESS' || head.serviceFrom !== '' || head.serviceTo !== '';
  return (
    <div class="invoice-editor" data-testid="invoice-editor">
      <div class="ie-main">
        <div class="settings-grid">
          {showPeriod && (
            <>
              <label>
                {t('invoice.serviceFrom')}
                <input type="date" value={head.serviceFrom} onInput={(e) => edit({ serviceFrom: e.currentTarget.value })} {...invalidIf('serviceFrom', problem)} />
                <FieldError name="serviceFrom" error={problem} />
              </label>
              <label>
                {t('invoice.serviceTo')}
                <input type="date" value={head.serviceTo} onInput={(e) => edit({ serviceTo: e.currentTarget.value })} {...invalidIf('serviceTo', problem)} />
                <FieldError name="serviceTo" error={problem} />
              </label>
            </>
          )}
          <label>
            {t('invoice.purchaseOrder')}
            <input value={head.purchaseOrder} onInput={(e) => edit({ purchaseOrder: e.currentTarget.value })} data-testid="invoice-po" {...invalidIf('purchaseOrder', problem)} />
            <FieldError name="purchaseOrder" error={problem} />
          </label>
        </div>
        <InvoiceLineEditor lines={lines} error={problem} onChange={editLines} />
        <label>
          {t('invoice.notes')}
          <textarea rows={2} value={head.notes} onInput={(e) => edit({ notes: e.currentTarget.value })} data-testid="invoice-notes" />
        </label>
        <div class="qe-mini-total">
          <span>{t('invoice.totalTtc')}</span>
          <strong>
            <Money amount={totalsOf(totals).ttc} />
          </strong>
        </div>
      </div>
      <aside class="ie-side">
        <TotalsBox totals={totalsOf(totals)} incomplete={incomplete} />
        {problem && problem.field !== 'lines' && !problem.field.startsWith('lines.') && !['serviceFrom', 'serviceTo', 'purchaseOrder'].includes(problem.field) && (
          <p class="error" role="alert" data-testid="field-error" data-field={problem.field}>
            {problem.message}
          </p>
        )}
        <ErrorMessage error={error} />
        {saved && (
          <p class="muted" role="status" data-testid="invoice-saved">
            {t('invoice.saved')}
          </p>
        )}
        {confirm ? (
          <div role="alertdialog" aria-label={confirm === 'issue' ? t('invoice.issue') : t('invoice.discard')} class="card-form" data-testid={`confirm-${confirm}`}>
            <p>{confirm === 'issue' ? t('invoice.issueConfirm') : t('invoice.discardConfirm')}</p>
            {confirm === 'issue' && dirty && <p class="muted small-print">{t('invoice.issueUnsaved')}</p>}
            <div class="ie-actions">
              <button type="button" class={confirm === 'discard' ? 'contrast' : ''} disabled={busy} aria-busy={busy} onClick={confirm === 'issue' ? onIssue : onDiscard} data-testid="confirm-yes">
                {confirm === 'issue' ? t('invoice.issue') : t('invoice.discard')}
              </button>
              <button type="button" class="secondary outline" onClick={() => setConfirm(null)} data-testid="confirm-no">
                {t('invoice.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div class="ie-actions">
            <button type="button" class="secondary" disabled={busy || !dirty} aria-busy={updating.fetching} onClick={save} data-testid="invoice-save">
              {t('invoice.save')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirm('issue')} data-testid="invoice-issue">
              {t('invoice.issue')}
            </button>
            <button type="button" class="secondary outline" disabled={busy} onClick={() => setConfirm('discard')} data-testid="invoice-discard">
              {t('invoice.discard')}
            </button>
          </div>
        )}
      </aside>
    </div>
  );
}
