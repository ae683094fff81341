// The producer's answer to a sent quote or amendment: accept with their name and the words
// "bon pour accord" (checked here as the server does, so a typo is caught before sending), or
// refuse with a reason. Also what the page shows once answered.
import { useState } from 'preact/hooks';
import type { CombinedError } from '@urql/core';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { FieldError, invalidIf, type FieldProblem } from '../../ui';
import { MENTION, mentionOk } from './quotes';

type Result = Promise<{ error?: CombinedError }>;

export function AnswerPanel({ amendment, onAccept, onRefuse }: { amendment?: boolean; onAccept: (name: string, mention: string) => Result; onRefuse: (reason: string) => Result }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'accept' | 'refuse' | null>(null);
  const [name, setName] = useState('');
  const [mention, setMention] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState(false);

  async function accept(e: Event) {
    e.preventDefault();
    if (!name.trim()) return setError({ field: 'name', message: t('quote.nameRequired') });
    if (!mentionOk(mention)) return setError({ field: 'mention', message: t('quote.mentionWrong') });
    setBusy(true);
    const res = await onAccept(name.trim(), mention.trim());
    setBusy(false);
    setError(fieldError(res.error));
  }

  async function refuse(e: Event) {
    e.preventDefault();
    if (!reason.trim()) return setError({ field: 'reason', message: t('quote.reasonRequired') });
    setBusy(true);
    const res = await onRefuse(reason.trim());
    setBusy(false);
    setError(fieldError(res.error));
  }

  if (!open) {
    return (
      <div class="answer-actions" data-testid="answer-actions">
        <button type="button" onClick={() => setOpen('accept')} data-testid="accept-open">
          {t('quote.accept')}
        </button>
        <button type="button" class="secondary outline" onClick={() => setOpen('refuse')} data-testid="refuse-open">
          {t('quote.refuse')}
        </button>
      </div>
    );
  }
  const general = error && !['name', 'mention', 'reason'].includes(error.field) ? error : null;
  if (open === 'accept') {
    return (
      <form class="answer-form card-form" onSubmit={accept} data-testid="accept-form">
        <h2>{t(amendment ? 'quote.acceptAmendmentTitle' : 'quote.acceptTitle')}</h2>
        <p class="small-print">{t('quote.acceptExplain')}</p>
        <label>
          {t('quote.acceptName')}
          <input value={name} autoComplete="name" onInput={(e) => setName(e.currentTarget.value)} data-testid="accept-name" {...invalidIf('name', error)} />
          <FieldError name="name" error={error} />
        </label>
        <label>
          {t('quote.acceptMention')}
          <input value={mention} placeholder={MENTION} autoComplete="off" autoCapitalize="none" onInput={(e) => setMention(e.currentTarget.value)} data-testid="accept-mention" {...invalidIf('mention', error)} />
          <small class="muted">{t('quote.mentionHint')}</small>
          <FieldError name="mention" error={error} />
        </label>
        {general && (
          <p class="error" role="alert" data-testid="answer-error">
            {general.message}
          </p>
        )}
        <div class="answer-actions">
          <button type="submit" disabled={busy} aria-busy={busy} data-testid="accept-confirm">
            {t('quote.confirmAccept')}
          </button>
          <button type="button" class="secondary outline" onClick={() => (setOpen(null), setError(null))}>
            {t('quote.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <form class="answer-form card-form" onSubmit={refuse} data-testid="refuse-form">
      <h2>{t('quote.refuseTitle')}</h2>
      <label>
        {t('quote.refuseReason')}
        <textarea rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} data-testid="refuse-reason" {...invalidIf('reason', error)} />
        <FieldError name="reason" error={error} />
      </label>
      {general && (
        <p class="error" role="alert" data-testid="answer-error">
          {general.message}
        </p>
      )}
      <div class="answer-actions">
        <button type="submit" class="contrast" disabled={busy} aria-busy={busy} data-testid="refuse-confirm">
          {t('quote.confirmRefuse')}
        </button>
        <button type="button" class="secondary outline" onClick={() => (setOpen(null), setError(null))}>
          {t('quote.cancel')}
        </button>
      </div>
    </form>
  );
}

interface Answer {
  acceptance?: { name: string; at: string; address?: string | null; documentSha256: string } | null;
  refusal?: { reason: string; at: string } | null;
}

/** Who accepted and when (the address for the staff only: the API sends it to them alone), or the refusal. */
export function AnswerSummary({ answer }: { answer: Answer }) {
  const { t, lang } = useI18n();
  if (answer.acceptance) {
    const a = answer.acceptance;
    return (
      <div class="answer-summary accepted" data-testid="acceptance">
        <p>
          <strong>{t('quote.acceptedBy', { name: a.name, at: formatDateTime(a.at, lang) })}</strong>
          {a.address && <> {t('quote.acceptedFrom', { address: a.address })}</>}
        </p>
        <p class="muted small-print sha">{t('quote.acceptedSha', { sha: a.documentSha256 })}</p>
      </div>
    );
  }
  if (answer.refusal) {
    return (
      <div class="answer-summary refused" data-testid="refusal">
        <p>{t('quote.refusedAt', { at: formatDateTime(answer.refusal.at, lang), reason: answer.refusal.reason })}</p>
      </div>
    );
  }
  return null;
}
