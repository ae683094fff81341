import { useEffect, useState } from 'preact/hooks';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
const STORAGE_KEY = 'postprod.lang';

// French is the reference: every key exists here, and its type is the dictionary's type.
const fr = {
  'app.name': 'postprod',
  'lang.switch': 'English',
  'lang.switchLabel': 'Passer en anglais',
  'login.title': 'Connexion',
  'login.email': 'Adresse e-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.pending': 'Connexion…',
  'common.loading': 'Chargement…',
  'common.error': 'Une erreur est survenue.',
  'common.back': 'Productions',
  'common.none': '—',
  'home.logout': 'Se déconnecter',
  'home.productions': 'Productions',
  'home.myProductions': 'Mes productions',
  'home.count': '{n} production(s)',
  'home.empty': 'Aucune production pour le moment.',
  'home.deadline': 'Livraison',
  'production.details': 'Fiche',
  'production.kind': 'Type',
  'production.status': 'Statut',
  'production.client': 'Client',
  'production.director': 'Réalisation',
  'production.spec': 'Cahier des charges',
  'production.runtime': 'Durée',
  'production.minutes': '{n} min',
  'production.frameRate': 'Cadence',
  'production.resolution': 'Résolution',
  'production.colourSpace': 'Espace colorimétrique',
  'production.audioLayout': 'Configuration audio',
  'production.deadline': 'Date de livraison',
  'production.isan': 'ISAN',
  'production.notes': 'Notes',
  'production.episodes': 'Épisodes',
  'production.noEpisodes': 'Aucun épisode.',
  'production.team': 'Équipe',
  'production.noTeam': 'Personne dans l’équipe.',
  'production.dailyRate': 'Tarif jour',
  'production.updatedAt': 'Mis à jour le {at}',
  'live.connected': 'En direct',
  'live.connecting': 'Connexion…',
  'live.offline': 'Hors ligne',
  'role.ADMIN': 'Administration',
  'role.COORDINATOR': 'Coordination de post-production',
  'role.PRODUCER': 'Production',
  'role.TECHNICIAN': 'Technicien·ne',
  'role.RIGHTS_HOLDER': 'Ayant droit',
  'role.ACCOUNTANT': 'Comptabilité',
  'role.INTEGRATION': 'Intégration',
  'kind.FEATURE_FILM': 'Long métrage',
  'kind.TV_FICTION': 'Fiction TV',
  'kind.TV_SERIES': 'Série TV',
  'kind.DOCUMENTARY': 'Documentaire',
  'kind.MAGAZINE': 'Magazine',
  'kind.ANIMATION': 'Animation',
  'kind.GAME': 'Jeu',
  'kind.OTHER': 'Autre',
  'status.PREPARATION': 'Préparation',
  'status.IN_POST': 'En post-production',
  'status.DELIVERED': 'Livré',
  'status.CLOSED': 'Clôturé',
};

export type Key = keyof typeof fr;
export type Dict = Record<Key, string>;

// A missing English entry falls back to French rather than showing a raw key.
const en: Partial<Dict> = {
  'lang.switch': 'Français',
  'lang.switchLabel': 'Switch to French',
  'login.title': 'Sign in',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.pending': 'Signing in…',
  'common.loading': 'Loading…',
  'common.error': 'Something went wrong.',
  'common.back': 'Productions',
  'home.logout': 'Sign out',
  'home.productions': 'Productions',
  'home.myProductions': 'My productions',
  'home.count': '{n} production(s)',
  'home.empty': 'No productions yet.',
  'home.deadline': 'Delivery',
  'production.details': 'Details',
  'production.kind': 'Kind',
  'production.status': 'Status',
  'production.client': 'Client',
  'production.director': 'Director',
  'production.spec': 'Technical spec',
  'production.runtime': 'Runtime',
  'production.minutes': '{n} min',
  'production.frameRate': 'Frame rate',
  'production.resolution': 'Resolution',
  'production.colourSpace': 'Colour space',
  'production.audioLayout': 'Audio layout',
  'production.deadline': 'Delivery date',
  'production.notes': 'Notes',
  'production.episodes': 'Episodes',
  'production.noEpisodes': 'No episodes.',
  'production.team': 'Team',
  'production.noTeam': 'Nobody on the team yet.',
  'production.dailyRate': 'Daily rate',
  'production.updatedAt': 'Updated {at}',
  'live.connected': 'Live',
  'live.connecting': 'Connecting…',
  'live.offline': 'Offline',
  'role.ADMIN': 'Administrator',
  'role.COORDINATOR': 'Post-production coordinator',
  'role.PRODUCER': 'Producer',
  'role.TECHNICIAN': 'Technician',
  'role.RIGHTS_HOLDER': 'Rights holder',
  'role.ACCOUNTANT': 'Accountant',
  'role.INTEGRATION': 'Integration',
  'kind.FEATURE_FILM': 'Feature film',
  'kind.TV_FICTION': 'TV drama',
  'kind.TV_SERIES': 'TV series',
  'kind.DOCUMENTARY': 'Documentary',
  'kind.MAGAZINE': 'Magazine',
  'kind.ANIMATION': 'Animation',
  'kind.GAME': 'Game',
  'kind.OTHER': 'Other',
  'status.PREPARATION': 'Preparation',
  'status.IN_POST': 'In post',
  'status.DELIVERED': 'Delivered',
  'status.CLOSED': 'Closed',
};

const dicts: Record<Lang, Partial<Dict>> = { fr, en };

/** Looks a key up in `lang`, then in French, then gives the key itself; `{name}` placeholders are filled from `vars`. */
export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const text = dicts[lang][key as Key] ?? fr[key as Key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
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
