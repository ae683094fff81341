import { describe, expect, it } from 'vitest';
import { newPasswordProblem, resetEmail } from './passwordReset';

describe('newPasswordProblem', () => {
  it.each([
    ['', '', 'password', 'reset.passwordShort'],
    ['court', 'court', 'password', 'reset.passwordShort'],
    // Ten characters, not ten UTF-16 units: "é" composed counts once.
    ['ééééééééé', 'ééééééééé', 'password', 'reset.passwordShort'],
    ['un-bon-mot-de-passe', 'un-bon-mot-de-passe ', 'confirm', 'reset.mismatch'],
    ['un-bon-mot-de-passe', '', 'confirm', 'reset.mismatch'],
  ])('%j / %j → %s', (password, confirm, field, key) => {
    expect(newPasswordProblem(password, confirm)).toEqual({ field, key });
  });

  it('accepts ten characters typed twice', () => {
    expect(newPasswordProblem('😀😀😀😀😀😀😀😀😀😀', '😀😀😀😀😀😀😀😀😀😀')).toBeNull();
    expect(newPasswordProblem('Automne-2026', 'Automne-2026')).toBeNull();
  });
});

describe('resetEmail', () => {
  it('trims, and says when nothing was typed', () => {
    expect(resetEmail('  ines@exemple.fr ')).toBe('ines@exemple.fr');
    expect(resetEmail('   ')).toBeNull();
  });
});
