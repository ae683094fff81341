// The persistent navigation: which destinations each role has one tap away. The money pages
// (quotes, invoices, payroll, budgets) get their entries here, after `catalogue`.
import type { Role } from '../gql/graphql';
import { ROLE, canManage, isStaff } from '../lib/roles';
import type { IconName } from '../ui/Icon';
import type { RouteName } from './routes';

export type NavKey = 'dashboard' | 'productions' | 'board' | 'technicians' | 'rooms' | 'deliveries' | 'catalogue' | 'team' | 'myDay' | 'mySlips' | 'mySchedule' | 'portal' | 'quotes' | 'invoices';

export interface NavItem {
  key: NavKey;
  path: string;
  icon: IconName;
  /** The routes under this destination: the item is shown current on any of them. */
  routes: readonly RouteName[];
  /** On a phone, listed in the user menu rather than in the bottom bar (which holds five at most). */
  inMenuOnPhone?: boolean;
}

const ITEMS: Record<NavKey, NavItem> = {
  dashboard: { key: 'dashboard', path: '/dashboard', icon: 'gauge', routes: ['dashboard'] },
  productions: {
    key: 'productions',
    path: '/productions',
    icon: 'film',
    routes: ['home', 'productions', 'newProduction', 'production', 'editProduction', 'productionPlanning', 'productionTracking', 'productionTeam', 'productionQuotes', 'clients', 'newClient', 'client'],
  },
  board: { key: 'board', path: '/planning', icon: 'calendar', routes: ['board'] },
  technicians: { key: 'technicians', path: '/technicians', icon: 'person', routes: ['technicians', 'technician'], inMenuOnPhone: true },
  rooms: { key: 'rooms', path: '/rooms', icon: 'door', routes: ['rooms'], inMenuOnPhone: true },
  deliveries: { key: 'deliveries', path: '/deliveries', icon: 'send', routes: ['deliveries', 'delivery'] },
  catalogue: { key: 'catalogue', path: '/catalogue', icon: 'book', routes: ['catalogue', 'holders', 'revenueImport', 'runs', 'work'] },
  quotes: { key: 'quotes', path: '/quotes', icon: 'receipt', routes: ['quotes', 'quote', 'amendment', 'salePrices'], inMenuOnPhone: true },
  invoices: { key: 'invoices', path: '/invoices', icon: 'receipt', routes: ['invoices', 'invoice', 'invoiceBalances', 'invoicingSettings'], inMenuOnPhone: true },
  team: { key: 'team', path: '/admin/users', icon: 'users', routes: ['team'], inMenuOnPhone: true },
  myDay: { key: 'myDay', path: '/my-day', icon: 'sun', routes: ['myDay', 'newSlip'] },
  mySlips: { key: 'mySlips', path: '/my-slips', icon: 'clipboard', routes: ['mySlips', 'correctSlip'] },
  mySchedule: { key: 'mySchedule', path: '/my-schedule', icon: 'calendar', routes: ['mySchedule'] },
  portal: { key: 'portal', path: '/portal', icon: 'book', routes: ['portal'] },
};

/** The destinations of a role, in the order of the bar. */
export function navFor(role: Role | null | undefined): NavItem[] {
  let keys: NavKey[];
  if (canManage(role)) keys = ['dashboard', 'productions', 'board', 'technicians', 'rooms', 'deliveries', 'catalogue', 'quotes', 'invoices', 'team'];
  else if (role === ROLE.TECHNICIAN) keys = ['myDay', 'mySlips', 'mySchedule', 'productions'];
  else if (role === ROLE.RIGHTS_HOLDER) keys = ['portal'];
  else if (role === ROLE.ACCOUNTANT) keys = ['productions', 'deliveries', 'catalogue', 'quotes', 'invoices'];
  else if (isStaff(role)) keys = ['productions', 'deliveries', 'catalogue'];
  else if (role === ROLE.PRODUCER) keys = ['productions', 'quotes', 'invoices'];
  else keys = [];
  // The phone's bottom bar holds five: a role with so few destinations keeps them all there.
  return keys.map((k) => (keys.length <= 5 ? { ...ITEMS[k], inMenuOnPhone: false } : ITEMS[k]));
}

/** The item of the current route, if the role has one. */
export function currentItem(items: readonly NavItem[], route: RouteName | null): NavKey | null {
  if (!route) return null;
  return items.find((i) => i.routes.includes(route))?.key ?? null;
}
