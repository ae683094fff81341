// Which live events concern the quote pages.
import type { NotificationKind } from '../../gql/graphql';

const QUOTE_KINDS: readonly string[] = ['QUOTE_SENT', 'QUOTE_ACCEPTED', 'QUOTE_REFUSED', 'AMENDMENT_SENT', 'AMENDMENT_ACCEPTED', 'AMENDMENT_REFUSED'] satisfies NotificationKind[];

/** A notification about a quote or an amendment: the organisation-wide list reads itself again. */
export function isQuoteNotification(kind: NotificationKind | null | undefined): boolean {
  return kind != null && QUOTE_KINDS.includes(kind);
}

/** A quote event about this version or amendment (or one that replaces it: a revision). */
export function concerns(event: { kind: string; quote?: { id: string } | null; amendment?: { id: string } | null }, id: string): boolean {
  return event.quote?.id === id || event.amendment?.id === id || event.kind === 'quote.revised';
}
