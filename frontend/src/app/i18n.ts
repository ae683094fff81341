import { useEffect, useState } from 'preact/hooks';
import * as app from './messages';
import * as ui from '../ui/i18n';
import * as auth from '../features/auth/i18n';
import * as productions from '../features/productions/i18n';
import * as planning from '../features/planning/i18n';
import * as slips from '../features/slips/i18n';
import * as dashboard from '../features/dashboard/i18n';
import * as deliveries from '../features/deliveries/i18n';
import * as catalogue from '../features/catalogue/i18n';
import * as portal from '../features/portal/i18n';
import * as admin from '../features/admin/i18n';
import * as resources from '../features/resources/i18n';
import * as notifications from '../features/notifications/i18n';
import * as quotes from '../features/quotes/i18n';
import * as invoices from '../features/invoices/i18n';
import { expandPlurals } from '../lib/plural';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
const STORAGE_KEY = 'postprod.lang';

/**
 * A feature's English: exactly the keys of its French (a missing key or an extra one is a
 * type error; i18n.test.ts checks the same at run time).
 */
export type Messages<Fr> = { [K in keyof Fr]: string };

/** Each feature's dictionaries, merged: French is the reference, its keys are the app's keys. */
export const FEATURES = { app, ui, auth, productions, planning, slips, dashboard, deliveries, catalogue, portal, admin, resources, notifications, quotes, invoices } as const;

const fr = { ...app.fr, ...ui.fr, ...auth.fr, ...productions.fr, ...planning.fr, ...slips.fr, ...dashboard.fr, ...deliveries.fr, ...catalogue.fr, ...portal.fr, ...admin.fr, ...resources.fr, ...notifications.fr, ...quotes.fr, ...invoices.fr };
export type Key = keyof typeof fr;
export type Dict = Record<Key, string>;
const en: Dict = { ...app.en, ...ui.en, ...auth.en, ...productions.en, ...planning.en, ...slips.en, ...dashboard.en, ...deliveries.en, ...catalogue.en, ...portal.en, ...admin.en, ...resources.en, ...notifications.en, ...quotes.en, ...invoices.en };

const dicts: Record<Lang, Dict> = { fr, en };

/**
 * Looks a key up in `lang`, then in French, then gives the key itself; plural blocks
 * (`{n, plural, one {…} other {…}}`, lib/plural.ts) and `{name}` placeholders are filled from `vars`.
 */
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const text = dicts[lang][key as Key] ?? fr[key as Key] ?? key;
  if (!vars) return text;
  return expandPlurals(lang, text, vars).replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

function readStored(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLang(v)) return v;
  } catch {
    // Storage can be unavailable (private mode, tests): French is the default anyway.
  }
  return 'fr';
}

let current: Lang = readStored();
const listeners = new Set<(l: Lang) => void>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted, but the switch still applies to this page.
  }
  document.documentElement.lang = lang;
  listeners.forEach((l) => l(lang));
}

export type T = (key: Key, vars?: Record<string, string | number>) => string;

/** The current language and a translator bound to it; re-renders the caller on a switch. */
export function useI18n(): { lang: Lang; t: T; setLang: (l: Lang) => void } {
  const [lang, setState] = useState(current);
  useEffect(() => {
    listeners.add(setState);
    setState(current);
    return () => {
      listeners.delete(setState);
    };
  }, []);
  return { lang, t: (key, vars) => translate(lang, key, vars), setLang };
}
