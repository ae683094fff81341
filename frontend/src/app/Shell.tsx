import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../gql';
import { currentUser, readOfflineData, writeOfflineData } from '../features/slips/offlineData';
import { useLogout } from '../features/auth/useLogout';
import { Bell } from '../features/notifications/Bell';
import { linkTo } from '../lib/navigation';
import { Icon } from '../ui/Icon';
import { useI18n } from './i18n';
import { StatusBanner } from './StatusBanner';
import { currentItem, navFor, type NavItem, type NavKey } from './nav';
import type { RouteName } from './routes';
import './shell.css';

const ShellQuery = graphql(`
  query Shell {
    me {
      ...Viewer
    }
  }
`);

/** A <details> menu that closes on a click elsewhere and on Escape. */
function useDismiss() {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  return ref;
}

function LangSwitch() {
  const { lang, t, setLang } = useI18n();
  const other = lang === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" class="secondary outline small" lang={other} aria-label={t('lang.switchLabel')} onClick={() => setLang(other)} data-testid="lang-switch">
      {t('lang.switch')}
    </button>
  );
}

function UserMenu({ name, detail, more, current }: { name: string; detail: string; more: NavItem[]; current: NavKey | null }) {
  const { t } = useI18n();
  const { logout, busy } = useLogout();
  const ref = useDismiss();
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return (
    <details class="shell-menu user-menu" ref={ref}>
      <summary class="shell-icon-button avatar" aria-label={t('shell.userMenu', { name })} title={name} data-testid="user-menu">
        {initials || '?'}
      </summary>
      <div class="shell-dropdown">
        <p class="user-name">
          <strong>{name}</strong>
          <small class="muted">{detail}</small>
        </p>
        {more.map((i) => (
          <a key={i.key} class="phone-only menu-link" href={i.path} onClick={linkTo(i.path)} aria-current={i.key === current ? 'page' : undefined} data-testid={`menu-${i.key}`}>
            <Icon name={i.icon} />
            {t(`nav.${i.key}`)}
          </a>
        ))}
        <LangSwitch />
        <button type="button" class="secondary small" onClick={logout} disabled={busy} data-testid="shell-logout">
          {t('home.logout')}
        </button>
      </div>
    </details>
  );
}

/**
 * The frame of every signed-in page: the top bar (brand, navigation on a wide screen,
 * notifications' bell, user menu) and, on a phone, the same navigation as a bottom bar.
 */
export function Shell({ route, signedIn, children }: { route: RouteName | null; signedIn: boolean; children: ComponentChildren }) {
  const { t } = useI18n();
  const [{ data }] = useQuery({ query: ShellQuery, pause: !signedIn });
  const me = data?.me;
  const user = signedIn ? currentUser() : null;
  // Kept so that the installed app, started without a network, still offers its navigation.
  useEffect(() => {
    if (me) writeOfflineData(user, { me: { role: me.role, name: me.user?.name ?? me.organisation.name } });
  }, [me?.role, me?.user?.name, user]);
  const who = me ? { role: me.role, name: me.user?.name ?? me.organisation.name } : signedIn ? readOfflineData(user)?.me : null;
  const items = navFor(who?.role);
  const current = currentItem(items, route);
  // A single destination (a producer's productions, a holder's portal) needs no bar: the brand leads there.
  const bar = items.length > 1;

  return (
    <div class={`shell${bar ? ' with-nav' : ''}`}>
      <header class="topbar">
        <a class="brand" href="/" onClick={linkTo('/')}>
          {t('app.name')}
        </a>
        {bar && (
          <nav class="app-nav" aria-label={t('shell.nav')} data-testid="app-nav">
            {items.map((i) => (
              <a key={i.key} class={i.inMenuOnPhone ? 'desktop-only' : undefined} href={i.path} onClick={linkTo(i.path)} aria-current={i.key === current ? 'page' : undefined} data-testid={`nav-${i.key}`}>
                <Icon name={i.icon} />
                <span class="label-long">{t(`nav.${i.key}`)}</span>
                <span class="label-short">{t(`nav.short.${i.key}`)}</span>
              </a>
            ))}
          </nav>
        )}
        <div class="shell-actions">
          {who ? (
            <>
              <Bell current={route === 'notifications' || route === 'notificationPreferences'} />
              <UserMenu more={items.filter((i) => i.inMenuOnPhone)} current={current} name={who.name} detail={me ? `${t(`role.${me.role}`)} · ${me.organisation.name}` : t(`role.${who.role}`)} />
            </>
          ) : (
            <LangSwitch />
          )}
        </div>
      </header>
      {signedIn && <StatusBanner role={who?.role} />}
      {children}
    </div>
  );
}
