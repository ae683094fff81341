import { describe, expect, it } from 'vitest';
import { INVITABLE_ROLES, PASSWORD_MIN, accountProblem, inviteAttachment, invitationLink, invitationToken, roleLabelKey } from './accounts';
import { translate } from '../../app/i18n';

describe('roleLabelKey', () => {
  it('names every invitable role in French', () => {
    expect(INVITABLE_ROLES.map((r) => translate('fr', roleLabelKey(r)))).toEqual([
      'Administrateur',
      'Coordination',
      'Production',
      'Technicien',
      'Ayant droit',
      'Comptabilité',
    ]);
  });

  it('has English labels too', () => {
    expect(translate('en', roleLabelKey('RIGHTS_HOLDER'))).toBe('Rights holder');
  });

  it('never offers the integration role to a person', () => {
    expect(INVITABLE_ROLES).not.toContain('INTEGRATION');
  });
});

describe('inviteAttachment', () => {
  it('asks a client for a producer and a technician record for a technician', () => {
    expect(inviteAttachment('PRODUCER')).toBe('client');
    expect(inviteAttachment('TECHNICIAN')).toBe('technician');
    expect(inviteAttachment('COORDINATOR')).toBeNull();
    expect(inviteAttachment('RIGHTS_HOLDER')).toBeNull();
  });
});

describe('invitation links', () => {
  it('builds the link from the origin and the token', () => {
    expect(invitationLink('https://post.example.fr', 'ppi_abc-_9')).toBe('https://post.example.fr/invitation/ppi_abc-_9');
    expect(invitationLink('https://post.example.fr/', 'a b')).toBe('https://post.example.fr/invitation/a%20b');
  });

  it('reads the token back from the path', () => {
    expect(invitationToken('/invitation/ppi_abc-_9')).toBe('ppi_abc-_9');
    expect(invitationToken('/invitation/a%20b/')).toBe('a b');
    expect(invitationToken('/invitation/')).toBeNull();
    expect(invitationToken('/invitation/a/b')).toBeNull();
    expect(invitationToken('/login')).toBeNull();
    expect(invitationToken('/invitation/%E0%A4%A')).toBeNull();
  });
});

describe('accountProblem', () => {
  it('requires a name', () => {
    expect(accountProblem('  ', 'long enough pw')).toEqual({ field: 'name', key: 'invitation.nameRequired' });
  });

  it(`requires a password of at least ${PASSWORD_MIN} characters`, () => {
    expect(accountProblem('Inès Garnier', '123456789')).toEqual({ field: 'password', key: 'invitation.passwordShort' });
    expect(accountProblem('Inès Garnier', '1234567890')).toBeNull();
  });

  it('counts characters, not UTF-16 units, like the server', () => {
    // Nine emoji are eighteen UTF-16 units but nine characters.
    expect(accountProblem('Inès', '😀'.repeat(9))?.field).toBe('password');
    expect(accountProblem('Inès', 'é'.repeat(10))).toBeNull();
  });

  it('states the rule in French', () => {
    expect(translate('fr', 'invitation.passwordRule')).toBe('Au moins 10 caractères.');
  });
});
