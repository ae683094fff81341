import { beforeEach, describe, expect, it } from 'vitest';
import { OFFLINE_PREFIX, clearOfflineData, readOfflineData, writeOfflineData } from './offlineData';
import { QUEUE_KEY } from './slipQueue';

const lists = {
  technician: { id: 't1', name: 'Nicolas Garnier' },
  productions: [{ id: 'p1', title: 'Les Heures claires' }],
  operations: [{ id: 'o1', label: 'Mixage' }],
  rooms: [{ id: 'r1', name: 'Auditorium A' }],
};

describe('offline reference data', () => {
  beforeEach(() => localStorage.clear());

  it('keeps what was written for a user, stamped with the time of the load', () => {
    writeOfflineData('user-1', lists, { now: new Date('2026-11-20T08:15:00Z') });
    const kept = readOfflineData('user-1');
    expect(kept).toMatchObject({ ...lists, savedAt: '2026-11-20T08:15:00.000Z', tasks: {}, day: null });
  });

  it('keeps each user apart, and nothing for nobody', () => {
    writeOfflineData('user-1', lists);
    writeOfflineData('user-2', { productions: [{ id: 'p9', title: 'Autre' }] });
    expect(readOfflineData('user-1')?.productions).toEqual(lists.productions);
    expect(readOfflineData('user-2')?.productions).toEqual([{ id: 'p9', title: 'Autre' }]);
    expect(readOfflineData('user-2')?.operations).toEqual([]);
    expect(readOfflineData('user-3')).toBeNull();
    writeOfflineData(null, lists);
    expect(readOfflineData(null)).toBeNull();
  });

  it('merges a later write (today’s bookings) into the lists, and updates the time', () => {
    writeOfflineData('user-1', lists, { now: new Date('2026-11-20T08:00:00Z') });
    const day = { date: '2026-11-20', savedAt: '2026-11-20T09:00:00.000Z', bookings: [] };
    writeOfflineData('user-1', { day }, { now: new Date('2026-11-20T09:00:00Z') });
    expect(readOfflineData('user-1')).toMatchObject({ ...lists, day, savedAt: '2026-11-20T09:00:00.000Z' });
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem(`${OFFLINE_PREFIX}user-1`, '{not json');
    expect(readOfflineData('user-1')).toBeNull();
    localStorage.setItem(`${OFFLINE_PREFIX}user-1`, '"a string"');
    expect(readOfflineData('user-1')).toBeNull();
  });

  it('is cleared for every user on logout, leaving the rest of storage alone', () => {
    writeOfflineData('user-1', lists);
    writeOfflineData('user-2', lists);
    localStorage.setItem(QUEUE_KEY, '{"pending":[],"failed":[]}');
    clearOfflineData();
    expect(readOfflineData('user-1')).toBeNull();
    expect(readOfflineData('user-2')).toBeNull();
    expect(localStorage.getItem(QUEUE_KEY)).not.toBeNull();
  });
});
