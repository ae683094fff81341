// What the inbox shows about a notification without asking the server: the label of each kind,
// the bell's count, when it happened, and whether its link is one of the app's own paths.
import type { NotificationKind } from '../../gql/graphql';
import type { Key, Lang } from '../../app/i18n';
import { formatDateTime } from '../../lib/format';
import { todayParis, addDays } from '../../lib/dates';

// Every kind of the schema, once: a kind added to the schema and not here is a tsc error
// (`satisfies`), and kinds.test.ts checks the schema file itself.
const KINDS = {
  INVITATION: true,
  PASSWORD_RESET: true,
  SLIP_REJECTED: true,
  BOOKING_CREATED: true,
  BOOKING_MOVED: true,
  BOOKING_CANCELLED: true,
  STATEMENT_ISSUED: true,
  QUOTE_SENT: true,
  QUOTE_ACCEPTED: true,
  QUOTE_REFUSED: true,
  AMENDMENT_SENT: true,
  AMENDMENT_ACCEPTED: true,
  AMENDMENT_REFUSED: true,
  INVOICE_ISSUED: true,
  CREDIT_NOTE_ISSUED: true,
  INVOICE_OVERDUE: true,
} as const satisfies Record<NotificationKind, true>;

export const NOTIFICATION_KINDS = Object.keys(KINDS) as NotificationKind[];

/** The i18n key of a kind's label ("Feuille refusée"): never the raw code. */
export function kindLabelKey(kind: NotificationKind): Key {
  return `notifications.kind.${kind}` as Key;
}

/** The bell's figure: nothing at 0, the count up to 99, then "99+" (a badge stays round at 360 px). */
export function badgeText(unread: number): string {
  if (!Number.isFinite(unread) || unread <= 0) return '';
  return unread > 99 ? '99+' : String(Math.floor(unread));
}

const parisTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

export type When =
  | { key: 'notifications.when.now' }
  | { key: 'notifications.when.minutes'; n: number }
  | { key: 'notifications.when.today'; time: string }
  | { key: 'notifications.when.yesterday'; time: string }
  | { key: 'notifications.when.date'; at: string };

/**
 * When a notification arrived, as people say it in Paris: "à l’instant", "il y a 5 min",
 * "aujourd’hui à 09:12", "hier à 18:40", then the date and time ("03/11/2026 14:05").
 * Returns a key and its values (the page translates); the absolute time goes in a title.
 */
export function whenOf(time: string, now: Date, lang: Lang): When {
  const at = new Date(time);
  if (Number.isNaN(at.getTime())) return { key: 'notifications.when.date', at: time };
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1 && minutes > -5) return { key: 'notifications.when.now' };
  if (minutes >= 1 && minutes < 60) return { key: 'notifications.when.minutes', n: minutes };
  const day = todayParis(at);
  const today = todayParis(now);
  const hm = parisTime.format(at);
  if (day === today) return { key: 'notifications.when.today', time: hm };
  if (day === addDays(today, -1)) return { key: 'notifications.when.yesterday', time: hm };
  return { key: 'notifications.when.date', at: formatDateTime(time, lang) };
}

/**
 * The link to follow when a notification is opened: only a path inside the app ("/my-slips"),
 * never another site ("//evil", "https://…", "javascript:"), whatever the server stored.
 */
export function appPath(link: string | null | undefined): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}

/** Preferences in the schema's order of kinds (the server's order is not a promise). */
export function sortKinds<P extends { kind: NotificationKind }>(prefs: readonly P[]): P[] {
  const rank = (k: NotificationKind) => NOTIFICATION_KINDS.indexOf(k);
  return [...prefs].sort((a, b) => rank(a.kind) - rank(b.kind));
}
