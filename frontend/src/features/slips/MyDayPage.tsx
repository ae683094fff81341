import { useEffect } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { MyDayQuery as MyDayData } from '../../gql/graphql';
import { todayParis } from '../../lib/dates';
import { formatDateTime, formatDayHeading } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { useSlipQueue } from './slipQueue';
import { currentUser, useOfflineData, writeOfflineData, type CachedBooking } from './offlineData';
import { useSlipFormLists } from './slipFormValues';
import './slips.css';
import { LoadingOrError, StatusBadge } from '../../ui';
import { ROLE } from '../../lib/roles';
import { takesPlaceOn } from '../planning/planDays';

const MyDayQuery = graphql(`
  query MyDay($today: Date!) {
    me {
      ...TechnicianViewer
    }
    bookings(first: 50, filter: { from: $today, to: $today }) {
      edges {
        node {
          ...OwnBooking
          task {
            id
            operation {
              id
              label
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

/** The technician's day: today's bookings, each one tap from its slip. Without a network, what was kept of it. */
export function MyDayPage() {
  const { t, lang } = useI18n();
  const today = todayParis();
  const [{ data, fetching, error, stale }] = useQuery({ query: MyDayQuery, variables: { today }, requestPolicy: 'cache-and-network' });
  const { pending, failed } = useSlipQueue();
  // No answer at all, for want of a network: the bookings kept on the phone, and the slip form anyway.
  const offline = !data && !fetching && !!error?.networkError;
  const kept = useOfflineData(offline ? error : null);

  const fresh = data && !error && !stale ? data : null;
  useEffect(() => {
    if (!fresh || fresh.me.role !== ROLE.TECHNICIAN) return;
    const savedAt = new Date().toISOString();
    writeOfflineData(currentUser(), {
      technician: fresh.me.technician ?? null,
      day: { date: today, savedAt, bookings: dayBookings(fresh.bookings.edges.map((e) => e.node), today) },
    });
  }, [fresh]);
  // The slip form's lists, loaded (and kept) now: "Nouveau bon" then works even if the network goes.
  useSlipFormLists(data?.me.role !== ROLE.TECHNICIAN);

  const head = (
    <nav class="crumbs">
      <a href="/" onClick={linkTo('/')}>
        ← {t('common.home')}
      </a>
    </nav>
  );

  if (!data && !offline) {
    return (
      <main class="container" data-testid="my-day">
        {head}
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  if (data && data.me.role !== ROLE.TECHNICIAN) {
    return (
      <main class="container" data-testid="my-day">
        {head}
        <h1>{t('slip.myDay')}</h1>
        <p class="muted">{t('slip.techniciansOnly')}</p>
      </main>
    );
  }

  const keptDay = kept?.day?.date === today ? kept.day : null;
  const bookings: CachedBooking[] = data ? dayBookings(data.bookings.edges.map((e) => e.node), today) : (keptDay?.bookings ?? []);
  const slips = data?.slips.edges.map((e) => e.node) ?? [];
  const name = data ? data.me.technician?.name : kept?.technician?.name;
  const newHref = slipFormHref({ date: today });

  return (
    <main class="container slip-page" data-testid="my-day">
      {head}
      <h1>{t('slip.myDay')}</h1>
      <p class="muted day-heading">
        {name && <>{name} · </>}
        {formatDayHeading(today, lang)}
      </p>

      {!data && (
        <p class="offline-note" role="status" data-testid="my-day-offline">
          {kept ? t('offline.dataFrom', { when: formatDateTime(keptDay?.savedAt ?? kept.savedAt, lang) }) : t('offline.noData')}
        </p>
      )}

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
      {!data && !keptDay ? (
        <p class="muted" data-testid="day-unknown">
          {t('offline.noBookings')}
        </p>
      ) : bookings.length === 0 ? (
        <p class="muted" data-testid="day-empty">
          {t('slip.noBookingToday')}
        </p>
      ) : (
        <ul class="day-bookings">
          {bookings.map((b) => {
            const room = b.room;
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
                    <StatusBadge kind="slip" status={sent.status} />
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
        <a href="/my-slips" onClick={linkTo('/my-slips')} class="button-link" data-testid="link-my-slips">
          {t('slip.mySlips')} →
        </a>
      </p>
    </main>
  );
}

type DayBookingNode = MyDayData['bookings']['edges'][number]['node'];

/** Today's bookings as shown (and kept for offline use): the cancelled left out, each with its room or its task's. */
function dayBookings(nodes: DayBookingNode[], today: string): CachedBooking[] {
  return nodes
    // Only a booking that takes place today (a weekend inside a long booking is not worked).
    .filter((b) => b.status !== 'CANCELLED' && takesPlaceOn(b, today))
    .map((b) => {
      const room = b.room ?? b.task.bookings.find((x) => x.room)?.room ?? null;
      return {
        id: b.id,
        from: b.from,
        to: b.to,
        status: b.status,
        note: b.note ?? null,
        room: room ? { id: room.id, name: room.name } : null,
        task: {
          id: b.task.id,
          title: b.task.title,
          operation: { id: b.task.operation.id, label: b.task.operation.label },
          production: { id: b.task.production.id, title: b.task.production.title },
        },
      };
    });
}
