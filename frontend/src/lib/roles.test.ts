import { describe, expect, it } from 'vitest';
import type { Role } from '../gql/graphql';
import { ROLE, canAdminister, canManage, isStaff, seesCosts, seesOwnOnly } from './roles';

const ALL = Object.values(ROLE) as Role[];
const who = (f: (r: Role) => boolean) => ALL.filter(f);

describe('roles', () => {
  it('names every role once', () => {
    expect(new Set(ALL).size).toBe(7);
  });
  it('gives each helper the roles of the domain rules', () => {
    expect(who(canManage)).toEqual(['ADMIN', 'COORDINATOR']);
    expect(who(isStaff)).toEqual(['ADMIN', 'COORDINATOR', 'ACCOUNTANT', 'INTEGRATION']);
    expect(who(seesCosts)).toEqual(['ADMIN', 'COORDINATOR', 'ACCOUNTANT']);
    expect(who(seesOwnOnly)).toEqual(['PRODUCER', 'TECHNICIAN', 'RIGHTS_HOLDER']);
    expect(who(canAdminister)).toEqual(['ADMIN']);
  });
  it('refuses an unknown role (not loaded yet)', () => {
    expect(canManage(undefined)).toBe(false);
    expect(isStaff(null)).toBe(false);
  });
});
