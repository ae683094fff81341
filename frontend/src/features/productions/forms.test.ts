import { describe, expect, it } from 'vitest';
import { EMPTY_PRODUCTION, episodesInput, parseDecimal, parseLanguages, productionFormValues, productionInput } from './productionForm';
import { clientInput, EMPTY_CLIENT } from './clientForm';
import { nextStep, setupSteps } from './checklist';

describe('the production form', () => {
  const filled = { ...EMPTY_PRODUCTION, title: ' Les Heures claires ', clientId: 'c1' };

  it('asks for a title and a client before sending', () => {
    expect(productionInput(EMPTY_PRODUCTION)).toEqual({ field: 'title', key: 'productionForm.titleRequired' });
    expect(productionInput({ ...EMPTY_PRODUCTION, title: 'X' })).toEqual({ field: 'clientId', key: 'productionForm.clientRequired' });
  });

  it('sends numbers as numbers, blanks as null, and the spec as typed', () => {
    const r = productionInput({ ...filled, runtimeMinutes: '104', loudnessLufs: '-23,5', subtitleLanguages: 'fr, EN;fr de', documents: ['CREDITS'], isan: ' 0000 ' });
    expect(r).toMatchObject({
      input: { title: 'Les Heures claires', runtimeMinutes: 104, loudnessLufs: -23.5, subtitleLanguages: ['fr', 'en', 'de'], documents: ['CREDITS'], isan: '0000', deliveryDeadline: null },
    });
  });

  it('names the field of a number it cannot read', () => {
    expect(productionInput({ ...filled, runtimeMinutes: '1h30' })).toMatchObject({ field: 'runtimeMinutes' });
    expect(productionInput({ ...filled, loudnessLufs: 'fort' })).toMatchObject({ field: 'loudnessLufs' });
  });

  it('fills the form from a production and sends it back unchanged', () => {
    const v = productionFormValues({
      title: 'T', kind: 'TV_SERIES', status: 'IN_POST', director: 'D', notes: '', client: { id: 'c1' },
      spec: { runtimeMinutes: 52, deliveryDeadline: '2026-09-01', isan: '', technicalProfile: { frameRate: '25', resolution: '1920x1080', colourSpace: 'Rec.709', audioLayout: '5.1', loudnessLufs: -23, subtitleLanguages: ['fr'], documents: ['CREDITS', 'UNKNOWN'] } },
    });
    expect(v).toMatchObject({ runtimeMinutes: '52', loudnessLufs: '-23', subtitleLanguages: 'fr', documents: ['CREDITS'], deliveryDeadline: '2026-09-01' });
    expect(productionInput(v)).toMatchObject({ input: { runtimeMinutes: 52, loudnessLufs: -23, subtitleLanguages: ['fr'], status: 'IN_POST' } });
  });

  it('reads decimals and languages the way people type them', () => {
    expect(parseDecimal('−23,5')).toBe(-23.5);
    expect(parseDecimal('abc')).toBeNull();
    expect(parseLanguages(' ')).toEqual([]);
  });

  it('adds 1 to 200 episodes at once', () => {
    expect(episodesInput('2', ' Épisode ')).toEqual({ input: { count: 2, titlePrefix: 'Épisode' } });
    expect(episodesInput('12', '')).toEqual({ input: { count: 12, titlePrefix: null } });
    for (const bad of ['0', '201', 'deux', '']) expect(episodesInput(bad, '')).toMatchObject({ field: 'count' });
  });
});

describe('the client form', () => {
  it('asks for a name, and drops the spaces people type in a SIRET or VAT number', () => {
    expect(clientInput(EMPTY_CLIENT)).toEqual({ field: 'name', key: 'client.nameRequired' });
    expect(clientInput({ ...EMPTY_CLIENT, name: ' Zéphyr ', siret: '732 829 320 00074', vatNumber: 'fr 40 732829320' })).toMatchObject({
      input: { name: 'Zéphyr', siret: '73282932000074', vatNumber: 'FR40732829320' },
    });
  });
});

describe('the first-steps checklist', () => {
  const none = { clients: 0, productions: 0, technicians: 0, rooms: 0, latestProductionId: null, teamMembers: 0, tasks: 0, bookings: 0, members: 1 };

  it('starts a new organisation at the client, with nothing ticked', () => {
    const steps = setupSteps(none);
    expect(steps.map((s) => s.key)).toEqual(['client', 'production', 'technicians', 'rooms', 'team', 'tasks', 'bookings', 'invite']);
    expect(steps.every((s) => !s.done)).toBe(true);
    expect(nextStep(steps)?.path).toBe('/clients/new');
    // Without a production, its team and tasks start with creating one.
    expect(steps.find((s) => s.key === 'team')?.path).toBe('/productions/new');
  });

  it('ticks each step from the data and links the team and tasks of the latest production', () => {
    const steps = setupSteps({ ...none, clients: 1, productions: 1, latestProductionId: 'p 1', technicians: 3 });
    expect(steps.filter((s) => s.done).map((s) => s.key)).toEqual(['client', 'production', 'technicians']);
    expect(nextStep(steps)?.key).toBe('rooms');
    expect(steps.find((s) => s.key === 'team')?.path).toBe('/productions/p%201/team');
    expect(steps.find((s) => s.key === 'tasks')?.path).toBe('/productions/p%201/planning');
  });

  it('is done once the team is invited', () => {
    const all = { clients: 1, productions: 1, technicians: 1, rooms: 1, latestProductionId: 'p', teamMembers: 1, tasks: 1, bookings: 1, members: 2 };
    expect(nextStep(setupSteps(all))).toBeNull();
  });
});
