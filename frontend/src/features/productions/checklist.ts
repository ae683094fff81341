// A new organisation's first steps, in the order a production is set up, each ticked from the
// organisation's data and leading to the screen where it is done.
import type { Key } from '../../app/i18n';

export type StepKey = 'client' | 'production' | 'technicians' | 'rooms' | 'team' | 'tasks' | 'bookings' | 'invite';

export interface SetupCounts {
  clients: number;
  productions: number;
  technicians: number;
  rooms: number;
  /** Of the most recent production (null without any). */
  latestProductionId: string | null;
  teamMembers: number;
  tasks: number;
  bookings: number;
  /** Members of the organisation, the one who signed up included. */
  members: number;
}

export interface Step {
  key: StepKey;
  done: boolean;
  path: string;
  label: Key;
}

/** The steps, ticked, with where each is done (the team and tasks of the latest production, once there is one). */
export function setupSteps(c: SetupCounts): Step[] {
  const prod = c.latestProductionId ? encodeURIComponent(c.latestProductionId) : null;
  const steps: Omit<Step, 'label'>[] = [
    { key: 'client', done: c.clients > 0, path: '/clients/new' },
    { key: 'production', done: c.productions > 0, path: '/productions/new' },
    { key: 'technicians', done: c.technicians > 0, path: '/technicians' },
    { key: 'rooms', done: c.rooms > 0, path: '/rooms' },
    { key: 'team', done: c.teamMembers > 0, path: prod ? `/productions/${prod}/team` : '/productions/new' },
    { key: 'tasks', done: c.tasks > 0, path: prod ? `/productions/${prod}/planning` : '/productions/new' },
    { key: 'bookings', done: c.bookings > 0, path: '/planning' },
    { key: 'invite', done: c.members > 1, path: '/admin/users' },
  ];
  return steps.map((s) => ({ ...s, label: `setup.${s.key}` as Key }));
}

/** The first step not done yet: the one the checklist puts forward. */
export function nextStep(steps: readonly Step[]): Step | null {
  return steps.find((s) => !s.done) ?? null;
}
