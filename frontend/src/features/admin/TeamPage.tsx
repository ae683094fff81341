import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { INVITABLE_ROLES, inviteAttachment, invitationLink, roleLabelKey } from './accounts';
import { fieldError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { DateText, EmptyState, FieldError, LoadingOrError } from '../../ui';
import { ROLE, canAdminister, canManage } from '../../lib/roles';

const TeamQuery = graphql(`
  query Team {
    me {
      role
    }
    members(first: 200) {
      totalCount
      edges {
        node {
          id
          role
          createdAt
          user {
            id
            name
            email
          }
          client {
            id
            name
          }
          technician {
            id
            name
          }
        }
      }
    }
  }
`);

const InviteClientsQuery = graphql(`
  query InviteClients {
    clients(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const InviteTechniciansQuery = graphql(`
  query InviteTechnicians {
    technicians(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      expiresAt
      token
    }
  }
`);

const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      token
      apiToken {
        id
        name
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      name
      revokedAt
    }
  }
`);


/** /admin/users: the organisation's members; for an administrator, invitations and API tokens too. */
export function TeamPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: TeamQuery });

  return (
    <main class="container admin-page">
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
      </nav>
      <h1>{t('admin.title')}</h1>
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : !canManage(data.me.role) ? (
        <p class="error" data-testid="admin-forbidden">
          {t('admin.forbidden')}
        </p>
      ) : (
        <>
          {canAdminister(data.me.role) ? <InviteForm /> : <p class="muted small-print">{t('admin.readOnly')}</p>}
          <section aria-labelledby="members-title">
            <h2 id="members-title">{t('admin.members')}</h2>
            <p class="muted" data-testid="member-count">
              {t('admin.memberCount', { n: data.members.totalCount })}
            </p>
            <ul class="member-list" data-testid="members">
              {data.members.edges.map(({ node: m }) => (
                <li key={m.id} data-testid="member-row" data-role={m.role}>
                  <div class="member-who">
                    <strong>{m.user.name}</strong>
                    <small class="muted">{m.user.email}</small>
                  </div>
                  <div class="member-role">
                    <span class="badge">{t(roleLabelKey(m.role))}</span>
                    {m.client && <small class="muted">{t('admin.clientOf', { name: m.client.name })}</small>}
                    {m.technician && <small class="muted">{t('admin.technicianOf', { name: m.technician.name })}</small>}
                  </div>
                </li>
              ))}
            </ul>
          </section>
          {canAdminister(data.me.role) && <ApiTokens />}
        </>
      )}
    </main>
  );
}

/** The button that copies a shown secret; without the clipboard API, selects it for a manual copy. */
function CopyField({ value, label, testId }: { value: string; label: string; testId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      input?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  }
  return (
    <div class="copy-row">
      <input type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} aria-label={label} data-testid={testId} />
      <button type="button" class="small" onClick={copy} data-testid={`${testId}-copy`}>
        {copied ? t('admin.copied') : t('admin.copy')}
      </button>
    </div>
  );
}

function InviteForm() {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(ROLE.COORDINATOR);
  const [clientId, setClientId] = useState('');
  const [technicianId, setTechnicianId] = useState('');
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [state, invite] = useMutation(InviteUserMutation);
  const [invitation, setInvitation] = useState<{ email: string; role: Role; expiresAt: string; link: string } | null>(null);
  // Opened again after « Inviter une autre personne »; never closed by a render (the summary does that).
  const [again, setAgain] = useState(false);
  const attachment = inviteAttachment(role);
  const [clients] = useQuery({ query: InviteClientsQuery, pause: attachment !== 'client' });
  const [technicians] = useQuery({ query: InviteTechniciansQuery, pause: attachment !== 'technician' });

  async function submit(e: Event) {
    e.preventDefault();
    setError(null);
    const res = await invite({
      input: {
        email: email.trim(),
        role,
        clientId: attachment === 'client' ? clientId || null : null,
        technicianId: attachment === 'technician' ? technicianId || null : null,
      },
    });
    const inv = res.data?.inviteUser;
    if (inv?.token) {
      setInvitation({ email: inv.email, role: inv.role, expiresAt: inv.expiresAt, link: invitationLink(location.origin, inv.token) });
      setEmail('');
      setClientId('');
      setTechnicianId('');
      return;
    }
    const err = fieldError(res.error);
    setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
  }

  const errorOf = (field: string) => <FieldError name={field} error={error} testId={`invite-error-${field}`} />;
  const known = ['email', 'role', 'clientId', 'technicianId'];

  if (invitation) {
    return (
      <section class="card-form" aria-labelledby="invite-title" data-testid="invitation-created">
        <h2 id="invite-title">{t('admin.invite')}</h2>
        <p class="ok" role="status">
          {t('admin.invited', { email: invitation.email, role: t(roleLabelKey(invitation.role)) })}
        </p>
        <CopyField value={invitation.link} label={t('admin.inviteLink')} testId="invitation-link" />
        <p class="small-print" data-testid="invitation-expiry">
          {t('admin.inviteExplain', { at: formatDateTime(invitation.expiresAt, lang) })}
        </p>
        <button type="button" class="secondary small" onClick={() => {
            setInvitation(null);
            setAgain(true);
          }} data-testid="invite-another">
          {t('admin.inviteAnother')}
        </button>
      </section>
    );
  }

  return (
    <details class="card-form" open={again || undefined}>
      <summary data-testid="invite-open">{t('admin.invite')}</summary>
      <form onSubmit={submit} noValidate data-testid="invite-form">
        <div class="form-grid">
          <label>
            {t('admin.inviteEmail')}
            <input
              type="email"
              inputMode="email"
              autocomplete="off"
              required
              value={email}
              aria-invalid={error?.field === 'email' ? true : undefined}
              onInput={(e) => setEmail(e.currentTarget.value)}
              data-testid="invite-email"
            />
            {errorOf('email')}
          </label>
          <label>
            {t('admin.inviteRole')}
            <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role)} data-testid="invite-role">
              {INVITABLE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(roleLabelKey(r))}
                </option>
              ))}
            </select>
            {errorOf('role')}
          </label>
          {attachment === 'client' && (
            <label>
              {t('admin.inviteClient')}
              <select
                value={clientId}
                aria-invalid={error?.field === 'clientId' ? true : undefined}
                onChange={(e) => setClientId(e.currentTarget.value)}
                data-testid="invite-client"
              >
                <option value="">{t('admin.chooseClient')}</option>
                {clients.data?.clients.edges.map(({ node: c }) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {errorOf('clientId')}
            </label>
          )}
          {attachment === 'technician' && (
            <label>
              {t('admin.inviteTechnician')}
              <select
                value={technicianId}
                aria-invalid={error?.field === 'technicianId' ? true : undefined}
                onChange={(e) => setTechnicianId(e.currentTarget.value)}
                data-testid="invite-technician"
              >
                <option value="">{t('admin.chooseTechnician')}</option>
                {technicians.data?.technicians.edges.map(({ node: tech }) => (
                  <option key={tech.id} value={tech.id}>
                    {tech.name}
                  </option>
                ))}
              </select>
              {errorOf('technicianId')}
            </label>
          )}
        </div>
        {error && !known.includes(error.field) && (
          <p class="error" role="alert" data-testid="invite-error">
            {error.message}
          </p>
        )}
        <button type="submit" class="small" disabled={state.fetching || !email.trim()} aria-busy={state.fetching} data-testid="invite-submit">
          {t('admin.inviteSubmit')}
        </button>
      </form>
    </details>
  );
}

function ApiTokens() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiTokensQuery });
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [createState, create] = useMutation(CreateApiTokenMutation);
  const [, revoke] = useMutation(RevokeApiTokenMutation);

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    const res = await create({ name: name.trim() });
    const out = res.data?.createApiToken;
    if (out) {
      setCreated({ name: out.apiToken.name, token: out.token });
      setName('');
      reexecute({ requestPolicy: 'network-only' });
    } else {
      setMessage({ ok: false, text: describeError(res.error, t) });
    }
  }

  async function onRevoke(id: string, tokenName: string) {
    if (!confirm(t('admin.confirmRevoke', { name: tokenName }))) return;
    setMessage(null);
    const res = await revoke({ id });
    setMessage(res.data ? { ok: true, text: t('admin.revoked', { name: tokenName }) } : { ok: false, text: describeError(res.error, t) });
  }

  const list = data?.apiTokens ?? [];
  return (
    <section aria-labelledby="tokens-title" data-testid="api-tokens">
      <h2 id="tokens-title">{t('admin.tokens')}</h2>
      <p class="muted small-print">{t('admin.tokensHint')}</p>
      {created && (
        <div class="notice token-once" role="status" data-testid="token-created">
          <p>
            <strong>{t('admin.tokenValue', { name: created.name })}</strong>
            <br />
            {t('admin.tokenOnce')}
          </p>
          <CopyField value={created.token} label={t('admin.tokenValue', { name: created.name })} testId="token-value" />
          <button type="button" class="secondary outline small" onClick={() => setCreated(null)} data-testid="token-dismiss">
            {t('common.close')}
          </button>
        </div>
      )}
      <form class="inline-row" onSubmit={submit} noValidate data-testid="token-form">
        <label>
          {t('admin.newToken')}
          <input
            value={name}
            placeholder={t('admin.tokenNamePlaceholder')}
            maxLength={100}
            onInput={(e) => setName(e.currentTarget.value)}
            data-testid="token-name"
          />
        </label>
        <button type="submit" class="small" disabled={createState.fetching || !name.trim()} aria-busy={createState.fetching} data-testid="token-create">
          {t('admin.createToken')}
        </button>
      </form>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="token-message">
          {message.text}
        </p>
      )}
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : list.length === 0 ? (
        <EmptyState>{t('admin.noTokens')}</EmptyState>
      ) : (
        <ul class="member-list token-list">
          {list.map((tok) => (
            <li key={tok.id} data-testid="token-row" data-revoked={tok.revokedAt ? 'true' : 'false'} class={tok.revokedAt ? 'revoked' : undefined}>
              <div class="member-who">
                <strong>{tok.name}</strong>
                <small class="muted">
                  {t('admin.tokenCreated')} <DateText time={tok.createdAt} /> · {t('admin.tokenLastUsed')} :{' '}
                  {tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, lang) : t('admin.tokenNever')}
                </small>
              </div>
              <div class="member-role">
                {tok.revokedAt ? (
                  <span class="badge token-revoked" data-testid="token-state">
                    {t('admin.tokenRevoked', { at: formatDateTime(tok.revokedAt, lang) })}
                  </span>
                ) : (
                  <>
                    <span class="badge token-active" data-testid="token-state">
                      {t('admin.tokenActive')}
                    </span>
                    <button type="button" class="secondary outline small" onClick={() => onRevoke(tok.id, tok.name)} data-testid="token-revoke">
                      {t('admin.revoke')}
                    </button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
