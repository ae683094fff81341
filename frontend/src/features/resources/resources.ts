// The forms of the resources feature as pure functions: what a person typed → the API's input,
// or the field to blame and the message key. The server checks everything again.
import type { Employment, RoomInput, RoomKind, TechnicianInput, TeamMemberInput } from '../../gql/graphql';
import type { Key } from '../../app/i18n';
import { parseMoneyInput } from '../catalogue/royalties';

export const EMPLOYMENTS: readonly Employment[] = ['INTERMITTENT', 'PERMANENT'];

export const ROOM_KINDS: readonly RoomKind[] = ['EDIT_SUITE', 'GRADING', 'MIX_STAGE', 'SOUND_EDIT', 'FOLEY_STAGE', 'VFX', 'SCREENING', 'OTHER'];

export type Checked<I, F extends string> = { input: I } | { field: F; key: Key };

/** "chef monteur, assistant monteur ,," → ["chef monteur", "assistant monteur"], without repeats. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const v = part.trim().replace(/\s+/g, ' ');
    if (v && !out.some((x) => x.toLowerCase() === v.toLowerCase())) out.push(v);
  }
  return out;
}

/** An amount the API sent ("350.00", or null when hidden) as a person would type it in French or English. */
export function amountForInput(amount: string | null | undefined, lang: 'fr' | 'en' = 'fr'): string {
  if (amount == null) return '';
  const short = amount.endsWith('.00') ? amount.slice(0, -3) : amount;
  return lang === 'fr' ? short.replace('.', ',') : short;
}

export interface TechnicianValues {
  name: string;
  functions: string;
  skills: string[];
  employment: Employment;
  hourlyRate: string;
  dailyRate: string;
  email: string;
  phone: string;
}

export type TechnicianField = keyof TechnicianValues;

export const EMPTY_TECHNICIAN: TechnicianValues = {
  name: '',
  functions: '',
  skills: [],
  employment: 'INTERMITTENT',
  hourlyRate: '',
  dailyRate: '',
  email: '',
  phone: '',
};

export function technicianInput(v: TechnicianValues): Checked<TechnicianInput, TechnicianField> {
  const name = v.name.trim();
  if (!name) return { field: 'name', key: 'resources.nameRequired' };
  const functions = splitList(v.functions);
  if (functions.length === 0) return { field: 'functions', key: 'resources.functionRequired' };
  const hourlyRate = parseMoneyInput(v.hourlyRate);
  if (hourlyRate == null) return { field: 'hourlyRate', key: 'resources.badAmount' };
  const dailyRate = parseMoneyInput(v.dailyRate);
  if (dailyRate == null) return { field: 'dailyRate', key: 'resources.badAmount' };
  return {
    input: {
      name,
      functions,
      skills: v.skills,
      employment: v.employment,
      hourlyRate,
      dailyRate,
      email: v.email.trim() || null,
      phone: v.phone.trim() || null,
    },
  };
}

export interface RoomValues {
  name: string;
  kind: RoomKind;
  dailyRate: string;
}

export type RoomField = keyof RoomValues;

export const EMPTY_ROOM: RoomValues = { name: '', kind: 'EDIT_SUITE', dailyRate: '' };

export function roomInput(v: RoomValues): Checked<RoomInput, RoomField> {
  const name = v.name.trim();
  if (!name) return { field: 'name', key: 'resources.nameRequired' };
  const dailyRate = parseMoneyInput(v.dailyRate);
  if (dailyRate == null) return { field: 'dailyRate', key: 'resources.badAmount' };
  return { input: { name, kind: v.kind, dailyRate } };
}

export interface TeamValues {
  technicianId: string;
  function: string;
  dailyRate: string;
  note: string;
}

export type TeamField = keyof TeamValues;

export const EMPTY_TEAM: TeamValues = { technicianId: '', function: '', dailyRate: '', note: '' };

/** A team member's input; an empty rate leaves the technician's own daily rate. */
export function teamInput(v: TeamValues): Checked<TeamMemberInput, TeamField> {
  if (!v.technicianId) return { field: 'technicianId', key: 'team.technicianRequired' };
  const fn = v.function.trim();
  if (!fn) return { field: 'function', key: 'resources.functionRequired' };
  let dailyRate: string | null = null;
  if (v.dailyRate.trim()) {
    dailyRate = parseMoneyInput(v.dailyRate);
    if (dailyRate == null) return { field: 'dailyRate', key: 'resources.badAmount' };
  }
  return { input: { technicianId: v.technicianId, function: fn, dailyRate, note: v.note.trim() || null } };
}
