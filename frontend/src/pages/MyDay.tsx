import { useQuery } from '@urql/preact';
import { graphql } from '../gql';
import { errorMessage } from '../api';
import { todayParis } from '../dates';
import { formatDayHeading } from '../format';
import { useI18n } from '../i18n';
import { linkTo } from '../router';
import { useSlipQueue } from '../slipQueue';
import '../slips.css';

const MyDayQuery = graphql(`
  query MyDay($today: Date!) {
    me {
      role
      technician {
        id
        name
      }
    }
    bookings(first: 50, filter: { from: $today, to: $today }) {
      edges {
        node {
          id
          from
          to
          status
          note
          room {
            id
            name
          }
          task {
            id
            title
            operation {
              id
              label
            }
            production {
              id
              title
            }
            bookings {
              id
              room {
                id
                name
              }
            }
          }
        }
      }
    }
    slips(first: 50, filter: { from: $today, to: $today }) {
      edges {
        node {
          id
          status
          start
          end
          task {
            id
          }
        }
      }
    }
  }
`);

/** The address of the slip form, prefilled from what is known. */
export function slipFormHref(prefill: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(prefill)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `/slips/new?${s}` : '/slips/new';
}

/** The technician's day: today's bookings, each one tap from its slip. */
export function MyDay() {
  const { t, lang } = useI18n();
  const today = todayParis();
  const [{ data, fetching, error }] = useQuery({ query: MyDayQuery, variables: { today }, requestPolicy: 'cache-and-network' });
  const { pending, failed } = useSlipQueue();

  const head = (
    <nav class="crumbs">
      <a href="/" onClick={linkTo('/')}>
        ← {t('common.home')}
      </a>
    </nav>
  );

  if (!data) {
    return (
      <main class="container" data-testid="my-day">
        {head}
        {fetching ? <p aria-busy="true">{t('common.loading')}</p> : <p class="error">{errorMessage(error) ?? t('common.error')}</p>}
      </main>
    );
  }

  if (data.me.role !== 'TECHNICIAN') {
    return (
      <main class="container" data-testid="my-day">
        {head}
        <h1>{t('slip.myDay')}</h1>
        <p class="muted">{t('slip.techniciansOnly')}</p>
      </main>
    );
  }

  const bookings = data.bookings.edges.map((e) => e.node).filter((b) => b.status !== 'CANCELLED');
  const slips = data.slips.edges.map((e) => e.node);
  const newHref = slipFormHref({ date: today });

  return (
    <main class="container slip-page" data-testid="my-day">
      {head}
      <h1>{t('slip.myDay')}</h1>
      <p class="muted day-heading">
        {data.me.technician?.name && <>{data.me.technician.name} · </>}
        {formatDayHeading(today, lang)}
      </p>

      <a href={newHref} onClick={linkTo(newHref)} role="button" class="big-action" data-testid="new-slip">
        {t('slip.new')}
      </a>

      {(pending.length > 0 || failed.length > 0) && (
        <a href="/my-slips" onClick={linkTo('/my-slips')} class="queue-banner" data-testid="queue-banner">
          {pending.length > 0 && <span>{t('slip.pendingCount', { n: pending.length })}</span>}
          {failed.length > 0 && <span class="error">{t('slip.failedCount', { n: failed.length })}</span>}
        </a>
      )}

      <h2>{t('slip.todayBookings')}</h2>
      {bookings.length === 0 ? (
        <p class="muted" data-testid="day-empty">
          {t('slip.noBookingToday')}
        </p>
      ) : (
        <ul class="day-bookings">
          {bookings.map((b) => {
            const room = b.room ?? b.task.bookings.find((x) => x.room)?.room ?? null;
            const sent = slips.find((s) => s.task?.id === b.task.id);
            const href = slipFormHref({
              production: b.task.production.id,
              task: b.task.id,
              operation: b.task.operation.id,
              room: room?.id,
              date: today,
              start: b.from || '09:00',
              end: b.to || '18:00',
            });
            return (
              <li key={b.id}>
                <a href={href} onClick={linkTo(href)} class="day-booking" data-testid="day-booking" data-booking-id={b.id}>
                  <span class="grow">
                    <strong>{b.task.production.title}</strong>
                    <span>{b.task.title}</span>
                    <small class="muted">
                      {b.from}–{b.to}
                      {room && <> · {room.name}</>}
                      {b.status === 'PENCILLED' && <> · {t('booking.option')}</>}
                      {b.note && <> · {b.note}</>}
                    </small>
                  </span>
                  {sent ? (
                    <span class={`badge slip-status-${sent.status.toLowerCase()}`}>{t(`slip.status.${sent.status}`)}</span>
                  ) : (
                    <span class="tap-hint">{t('slip.fill')}</span>
                  )}
                </a>
              </li>
            );
          })}
        </ul>
      )}

      <p>
        <a href="/my-slips" onClick={linkTo('/my-slips')} data-testid="link-my-slips">
          {t('slip.mySlips')} →
        </a>
      </p>
    </main>
  );
}
