// The slips waiting for approval, by day, with approve, reject and approve-the-day.
import { useMemo, useState } from 'preact/hooks';
import { useMutation, type UseQueryState } from '@urql/preact';
import { graphql } from '../../gql';
import type { DashboardWaitingQuery as WaitingData } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatDayHeading, formatShortDay } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { formatMinutes } from '../slips/slips';
import '../slips/slips.css';
import { LoadingOrError } from '../../ui';
import { SlipWarnings } from '../slips/SlipFormParts';
import { SlipWhen } from '../slips/SlipWhen';

export const WaitingSlipDoc = graphql(`
  fragment WaitingSlip on Slip {
    ...SlipSummaryFields
    current
    nightMinutes
    sundayOrHoliday
    rejectionReason
    technician {
      id
      name
    }
  }
`);

const ApproveSlipMutation = graphql(`
  mutation ApproveSlip($id: ID!) {
    approveSlip(id: $id) {
      id
      status
      reviewedAt
    }
  }
`);

const RejectSlipMutation = graphql(`
  mutation RejectSlip($id: ID!, $reason: String!) {
    rejectSlip(id: $id, reason: $reason) {
      id
      status
      rejectionReason
      reviewedAt
    }
  }
`);

const ApproveDayMutation = graphql(`
  mutation ApproveSlipsOfDay($date: Date!) {
    approveSlips(date: $date) {
      id
      status
      reviewedAt
    }
  }
`);

type WaitingState = UseQueryState<WaitingData>;

export function WaitingSlips({ state, onChange }: { state: WaitingState; onChange: () => void }) {
  const { t, lang } = useI18n();
  const [, approve] = useMutation(ApproveSlipMutation);
  const [, reject] = useMutation(RejectSlipMutation);
  const [, approveDay] = useMutation(ApproveDayMutation);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  // An approved slip stays in the cache under this list until the next read: hide it now.
  const slips = useMemo(
    () => (state.data?.slips.edges ?? []).map((e) => e.node).filter((s) => s.status === 'SUBMITTED' && s.current),
    [state.data],
  );
  const days = useMemo(() => {
    const out = new Map<string, typeof slips>();
    for (const s of slips) out.set(s.date, [...(out.get(s.date) ?? []), s]);
    return [...out.entries()];
  }, [slips]);

  async function run(key: string, action: () => Promise<{ error?: { graphQLErrors: { message: string }[]; networkError?: Error } }>, ok: string) {
    setBusy(key);
    setMessage(null);
    try {
      const res = await action();
      if (res.error) setMessage({ ok: false, text: describeError(res.error, t) });
      else {
        setMessage({ ok: true, text: ok });
        setRejecting(null);
        setReason('');
      }
    } finally {
      setBusy(null);
      onChange();
    }
  }

  return (
    <section class="dash-panel waiting" data-testid="waiting-slips">
      <h2>
        {t('dashboard.waiting')} <small class="muted" data-testid="waiting-count">({slips.length})</small>
      </h2>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role="status">
          {message.text}
        </p>
      )}
      {!state.data ? (
<LoadingOrError fetching={state.fetching} error={state.error} />
      ) : slips.length === 0 ? (
        <p class="muted" data-testid="waiting-empty">
          {t('dashboard.nothingWaiting')}
        </p>
      ) : (
        days.map(([date, list]) => (
          <div key={date} class="waiting-day" data-date={date}>
            <header>
              <h3>{formatDayHeading(date, lang)}</h3>
              <button
                type="button"
                class="small outline"
                disabled={busy !== null}
                aria-busy={busy === `day:${date}`}
                onClick={() => run(`day:${date}`, () => approveDay({ date }), t('dashboard.dayApproved', { n: list.length, date: formatShortDay(date, lang) }))}
                data-testid="approve-day"
              >
                {t('dashboard.approveDay', { n: list.length })}
              </button>
            </header>
            <ul class="waiting-list">
              {list.map((s) => (
                <li key={s.id} class="waiting-slip" data-testid="waiting-slip" data-slip-id={s.id}>
                  <div class="waiting-main">
                    <span class="grow">
                      <strong data-testid="waiting-technician">{s.technician.name}</strong>
                      <span>
                        {s.production.title} · {s.task?.title ?? s.operation.label}
                      </span>
                      <SlipWhen date={s.date} start={s.start} end={s.end} breakMinutes={s.breakMinutes} room={s.room?.name} />
                      {s.notes && <small class="slip-notes" data-testid="waiting-notes">{s.notes}</small>}
                      <SlipWarnings warnings={s.warnings} testId="waiting-warning" />
                    </span>
                    <span class="worked">
                      <strong>{formatMinutes(s.workedMinutes)}</strong>
                      {s.nightMinutes > 0 && <span class="badge overnight">{t('dashboard.night', { d: formatMinutes(s.nightMinutes) })}</span>}
                      {s.sundayOrHoliday && <span class="badge overnight">{t('dashboard.sunday')}</span>}
                    </span>
                  </div>
                  {rejecting === s.id ? (
                    <form
                      class="reject-form"
                      onSubmit={(e) => {
                        e.preventDefault();
                        if (reason.trim()) void run(s.id, () => reject({ id: s.id, reason: reason.trim() }), t('dashboard.rejected', { name: s.technician.name }));
                      }}
                    >
                      <input
                        type="text"
                        required
                        maxLength={1000}
                        value={reason}
                        placeholder={t('dashboard.rejectReason')}
                        aria-label={t('dashboard.rejectReason')}
                        onInput={(e) => setReason(e.currentTarget.value)}
                        ref={(el) => el?.focus()}
                        data-testid="reject-reason"
                      />
                      <button type="submit" class="small" disabled={!reason.trim() || busy !== null} data-testid="reject-confirm">
                        {t('dashboard.confirmReject')}
                      </button>
                      <button
                        type="button"
                        class="small secondary outline"
                        onClick={() => {
                          setRejecting(null);
                          setReason('');
                        }}
                      >
                        {t('common.cancel')}
                      </button>
                    </form>
                  ) : (
                    <div class="slip-actions">
                      <button
                        type="button"
                        class="small"
                        disabled={busy !== null}
                        aria-busy={busy === s.id}
                        onClick={() => run(s.id, () => approve({ id: s.id }), t('dashboard.approved', { name: s.technician.name }))}
                        data-testid="approve-slip"
                      >
                        {t('dashboard.approve')}
                      </button>
                      <button
                        type="button"
                        class="small secondary outline"
                        disabled={busy !== null}
                        onClick={() => {
                          setRejecting(s.id);
                          setReason('');
                        }}
                        data-testid="reject-slip"
                      >
                        {t('dashboard.reject')}
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {state.data && state.data.slips.totalCount > slips.length && slips.length === state.data.slips.edges.length && (
        <p class="muted">{t('slip.more', { n: state.data.slips.totalCount - slips.length })}</p>
      )}
    </section>
  );
}
