import { describe, expect, it } from 'vitest';
import { FEATURES, getLang, setLang, translate } from './i18n';

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

  it('writes real plurals', () => {
    expect(translate('fr', 'delivery.count', { n: 1 })).toBe('1 livraison');
    expect(translate('fr', 'delivery.count', { n: 0 })).toBe('0 livraison');
    expect(translate('fr', 'delivery.count', { n: 8 })).toBe('8 livraisons');
    expect(translate('en', 'delivery.count', { n: 1 })).toBe('1 delivery');
    expect(translate('en', 'delivery.count', { n: 0 })).toBe('0 deliveries');
    expect(translate('fr', 'catalogue.imported', { n: 2, d: 1 })).toBe('2 lignes importées, 1 déjà présente.');
  });

  it('persists the chosen language and sets <html lang>', () => {
    setLang('en');
    expect(getLang()).toBe('en');
    expect(localStorage.getItem('postprod.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    setLang('fr');
  });
});

describe('the dictionaries', () => {
  const modules = Object.entries(FEATURES);

  it.each(modules)('%s: every French key has its English, and English has no other key', (_name, m) => {
    const fr = Object.keys(m.fr).sort();
    const en = Object.keys(m.en).sort();
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
  });

  it.each(modules)('%s: English keeps the placeholders of French', (_name, m) => {
    // A placeholder is `{n}` or the count of a plural block `{n, plural, …}` (lib/plural.ts).
    const holes = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort().join(' ');
    const fr = m.fr as Record<string, string>;
    const en = m.en as Record<string, string>;
    const differ = Object.keys(fr).filter((k) => k in en && holes(fr[k]) !== holes(en[k]));
    expect(differ).toEqual([]);
  });

  it('gives each key to one feature only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, m] of modules) {
      for (const k of Object.keys(m.fr)) {
        if (seen.has(k)) twice.push(`${k} (${seen.get(k)}, ${name})`);
        seen.set(k, name);
      }
    }
    expect(twice).toEqual([]);
  });
});
