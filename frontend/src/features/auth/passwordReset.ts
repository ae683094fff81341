// "Mot de passe oublié": the checks made before asking the server, and the link's page.
import type { Key } from '../../app/i18n';
import { PASSWORD_MIN } from '../admin/accounts';

/** The problem with a new password typed twice, as { field, key }, or null when the server should accept it. */
export function newPasswordProblem(password: string, confirm: string): { field: 'password' | 'confirm'; key: Key } | null {
  // Counted in characters, not UTF-16 units, like the server.
  if ([...password].length < PASSWORD_MIN) return { field: 'password', key: 'reset.passwordShort' };
  if (password !== confirm) return { field: 'confirm', key: 'reset.mismatch' };
  return null;
}

/** The address as the form sends it, or null when the field is empty. */
export function resetEmail(typed: string): string | null {
  const email = typed.trim();
  return email === '' ? null : email;
}
