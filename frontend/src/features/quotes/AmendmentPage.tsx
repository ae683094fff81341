// /amendments/:id — an amendment: a draft in the same line editor as a quote (staff), a sent
// one as a document the producer accepts or refuses like a quote. Live.
import { useMemo, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { AmendmentDetailFragment } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { describeError, fieldError } from '../../lib/errors';
import { linkTo, navigate } from '../../lib/navigation';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { DateText, Field, LiveBadge, LoadingOrError, Money, StatusBadge, invalidIf, type FieldProblem } from '../../ui';
import { AnswerPanel, AnswerSummary } from './AnswerForms';
import { LinesView, PdfLink } from './DocumentView';
import { LineEditor } from './LineEditor';
import { Validity, amendmentRef } from './QuoteRows';
import { TotalsBox, totalsOf } from './TotalsBox';
import { QuoteEventsDoc } from './fragments';
import { checkLines, draftTotals, fromLine, toLineInput, type LineDraft } from './lines';
import { centsString } from './pricing';
import './quotes.css';

const AmendmentPageQuery = graphql(`
  query AmendmentPage($id: ID!) {
    me {
      role
    }
    amendment(id: $id) {
      ...AmendmentDetail
    }
  }
`);

const UpdateAmendmentMutation = graphql(`
  mutation UpdateAmendment($id: ID!, $input: AmendmentInput!) {
    updateAmendment(id: $id, input: $input) {
      ...AmendmentDetail
    }
  }
`);

const SendAmendmentMutation = graphql(`
  mutation SendAmendment($id: ID!) {
    sendAmendment(id: $id) {
      ...AmendmentDetail
    }
  }
`);

const DiscardAmendmentMutation = graphql(`
  mutation DiscardAmendment($id: ID!) {
    discardAmendment(id: $id)
  }
`);

const AcceptAmendmentMutation = graphql(`
  mutation AcceptAmendment($id: ID!, $input: AcceptInput!) {
    acceptAmendment(id: $id, input: $input) {
      ...AmendmentDetail
    }
  }
`);

const RefuseAmendmentMutation = graphql(`
  mutation RefuseAmendment($id: ID!, $reason: String!) {
    refuseAmendment(id: $id, reason: $reason) {
      ...AmendmentDetail
    }
  }
`);

interface Head {
  title: string;
  validUntil: string;
  notes: string;
}

function snapshot(h: Head, lines: LineDraft[]): string {
  return JSON.stringify({ ...h, lines: lines.map(toLineInput) });
}

function AmendmentEditor({ a }: { a: AmendmentDetailFragment }) {
  const { t } = useI18n();
  const [head, setHead] = useState<Head>({ title: a.title, validUntil: a.validUntil, notes: a.notes });
  const [lines, setLines] = useState(() => a.lines.map(fromLine));
  const [saved, setSaved] = useState(() => snapshot(head, lines));
  const [error, setError] = useState<FieldProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [updating, update] = useMutation(UpdateAmendmentMutation);
  const [sending, send] = useMutation(SendAmendmentMutation);
  const [, discard] = useMutation(DiscardAmendmentMutation);
  const dirty = snapshot(head, lines) !== saved;
  const { totals, incomplete } = useMemo(() => draftTotals(lines), [lines]);

  async function save(): Promise<boolean> {
    const local = (head.validUntil ? null : { field: 'validUntil', message: t('quote.err.required') }) ?? checkLines(lines, t);
    if (local) return setError(local), false;
    const res = await update({ id: a.id, input: { title: head.title.trim(), validUntil: head.validUntil, notes: head.notes.trim(), lines: lines.map(toLineInput) } });
    const problem = fieldError(res.error);
    setError(problem);
    if (problem) return false;
    const n = res.data!.updateAmendment;
    const h = { title: n.title, validUntil: n.validUntil, notes: n.notes };
    const ls = n.lines.map(fromLine);
    setHead(h);
    setLines(ls);
    setSaved(snapshot(h, ls));
    setNotice(t('quote.saved'));
    return true;
  }

  async function onSend() {
    if (!confirm(t('amendment.sendConfirm'))) return;
    if (dirty && !(await save())) return;
    const res = await send({ id: a.id });
    setError(fieldError(res.error));
  }

  async function onDiscard() {
    if (!confirm(t('quote.discardConfirm'))) return;
    const res = await discard({ id: a.id });
    if (res.error) setError(fieldError(res.error));
    else navigate(`/productions/${a.production.id}/quotes`);
  }

  const set = (p: Partial<Head>) => (setHead({ ...head, ...p }), setNotice(null));
  const general = error && !error.field.startsWith('lines') && !(error.field in head) ? error : null;
  return (
    <form class="quote-editor" onSubmit={(e) => (e.preventDefault(), void save())} data-testid="amendment-editor">
      <div class="qe-main">
        <section>
          <div class="form-grid">
            <Field label={t('quote.titleLabel')} name="title" error={error} class="span-2">
              <input value={head.title} onInput={(e) => set({ title: e.currentTarget.value })} {...invalidIf('title', error)} />
            </Field>
            <Field label={t('quote.validUntil')} name="validUntil" error={error}>
              <input type="date" value={head.validUntil} onInput={(e) => set({ validUntil: e.currentTarget.value })} {...invalidIf('validUntil', error)} />
            </Field>
          </div>
        </section>
        <LineEditor lines={lines} episodes={a.production.episodes} error={error} onChange={(ls) => (setLines(ls), setNotice(null))} />
        <p class="qe-mini-total" aria-hidden="true">
          <span>{t('quote.totalTtc')}</span>
          <strong>
            <Money amount={centsString(totals.ttc)} />
          </strong>
        </p>
        <Field label={t('amendment.notes')} name="notes" error={error}>
          <textarea rows={3} value={head.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
        </Field>
      </div>
      <aside class="qe-side">
        <h2>{t('quote.totals')}</h2>
        <TotalsBox totals={totalsOf(totals)} incomplete={incomplete} />
        {general && (
          <p class="error" role="alert" data-testid="quote-error">
            {general.message}
          </p>
        )}
        <p class="muted small-print" aria-live="polite" data-testid="quote-notice">
          {dirty ? t('quote.unsaved') : notice}
        </p>
        <div class="qe-actions">
          <button type="submit" class="secondary" disabled={updating.fetching || !dirty} aria-busy={updating.fetching} data-testid="amendment-save">
            {t('quote.save')}
          </button>
          <button type="button" disabled={sending.fetching || lines.length === 0} aria-busy={sending.fetching} onClick={onSend} data-testid="amendment-send">
            {t('amendment.send')}
          </button>
          <PdfLink url={a.documentUrl} name={amendmentRef(a, t)} draft />
          <button type="button" class="secondary outline danger" onClick={onDiscard} data-testid="amendment-discard">
            {t('amendment.discard')}
          </button>
        </div>
      </aside>
    </form>
  );
}

export function AmendmentPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AmendmentPageQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const a = data?.amendment;
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch({ query: QuoteEventsDoc, variables: { productionId: a?.production.id ?? '' }, pause: !a, delay: 100 }, refetch);
  const [, accept] = useMutation(AcceptAmendmentMutation);
  const [, refuse] = useMutation(RefuseAmendmentMutation);

  if (!a) {
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
  const editing = canManage(role) && a.status === 'DRAFT';
  const back = `/productions/${a.production.id}/quotes`;
  return (
    <main class={`container wide quote-page${editing ? ' editing' : ''}`} data-testid="amendment-page" data-status={a.status}>
      <nav class="crumbs">
        <a href={back} onClick={linkTo(back)} data-testid="back-link">
          ← {a.production.title}
        </a>
        <LiveBadge />
      </nav>
      <header class="quote-head">
        <h1>
          <span data-testid="quote-ref">{amendmentRef(a, t)}</span> <StatusBadge kind="quote" status={a.status} testId="quote-status" />
        </h1>
        <p class="quote-title">
          {t('amendment.of', { ref: a.quote.reference ?? '' })}
          {a.proposed && (
            <>
              {' '}
              <span class="badge" data-testid="amendment-proposed">
                {t('amendment.proposed')}
              </span>
            </>
          )}
        </p>
        {a.title && <p>{a.title}</p>}
        <p class="muted">
          {a.production.title} · {a.client.name}
          {a.issueDate && (
            <>
              {' · '}
              {t('quote.issueDate')} <DateText date={a.issueDate} />
            </>
          )}
          {' · '}
          {t('quotes.validity')} <Validity date={a.validUntil} soon={a.expiresSoon} />
        </p>
      </header>
      {editing ? (
        <AmendmentEditor key={a.id} a={a} />
      ) : (
        <div class="quote-document">
          <AnswerSummary answer={a} />
          {role === 'PRODUCER' && a.status === 'SENT' && (
            <AnswerPanel
              amendment
              onAccept={async (name, mention) => {
                const r = await accept({ id: a.id, input: { name, mention } });
                if (!r.error) refetch();
                return r;
              }}
              onRefuse={async (reason) => {
                const r = await refuse({ id: a.id, reason });
                if (!r.error) refetch();
                return r;
              }}
            />
          )}
          <h2>{t('quote.lines')}</h2>
          <LinesView lines={a.lines} />
          <h2>{t('quote.totals')}</h2>
          <TotalsBox totals={a.totals} />
          {a.notes && <p class="notes">{a.notes}</p>}
          <nav class="page-actions">
            <PdfLink url={a.documentUrl} name={amendmentRef(a, t)} />
          </nav>
        </div>
      )}
    </main>
  );
}
