import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIST, PAGE_SIZE, activeFilters, lastListPath, listQueryString, listVariables, readListState, rememberList, toggleSort } from './listState';

describe('the productions list state', () => {
  afterEach(() => sessionStorage.clear());

  it('asks for the first page, most recent first, without filters by default', () => {
    expect(listVariables(DEFAULT_LIST)).toEqual({ first: PAGE_SIZE, after: null, sort: 'RECENT', descending: false, filter: {} });
  });

  it('turns every filter into the API’s filter', () => {
    const v = listVariables(
      { q: '  heures ', status: 'IN_POST', clientId: 'c1', kind: 'DOCUMENTARY', from: '2026-01-01', to: '2026-06-30', sort: 'DEADLINE', desc: true },
      'cursor-1',
    );
    expect(v).toEqual({
      first: PAGE_SIZE,
      after: 'cursor-1',
      sort: 'DEADLINE',
      descending: true,
      filter: { search: 'heures', status: 'IN_POST', clientId: 'c1', kind: 'DOCUMENTARY', deadlineFrom: '2026-01-01', deadlineTo: '2026-06-30' },
    });
  });

  it('asks for the open statuses for "ongoing", never for CLOSED', () => {
    expect(listVariables({ ...DEFAULT_LIST, status: 'OPEN' }).filter).toEqual({ statuses: ['PREPARATION', 'IN_POST', 'DELIVERED'] });
  });

  it('reads a range typed backwards the right way round', () => {
    const f = listVariables({ ...DEFAULT_LIST, from: '2026-06-30', to: '2026-01-01' }).filter;
    expect(f).toEqual({ deadlineFrom: '2026-01-01', deadlineTo: '2026-06-30' });
  });

  it('drops a blank search', () => {
    expect(listVariables({ ...DEFAULT_LIST, q: '   ' }).filter).toEqual({});
  });

  it('round-trips through the address, and the default list has none', () => {
    const s = { q: 'Les Heures', status: 'OPEN' as const, clientId: 'c 1', kind: 'TV_SERIES' as const, from: '2026-01-01', to: '', sort: 'CLIENT' as const, desc: true };
    const qs = listQueryString(s);
    expect(readListState(qs)).toEqual(s);
    expect(listQueryString(DEFAULT_LIST)).toBe('');
  });

  it('ignores unknown or malformed values in the address', () => {
    expect(readListState('?status=OPERA&kind=X&sort=PRICE&from=demain&desc=yes')).toEqual(DEFAULT_LIST);
  });

  it('counts the filters, not the search nor the sort', () => {
    expect(activeFilters({ ...DEFAULT_LIST, q: 'x', sort: 'TITLE' })).toBe(0);
    expect(activeFilters({ ...DEFAULT_LIST, status: 'CLOSED', kind: 'GAME', to: '2026-01-01' })).toBe(3);
  });

  it('sorts by a column, then reverses it on a second click', () => {
    const once = toggleSort(DEFAULT_LIST, 'TITLE');
    expect([once.sort, once.desc]).toEqual(['TITLE', false]);
    const twice = toggleSort(once, 'TITLE');
    expect([twice.sort, twice.desc]).toEqual(['TITLE', true]);
    expect(toggleSort({ ...twice }, 'DEADLINE')).toMatchObject({ sort: 'DEADLINE', desc: false });
  });

  it('remembers the list to go back to, and only a list', () => {
    expect(lastListPath()).toBe('/productions');
    rememberList('/productions?q=abc');
    expect(lastListPath()).toBe('/productions?q=abc');
    rememberList('https://elsewhere.example/');
    expect(lastListPath()).toBe('/productions');
  });
});
