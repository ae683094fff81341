// One technician: their details in the edit form, and the unavailability the coordinator
// declares for them (the technician declares their own on "Mon planning").
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { UnavailabilityKind } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { todayParis } from '../../lib/dates';
import { formatRange } from '../../lib/format';
import { canManage } from '../../lib/roles';
import { EmptyState, ErrorMessage, LoadingOrError } from '../../ui';
import { TechnicianForm } from './TechnicianForm';
import { Rate } from './Rate';
import { amountForInput } from './resources';
import './resources.css';

const TechnicianQuery = graphql(`
  query Technician($id: ID!, $from: Date!) {
    me {
      role
    }
    technician(id: $id) {
      ...TechnicianFields
    }
    unavailabilities(technicianId: $id, from: $from) {
      id
      startDate
      endDate
      kind
      reason
    }
  }
`);

const DeclareForMutation = graphql(`
  mutation DeclareUnavailabilityFor($input: UnavailabilityInput!) {
    declareUnavailability(input: $input) {
      id
    }
  }
`);

const DeleteForMutation = graphql(`
  mutation DeleteUnavailabilityFor($id: ID!) {
    deleteUnavailability(id: $id)
  }
`);

const KINDS: readonly UnavailabilityKind[] = ['DAY_OFF', 'OTHER_JOB', 'SICK', 'OTHER'];

export function TechnicianPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const today = todayParis();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TechnicianQuery, variables: { id, from: today } });
  const [saved, setSaved] = useState(false);
  const back = (
    <nav class="crumbs">
      <a href="/technicians" onClick={linkTo('/technicians')}>
        ← {t('resources.backToTechnicians')}
      </a>
    </nav>
  );
  if (!data) {
    return (
      <main class="container">
        {back}
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }
  const x = data.technician;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <main class="container resources-page">
      {back}
      <h1 data-testid="technician-name">{x.name}</h1>
      <p class="muted">
        {x.functions.join(', ')} · {t(`employment.${x.employment}`)} · <Rate amount={x.dailyRate} per="day" /> · <Rate amount={x.hourlyRate} per="hour" />
      </p>
      {canManage(data.me.role) && (
        <section class="card-form">
          <TechnicianForm
            key={x.id}
            technicianId={x.id}
            initial={{
              name: x.name,
              functions: x.functions.join(', '),
              skills: x.skills,
              employment: x.employment,
              hourlyRate: amountForInput(x.hourlyRate, lang),
              dailyRate: amountForInput(x.dailyRate, lang),
              email: x.email,
              phone: x.phone,
            }}
            onDone={() => setSaved(true)}
          />
          {saved && (
            <p class="ok" role="status" data-testid="technician-saved">
              {t('resources.saved')}
            </p>
          )}
        </section>
      )}
      <section>
        <h2>{t('resources.unavailabilities')}</h2>
        {data.unavailabilities.length === 0 ? (
          <EmptyState>{t('resources.noUnavailabilities')}</EmptyState>
        ) : (
          <ul class="rows">
            {data.unavailabilities.map((u) => (
              <UnavailabilityRow key={u.id} id={u.id} onDeleted={refresh}>
                {formatRange(u.startDate, u.endDate, lang)} · {t(`unavailability.${u.kind}`)}
                {u.reason && <small class="muted"> — {u.reason}</small>}
              </UnavailabilityRow>
            ))}
          </ul>
        )}
        {canManage(data.me.role) && <DeclareForm technicianId={x.id} name={x.name} today={today} onDone={refresh} />}
      </section>
    </main>
  );
}

function UnavailabilityRow({ id, onDeleted, children }: { id: string; onDeleted: () => void; children: ComponentChildren }) {
  const { t } = useI18n();
  const [state, remove] = useMutation(DeleteForMutation);
  return (
    <li data-testid="unavailability-item">
      <span class="grow">{children}</span>
      <button
        type="button"
        class="secondary outline small"
        disabled={state.fetching}
        onClick={async () => {
          const res = await remove({ id });
          if (!res.error) onDeleted();
        }}
      >
        {t('common.delete')}
      </button>
      <ErrorMessage error={state.error} />
    </li>
  );
}

function DeclareForm({ technicianId, name, today, onDone }: { technicianId: string; name: string; today: string; onDone: () => void }) {
  const { t } = useI18n();
  const [state, declare] = useMutation(DeclareForMutation);
  const [startDate, setStart] = useState(today);
  const [endDate, setEnd] = useState(today);
  const [kind, setKind] = useState<UnavailabilityKind>('DAY_OFF');
  const [reason, setReason] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    const res = await declare({ input: { technicianId, startDate, endDate, kind, reason: reason.trim() || null } });
    if (!res.error) {
      setReason('');
      onDone();
    }
  }

  return (
    <form onSubmit={submit} class="card-form" data-testid="declare-form">
      <h3>{t('resources.declareFor', { name })}</h3>
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
            data-testid="declare-start"
          />
        </label>
        <label>
          {t('schedule.to')}
          <input type="date" required min={startDate} value={endDate} onInput={(e) => setEnd(e.currentTarget.value)} data-testid="declare-end" />
        </label>
      </div>
      <label>
        {t('schedule.kind')}
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as UnavailabilityKind)} data-testid="declare-kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`unavailability.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('schedule.reason')}
        <input type="text" maxLength={500} value={reason} onInput={(e) => setReason(e.currentTarget.value)} data-testid="declare-reason" />
      </label>
      <button type="submit" disabled={state.fetching} aria-busy={state.fetching} data-testid="declare-submit">
        {t('schedule.declare')}
      </button>
      <ErrorMessage error={state.error} />
    </form>
  );
}
