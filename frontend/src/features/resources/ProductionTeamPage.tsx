// A production's team (its own tab): who works on it, in which function, at which day rate;
// the planners add, edit and remove members. Rates show only to those who see costs.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { linkTo } from '../../lib/navigation';
import { canManage, seesCosts } from '../../lib/roles';
import { EmptyState, ErrorMessage, FieldError, LoadingOrError, invalidIf, type FieldProblem } from '../../ui';
import { LiveBadge } from '../../ui/LiveBadge';
import { ProductionTabs } from '../productions/ProductionTabs';
import { Rate } from './Rate';
import { EMPTY_TEAM, amountForInput, teamInput, type TeamField, type TeamValues } from './resources';
import './resources.css';

const TeamQuery = graphql(`
  query ProductionTeam($id: ID!) {
    me {
      role
    }
    production(id: $id) {
      id
      title
      team {
        id
        function
        dailyRate
        note
        technician {
          id
          name
        }
      }
    }
  }
`);

const TeamTechniciansQuery = graphql(`
  query TeamTechnicians {
    technicians(first: 200) {
      edges {
        node {
          id
          name
          functions
          dailyRate
        }
      }
    }
  }
`);

const AddMemberMutation = graphql(`
  mutation AddTeamMember($productionId: ID!, $input: TeamMemberInput!) {
    addTeamMember(productionId: $productionId, input: $input) {
      id
    }
  }
`);

const UpdateMemberMutation = graphql(`
  mutation UpdateTeamMember($id: ID!, $input: TeamMemberInput!) {
    updateTeamMember(id: $id, input: $input) {
      id
      function
      dailyRate
      note
      technician {
        id
        name
      }
    }
  }
`);

const RemoveMemberMutation = graphql(`
  mutation RemoveTeamMember($id: ID!) {
    removeTeamMember(id: $id)
  }
`);

type Tech = { id: string; name: string; functions: string[]; dailyRate?: string | null };

export function ProductionTeamPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TeamQuery, variables: { id } });
  const manage = canManage(data?.me.role);
  const [{ data: techData }] = useQuery({ query: TeamTechniciansQuery, pause: !manage });
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removeState, remove] = useMutation(RemoveMemberMutation);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const fmt = (amount: string) => formatMoney(amount, lang);

  const p = data?.production;
  if (!p) {
    return (
      <main class="container">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.back')}
        </a>
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }
  const costs = seesCosts(data.me.role);
  const techs: Tech[] = techData?.technicians.edges.map((e) => e.node) ?? [];

  return (
    <main class="container resources-page">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.back')}
        </a>
        <LiveBadge />
      </nav>
      <h1 data-testid="production-title">{p.title}</h1>
      <ProductionTabs id={id} current="team" />
      <h2>
        {t('team.title')} <small class="muted">({p.team.length})</small>
      </h2>
      {p.team.length === 0 ? (
        <EmptyState>{t('team.empty')}</EmptyState>
      ) : (
        <ul class="rows resource-list" data-testid="team-list">
          {p.team.map((m) =>
            editing === m.id ? (
              <li key={m.id} class="editing" data-testid="team-item" data-member-id={m.id}>
                <TeamMemberForm
                  formatRate={fmt}
                  memberId={m.id}
                  technicians={techs}
                  initial={{ technicianId: m.technician.id, function: m.function, dailyRate: amountForInput(m.dailyRate, lang), note: m.note }}
                  onCancel={() => setEditing(null)}
                  onDone={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={m.id} data-testid="team-item" data-member-id={m.id}>
                <span class="grow">
                  <strong>{m.technician.name}</strong>
                  <small class="muted">
                    {m.function}
                    {m.note && <> · {m.note}</>}
                  </small>
                </span>
                {costs && <Rate amount={m.dailyRate} per="day" />}
                {manage &&
                  (confirming === m.id ? (
                    <span class="confirm-row">
                      <span>{t('team.confirmRemove', { name: m.technician.name, function: m.function })}</span>
                      <button type="button" class="secondary small" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                      <button
                        type="button"
                        class="small danger"
                        disabled={removeState.fetching}
                        data-testid="team-remove-confirm"
                        onClick={async () => {
                          const res = await remove({ id: m.id });
                          if (!res.error) {
                            setConfirming(null);
                            refresh();
                          }
                        }}
                      >
                        {t('team.remove')}
                      </button>
                    </span>
                  ) : (
                    <span class="row-actions">
                      <button type="button" class="secondary outline small" onClick={() => setEditing(m.id)} data-testid="team-edit">
                        {t('resources.edit')}
                      </button>
                      <button type="button" class="secondary outline small" onClick={() => setConfirming(m.id)} data-testid="team-remove">
                        {t('team.remove')}
                      </button>
                    </span>
                  ))}
              </li>
            ),
          )}
        </ul>
      )}
      <ErrorMessage error={removeState.error} />
      {manage && (
        <section class="card-form">
          <h2>{t('team.add')}</h2>
          {techData && techs.length === 0 ? (
            <p>
              {t('team.noTechnicians')}{' '}
              <a href="/technicians" onClick={linkTo('/technicians')}>
                {t('team.manageTechnicians')}
              </a>
            </p>
          ) : (
            <TeamMemberForm formatRate={fmt} productionId={id} technicians={techs} initial={EMPTY_TEAM} onDone={refresh} />
          )}
        </section>
      )}
    </main>
  );

}

function TeamMemberForm({
  productionId,
  memberId,
  technicians,
  initial,
  onDone,
  onCancel,
  formatRate,
}: {
  productionId?: string;
  memberId?: string;
  technicians: Tech[];
  initial: TeamValues;
  onDone: () => void;
  onCancel?: () => void;
  formatRate: (amount: string) => string;
}) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<FieldProblem | null>(null);
  const [addState, add] = useMutation(AddMemberMutation);
  const [updateState, update] = useMutation(UpdateMemberMutation);
  const busy = addState.fetching || updateState.fetching;
  const prefix = memberId ? 'team-edit' : 'team-new';
  const tech = technicians.find((x) => x.id === v.technicianId);

  function set<K extends TeamField>(field: K, value: TeamValues[K]) {
    setV((old) => ({ ...old, [field]: value }));
    if (error?.field === field) setError(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = teamInput(v);
    if ('field' in checked) {
      setError({ field: checked.field, message: t(checked.key) });
      return;
    }
    const res = memberId ? await update({ id: memberId, input: checked.input }) : await add({ productionId: productionId!, input: checked.input });
    if (res.data) {
      if (!memberId) setV(initial);
      onDone();
      return;
    }
    const err = fieldError(res.error);
    setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
  }

  return (
    <form onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
      <div class="form-grid">
        <label>
          {t('team.technician')}
          <select
            value={v.technicianId}
            {...invalidIf('technicianId', error)}
            onChange={(e) => {
              const id = e.currentTarget.value;
              set('technicianId', id);
              // The technician's first function is the likeliest one on this production.
              const picked = technicians.find((x) => x.id === id);
              if (picked && !v.function.trim()) set('function', picked.functions[0] ?? '');
            }}
            data-testid={`${prefix}-technician`}
          >
            <option value="">{t('team.chooseTechnician')}</option>
            {technicians.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <FieldError name="technicianId" error={error} testId={`${prefix}-error-technicianId`} />
        </label>
        <label>
          {t('team.function')}
          <input value={v.function} list={`${prefix}-functions`} {...invalidIf('function', error)} onInput={(e) => set('function', e.currentTarget.value)} data-testid={`${prefix}-function`} />
          <datalist id={`${prefix}-functions`}>
            {(tech?.functions ?? []).map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
          <FieldError name="function" error={error} testId={`${prefix}-error-function`} />
        </label>
        <label>
          {t('team.dailyRate')}
          <span class="unit-input">
            <input inputMode="decimal" value={v.dailyRate} {...invalidIf('dailyRate', error)} onInput={(e) => set('dailyRate', e.currentTarget.value)} data-testid={`${prefix}-dailyRate`} />
            <span class="unit">{t('resources.perDay')}</span>
          </span>
          {tech?.dailyRate != null && !v.dailyRate.trim() && <small class="muted">{t('team.rateHint', { amount: formatRate(tech.dailyRate) })}</small>}
          <FieldError name="dailyRate" error={error} testId={`${prefix}-error-dailyRate`} />
        </label>
        <label>
          {t('team.note')}
          <input value={v.note} maxLength={500} onInput={(e) => set('note', e.currentTarget.value)} data-testid={`${prefix}-note`} />
          <FieldError name="note" error={error} />
        </label>
      </div>
      <FieldError name="" error={error} testId={`${prefix}-error`} />
      <div class="form-buttons">
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" disabled={busy} aria-busy={busy} data-testid={`${prefix}-submit`}>
          {t(memberId ? 'resources.save' : 'team.add')}
        </button>
      </div>
    </form>
  );
}
