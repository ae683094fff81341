// What each role may see and do in the app: the one place that lists roles. The server checks
// every permission again (internal/<domain>/policy.go); these only decide what the app offers.
import type { Role } from '../gql/graphql';

/** Every role, as typed constants (never string literals in the pages). */
export const ROLE = {
  ADMIN: 'ADMIN',
  COORDINATOR: 'COORDINATOR',
  PRODUCER: 'PRODUCER',
  TECHNICIAN: 'TECHNICIAN',
  RIGHTS_HOLDER: 'RIGHTS_HOLDER',
  ACCOUNTANT: 'ACCOUNTANT',
  INTEGRATION: 'INTEGRATION',
} as const satisfies Record<Role, Role>;

type MaybeRole = Role | null | undefined;

function oneOf(role: MaybeRole, roles: readonly Role[]): boolean {
  return role != null && roles.includes(role);
}

/** Plans, approves slips, edits the catalogue and the deliveries, manages the team: ADMIN and COORDINATOR. */
export function canManage(role: MaybeRole): boolean {
  return oneOf(role, [ROLE.ADMIN, ROLE.COORDINATOR]);
}

/** Reads everything of the organisation (deliveries board, catalogue): the managers, the accountant and integrations. */
export function isStaff(role: MaybeRole): boolean {
  return oneOf(role, [ROLE.ADMIN, ROLE.COORDINATOR, ROLE.ACCOUNTANT, ROLE.INTEGRATION]);
}

/** Sees costs and money of the organisation (rates, revenue imports, margins): ADMIN, COORDINATOR, ACCOUNTANT. */
export function seesCosts(role: MaybeRole): boolean {
  return oneOf(role, [ROLE.ADMIN, ROLE.COORDINATOR, ROLE.ACCOUNTANT]);
}

/** Sees only the productions they work on, pay for or hold rights in. */
export function seesOwnOnly(role: MaybeRole): boolean {
  return oneOf(role, [ROLE.TECHNICIAN, ROLE.PRODUCER, ROLE.RIGHTS_HOLDER]);
}

/** Only administrators change the team and its API tokens; coordinators read it. */
export function canAdminister(role: MaybeRole): boolean {
  return role === ROLE.ADMIN;
}
