import type { Key, Lang, T } from '../../app/i18n';

/** A count in words: `base.zero` (when the feature has one), `base.one` or `base.other` — never "(s)". */
export function plural(t: T, lang: Lang, base: string, n: number, hasZero = false): string {
  const form = n === 0 && hasZero ? 'zero' : n === 1 ? 'one' : 'other';
  return t(`${base}.${form}` as Key, { n: n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB') });
}
