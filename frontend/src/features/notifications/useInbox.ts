// The inbox's data: the first page, "Plus", the live events (a new notification on top, reads
// made elsewhere), a fresh read after the websocket comes back, and the read marks.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useClient, useMutation, useSubscription } from '@urql/preact';
import type { CombinedError } from '@urql/core';
import { graphql } from '../../gql';
import { useOnReconnect } from '../../lib/hooks';
import { EVENT_CREATED, MarkNotificationsReadMutation, NotificationEventsSubscription } from './fragments';
import { PAGE_SIZE, append, markRead, prepend, refreshSize, type Item } from './inbox';
import { setUnread } from './unread';

const InboxQuery = graphql(`
  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NotificationFields
        }
      }
    }
  }
`);

interface List {
  items: Item[];
  endCursor: string | null;
  hasNext: boolean;
}

export interface Inbox {
  list: List | null;
  error: CombinedError | null;
  loadingMore: boolean;
  more: () => void;
  /** Marks these (all when null) read at once; resolves with the server's error, if any. */
  read: (ids: string[] | null) => Promise<CombinedError | undefined>;
}

export function useInbox(unreadOnly: boolean): Inbox {
  const client = useClient();
  const [list, setList] = useState<List | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [, mark] = useMutation(MarkNotificationsReadMutation);
  // Answers to an older request (before a filter change) are dropped.
  const seq = useRef(0);
  const shown = useRef(0);
  shown.current = list?.items.length ?? 0;

  async function load(first: number, after: string | null) {
    const mine = after ? seq.current : ++seq.current;
    const res = await client.query(InboxQuery, { first, after, unreadOnly }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== seq.current) return;
    const conn = res.data?.notifications;
    if (!conn) {
      setError(res.error ?? null);
      return;
    }
    setError(null);
    setUnread(conn.unreadCount);
    const page = conn.edges.map((e) => e.node);
    setList((prev) => ({
      items: after && prev ? append(prev.items, page) : page,
      endCursor: conn.pageInfo.endCursor ?? null,
      hasNext: conn.pageInfo.hasNextPage,
    }));
  }

  const refresh = () => void load(refreshSize(shown.current), null);

  useEffect(() => {
    setList(null);
    void load(PAGE_SIZE, null);
  }, [unreadOnly]);

  const [{ data: event }] = useSubscription({ query: NotificationEventsSubscription }, (_prev, e) => e);
  useEffect(() => {
    const ev = event?.notificationEvents;
    if (!ev) return;
    if (ev.kind === EVENT_CREATED && ev.notification) {
      const n = ev.notification;
      setList((prev) => (prev ? { ...prev, items: prepend(prev.items, n) } : prev));
    } else {
      refresh(); // read elsewhere (another tab, the phone): the marks shown are stale
    }
  }, [event]);
  useOnReconnect(refresh);

  return {
    list,
    error,
    loadingMore,
    more: () => {
      if (!list?.endCursor || loadingMore) return;
      setLoadingMore(true);
      void load(PAGE_SIZE, list.endCursor).finally(() => setLoadingMore(false));
    },
    read: async (ids) => {
      setList((prev) => (prev ? { ...prev, items: markRead(prev.items, ids, new Date().toISOString()) } : prev));
      const res = await mark({ ids });
      if (typeof res.data?.markNotificationsRead === 'number') {
        setUnread(res.data.markNotificationsRead);
        return undefined;
      }
      refresh(); // nothing half-done: the marks come back as the server has them
      return res.error;
    },
  };
}
