import { describe, expect, it } from 'vitest';
import { languageName, territoryName } from './labels';
import { expandPlurals, plural, pluralCategory } from './plural';

describe('territoryName', () => {
  it('names the world and countries in the language of the page', () => {
    expect(territoryName('WORLD', 'fr')).toBe('Monde');
    expect(territoryName('WORLD', 'en')).toBe('World');
    expect(territoryName('FR', 'fr')).toBe('France');
    expect(territoryName('BE', 'fr')).toBe('Belgique');
    expect(territoryName('BE', 'en')).toBe('Belgium');
    expect(territoryName('de', 'en')).toBe('Germany');
  });
  it('keeps what it cannot name', () => {
    expect(territoryName('Europe francophone', 'fr')).toBe('Europe francophone');
    expect(territoryName('QQ', 'fr')).toBe('QQ');
  });
});

describe('languageName', () => {
  it('names languages', () => {
    expect(languageName('fr', 'fr')).toBe('français');
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('de', 'fr')).toBe('allemand');
  });
  it('keeps what is no language code', () => {
    expect(languageName('Sous-titres', 'fr')).toBe('Sous-titres');
  });
});

describe('plurals', () => {
  it('follows each language: 0 and 1 are singular in French, only 1 in English', () => {
    expect(pluralCategory('fr', 0)).toBe('one');
    expect(pluralCategory('fr', 1)).toBe('one');
    expect(pluralCategory('fr', 2)).toBe('other');
    expect(pluralCategory('en', 0)).toBe('other');
    expect(pluralCategory('en', 1)).toBe('one');
    expect(plural('fr', 1, 'ligne', 'lignes')).toBe('ligne');
    expect(plural('en', 0, 'line', 'lines')).toBe('lines');
  });
  it('expands plural blocks with # as the count, exact forms first', () => {
    const msg = '{n, plural, one {# livraison} other {# livraisons}}';
    expect(expandPlurals('fr', msg, { n: 0 })).toBe('0 livraison');
    expect(expandPlurals('fr', msg, { n: 1 })).toBe('1 livraison');
    expect(expandPlurals('fr', msg, { n: 12 })).toBe('12 livraisons');
    const en = '{n, plural, =0 {no deliveries} one {# delivery} other {# deliveries}}';
    expect(expandPlurals('en', en, { n: 0 })).toBe('no deliveries');
    expect(expandPlurals('en', en, { n: 1 })).toBe('1 delivery');
    expect(expandPlurals('en', en, { n: 3 })).toBe('3 deliveries');
  });
  it('handles two blocks and leaves a block without its count alone', () => {
    const msg = '{b, plural, one {# blocage} other {# blocages}}, {w, plural, one {# point} other {# points}} à vérifier';
    expect(expandPlurals('fr', msg, { b: 2, w: 1 })).toBe('2 blocages, 1 point à vérifier');
    expect(expandPlurals('fr', msg, { b: 2 })).toBe('2 blocages, {w, plural, one {# point} other {# points}} à vérifier');
  });
});
