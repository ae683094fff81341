import { useEffect, useRef } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { linkTo, navigate } from '../../lib/navigation';
import { sessionLength } from './slips';
import { useOnline } from '../../lib/hooks';
import { REASON_UNAVAILABLE, slipQueue, useSlipQueue, type QueuedSlip } from './slipQueue';
import { slipFormHref } from './MyDayPage';
import { SlipWarnings } from './SlipFormParts';
import { SlipWhen } from './SlipWhen';
import './slips.css';
import { EmptyState, Loading, StatusBadge } from '../../ui';
import { ROLE } from '../../lib/roles';

const MySlipsQuery = graphql(`
  query MySlips {
    me {
      role
    }
    slips(first: 50) {
      totalCount
      edges {
        node {
          ...SlipSummaryFields
          rejectionReason
          submittedAt
          reviewedAt
        }
      }
    }
  }
`);

function QueuedHead({ item }: { item: QueuedSlip }) {
  const { input, summary } = item;
  const length = sessionLength(input.date, input.start, input.end, input.breakMinutes ?? 0);
  return (
    <span class="grow">
      <strong>{summary.production}</strong>
      <span>{summary.task ?? summary.operation}</span>
      <SlipWhen date={input.date} start={input.start} end={input.end} workedMinutes={length.ok ? length.value.workedMinutes : undefined} room={summary.room} />
      {input.notes && <small class="slip-notes">{input.notes}</small>}
    </span>
  );
}

/** The technician's slips: those still on the phone first, then the server's, with their review. */
export function MySlipsPage() {
  const { t, lang } = useI18n();
  const online = useOnline();
  const { pending, failed } = useSlipQueue();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MySlipsQuery, requestPolicy: 'cache-and-network' });

  // A slip left the outbox (sent, or refused): the server's list has changed.
  const waiting = pending.length + failed.length;
  const before = useRef(waiting);
  useEffect(() => {
    if (waiting < before.current) reexecute({ requestPolicy: 'network-only' });
    before.current = waiting;
  }, [waiting]);
  // Back online: what the coordinators did meanwhile.
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) reexecute({ requestPolicy: 'network-only' });
    wasOnline.current = online;
  }, [online]);

  if (data && data.me.role !== ROLE.TECHNICIAN) {
    return (
      <main class="container">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <h1>{t('slip.mySlips')}</h1>
        <p class="muted">{t('slip.techniciansOnly')}</p>
      </main>
    );
  }

  const slips = data?.slips.edges.map((e) => e.node) ?? [];
  const newHref = slipFormHref({});

  return (
    <main class="container slip-page">
      <nav class="crumbs">
        <a href="/my-day" onClick={linkTo('/my-day')}>
          ← {t('slip.myDay')}
        </a>
      </nav>
      <h1>{t('slip.mySlips')}</h1>
      <a href={newHref} onClick={linkTo(newHref)} role="button" class="big-action secondary" data-testid="new-slip">
        {t('slip.new')}
      </a>

      {!online && (
        <p class="offline-note" role="status">
          {t('slip.offlineNote')}
        </p>
      )}

      {(pending.length > 0 || failed.length > 0) && (
        <ul class="slip-list">
          {failed.map((item) => (
            <li key={item.clientId} class="slip-card failed" data-testid="slip-failed" data-client-id={item.clientId}>
              <div class="slip-card-main">
                <QueuedHead item={item} />
                <span class="badge slip-status-failed">{t('slip.status.FAILED')}</span>
              </div>
              <p class="error" role="alert">
                {item.error.message}
              </p>
              <div class="slip-actions">
                <button
                  type="button"
                  class="small"
                  onClick={() => navigate(`/slips/new?retry=${encodeURIComponent(item.clientId)}`)}
                  data-testid="slip-fix"
                >
                  {t('slip.fix')}
                </button>
                <button type="button" class="small secondary outline" onClick={() => slipQueue.remove(item.clientId)}>
                  {t('slip.discard')}
                </button>
              </div>
            </li>
          ))}
          {pending.map((item) => (
            <li key={item.clientId} class="slip-card pending" data-testid="slip-pending" data-client-id={item.clientId}>
              <div class="slip-card-main">
                <QueuedHead item={item} />
                <span class="badge slip-status-pending">{t(item.lastError === REASON_UNAVAILABLE ? 'slip.status.PENDING_SERVER' : 'slip.status.PENDING')}</span>
              </div>
              <small class="muted">
                {t(item.lastError === REASON_UNAVAILABLE ? 'slip.pendingServerExplain' : 'slip.pendingExplain')}
                {item.attempts > 0 && item.lastError && <> · {t(item.attempts === 1 ? 'slip.lastTryOne' : 'slip.lastTry', { n: item.attempts })}</>}
              </small>
              <div class="slip-actions">
                <button type="button" class="small" disabled={!online} onClick={() => void slipQueue.flush()} data-testid="slip-retry">
                  {t('slip.retryNow')}
                </button>
                <button
                  type="button"
                  class="small secondary outline"
                  onClick={() => {
                    if (confirm(t('slip.discardConfirm'))) slipQueue.remove(item.clientId);
                  }}
                >
                  {t('slip.discard')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h2>{t('slip.sent')}</h2>
      {!data ? (
        fetching ? (
          <Loading />
        ) : (
          <p class="muted">{online ? describeError(error, t) : t('slip.listOffline')}</p>
        )
      ) : slips.length === 0 ? (
        <EmptyState>{t('slip.none')}</EmptyState>
      ) : (
        <ul class="slip-list">
          {slips.map((s) => (
            <li key={s.id} class={`slip-card status-${s.status.toLowerCase()}`} data-testid="my-slip" data-status={s.status} data-slip-id={s.id}>
              <div class="slip-card-main">
                <span class="grow">
                  <strong>{s.production.title}</strong>
                  <span>{s.task?.title ?? s.operation.label}</span>
                  <SlipWhen date={s.date} start={s.start} end={s.end} workedMinutes={s.workedMinutes} breakMinutes={s.breakMinutes} room={s.room?.name} />
                  {s.notes && <small class="slip-notes">{s.notes}</small>}
                </span>
                <StatusBadge kind="slip" status={s.status} testId="my-slip-status" />
              </div>
              <SlipWarnings warnings={s.warnings} title={t('slip.warningsOnSlip')} testId="my-slip-warning" />
              {s.status === 'REJECTED' && (
                <>
                  <p class="rejection" data-testid="slip-rejection">
                    <strong>{t('slip.rejectedBecause')}</strong> {s.rejectionReason}
                  </p>
                  <div class="slip-actions">
                    <a
                      href={`/my-slips/${s.id}/correct`}
                      onClick={linkTo(`/my-slips/${s.id}/correct`)}
                      role="button"
                      class="small"
                      data-testid="slip-correct"
                    >
                      {t('slip.correctAndResend')}
                    </a>
                  </div>
                </>
              )}
              {s.status !== 'SUBMITTED' && s.reviewedAt && (
                <small class="muted">{t('slip.reviewedAt', { at: formatDateTime(s.reviewedAt, lang) })}</small>
              )}
            </li>
          ))}
        </ul>
      )}
      {data && data.slips.totalCount > slips.length && <p class="muted">{t('slip.more', { n: data.slips.totalCount - slips.length })}</p>}
    </main>
  );
}
