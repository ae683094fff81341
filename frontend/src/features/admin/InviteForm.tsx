// The form that invites a person: the server mails them the link, in the language chosen here;
// the link is still shown, to pass on by hand if the mail does not arrive.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { LANGS, type Lang } from '../../app/i18n';
import { INVITABLE_ROLES, inviteAttachment, invitationLink, roleLabelKey } from './accounts';
import { fieldError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { FieldError } from '../../ui';
import { ROLE } from '../../lib/roles';
import { CopyField } from './CopyField';
import './invite.css';

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

export function InviteForm() {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(ROLE.COORDINATOR);
  const [clientId, setClientId] = useState('');
  const [technicianId, setTechnicianId] = useState('');
  // The invitee's language is not the admin's; the app's current one is only a first guess.
  const [locale, setLocale] = useState<Lang>(lang);
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
        locale,
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
  const known = ['email', 'role', 'clientId', 'technicianId', 'locale'];

  if (invitation) {
    return (
      <section class="card-form" aria-labelledby="invite-title" data-testid="invitation-created">
        <h2 id="invite-title">{t('admin.invite')}</h2>
        <p class="ok" role="status" data-testid="invitation-sent">
          {t('admin.invited', { email: invitation.email, role: t(roleLabelKey(invitation.role)) })}
        </p>
        <p class="small-print" data-testid="invitation-expiry">
          {t('admin.inviteExplain', { at: formatDateTime(invitation.expiresAt, lang) })}
        </p>
        <div class="invite-fallback">
          <p class="small-print muted">{t('admin.inviteFallback')}</p>
          <CopyField value={invitation.link} label={t('admin.inviteLink')} testId="invitation-link" />
        </div>
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
          <label>
            {t('admin.inviteLocale')}
            <select value={locale} onChange={(e) => setLocale(e.currentTarget.value as Lang)} data-testid="invite-locale">
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`admin.locale.${l}`)}
                </option>
              ))}
            </select>
            {errorOf('locale')}
          </label>
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
