// Codes shown as words: territories by their country names, languages by their names,
// through the browser's own tables (Intl.DisplayNames), in the user's language.
import type { Lang } from '../app/i18n';

const WORLD: Record<Lang, string> = { fr: 'Monde', en: 'World' };
const regions: Partial<Record<Lang, Intl.DisplayNames | null>> = {};
const languages: Partial<Record<Lang, Intl.DisplayNames | null>> = {};

function names(cache: typeof regions, lang: Lang, type: 'region' | 'language'): Intl.DisplayNames | null {
  if (!(lang in cache)) {
    try {
      cache[lang] = new Intl.DisplayNames([lang === 'fr' ? 'fr-FR' : 'en-GB'], { type, fallback: 'none' });
    } catch {
      cache[lang] = null; // an old browser: the code is better than nothing
    }
  }
  return cache[lang] ?? null;
}

/** A territory as people say it: "WORLD" → "Monde", "FR" → "France", "BE" → "Belgique"; an unknown code as is. */
export function territoryName(code: string, lang: Lang = 'fr'): string {
  const c = code.trim().toUpperCase();
  if (c === 'WORLD' || c === 'WW') return WORLD[lang];
  if (!/^[A-Z]{2}$|^\d{3}$/.test(c)) return code;
  return names(regions, lang, 'region')?.of(c) ?? code;
}

/** A language by its name: "fr" → "français" ("French"); an unknown code as is. */
export function languageName(code: string, lang: Lang = 'fr'): string {
  const c = code.trim();
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(c)) return code;
  try {
    return names(languages, lang, 'language')?.of(c) ?? code;
  } catch {
    return code;
  }
}
