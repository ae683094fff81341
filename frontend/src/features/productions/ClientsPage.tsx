import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n, type Key } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { linkTo, navigate } from '../../lib/navigation';
import { canManage } from '../../lib/roles';
import { EmptyState, FieldError, Loading, LoadingOrError, type FieldProblem } from '../../ui';
import { CLIENT_FIELDS, EMPTY_CLIENT, clientFormValues, clientInput, type ClientField, type ClientFormValues } from './clientForm';
import { lastListPath } from './listState';
import { plural } from './plural';
import './productions.css';

export const ClientDetailDoc = graphql(`
  fragment ClientDetail on Client {
    id
    name
    legalName
    siret
    vatNumber
    address
    contactEmail
  }
`);

const ClientsQuery = graphql(`
  query ClientsPage {
    me {
      role
    }
    clients(first: 200) {
      totalCount
      edges {
        node {
          ...ClientDetail
        }
      }
    }
  }
`);

const ClientQuery = graphql(`
  query ClientEdit($id: ID!) {
    client(id: $id) {
      ...ClientDetail
    }
  }
`);

const CreateClientMutation = graphql(`
  mutation CreateClientForm($input: ClientInput!) {
    createClient(input: $input) {
      ...ClientDetail
    }
  }
`);

const UpdateClientMutation = graphql(`
  mutation UpdateClientForm($id: ID!, $input: ClientInput!) {
    updateClient(id: $id, input: $input) {
      ...ClientDetail
    }
  }
`);

/** The organisation's clients with their legal details; a manager creates and edits them. */
export function ClientsPage() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ClientsQuery, requestPolicy: 'cache-and-network' });
  const back = lastListPath();
  return (
    <main class="container">
      <nav class="crumbs">
        <a href={back} onClick={linkTo(back)} data-testid="back-link">
          {t('list.back')}
        </a>
      </nav>
      <h1>{t('clients.title')}</h1>
      {!data ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          {canManage(data.me.role) && (
            <nav class="page-actions">
              <a href="/clients/new" onClick={linkTo('/clients/new')} role="button" data-testid="new-client">
                {t('clients.new')}
              </a>
            </nav>
          )}
          <p class="muted">{plural(t, lang, 'clients.count', data.clients.totalCount)}</p>
          {data.clients.edges.length === 0 ? (
            <EmptyState>{t('clients.empty')}</EmptyState>
          ) : (
            <ul class="client-rows">
              {data.clients.edges.map(({ node: c }) => (
                <li key={c.id} data-testid="client-row" data-client-id={c.id}>
                  <a href={`/clients/${c.id}`} onClick={linkTo(`/clients/${c.id}`)}>
                    <strong>{c.name}</strong>
                    <small>{[c.legalName, c.siret && `SIRET ${c.siret}`, c.contactEmail].filter(Boolean).join(' · ') || '—'}</small>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </main>
  );
}

/** /clients/new and /clients/:id: a client's legal details, with the server's errors on their fields. */
export function ClientFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ClientQuery, variables: { id: id ?? '' }, pause: !id });
  let initial: ClientFormValues | null = id ? null : EMPTY_CLIENT;
  if (id && data) initial = clientFormValues(data.client);
  return (
    <main class="container">
      <nav class="crumbs">
        <a href="/clients" onClick={linkTo('/clients')} data-testid="back-link">
          {t('clients.back')}
        </a>
      </nav>
      <h1>{id ? (data ? t('client.editTitle', { name: data.client.name }) : '') : t('clients.new')}</h1>
      {initial ? <ClientForm key={id ?? 'new'} id={id} initial={initial} /> : fetching ? <Loading /> : <LoadingOrError fetching={false} error={error} />}
    </main>
  );
}

function ClientForm({ id, initial }: { id?: string; initial: ClientFormValues }) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<FieldProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [createState, create] = useMutation(CreateClientMutation);
  const [updateState, update] = useMutation(UpdateClientMutation);
  const busy = createState.fetching || updateState.fetching;
  const prefix = id ? 'client-edit' : 'client-new';

  function set(field: ClientField, value: string) {
    setV((old) => ({ ...old, [field]: value }));
    setSaved(false);
    if (error?.field === field) setError(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = clientInput(v);
    if ('field' in checked) {
      setError({ field: checked.field, message: t(checked.key) });
      return;
    }
    setError(null);
    const res = id ? await update({ id, input: checked.input }) : await create({ input: checked.input });
    const client = res.data && ('updateClient' in res.data ? res.data.updateClient : 'createClient' in res.data ? res.data.createClient : null);
    if (client) {
      if (id) {
        setV(clientFormValues(client));
        setSaved(true);
        return;
      }
      // Creating the client was the first step of a production: go on to it, this client chosen.
      const next = new URLSearchParams(location.search).get('next');
      navigate(next === 'production' ? `/productions/new?client=${encodeURIComponent(client.id)}` : '/clients');
      return;
    }
    const err = fieldError(res.error);
    setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
  }

  const input = (f: ClientField, label: Key, opts: { hint?: Key; type?: string; mode?: string; auto?: string } = {}) => (
    <label>
      {t(label)}
      <input
        type={opts.type ?? 'text'}
        inputMode={opts.mode as 'numeric' | undefined}
        autocomplete={opts.auto}
        value={v[f]}
        required={f === 'name'}
        aria-invalid={error?.field === f ? true : undefined}
        onInput={(e) => set(f, e.currentTarget.value)}
        data-testid={`${prefix}-${f}`}
      />
      <FieldError name={f} error={error} testId={`${prefix}-error-${f}`} />
      {opts.hint && error?.field !== f && <small class="muted">{t(opts.hint)}</small>}
    </label>
  );

  return (
    <form class="edit-form" onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
      <div class="form-grid">
        {input('name', 'client.name', { hint: 'client.nameHint', auto: 'organization' })}
        {input('legalName', 'client.legalName')}
        {input('siret', 'client.siret', { hint: 'client.siretHint', mode: 'numeric' })}
        {input('vatNumber', 'client.vatNumber')}
        {input('contactEmail', 'client.contactEmail', { type: 'email', auto: 'email' })}
      </div>
      <label>
        {t('client.address')}
        <textarea
          rows={3}
          value={v.address}
          aria-invalid={error?.field === 'address' ? true : undefined}
          onInput={(e) => set('address', e.currentTarget.value)}
          data-testid={`${prefix}-address`}
        />
        <FieldError name="address" error={error} testId={`${prefix}-error-address`} />
      </label>
      {error && !(CLIENT_FIELDS as readonly string[]).includes(error.field) && (
        <p class="error" role="alert" data-testid={`${prefix}-error`}>
          {error.message}
        </p>
      )}
      {saved && (
        <p class="notice" role="status" data-testid="client-saved">
          {t('client.saved')}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy} data-testid={`${prefix}-submit`}>
          {id ? t('client.save') : t('client.create')}
        </button>
        <a href="/clients" onClick={linkTo('/clients')}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}
