// The bell of the top bar (on a phone as on a desktop): the unread count, live, and the way
// to the inbox. The count comes from the query, then from each event (which carries it), and
// is read again when the websocket comes back (events may have been missed meanwhile).
import { useEffect } from 'preact/hooks';
import { useQuery, useSubscription } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useOnReconnect } from '../../lib/hooks';
import { linkTo } from '../../lib/navigation';
import { Icon } from '../../ui/Icon';
import { NotificationEventsSubscription } from './fragments';
import { badgeText } from './kinds';
import { setUnread, useUnread } from './unread';
import './notifications.css';

const UnreadQuery = graphql(`
  query UnreadNotifications {
    notifications(first: 1) {
      unreadCount
    }
  }
`);

export const INBOX_PATH = '/notifications';

export function Bell({ current }: { current: boolean }) {
  const { t } = useI18n();
  const [{ data }, reexecute] = useQuery({ query: UnreadQuery, requestPolicy: 'cache-and-network' });
  const fetched = data?.notifications?.unreadCount;
  useEffect(() => {
    if (typeof fetched === 'number') setUnread(fetched);
  }, [fetched, data]);
  // Each event carries the count after it: the newest one wins, no read needed.
  const [{ data: event }] = useSubscription({ query: NotificationEventsSubscription }, (_prev, e) => e);
  useEffect(() => {
    if (event) setUnread(event.notificationEvents.unreadCount);
  }, [event]);
  useOnReconnect(() => reexecute({ requestPolicy: 'network-only' }));
  const n = useUnread() ?? 0;
  const badge = badgeText(n);
  const label = n > 0 ? t('notifications.bellUnread', { n }) : t('notifications.bell');
  return (
    <a
      class="shell-icon-button bell"
      href={INBOX_PATH}
      onClick={linkTo(INBOX_PATH)}
      aria-label={label}
      title={label}
      aria-current={current ? 'page' : undefined}
      data-testid="shell-notifications"
      data-unread={n}
    >
      <Icon name="bell" />
      {badge && (
        <span class="bell-badge" aria-hidden="true" data-testid="bell-count">
          {badge}
        </span>
      )}
    </a>
  );
}
