// One technician: their details in the edit form, and the unavailability the coordinator
// declares for them (the technician declares their own on "Mon planning").
import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { todayParis } from '../../lib/dates';
import { canManage } from '../../lib/roles';
import { EmptyState, LoadingOrError } from '../../ui';
import { UnavailabilityForm, UnavailabilityList } from '../planning/Unavailability';
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
          <UnavailabilityList items={data.unavailabilities} onChanged={refresh} />
        )}
        {canManage(data.me.role) && (
          <UnavailabilityForm
            today={today}
            technicianId={x.id}
            testid="declare"
            class="card-form"
            heading={<h3>{t('resources.declareFor', { name: x.name })}</h3>}
            onDeclared={refresh}
          />
        )}
      </section>
    </main>
  );
}
