// A booking as the resource board shows it, and how it is placed and labelled.
import { graphql } from '../../gql';
import type { BoardBookingFragment } from '../../gql/graphql';
import { formatRange } from '../../lib/format';
import { type T } from '../../app/i18n';

export const BoardBookingDoc = graphql(`
  fragment BoardBooking on Booking {
    id
    startDate
    endDate
    from
    to
    status
    note
    days
    technician {
      id
      name
    }
    room {
      id
      name
    }
    task {
      id
      title
      production {
        id
        title
      }
    }
  }
`);

export type Booking = BoardBookingFragment;

export type Kind = 'technician' | 'room';

export type Mode = 'week' | 'month';

export interface Resource {
  kind: Kind;
  id: string;
  name: string;
  detail: string;
}

export function kindOf(b: Booking): Kind {
  return b.technician ? 'technician' : 'room';
}

export function resourceOf(b: Booking): string {
  return b.technician?.id ?? b.room?.id ?? '';
}

/** A stable hue per production, so that its bookings are recognised across rows. */
export function hue(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) % 360;
  return h;
}

export function bookingTitle(b: Booking, t: T, lang: 'fr' | 'en'): string {
  return [
    `${b.task.production.title} — ${b.task.title}`,
    b.technician?.name ?? b.room?.name ?? '',
    `${formatRange(b.startDate, b.endDate, lang)}, ${b.from}–${b.to}`,
    t(`bookingStatus.${b.status}`),
    b.note,
  ]
    .filter(Boolean)
    .join('\n');
}
