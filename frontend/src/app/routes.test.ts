import { describe, expect, it } from 'vitest';
import { ROUTES, matchPattern, matchRoute, pathTo } from './routes';

describe('matchRoute', () => {
  it.each([
    ['/', 'home', {}],
    ['/login', 'login', {}],
    ['/dashboard', 'dashboard', {}],
    ['/dashboard/', 'dashboard', {}],
    ['/productions', 'productions', {}],
    ['/productions/new', 'newProduction', {}],
    ['/productions/p1', 'production', { id: 'p1' }],
    ['/productions/p1/edit', 'editProduction', { id: 'p1' }],
    ['/clients', 'clients', {}],
    ['/clients/new', 'newClient', {}],
    ['/clients/c1', 'client', { id: 'c1' }],
    ['/productions/p1/', 'production', { id: 'p1' }],
    ['/productions/p%201/planning', 'productionPlanning', { id: 'p 1' }],
    ['/productions/p1/tracking', 'productionTracking', { id: 'p1' }],
    ['/planning', 'board', {}],
    ['/my-schedule', 'mySchedule', {}],
    ['/my-day', 'myDay', {}],
    ['/my-slips', 'mySlips', {}],
    ['/slips/new', 'newSlip', {}],
    ['/my-slips/s9/correct', 'correctSlip', { slipId: 's9' }],
    ['/deliveries', 'deliveries', {}],
    ['/deliveries/d1', 'delivery', { id: 'd1' }],
    ['/catalogue', 'catalogue', {}],
    ['/catalogue/holders', 'holders', {}],
    ['/catalogue/import', 'revenueImport', {}],
    ['/catalogue/runs', 'runs', {}],
    ['/catalogue/works/w1', 'work', { id: 'w1' }],
    ['/portal', 'portal', {}],
    ['/admin/users', 'team', {}],
    ['/invitation/abc%2Bdef', 'invitation', { token: 'abc+def' }],
    ['/password/forgot', 'forgotPassword', {}],
    ['/password/reset/ppw_a-b_c', 'resetPassword', { token: 'ppw_a-b_c' }],
  ])('%s is %s', (path, name, params) => {
    expect(matchRoute(path)).toMatchObject({ name, params });
  });

  it.each(['/nope', '/clients/c1/x', '/productions/p1/other', '/productions//planning', '/catalogue/works', '/admin', '/deliveries/d1/x', '/invitation/%E0%A4%A', '/password', '/password/reset'])(
    '%s is not an address of the app',
    (path) => {
      expect(matchRoute(path)).toBeNull();
    },
  );

  it('marks only the sign-in, invitation and password reset pages public', () => {
    expect(ROUTES.filter((r) => 'public' in r && r.public).map((r) => r.name)).toEqual(['login', 'invitation', 'forgotPassword', 'resetPassword']);
    expect(matchRoute('/invitation/t')?.public).toBe(true);
    expect(matchRoute('/')?.public).toBe(false);
  });

  it('has one route per name and per pattern', () => {
    expect(new Set(ROUTES.map((r) => r.name)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((r) => r.pattern)).size).toBe(ROUTES.length);
  });
});

describe('pathTo', () => {
  it('fills and escapes parameters, and matches back', () => {
    const path = pathTo('productionPlanning', { id: 'a/b c' });
    expect(path).toBe('/productions/a%2Fb%20c/planning');
    expect(matchRoute(path)).toMatchObject({ name: 'productionPlanning', params: { id: 'a/b c' } });
  });

  it('matchPattern needs every segment', () => {
    expect(matchPattern('/a/:x', '/a')).toBeNull();
    expect(matchPattern('/a/:x', '/a/1')).toEqual({ x: '1' });
  });
});
