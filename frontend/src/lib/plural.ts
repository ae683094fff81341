// Real plurals in translated messages: "{n, plural, one {# livraison} other {# livraisons}}"
// picks the form of `n` by the language's rules (Intl.PluralRules: in French 0 and 1 are
// singular, in English only 1), "#" standing for the number. A form holds no braces.
import type { Lang } from '../app/i18n';

const rules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The plural category of a count in a language: "one", "other"… */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  return (rules[lang] ??= new Intl.PluralRules(lang === 'fr' ? 'fr-FR' : 'en-GB')).select(n);
}

/** One of two forms by the count: `plural('fr', 2, 'ligne', 'lignes')` → "lignes". */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  return pluralCategory(lang, n) === 'one' ? one : other;
}

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/** Expands each plural block of a message with the counts in `vars`; a block without its count is left as is. */
export function expandPlurals(lang: Lang, text: string, vars: Record<string, string | number>): string {
  return text.replace(PLURAL, (whole, name: string, body: string) => {
    if (!(name in vars)) return whole;
    const n = Number(vars[name]);
    const forms = new Map<string, string>();
    for (const m of body.matchAll(FORM)) forms.set(m[1], m[2]);
    const form = forms.get(`=${n}`) ?? forms.get(Number.isFinite(n) ? pluralCategory(lang, n) : 'other') ?? forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(vars[name]));
  });
}
