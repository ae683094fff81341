// The app's addresses: one table from path pattern to route name, matched in order.
// The pages for each name are in pages.tsx, so that this table (and its test) loads no page.

export const ROUTES = [
  { name: 'login', pattern: '/login', public: true },
  // Opened by someone without an account yet; stays open to a signed-in visitor, who is warned.
  { name: 'invitation', pattern: '/invitation/:token', public: true },
  // "Mot de passe oublié": asked for without a session; the mailed link (accounts.ResetPath) opens the second.
  { name: 'forgotPassword', pattern: '/password/forgot', public: true },
  { name: 'resetPassword', pattern: '/password/reset/:token', public: true },
  { name: 'home', pattern: '/' },
  { name: 'dashboard', pattern: '/dashboard' },
  { name: 'productions', pattern: '/productions' },
  { name: 'newProduction', pattern: '/productions/new' },
  { name: 'production', pattern: '/productions/:id' },
  { name: 'editProduction', pattern: '/productions/:id/edit' },
  { name: 'clients', pattern: '/clients' },
  { name: 'newClient', pattern: '/clients/new' },
  { name: 'client', pattern: '/clients/:id' },
  { name: 'productionPlanning', pattern: '/productions/:id/planning' },
  { name: 'productionTracking', pattern: '/productions/:id/tracking' },
  { name: 'productionTeam', pattern: '/productions/:id/team' },
  { name: 'productionQuotes', pattern: '/productions/:id/quotes' },
  { name: 'technicians', pattern: '/technicians' },
  { name: 'technician', pattern: '/technicians/:id' },
  { name: 'rooms', pattern: '/rooms' },
  { name: 'board', pattern: '/planning' },
  { name: 'mySchedule', pattern: '/my-schedule' },
  { name: 'myDay', pattern: '/my-day' },
  { name: 'mySlips', pattern: '/my-slips' },
  { name: 'newSlip', pattern: '/slips/new' },
  { name: 'correctSlip', pattern: '/my-slips/:slipId/correct' },
  { name: 'deliveries', pattern: '/deliveries' },
  { name: 'delivery', pattern: '/deliveries/:id' },
  { name: 'catalogue', pattern: '/catalogue' },
  { name: 'holders', pattern: '/catalogue/holders' },
  { name: 'revenueImport', pattern: '/catalogue/import' },
  { name: 'runs', pattern: '/catalogue/runs' },
  { name: 'work', pattern: '/catalogue/works/:id' },
  { name: 'portal', pattern: '/portal' },
  { name: 'team', pattern: '/admin/users' },
  { name: 'quotes', pattern: '/quotes' },
  { name: 'quote', pattern: '/quotes/:id' },
  { name: 'amendment', pattern: '/amendments/:id' },
  { name: 'salePrices', pattern: '/settings/prices' },
  { name: 'invoices', pattern: '/invoices' },
  { name: 'invoiceBalances', pattern: '/invoices/balances' },
  { name: 'invoice', pattern: '/invoices/:id' },
  { name: 'invoicingSettings', pattern: '/settings/invoicing' },
  { name: 'notifications', pattern: '/notifications' },
  { name: 'notificationPreferences', pattern: '/notifications/preferences' },
] as const;

export type RouteName = (typeof ROUTES)[number]['name'];

export interface Match {
  name: RouteName;
  params: Record<string, string>;
  public: boolean;
}

/** The parameters of `path` under `pattern` (":name" segments), or null when it does not fit. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  // One trailing slash is the same address; an empty segment inside is not.
  const got = path.replace(/\/$/, '').split('/').slice(1);
  if (path === '/' || path === '') got.length = 0;
  if (got.length !== want.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!got[i]) return null;
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return null; // a malformed escape is no address of ours
      }
    } else if (want[i] !== got[i]) {
      return null;
    }
  }
  return params;
}

/** The route a pathname shows, or null for an address the app does not have (the "not found" page). */
export function matchRoute(path: string): Match | null {
  for (const r of ROUTES) {
    const params = matchPattern(r.pattern, path);
    if (params) return { name: r.name, params, public: 'public' in r && r.public };
  }
  return null;
}

/** The path of a route with its parameters filled in (each one escaped). */
export function pathTo(name: RouteName, params: Record<string, string> = {}): string {
  const route = ROUTES.find((r) => r.name === name)!;
  return route.pattern.replace(/:(\w+)/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
}
