import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { nextStep, setupSteps } from './checklist';

const SetupQuery = graphql(`
  query SetupChecklist {
    clients(first: 0) {
      totalCount
    }
    technicians(first: 0) {
      totalCount
    }
    rooms(first: 0) {
      totalCount
    }
    bookings(first: 0) {
      totalCount
    }
    members(first: 0) {
      totalCount
    }
    productions(first: 1) {
      totalCount
      edges {
        node {
          id
          team {
            id
          }
          tasks {
            id
          }
        }
      }
    }
  }
`);

const hiddenKey = (org: string) => `postprod.setupHidden.${org}`;

/**
 * The first steps of a new organisation, ticked from its data, each a link to where it is
 * done. Shown to the managers until every step is done, or until they hide it.
 */
export function Checklist({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const [hidden, setHidden] = useState(() => {
    try {
      return localStorage.getItem(hiddenKey(organisationId)) === '1';
    } catch {
      return false;
    }
  });
  const [{ data }] = useQuery({ query: SetupQuery, pause: hidden, requestPolicy: 'cache-and-network' });
  if (hidden || !data) return null;
  const latest = data.productions.edges[0]?.node ?? null;
  const steps = setupSteps({
    clients: data.clients.totalCount,
    productions: data.productions.totalCount,
    technicians: data.technicians.totalCount,
    rooms: data.rooms.totalCount,
    latestProductionId: latest?.id ?? null,
    teamMembers: latest?.team.length ?? 0,
    tasks: latest?.tasks.length ?? 0,
    bookings: data.bookings.totalCount,
    members: data.members.totalCount,
  });
  const next = nextStep(steps);
  if (!next) return null;
  const done = steps.filter((s) => s.done).length;

  function hide() {
    try {
      localStorage.setItem(hiddenKey(organisationId), '1');
    } catch {
      // Not remembered: hidden for this visit only.
    }
    setHidden(true);
  }

  return (
    <section class="setup" data-testid="setup-checklist" aria-labelledby="setup-title">
      <div class="setup-head">
        <h2 id="setup-title">{t('setup.title')}</h2>
        <button type="button" class="secondary outline small" onClick={hide} data-testid="setup-hide">
          {t('setup.hide')}
        </button>
      </div>
      <p class="muted">
        {t('setup.intro')} {t('setup.progress', { done, total: steps.length })}
      </p>
      <ol>
        {steps.map((s) => (
          <li key={s.key} data-testid="setup-step" data-step={s.key} data-done={String(s.done)} data-next={String(s === next)}>
            <a href={s.path} onClick={linkTo(s.path)}>
              <span class="tick" aria-hidden="true">
                {s.done ? '✓' : ''}
              </span>
              <span class="label">{t(s.label)}</span>
              <span class="visually-hidden">{s.done ? t('setup.done') : t('setup.todo')}</span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
