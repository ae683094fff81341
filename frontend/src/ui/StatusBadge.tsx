import type { BookingStatus, DeliveryItemStatus, DeliveryStatus, DistributionRunStatus, ProductionStatus, QuoteStatus, SlipStatus, TaskStatus } from '../gql/graphql';
import { useI18n, type Key } from '../app/i18n';

interface StatusOf {
  production: ProductionStatus;
  delivery: DeliveryStatus;
  deliveryItem: DeliveryItemStatus;
  slip: SlipStatus;
  booking: BookingStatus;
  schedule: BookingStatus;
  task: TaskStatus;
  run: DistributionRunStatus;
  quote: QuoteStatus;
}
export type StatusKind = keyof StatusOf;

// The translation prefix and the style class of each kind of status.
const STYLES: Record<StatusKind, { key: string; cls: string }> = {
  production: { key: 'status.', cls: 'status-' },
  delivery: { key: 'delivery.status.', cls: 'dstatus dstatus-' },
  deliveryItem: { key: 'delivery.itemStatus.', cls: 'istatus-' },
  slip: { key: 'slip.status.', cls: 'slip-status-' },
  booking: { key: 'bookingStatus.', cls: 'booking-' },
  schedule: { key: 'scheduleStatus.', cls: 'booking-' },
  task: { key: 'taskStatus.', cls: 'task-status-' },
  run: { key: 'catalogue.runStatus.', cls: 'run-status run-status-' },
  quote: { key: 'quote.status.', cls: 'qstatus qstatus-' },
};

/** The i18n key of a status label: never show the raw code (IN_POST) to a person. */
export function statusLabelKey<K extends StatusKind>(kind: K, status: StatusOf[K]): Key {
  return `${STYLES[kind].key}${status}` as Key;
}

/** A status as a coloured, translated badge; the raw code is in data-status for styles and tests. */
export function StatusBadge<K extends StatusKind>({ kind, status, testId }: { kind: K; status: StatusOf[K]; testId?: string }) {
  const { t } = useI18n();
  return (
    <span class={`badge ${STYLES[kind].cls}${status.toLowerCase()}`} data-status={status} data-testid={testId}>
      {t(statusLabelKey(kind, status))}
    </span>
  );
}
