// The caller's notifications, newest first: what happened, when, a mark on the unread ones;
// opening one follows its link and marks it read. New ones arrive on top without a reload.
import { useEffect, useState } from 'preact/hooks';
import { useI18n, type T } from '../../app/i18n';
import type { Lang } from '../../app/i18n';
import { describeError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { linkTo, navigate } from '../../lib/navigation';
import { EmptyState, LiveBadge, LoadingOrError } from '../../ui';
import { appPath, kindLabelKey, whenOf } from './kinds';
import type { Item } from './inbox';
import { useInbox } from './useInbox';
import { useUnread } from './unread';
import './notifications.css';

export const PREFERENCES_PATH = '/notifications/preferences';

/** "il y a 5 min", re-read every minute so it does not go stale on an open page. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

function When({ time, now, lang, t }: { time: string; now: Date; lang: Lang; t: T }) {
  const { key, ...vars } = whenOf(time, now, lang);
  return (
    <time dateTime={time} title={formatDateTime(time, lang)}>
      {t(key, vars)}
    </time>
  );
}

function Row({ n, now, onOpen }: { n: Item; now: Date; onOpen: (n: Item, path: string | null) => void }) {
  const { t, lang } = useI18n();
  const path = appPath(n.link);
  const unread = !n.readAt;
  const content = (
    <>
      <span class="notification-dot" aria-hidden="true" />
      <span class="notification-text">
        {unread && <span class="visually-hidden">{t('notifications.unread')} : </span>}
        <strong class="notification-title" data-testid="notification-title">
          {n.title}
        </strong>
        {n.body && (
          <span class="notification-body" data-testid="notification-body">
            {n.body}
          </span>
        )}
        <small class="muted">
          {t(kindLabelKey(n.kind))} · <When time={n.createdAt} now={now} lang={lang} t={t} />
        </small>
      </span>
    </>
  );
  const attrs = { class: 'notification-open', 'data-testid': 'notification-open' };
  return (
    <li class={`notification${unread ? ' unread' : ''}`} data-testid="notification" data-id={n.id} data-kind={n.kind} data-read={unread ? 'false' : 'true'}>
      {path ? (
        <a
          {...attrs}
          href={path}
          onClick={(e) => {
            if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            onOpen(n, path);
          }}
        >
          {content}
        </a>
      ) : unread ? (
        <button type="button" {...attrs} title={t('notifications.markRead')} onClick={() => onOpen(n, null)}>
          {content}
        </button>
      ) : (
        <div {...attrs}>{content}</div>
      )}
    </li>
  );
}

export function InboxPage() {
  const { t } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useInbox(unreadOnly);
  const unread = useUnread();
  const now = useNow();
  const [problem, setProblem] = useState<string | null>(null);
  const [marking, setMarking] = useState(false);

  async function open(n: Item, path: string | null) {
    setProblem(null);
    // Marked before leaving: the request goes on while the next page loads.
    const done = n.readAt ? Promise.resolve(undefined) : inbox.read([n.id]);
    if (path) navigate(path);
    const err = await done;
    if (err && !path) setProblem(describeError(err, t));
  }

  async function markAll() {
    setProblem(null);
    setMarking(true);
    const err = await inbox.read(null);
    setMarking(false);
    if (err) setProblem(describeError(err, t));
  }

  const items = inbox.list?.items ?? [];
  return (
    <main class="container inbox-page">
      <nav class="crumbs">
        <h1>{t('notifications.title')}</h1>
        <LiveBadge />
      </nav>
      <div class="inbox-toolbar">
        <div class="inbox-filter" role="group" aria-label={t('notifications.filter')}>
          <button type="button" class={unreadOnly ? 'secondary outline' : ''} aria-pressed={!unreadOnly} onClick={() => setUnreadOnly(false)} data-testid="inbox-all">
            {t('notifications.filterAll')}
          </button>
          <button type="button" class={unreadOnly ? '' : 'secondary outline'} aria-pressed={unreadOnly} onClick={() => setUnreadOnly(true)} data-testid="inbox-unread">
            {t('notifications.filterUnread')}
          </button>
        </div>
        {unread !== null && (
          <span class="muted inbox-count" data-testid="inbox-unread-count" data-count={unread}>
            {t('notifications.unreadCount', { n: unread })}
          </span>
        )}
        <button type="button" class="secondary outline inbox-mark-all" disabled={!unread || marking} aria-busy={marking} onClick={markAll} data-testid="inbox-mark-all">
          {t('notifications.markAll')}
        </button>
      </div>
      {problem && (
        <p class="error" role="alert" data-testid="inbox-error">
          {problem}
        </p>
      )}
      {!inbox.list ? (
        <LoadingOrError fetching={!inbox.error} error={inbox.error ?? undefined} />
      ) : items.length === 0 ? (
        <EmptyState testId="inbox-empty">{t(unreadOnly ? 'notifications.emptyUnread' : 'notifications.empty')}</EmptyState>
      ) : (
        <ul class="inbox-list" data-testid="inbox-list">
          {items.map((n) => (
            <Row key={n.id} n={n} now={now} onOpen={open} />
          ))}
        </ul>
      )}
      {inbox.list?.hasNext && (
        <button type="button" class="secondary outline inbox-more" onClick={inbox.more} disabled={inbox.loadingMore} aria-busy={inbox.loadingMore} data-testid="inbox-more">
          {t('notifications.more')}
        </button>
      )}
      <p class="inbox-footer">
        <a href={PREFERENCES_PATH} onClick={linkTo(PREFERENCES_PATH)} data-testid="inbox-preferences">
          {t('notifications.preferencesLink')}
        </a>
      </p>
    </main>
  );
}
