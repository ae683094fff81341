import { describe, expect, it } from 'vitest';
import { EMPTY_ROOM, EMPTY_TEAM, EMPTY_TECHNICIAN, amountForInput, roomInput, splitList, teamInput, technicianInput } from './resources';

describe('splitList', () => {
  it('splits functions on commas, trims and drops repeats', () => {
    expect(splitList(' chef monteur,  assistant  monteur ,, Chef monteur;mixeur')).toEqual(['chef monteur', 'assistant monteur', 'mixeur']);
    expect(splitList('  ')).toEqual([]);
  });
});

describe('technicianInput', () => {
  const ok = { ...EMPTY_TECHNICIAN, name: ' Léa Martin ', functions: 'Chef monteuse', dailyRate: '350', hourlyRate: '43,75', skills: ['OFFLINE_EDIT'] };
  it('reads French amounts and leaves empty contacts out', () => {
    expect(technicianInput(ok)).toEqual({
      input: { name: 'Léa Martin', functions: ['Chef monteuse'], skills: ['OFFLINE_EDIT'], employment: 'INTERMITTENT', hourlyRate: '43.75', dailyRate: '350.00', email: null, phone: null },
    });
  });
  it('blames the field that is wrong', () => {
    expect(technicianInput({ ...ok, name: '' })).toMatchObject({ field: 'name' });
    expect(technicianInput({ ...ok, functions: ' , ' })).toMatchObject({ field: 'functions' });
    expect(technicianInput({ ...ok, hourlyRate: '' })).toMatchObject({ field: 'hourlyRate', key: 'resources.badAmount' });
    expect(technicianInput({ ...ok, dailyRate: '12,345' })).toMatchObject({ field: 'dailyRate' });
  });
});

describe('roomInput and teamInput', () => {
  it('makes a room with its kind and daily rate', () => {
    expect(roomInput({ ...EMPTY_ROOM, name: 'Auditorium', kind: 'MIX_STAGE', dailyRate: '1 200,50 €' })).toEqual({ input: { name: 'Auditorium', kind: 'MIX_STAGE', dailyRate: '1200.50' } });
    expect(roomInput({ ...EMPTY_ROOM, name: 'A', dailyRate: 'beaucoup' })).toMatchObject({ field: 'dailyRate' });
  });
  it('makes a team member, the rate left to the technician’s when empty', () => {
    expect(teamInput({ ...EMPTY_TEAM, technicianId: 't', function: ' Mixeur ' })).toEqual({ input: { technicianId: 't', function: 'Mixeur', dailyRate: null, note: null } });
    expect(teamInput({ ...EMPTY_TEAM, technicianId: 't', function: 'Mixeur', dailyRate: '400', note: 'Semaine 12' })).toMatchObject({ input: { dailyRate: '400.00', note: 'Semaine 12' } });
    expect(teamInput({ ...EMPTY_TEAM, function: 'Mixeur' })).toMatchObject({ field: 'technicianId' });
    expect(teamInput({ ...EMPTY_TEAM, technicianId: 't', function: 'Mixeur', dailyRate: '-3' })).toMatchObject({ field: 'dailyRate' });
  });
  it('shows an amount of the API as a person types it', () => {
    expect(amountForInput('350.00', 'fr')).toBe('350');
    expect(amountForInput('43.75', 'fr')).toBe('43,75');
    expect(amountForInput('43.75', 'en')).toBe('43.75');
    expect(amountForInput(null)).toBe('');
  });
});
