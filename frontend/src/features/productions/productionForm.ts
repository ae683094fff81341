// The production form: its values as the inputs hold them, and the ProductionInput sent to
// createProduction / updateProduction. The server checks the rest (frame rate, resolution,
// ISAN, languages…) and names the field of its error.
import type { ProductionInput, ProductionKind, ProductionStatus } from '../../gql/graphql';
import type { Key } from '../../app/i18n';

/** The documents a delivery may require, as the API names them (always shown through their labels). */
export const DOCUMENTS = ['MUSIC_CUE_SHEET', 'CREDITS', 'CNC_CERTIFICATE', 'ISAN', 'SCRIPT', 'CONTINUITY'] as const;
export type DocumentCode = (typeof DOCUMENTS)[number];

/** The frame rates the API accepts. */
export const FRAME_RATES = ['23.976', '24', '25', '29.97', '30', '48', '50', '59.94', '60'] as const;

export interface ProductionFormValues {
  title: string;
  kind: ProductionKind;
  status: ProductionStatus;
  clientId: string;
  director: string;
  runtimeMinutes: string;
  frameRate: string;
  resolution: string;
  colourSpace: string;
  audioLayout: string;
  loudnessLufs: string;
  /** Languages as typed: "fr, en". */
  subtitleLanguages: string;
  documents: DocumentCode[];
  deliveryDeadline: string;
  isan: string;
  notes: string;
}

export type ProductionField = keyof ProductionFormValues;

export const EMPTY_PRODUCTION: ProductionFormValues = {
  title: '',
  kind: 'FEATURE_FILM',
  status: 'PREPARATION',
  clientId: '',
  director: '',
  runtimeMinutes: '',
  frameRate: '25',
  resolution: '1920x1080',
  colourSpace: '',
  audioLayout: '',
  loudnessLufs: '',
  subtitleLanguages: '',
  documents: [],
  deliveryDeadline: '',
  isan: '',
  notes: '',
};

export interface ProductionLike {
  title: string;
  kind: ProductionKind;
  status: ProductionStatus;
  director: string;
  notes: string;
  client: { id: string };
  spec: {
    runtimeMinutes?: number | null;
    deliveryDeadline?: string | null;
    isan: string;
    technicalProfile: {
      frameRate: string;
      resolution: string;
      colourSpace: string;
      audioLayout: string;
      loudnessLufs?: number | null;
      subtitleLanguages: string[];
      documents: string[];
    };
  };
}

/** The form filled with a production's values, to modify it. */
export function productionFormValues(p: ProductionLike): ProductionFormValues {
  const tp = p.spec.technicalProfile;
  return {
    title: p.title,
    kind: p.kind,
    status: p.status,
    clientId: p.client.id,
    director: p.director,
    runtimeMinutes: p.spec.runtimeMinutes == null ? '' : String(p.spec.runtimeMinutes),
    frameRate: tp.frameRate,
    resolution: tp.resolution,
    colourSpace: tp.colourSpace,
    audioLayout: tp.audioLayout,
    loudnessLufs: tp.loudnessLufs == null ? '' : String(tp.loudnessLufs).replace('.', ','),
    subtitleLanguages: tp.subtitleLanguages.join(', '),
    documents: tp.documents.filter((d): d is DocumentCode => (DOCUMENTS as readonly string[]).includes(d)),
    deliveryDeadline: p.spec.deliveryDeadline ?? '',
    isan: p.spec.isan,
    notes: p.notes,
  };
}

export type Checked<I, F> = { input: I } | { field: F; key: Key };

/** Splits "fr, EN ;de" into ["fr", "en", "de"] (the server checks each is an ISO 639-1 code). */
export function parseLanguages(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[\s,;]+/)) {
    const l = part.trim().toLowerCase();
    if (l && !out.includes(l)) out.push(l);
  }
  return out;
}

/** A decimal as typed in French or English ("-23,5" or "-23.5"), or null when it is not one. */
export function parseDecimal(s: string): number | null {
  const t = s.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/**
 * The ProductionInput for the form, or the field to fix and why. Only what the form can tell
 * on its own is checked here (required fields, numbers); the server checks the rest.
 * `editing`: an update sends the languages and documents even when emptied (null would keep them).
 */
export function productionInput(v: ProductionFormValues): Checked<ProductionInput, ProductionField> {
  if (!v.title.trim()) return { field: 'title', key: 'productionForm.titleRequired' };
  if (!v.clientId) return { field: 'clientId', key: 'productionForm.clientRequired' };
  let runtime: number | null = null;
  if (v.runtimeMinutes.trim()) {
    if (!/^\d+$/.test(v.runtimeMinutes.trim())) return { field: 'runtimeMinutes', key: 'productionForm.wholeMinutes' };
    runtime = Number(v.runtimeMinutes.trim());
  }
  let loudness: number | null = null;
  if (v.loudnessLufs.trim()) {
    loudness = parseDecimal(v.loudnessLufs);
    if (loudness === null) return { field: 'loudnessLufs', key: 'productionForm.loudnessNumber' };
  }
  return {
    input: {
      title: v.title.trim(),
      kind: v.kind,
      status: v.status,
      clientId: v.clientId,
      director: v.director.trim(),
      runtimeMinutes: runtime,
      frameRate: v.frameRate,
      resolution: v.resolution.trim(),
      colourSpace: v.colourSpace.trim(),
      audioLayout: v.audioLayout.trim(),
      loudnessLufs: loudness,
      subtitleLanguages: parseLanguages(v.subtitleLanguages),
      documents: [...v.documents],
      deliveryDeadline: v.deliveryDeadline || null,
      isan: v.isan.trim(),
      notes: v.notes.trim(),
    },
  };
}

/** The episodes to add at once: a count from 1 to 200 and an optional title prefix. */
export function episodesInput(count: string, prefix: string): Checked<{ count: number; titlePrefix: string | null }, 'count'> {
  const n = count.trim();
  if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 200) return { field: 'count', key: 'episodes.countRange' };
  return { input: { count: Number(n), titlePrefix: prefix.trim() || null } };
}
