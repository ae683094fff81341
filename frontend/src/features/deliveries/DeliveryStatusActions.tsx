// The delivery page's status buttons, with the shipment and rejection forms they open.
import { useEffect, useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { DeliveryStatus } from '../../gql/graphql';
import { statusKey } from './deliveries';
import { fieldError } from '../../lib/errors';
import { useI18n } from '../../app/i18n';
import type { Detail } from './deliveryDetail';

const TransitionDeliveryMutation = graphql(`
  mutation TransitionDelivery($id: ID!, $to: DeliveryStatus!, $details: TransitionDetails) {
    transitionDelivery(id: $id, to: $to, details: $details) {
      ...DeliveryDetail
    }
  }
`);

/** A button per allowed move; SENT asks how and where, REJECTED why. The server has the last word. */
export function StatusActions({ delivery: d, onDone }: { delivery: Detail; onDone: () => void }) {
  const { t } = useI18n();
  const [state, transition] = useMutation(TransitionDeliveryMutation);
  const [asking, setAsking] = useState<DeliveryStatus | null>(null);
  const [method, setMethod] = useState('');
  const [reference, setReference] = useState('');
  const [reasons, setReasons] = useState('');
  const [err, setErr] = useState<{ field: string; message: string } | null>(null);

  // A move made elsewhere closes a form that no longer applies.
  useEffect(() => {
    if (asking && !d.nextStatuses.includes(asking)) setAsking(null);
  }, [d.status]);

  async function go(to: DeliveryStatus) {
    setErr(null);
    const details = to === 'SENT' ? { method: method.trim(), reference: reference.trim() } : to === 'REJECTED' ? { reasons: reasons.trim() } : null;
    const res = await transition({ id: d.id, to, details });
    if (res.error) {
      setErr(fieldError(res.error));
      return;
    }
    setAsking(null);
    setMethod('');
    setReference('');
    setReasons('');
    onDone();
  }

  function click(to: DeliveryStatus) {
    if (to === 'SENT' || to === 'REJECTED') {
      setErr(null);
      setAsking(asking === to ? null : to);
      return;
    }
    setAsking(null);
    void go(to);
  }

  return (
    <section class="status-actions" aria-label={t('delivery.actions')}>
      {d.nextStatuses.length === 0 ? (
        <p class="muted">{t('delivery.final')}</p>
      ) : (
        <div class="action-buttons">
          <span class="muted">{t('delivery.moveTo')}</span>
          {d.nextStatuses.map((s, i) => (
            <button
              key={s}
              type="button"
              class={`small ${i === 0 ? '' : 'secondary outline'}`}
              disabled={state.fetching}
              aria-expanded={s === 'SENT' || s === 'REJECTED' ? asking === s : undefined}
              onClick={() => click(s)}
              data-testid={`to-${s}`}
            >
              {t(statusKey(s))}
            </button>
          ))}
        </div>
      )}
      {asking === 'SENT' && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void go('SENT');
          }}
          data-testid="send-form"
        >
          <label>
            {t('delivery.method')}
            <input
              type="text"
              required
              maxLength={100}
              placeholder={t('delivery.methodHint')}
              value={method}
              onInput={(e) => setMethod(e.currentTarget.value)}
              aria-invalid={err?.field === 'method' ? true : undefined}
              data-testid="send-method"
            />
          </label>
          <label>
            {t('delivery.reference')}
            <input
              type="text"
              required
              maxLength={300}
              value={reference}
              onInput={(e) => setReference(e.currentTarget.value)}
              aria-invalid={err?.field === 'reference' ? true : undefined}
              data-testid="send-reference"
            />
          </label>
          <button type="submit" class="small" disabled={state.fetching} aria-busy={state.fetching} data-testid="send-submit">
            {t('delivery.confirmSend')}
          </button>
        </form>
      )}
      {asking === 'REJECTED' && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void go('REJECTED');
          }}
          data-testid="reject-form"
        >
          <label>
            {t('delivery.reasons')}
            <textarea
              required
              maxLength={2000}
              rows={3}
              value={reasons}
              onInput={(e) => setReasons(e.currentTarget.value)}
              aria-invalid={err?.field === 'reasons' ? true : undefined}
              data-testid="reject-reasons"
            />
          </label>
          <button type="submit" class="small" disabled={state.fetching} aria-busy={state.fetching} data-testid="reject-submit">
            {t('delivery.confirmReject')}
          </button>
        </form>
      )}
      {err && (
        <p class="error" role="alert" data-testid="transition-error" data-field={err.field}>
          {err.message || t('common.error')}
        </p>
      )}
    </section>
  );
}
