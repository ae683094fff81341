import { describe, expect, it } from 'vitest';
import { getLang, setLang, translate } from './i18n';

describe('translate', () => {
  it('speaks French by default', () => {
    expect(getLang()).toBe('fr');
    expect(translate('fr', 'login.submit')).toBe('Se connecter');
    expect(translate('fr', 'status.IN_POST')).toBe('En post-production');
  });

  it('translates into English', () => {
    expect(translate('en', 'login.submit')).toBe('Sign in');
  });

  it('falls back to French for a key English lacks', () => {
    // 'production.isan' is the same word in both languages, so English does not repeat it.
    expect(translate('en', 'production.isan')).toBe('ISAN');
    expect(translate('en', 'app.name')).toBe('postprod');
  });

  it('falls back to the key itself when no language has it', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('fills placeholders', () => {
    expect(translate('fr', 'production.minutes', { n: 52 })).toBe('52 min');
  });

  it('persists the chosen language and sets <html lang>', () => {
    setLang('en');
    expect(getLang()).toBe('en');
    expect(localStorage.getItem('postprod.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    setLang('fr');
  });
});
