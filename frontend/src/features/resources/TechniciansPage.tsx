// The technicians of the organisation: a searchable list, each one a tap from its page, and
// the form that adds one.
import { useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { canManage } from '../../lib/roles';
import { useDebounced } from '../../lib/hooks';
import { EmptyState, LoadingOrError } from '../../ui';
import { Rate } from './Rate';
import { TechnicianForm } from './TechnicianForm';
import { EMPTY_TECHNICIAN } from './resources';
import './resources.css';

const PAGE = 50;

const TechniciansQuery = graphql(`
  query Technicians($first: Int!, $search: String) {
    me {
      role
    }
    technicians(first: $first, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...TechnicianFields
        }
      }
    }
  }
`);

export function TechniciansPage() {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [first, setFirst] = useState(PAGE);
  const applySearch = useDebounced(() => {
    setSearch(typed.trim());
    setFirst(PAGE);
  }, 250);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TechniciansQuery, variables: { first, search: search || null } });
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  if (data && !canManage(data.me.role)) {
    return (
      <main class="container">
        <h1>{t('resources.technicians')}</h1>
        <p class="error">{t('resources.forbidden')}</p>
      </main>
    );
  }
  const list = data?.technicians.edges.map((e) => e.node) ?? [];

  return (
    <main class="container resources-page">
      <div class="page-head">
        <h1>{t('resources.technicians')}</h1>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)} data-testid="technician-new-open">
            {t('resources.newTechnician')}
          </button>
        )}
      </div>
      {adding && (
        <section class="card-form">
          <h2>{t('resources.newTechnician')}</h2>
          <TechnicianForm
            initial={EMPTY_TECHNICIAN}
            onCancel={() => setAdding(false)}
            onDone={(x) => {
              setCreated(x.name);
              setAdding(false);
              reexecute({ requestPolicy: 'network-only' });
            }}
          />
        </section>
      )}
      {created && (
        <p class="ok" role="status">
          {t('resources.created', { name: created })}
        </p>
      )}
      <input
        type="search"
        value={typed}
        placeholder={t('resources.search')}
        aria-label={t('resources.search')}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          applySearch();
        }}
        data-testid="technician-search"
      />
      {!data ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : list.length === 0 ? (
        <EmptyState>{t(search ? 'resources.noMatch' : 'resources.noTechnicians')}</EmptyState>
      ) : (
        <>
          <ul class="rows resource-list" data-testid="technician-list">
            {list.map((x) => (
              <li key={x.id} data-testid="technician-item" data-technician-id={x.id}>
                <a class="grow" href={`/technicians/${x.id}`} onClick={linkTo(`/technicians/${x.id}`)}>
                  <strong>{x.name}</strong>
                  <small class="muted">
                    {x.functions.join(', ')} · {t(`employment.${x.employment}`)}
                  </small>
                </a>
                <Rate amount={x.dailyRate} per="day" />
              </li>
            ))}
          </ul>
          {data.technicians.pageInfo.hasNextPage && (
            <p>
              <span class="muted">{t('resources.count', { n: list.length, total: data.technicians.totalCount })}</span>{' '}
              <button type="button" class="secondary outline small" disabled={fetching} onClick={() => setFirst(Math.min(first + PAGE, 200))}>
                {t('resources.more')}
              </button>
            </p>
          )}
        </>
      )}
    </main>
  );
}
