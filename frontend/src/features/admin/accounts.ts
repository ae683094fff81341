// The team page and invitations: role labels, the invitation link, the password rule.
import type { Role } from '../../gql/graphql';
import type { Key } from '../../app/i18n';
import { matchRoute } from '../../app/routes';
import { ROLE } from '../../lib/roles';

/** The roles a person can be invited with (INTEGRATION is for API tokens only). */
export const INVITABLE_ROLES: readonly Role[] = [ROLE.ADMIN, ROLE.COORDINATOR, ROLE.PRODUCER, ROLE.TECHNICIAN, ROLE.RIGHTS_HOLDER, ROLE.ACCOUNTANT];

/** The i18n key of a role's short label on the team page (« Administrateur », « Coordination »…). */
export function roleLabelKey(role: Role): Key {
  return `admin.role.${role}` as Key;
}

/** What an invitation for this role must be attached to: a producer to a client, a technician to their record. */
export function inviteAttachment(role: Role): 'client' | 'technician' | null {
  if (role === ROLE.PRODUCER) return 'client';
  if (role === ROLE.TECHNICIAN) return 'technician';
  return null;
}

/** The page that accepts an invitation, to be sent to the person. */
export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/invitation/${encodeURIComponent(token)}`;
}

/** The token of an /invitation/<token> path (the route table's), or null for another path. */
export function invitationToken(path: string): string | null {
  const m = matchRoute(path);
  return m?.name === 'invitation' ? m.params.token : null;
}

/** The server's rule (internal/validate): at least 10 characters. */
export const PASSWORD_MIN = 10;

/** The problem with a new account's name and password as an i18n key, or null when the server should accept them. */
export function accountProblem(name: string, password: string): { field: 'name' | 'password'; key: Key } | null {
  if (!name.trim()) return { field: 'name', key: 'invitation.nameRequired' };
  // Counted in characters, not UTF-16 units, like the server.
  if ([...password].length < PASSWORD_MIN) return { field: 'password', key: 'invitation.passwordShort' };
  return null;
}
