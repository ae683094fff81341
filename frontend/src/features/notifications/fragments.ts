import { graphql } from '../../gql';

// One fragment for the list and the live event, so that a notification arriving over the
// websocket has every field the list shows.
export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

export const NotificationEventsSubscription = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      id
      kind
      at
      unreadCount
      notification {
        ...NotificationFields
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The event kinds of `notificationEvents`. */
export const EVENT_CREATED = 'notification.created';
export const EVENT_READ = 'notification.read';
