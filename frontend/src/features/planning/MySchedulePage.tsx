import { useMemo, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { addDays, todayParis } from '../../lib/dates';
import { formatDayHeading, formatRange } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { groupByBookedDay } from './planDays';
import { UnavailabilityForm, UnavailabilityList } from './Unavailability';
import { linkTo } from '../../lib/navigation';
import { ErrorMessage, LoadingOrError, StatusBadge } from '../../ui';
import { ROLE } from '../../lib/roles';

export const SCHEDULE_DAYS = 14;

const MyScheduleQuery = graphql(`
  query MySchedule($from: Date!, $to: Date!) {
    me {
      ...TechnicianViewer
    }
    bookings(first: 200, filter: { from: $from, to: $to }) {
      edges {
        node {
          ...OwnBooking
          startDate
          endDate
        }
      }
    }
  }
`);

const MyUnavailabilitiesQuery = graphql(`
  query MyUnavailabilities($from: Date!) {
    unavailabilities(from: $from) {
      id
      startDate
      endDate
      kind
      reason
    }
  }
`);

const ResetFeedMutation = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed {
      url
    }
  }
`);

export function MySchedulePage() {
  const { t, lang } = useI18n();
  const today = todayParis();
  const to = addDays(today, SCHEDULE_DAYS);
  const [{ data, fetching, error }] = useQuery({ query: MyScheduleQuery, variables: { from: today, to } });

  const groups = useMemo(() => {
    const bookings = (data?.bookings.edges ?? []).map((e) => e.node).filter((b) => b.status !== 'CANCELLED');
    // One entry per day the booking really takes place (the API's `days`), as in "Ma journée" and the calendar feed.
    return groupByBookedDay(bookings, today, to);
  }, [data, today, to]);

  if (!data) {
    return (
      <main class="container">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  const isTech = data.me.role === ROLE.TECHNICIAN;
  if (!isTech) {
    return (
      <main class="container">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <h1>{t('schedule.title')}</h1>
        <p class="muted">{t('schedule.techniciansOnly')}</p>
      </main>
    );
  }
  return (
    <main class="container">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
      </nav>
      <h1>{t('schedule.title')}</h1>
      <p class="muted">
        {data.me.technician?.name && <>{data.me.technician.name} · </>}
        {t('schedule.period', { n: SCHEDULE_DAYS, range: formatRange(today, to, lang) })}
      </p>

      {groups.length === 0 ? (
        <p class="muted" data-testid="schedule-empty">
          {t('schedule.empty')}
        </p>
      ) : (
        groups.map((g) => (
          <section key={g.date} class={`day-group ${g.date === today ? 'today' : ''}`} data-testid="schedule-day" data-date={g.date}>
            <h3>
              {formatDayHeading(g.date, lang)}
              {g.date === today && <span class="badge today-badge">{t('planning.today')}</span>}
            </h3>
            <ul class="rows">
              {g.items.map((b) => {
                const room = b.room?.name ?? b.task.bookings.find((x) => x.room)?.room?.name ?? null;
                return (
                  <li key={b.id} class={`schedule-item ${b.status === 'PENCILLED' ? 'pencilled' : ''}`} data-testid="schedule-item" data-booking-id={b.id}>
                    <span class="grow">
                      <strong>{b.task.production.title}</strong>
                      <br />
                      {b.task.title}
                      <br />
                      <small class="muted">
                        {b.from}–{b.to}
                        {room && <> · {room}</>}
                        {b.note && <> · {b.note}</>}
                      </small>
                    </span>
                    <StatusBadge kind="schedule" status={b.status} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}

      <CalendarFeed />
      <Unavailability today={today} />
    </main>
  );
}

function CalendarFeed() {
  const { t } = useI18n();
  const [state, reset] = useMutation(ResetFeedMutation);
  const [copied, setCopied] = useState(false);
  const url = state.data?.resetCalendarFeed.url ?? null;

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard API (an insecure origin…): select the text so that it can be copied by hand.
      const input = document.querySelector<HTMLInputElement>('[data-testid="calendar-url"]');
      input?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  }

  return (
    <section class="feed">
      <h2>{t('schedule.feedTitle')}</h2>
      <p>{t('schedule.feedExplain')}</p>
      {url ? (
        <>
          <div class="copy-row">
            <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} aria-label={t('schedule.feedUrl')} data-testid="calendar-url" />
            <button type="button" class="small" onClick={copy} data-testid="calendar-copy">
              {copied ? t('schedule.copied') : t('schedule.copy')}
            </button>
          </div>
          <p>
            {/* webcal: opens the phone's calendar app straight on the subscription. */}
            <a href={url.replace(/^https?:/, 'webcal:')} data-testid="calendar-open">
              {t('schedule.feedOpen')}
            </a>
          </p>
          <p class="muted small-print">{t('schedule.feedOnce')}</p>
        </>
      ) : (
        <>
          <button type="button" class="small" disabled={state.fetching} aria-busy={state.fetching} onClick={() => reset({})} data-testid="calendar-reset">
            {t('schedule.feedButton')}
          </button>
          <p class="muted small-print">{t('schedule.feedWarning')}</p>
        </>
      )}
      <ErrorMessage error={state.error} />
    </section>
  );
}

function Unavailability({ today }: { today: string }) {
  const { t } = useI18n();
  const [{ data }, reexecute] = useQuery({ query: MyUnavailabilitiesQuery, variables: { from: today } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <section class="unavailability">
      <h2>{t('schedule.unavailableTitle')}</h2>
      {data && data.unavailabilities.length > 0 && <UnavailabilityList items={data.unavailabilities} onChanged={refresh} />}
      <UnavailabilityForm today={today} testid="unavailability" class="unavailability-form" confirmation={t('schedule.declared')} onDeclared={refresh} />
    </section>
  );
}
