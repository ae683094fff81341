// Unavailability, as the technician declares their own on "Mon planning" and the coordinator
// declares it for a technician on their page: one list and one form serve both.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { UnavailabilityKind } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { formatRange } from '../../lib/format';
import { ErrorMessage } from '../../ui';

const DeclareUnavailabilityMutation = graphql(`
  mutation DeclareUnavailability($input: UnavailabilityInput!) {
    declareUnavailability(input: $input) {
      id
      startDate
      endDate
      kind
      reason
    }
  }
`);

const DeleteUnavailabilityMutation = graphql(`
  mutation DeleteUnavailability($id: ID!) {
    deleteUnavailability(id: $id)
  }
`);

const KINDS: readonly UnavailabilityKind[] = ['DAY_OFF', 'OTHER_JOB', 'SICK', 'OTHER'];

export interface UnavailabilityItem {
  id: string;
  startDate: string;
  endDate: string;
  kind: UnavailabilityKind;
  reason?: string | null;
}

/** The unavailability ahead, each with its delete button; onChanged runs after a deletion. */
export function UnavailabilityList({ items, onChanged }: { items: readonly UnavailabilityItem[]; onChanged: () => void }) {
  return (
    <ul class="rows">
      {items.map((u) => (
        <UnavailabilityRow key={u.id} u={u} onDeleted={onChanged} />
      ))}
    </ul>
  );
}

function UnavailabilityRow({ u, onDeleted }: { u: UnavailabilityItem; onDeleted: () => void }) {
  const { t, lang } = useI18n();
  const [state, remove] = useMutation(DeleteUnavailabilityMutation);
  return (
    <li data-testid="unavailability-item">
      <span class="grow">
        {formatRange(u.startDate, u.endDate, lang)} · {t(`unavailability.${u.kind}`)}
        {u.reason && <small class="muted"> — {u.reason}</small>}
      </span>
      <button
        type="button"
        class="secondary outline small"
        disabled={state.fetching}
        onClick={async () => {
          const res = await remove({ id: u.id });
          if (!res.error) onDeleted();
        }}
      >
        {t('common.delete')}
      </button>
      <ErrorMessage error={state.error} />
    </li>
  );
}

interface FormProps {
  today: string;
  /** Whose unavailability: none for the signed-in technician's own. */
  technicianId?: string;
  /** Prefix of the fields' data-testid (`${testid}-start`, -end, -kind, -reason, -submit, -form). */
  testid: string;
  class: string;
  heading?: ComponentChildren;
  /** Shown once a declaration is saved, until the next submit. */
  confirmation?: string;
  onDeclared: () => void;
}

/** The form declaring an unavailability: its dates, kind and reason. */
export function UnavailabilityForm({ today, technicianId, testid, class: cls, heading, confirmation, onDeclared }: FormProps) {
  const { t } = useI18n();
  const [state, declare] = useMutation(DeclareUnavailabilityMutation);
  const [startDate, setStart] = useState(today);
  const [endDate, setEnd] = useState(today);
  const [kind, setKind] = useState<UnavailabilityKind>('DAY_OFF');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    const res = await declare({ input: { technicianId, startDate, endDate, kind, reason: reason.trim() || null } });
    if (!res.error) {
      setDone(true);
      setReason('');
      onDeclared();
    }
  }

  return (
    <form onSubmit={submit} class={cls} data-testid={`${testid}-form`}>
      {heading}
      <div class="grid-2 dates">
        <label>
          {t('schedule.from')}
          <input
            type="date"
            required
            value={startDate}
            onInput={(e) => {
              const v = e.currentTarget.value;
              setStart(v);
              if (v > endDate) setEnd(v);
            }}
            data-testid={`${testid}-start`}
          />
        </label>
        <label>
          {t('schedule.to')}
          <input type="date" required min={startDate} value={endDate} onInput={(e) => setEnd(e.currentTarget.value)} data-testid={`${testid}-end`} />
        </label>
      </div>
      <label>
        {t('schedule.kind')}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as UnavailabilityKind)} data-testid={`${testid}-kind`}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`unavailability.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('schedule.reason')}
        <input type="text" maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} data-testid={`${testid}-reason`} />
      </label>
      <button type="submit" disabled={state.fetching} aria-busy={state.fetching} data-testid={`${testid}-submit`}>
        {t('schedule.declare')}
      </button>
      <ErrorMessage error={state.error} />
      {confirmation && done && !state.error && (
        <p class="ok" role="status">
          {confirmation}
        </p>
      )}
    </form>
  );
}
