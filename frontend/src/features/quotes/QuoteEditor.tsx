// The editor of a DRAFT version: header, spec, conditions and lines, the totals recomputed as
// the coordinator types (pricing.ts: the server's rule), save, send, discard.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { QuoteDetailFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { navigate } from '../../lib/navigation';
import { Field, Money, invalidIf, type FieldProblem } from '../../ui';
import { LineEditor } from './LineEditor';
import { TotalsBox, totalsOf } from './TotalsBox';
import { PdfLink } from './DocumentView';
import { checkLines, draftTotals, fromLine, lineOfField, type LineDraft } from './lines';
import { checkHeader, headerOf, toQuoteInput, type HeaderDraft } from './quotes';
import { centsString, depositOf, parseRate } from './pricing';
import { quoteRef } from './QuoteRows';

const UpdateQuoteMutation = graphql(`
  mutation UpdateQuote($id: ID!, $input: QuoteInput!) {
    updateQuote(id: $id, input: $input) {
      ...QuoteDetail
    }
  }
`);

const SendQuoteMutation = graphql(`
  mutation SendQuote($id: ID!) {
    sendQuote(id: $id) {
      ...QuoteDetail
    }
  }
`);

const DiscardQuoteMutation = graphql(`
  mutation DiscardQuote($id: ID!) {
    discardQuote(id: $id)
  }
`);

const SaveTemplateMutation = graphql(`
  mutation SaveQuoteTemplate($quoteId: ID!, $name: String!) {
    saveQuoteTemplate(quoteId: $quoteId, name: $name) {
      id
      name
    }
  }
`);

function snapshot(h: HeaderDraft, lines: LineDraft[]): string {
  return JSON.stringify(toQuoteInput(h, lines));
}

export function QuoteEditor({ quote }: { quote: QuoteDetailFragment }) {
  const { t } = useI18n();
  const [header, setHeader] = useState(() => headerOf(quote));
  const [lines, setLines] = useState(() => quote.lines.map(fromLine));
  const [saved, setSaved] = useState(() => snapshot(headerOf(quote), quote.lines.map(fromLine)));
  const [error, setError] = useState<FieldProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [, update] = useMutation(UpdateQuoteMutation);
  const [sending, send] = useMutation(SendQuoteMutation);
  const [, discard] = useMutation(DiscardQuoteMutation);
  const [, saveTemplate] = useMutation(SaveTemplateMutation);
  const [busy, setBusy] = useState(false);
  const dirty = snapshot(header, lines) !== saved;

  // Another session saved this draft: take its version when we have nothing unsaved.
  const serverSnapshot = useMemo(() => snapshot(headerOf(quote), quote.lines.map(fromLine)), [quote]);
  useEffect(() => {
    if (!dirty && serverSnapshot !== saved) {
      setHeader(headerOf(quote));
      setLines(quote.lines.map(fromLine));
      setSaved(serverSnapshot);
    }
  }, [serverSnapshot]);

  const { totals, incomplete } = useMemo(() => draftTotals(lines), [lines]);
  const depositPct = parseRate(header.depositPercent);
  const deposit = depositPct == null ? null : { percent: header.depositPercent.replace(',', '.'), amount: centsString(depositOf(depositPct, totals.ht)) };

  const set = (patch: Partial<HeaderDraft>) => {
    setHeader({ ...header, ...patch });
    setNotice(null);
  };

  /** Saves; true when saved (or nothing to save). */
  async function save(): Promise<boolean> {
    const local = checkHeader(header, t) ?? checkLines(lines, t);
    if (local) {
      setError(local);
      focusError(local.field);
      return false;
    }
    setBusy(true);
    const input = toQuoteInput(header, lines);
    const res = await update({ id: quote.id, input });
    setBusy(false);
    const problem = fieldError(res.error);
    setError(problem);
    if (problem) {
      focusError(problem.field);
      return false;
    }
    const q = res.data!.updateQuote;
    const h = headerOf(q);
    const ls = q.lines.map(fromLine);
    setHeader(h);
    setLines(ls);
    setSaved(snapshot(h, ls));
    setNotice(t('quote.saved'));
    return true;
  }

  async function onSend() {
    if (!confirm(t('quote.sendConfirm'))) return;
    if (dirty && !(await save())) return;
    const res = await send({ id: quote.id });
    const problem = fieldError(res.error);
    setError(problem);
    if (problem) focusError(problem.field);
    else setNotice(t('quote.sent'));
  }

  async function onDiscard() {
    if (!confirm(t('quote.discardConfirm'))) return;
    const res = await discard({ id: quote.id });
    if (res.error) setError(fieldError(res.error));
    else navigate(`/productions/${quote.production.id}/quotes`);
  }

  async function onSaveTemplate() {
    const name = prompt(t('quote.templateName'), quote.title);
    if (!name?.trim()) return;
    if (dirty && !(await save())) return;
    const res = await saveTemplate({ quoteId: quote.id, name: name.trim() });
    setError(fieldError(res.error));
    if (!res.error) setNotice(t('quote.templateSaved'));
  }

  const general = error && !error.field.startsWith('lines') && !(error.field in header) ? error : null;
  return (
    <form
      class="quote-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="quote-editor"
    >
      <div class="qe-main">
        <section>
          <h2>{t('quote.header')}</h2>
          <div class="form-grid">
            <Field label={t('quote.titleLabel')} name="title" error={error} class="span-2">
              <input value={header.title} onInput={(e) => set({ title: e.currentTarget.value })} data-testid="quote-title" {...invalidIf('title', error)} />
            </Field>
            <Field label={t('quote.validUntil')} name="validUntil" error={error}>
              <input type="date" value={header.validUntil} onInput={(e) => set({ validUntil: e.currentTarget.value })} data-testid="quote-validUntil" {...invalidIf('validUntil', error)} />
            </Field>
            <Field label={t('quote.purchaseOrder')} name="purchaseOrder" error={error}>
              <input value={header.purchaseOrder} onInput={(e) => set({ purchaseOrder: e.currentTarget.value })} data-testid="quote-purchaseOrder" {...invalidIf('purchaseOrder', error)} />
            </Field>
          </div>
        </section>
        <section>
          <h2>{t('quote.spec')}</h2>
          <div class="form-grid">
            <Field label={t('quote.specRuntime')} name="specRuntimeMinutes" error={error}>
              <input inputMode="numeric" value={header.specRuntimeMinutes} onInput={(e) => set({ specRuntimeMinutes: e.currentTarget.value })} {...invalidIf('specRuntimeMinutes', error)} />
            </Field>
            <Field label={t('quote.specEpisodes')} name="specEpisodes" error={error}>
              <input inputMode="numeric" value={header.specEpisodes} onInput={(e) => set({ specEpisodes: e.currentTarget.value })} {...invalidIf('specEpisodes', error)} />
            </Field>
            <Field label={t('quote.specDeliverables')} name="specDeliverables" error={error} class="span-all">
              <textarea rows={2} value={header.specDeliverables} onInput={(e) => set({ specDeliverables: e.currentTarget.value })} {...invalidIf('specDeliverables', error)} />
            </Field>
          </div>
        </section>

        <LineEditor lines={lines} episodes={quote.production.episodes} error={error} onChange={(ls) => (setLines(ls), setNotice(null))} />
        <p class="qe-mini-total" aria-hidden="true">
          <span>{t('quote.totalTtc')}</span>
          <strong>
            <Money amount={centsString(totals.ttc)} />
          </strong>
        </p>

        <section>
          <h2>{t('quote.conditions')}</h2>
          <div class="form-grid">
            <Field label={t('quote.depositPercent')} name="depositPercent" error={error}>
              <input inputMode="decimal" value={header.depositPercent} onInput={(e) => set({ depositPercent: e.currentTarget.value })} data-testid="quote-deposit" {...invalidIf('depositPercent', error)} />
            </Field>
            <Field label={t('quote.paymentDays')} name="paymentDays" error={error}>
              <input inputMode="numeric" value={header.paymentDays} onInput={(e) => set({ paymentDays: e.currentTarget.value })} data-testid="quote-paymentDays" {...invalidIf('paymentDays', error)} />
            </Field>
            <label class="check">
              <input type="checkbox" checked={header.paymentEndOfMonth} onChange={(e) => set({ paymentEndOfMonth: e.currentTarget.checked })} />
              {t('quote.paymentEndOfMonth')}
            </label>
          </div>
          <h3 class="subhead">{t('quote.extraSessions')}</h3>
          <div class="form-grid">
            <Field label={t('quote.overtimePercent')} name="overtimePercent" error={error}>
              <input inputMode="decimal" value={header.overtimePercent} onInput={(e) => set({ overtimePercent: e.currentTarget.value })} {...invalidIf('overtimePercent', error)} />
            </Field>
            <Field label={t('quote.nightPercent')} name="nightPercent" error={error}>
              <input inputMode="decimal" value={header.nightPercent} onInput={(e) => set({ nightPercent: e.currentTarget.value })} {...invalidIf('nightPercent', error)} />
            </Field>
            <Field label={t('quote.weekendPercent')} name="weekendPercent" error={error}>
              <input inputMode="decimal" value={header.weekendPercent} onInput={(e) => set({ weekendPercent: e.currentTarget.value })} {...invalidIf('weekendPercent', error)} />
            </Field>
          </div>
          <Field label={t('quote.notes')} name="notes" error={error}>
            <textarea rows={3} value={header.notes} onInput={(e) => set({ notes: e.currentTarget.value })} {...invalidIf('notes', error)} />
          </Field>
        </section>
      </div>

      <aside class="qe-side">
        <h2>{t('quote.totals')}</h2>
        <TotalsBox totals={totalsOf(totals)} deposit={deposit} incomplete={incomplete} />
        {general && (
          <p class="error" role="alert" data-testid="quote-error">
            {general.message}
          </p>
        )}
        {error && lineOfField(error.field) != null && (
          <p class="error small-print" role="alert">
            {t('quote.lineError', { n: lineOfField(error.field)! + 1, message: error.message })}
          </p>
        )}
        <p class="muted small-print" aria-live="polite" data-testid="quote-notice">
          {dirty ? t('quote.unsaved') : notice}
        </p>
        <div class="qe-actions">
          <button type="submit" class="secondary" disabled={busy || !dirty} aria-busy={busy} data-testid="quote-save">
            {t('quote.save')}
          </button>
          <button type="button" disabled={busy || sending.fetching || lines.length === 0} aria-busy={sending.fetching} onClick={onSend} data-testid="quote-send">
            {t('quote.send')}
          </button>
          <PdfLink url={quote.documentUrl} name={quoteRef(quote, t)} draft />
          <button type="button" class="secondary outline" onClick={onSaveTemplate} data-testid="quote-save-template">
            {t('quote.saveTemplate')}
          </button>
          <button type="button" class="secondary outline danger" onClick={onDiscard} data-testid="quote-discard">
            {t('quote.discard')}
          </button>
        </div>
      </aside>
    </form>
  );
}

/** Brings the blamed input into view and focus (it carries aria-invalid). */
function focusError(field: string) {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)?.parentElement?.querySelector('input, select, textarea');
    (el as HTMLElement | null)?.focus();
  });
}
