// The booking form, in a dialog: books a technician or a room on a task (from an empty slot of
// the resource board or of a task's row in the Gantt), or edits a booking: days, person or
// room, hours, pencilled or confirmed, note; or cancels it (kept in the history).
import { useMemo, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { BookingStatus } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { fieldError, type ErrorLike } from '../../lib/errors';
import { formatRange } from '../../lib/format';
import { FieldError, invalidIf, type FieldProblem } from '../../ui';
import { BOOKING_STATUSES, bookingInput, bookingMoveInput, type BookingField, type BookingValues, type ResourceKind } from './planForms';
import { kindOf, resourceOf, type Booking } from './boardBooking';

const BookingResourcesQuery = graphql(`
  query BookingResources {
    technicians(first: 200) {
      edges {
        node {
          id
          name
          functions
        }
      }
    }
    rooms(first: 200) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

const BookingTasksQuery = graphql(`
  query BookingTasks {
    productions(first: 100) {
      edges {
        node {
          id
          title
          tasks {
            id
            title
            startDate
            endDate
            episode {
              id
              number
            }
          }
        }
      }
    }
  }
`);

const CreateBookingMutation = graphql(`
  mutation CreateBooking($input: BookingInput!) {
    createBooking(input: $input) {
      ...BoardBooking
    }
  }
`);

const EditBookingMutation = graphql(`
  mutation EditBooking($id: ID!, $input: BookingMoveInput!) {
    moveBooking(id: $id, input: $input) {
      ...BoardBooking
    }
  }
`);

const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!) {
    setBookingStatus(id: $id, status: CANCELLED) {
      ...BoardBooking
    }
  }
`);

const FIELD_OF: Record<string, BookingField> = { technicianId: 'resourceId', roomId: 'resourceId' };

export type BookingDialogMode =
  | { kind: 'create'; values: BookingValues; task?: { id: string; label: string; startDate: string; endDate: string } }
  | { kind: 'edit'; booking: Booking };

function valuesOf(b: Booking): BookingValues {
  return {
    taskId: b.task.id,
    kind: kindOf(b),
    resourceId: resourceOf(b),
    startDate: b.startDate,
    endDate: b.endDate,
    from: b.from,
    to: b.to,
    status: b.status === 'CANCELLED' ? 'CONFIRMED' : b.status,
    note: b.note,
  };
}

export function BookingDialog({ mode, onClose, onSaved }: { mode: BookingDialogMode; onClose: () => void; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const editing = mode.kind === 'edit' ? mode.booking : null;
  const fixedTask = mode.kind === 'create' ? mode.task : null;
  const [v, setV] = useState<BookingValues>(() => (mode.kind === 'edit' ? valuesOf(mode.booking) : mode.values));
  const [error, setError] = useState<FieldProblem | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [{ data: res }] = useQuery({ query: BookingResourcesQuery });
  const [{ data: taskData }] = useQuery({ query: BookingTasksQuery, pause: !!editing || !!fixedTask });
  const [createState, create] = useMutation(CreateBookingMutation);
  const [editState, edit] = useMutation(EditBookingMutation);
  const [cancelState, cancel] = useMutation(CancelBookingMutation);
  const busy = createState.fetching || editState.fetching || cancelState.fetching;
  const prefix = editing ? 'booking-edit' : 'booking-new';

  const options = useMemo(() => {
    if (v.kind === 'technician') return (res?.technicians.edges ?? []).map(({ node }) => ({ id: node.id, label: `${node.name} — ${node.functions.join(', ')}` }));
    return (res?.rooms.edges ?? []).map(({ node }) => ({ id: node.id, label: `${node.name} — ${t(`roomKind.${node.kind}`)}` }));
  }, [res, v.kind, lang]);
  const productions = taskData?.productions.edges.map((e) => e.node).filter((p) => p.tasks.length > 0) ?? [];
  const chosenTask = productions.flatMap((p) => p.tasks).find((x) => x.id === v.taskId);
  const taskRange = fixedTask ?? chosenTask ?? null;

  function set<K extends keyof BookingValues>(field: K, value: BookingValues[K]) {
    setV((old) => ({ ...old, [field]: value }));
    if (error?.field === field || (field === 'kind' && error?.field === 'resourceId')) setError(null);
  }

  function fail(e: ErrorLike | undefined) {
    const err = fieldError(e);
    const field = err?.field ? (FIELD_OF[err.field] ?? err.field) : '';
    setError({ field, message: err?.message || t('common.error') });
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (editing) {
      const checked = bookingMoveInput(v);
      if ('field' in checked) return setError({ field: checked.field, message: t(checked.key) });
      const r = await edit({ id: editing.id, input: checked.input });
      if (!r.data) return fail(r.error);
    } else {
      const checked = bookingInput(v);
      if ('field' in checked) return setError({ field: checked.field, message: t(checked.key) });
      const r = await create({ input: checked.input });
      if (!r.data) return fail(r.error);
    }
    onSaved();
  }

  async function doCancel() {
    if (!editing) return;
    const r = await cancel({ id: editing.id });
    if (!r.data) return fail(r.error);
    onSaved();
  }

  const errorOf = (field: BookingField) => <FieldError name={field} error={error} testId={`${prefix}-error-${field}`} />;
  const known = new Set(['taskId', 'resourceId', 'startDate', 'endDate', 'from', 'to', 'note', '']);

  return (
    <dialog open class="plan-dialog" data-testid="booking-dialog" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <article>
        <header>
          <strong>{editing ? t('booking.editTitle') : t('booking.new')}</strong>
          {editing && (
            <p class="muted">
              {editing.task.production.title} — {editing.task.title}
            </p>
          )}
          {fixedTask && <p class="muted">{fixedTask.label}</p>}
        </header>
        <form onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
          {!editing && !fixedTask && (
            <label>
              {t('booking.task')}
              <select value={v.taskId} {...invalidIf('taskId', error)} onChange={(e) => set('taskId', e.currentTarget.value)} data-testid="booking-task">
                <option value="">{t('booking.chooseTask')}</option>
                {productions.map((p) => (
                  <optgroup key={p.id} label={p.title}>
                    {p.tasks.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.episode ? `${t('planning.episodeShort', { n: x.episode.number })} · ` : ''}
                        {x.title} ({formatRange(x.startDate, x.endDate, lang)})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              {errorOf('taskId')}
            </label>
          )}
          {taskRange && (
            <p class="muted small-print" data-testid="booking-task-range">
              {t('booking.taskDates', { range: formatRange(taskRange.startDate, taskRange.endDate, lang) })}
            </p>
          )}
          {!editing && (
            <div class="segmented" role="group" aria-label={t('booking.kind')}>
              {(['technician', 'room'] as ResourceKind[]).map((k) => (
                <button
                  key={k}
                  type="button"
                  class="small"
                  aria-pressed={v.kind === k}
                  onClick={() => {
                    if (v.kind !== k) setV((old) => ({ ...old, kind: k, resourceId: '' }));
                  }}
                  data-testid={`booking-kind-${k}`}
                >
                  {t(k === 'technician' ? 'booking.kindTechnician' : 'booking.kindRoom')}
                </button>
              ))}
            </div>
          )}
          <label>
            {t(v.kind === 'technician' ? 'board.technician' : 'board.room')}
            <select value={v.resourceId} {...invalidIf('resourceId', error)} onChange={(e) => set('resourceId', e.currentTarget.value)} data-testid="booking-resource">
              <option value="">{t('booking.choose')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
            {errorOf('resourceId')}
          </label>
          <div class="grid-2 dates">
            <label>
              {t('booking.start')}
              <input
                type="date"
                value={v.startDate}
                {...invalidIf('startDate', error)}
                onInput={(e) => {
                  const d = e.currentTarget.value;
                  set('startDate', d);
                  if (d > v.endDate) set('endDate', d);
                }}
                data-testid="booking-start"
              />
              {errorOf('startDate')}
            </label>
            <label>
              {t('booking.end')}
              <input type="date" value={v.endDate} min={v.startDate} {...invalidIf('endDate', error)} onInput={(e) => set('endDate', e.currentTarget.value)} data-testid="booking-end" />
              {errorOf('endDate')}
            </label>
          </div>
          <div class="grid-2">
            <label>
              {t('booking.from')}
              <input type="time" value={v.from} {...invalidIf('from', error)} onInput={(e) => set('from', e.currentTarget.value)} data-testid="booking-from" />
              {errorOf('from')}
            </label>
            <label>
              {t('booking.to')}
              <input type="time" value={v.to} {...invalidIf('to', error)} onInput={(e) => set('to', e.currentTarget.value)} data-testid="booking-to" />
              {errorOf('to')}
            </label>
          </div>
          <label>
            {t('board.status')}
            <select value={v.status} onChange={(e) => set('status', e.currentTarget.value as BookingStatus)} data-testid="booking-status">
              {BOOKING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`bookingStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('booking.note')}
            <input value={v.note} maxLength={500} onInput={(e) => set('note', e.currentTarget.value)} data-testid="booking-note" />
            {errorOf('note')}
          </label>
          <FieldError name="" error={error} testId={`${prefix}-error`} />
          {error && !known.has(error.field) && (
            <p class="error" role="alert">
              {error.message}
            </p>
          )}
          {editing && editing.status !== 'CANCELLED' && (
            <div class="cancel-booking">
              {confirmCancel ? (
                <>
                  <span>{t('booking.confirmCancel')}</span>
                  <button type="button" class="secondary small" onClick={() => setConfirmCancel(false)}>
                    {t('booking.keep')}
                  </button>
                  <button type="button" class="small danger" disabled={busy} onClick={doCancel} data-testid="booking-cancel-confirm">
                    {t('booking.cancelBooking')}
                  </button>
                </>
              ) : (
                <button type="button" class="secondary outline small" onClick={() => setConfirmCancel(true)} data-testid="booking-cancel">
                  {t('booking.cancelBooking')}
                </button>
              )}
            </div>
          )}
          <footer class="dialog-buttons">
            <button type="button" class="secondary" onClick={onClose}>
              {t('common.close')}
            </button>
            <button type="submit" disabled={busy} aria-busy={busy} data-testid="booking-submit">
              {editing ? t('booking.save') : t('booking.create')}
            </button>
          </footer>
        </form>
      </article>
    </dialog>
  );
}
