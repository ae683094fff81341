// The catalogue's work form: its values as typed, and the WorkInput sent to createWork / updateWork.
import type { ProductionKind, WorkInput } from '../../gql/graphql';
import type { Key } from '../../app/i18n';

export const PRODUCTION_KINDS: readonly ProductionKind[] = [
  'FEATURE_FILM',
  'TV_FICTION',
  'TV_SERIES',
  'DOCUMENTARY',
  'MAGAZINE',
  'ANIMATION',
  'GAME',
  'OTHER',
];

/** The form's fields, as strings the way inputs hold them. */
export interface WorkFormValues {
  title: string;
  originalTitle: string;
  kind: ProductionKind;
  year: string;
  runtimeMinutes: string;
  episodes: string;
  isan: string;
  productionId: string;
  residualHolderId: string;
}

export const EMPTY_WORK: WorkFormValues = {
  title: '',
  originalTitle: '',
  kind: 'FEATURE_FILM',
  year: '',
  runtimeMinutes: '',
  episodes: '',
  isan: '',
  productionId: '',
  residualHolderId: '',
};

interface WorkLike {
  title: string;
  originalTitle: string;
  kind: ProductionKind;
  year?: number | null;
  runtimeMinutes?: number | null;
  episodes?: number | null;
  isan: string;
  production?: { id: string } | null;
  residualHolder: { id: string };
}

/** The form filled with a work's values, to modify it. */
export function workFormValues(w: WorkLike): WorkFormValues {
  const num = (n: number | null | undefined) => (n == null ? '' : String(n));
  return {
    title: w.title,
    originalTitle: w.originalTitle,
    kind: w.kind,
    year: num(w.year),
    runtimeMinutes: num(w.runtimeMinutes),
    episodes: num(w.episodes),
    isan: w.isan,
    productionId: w.production?.id ?? '',
    residualHolderId: w.residualHolder.id,
  };
}

export type WorkField = keyof WorkFormValues;

/** A whole number typed in a field: null when empty, NaN when not a positive whole number. */
function whole(s: string): number | null {
  const v = s.trim();
  if (!v) return null;
  return /^\d+$/.test(v) ? Number(v) : NaN;
}

/**
 * The WorkInput of the form, or the first field the browser can already tell is wrong (as an
 * i18n key). Ranges and the ISAN checksum are left to the server, which names the field.
 */
export function workInput(v: WorkFormValues): { input: WorkInput } | { field: WorkField; key: Key } {
  if (!v.title.trim()) return { field: 'title', key: 'catalogue.workErrorTitle' };
  const year = whole(v.year);
  if (Number.isNaN(year)) return { field: 'year', key: 'catalogue.workErrorNumber' };
  const runtimeMinutes = whole(v.runtimeMinutes);
  if (Number.isNaN(runtimeMinutes)) return { field: 'runtimeMinutes', key: 'catalogue.workErrorNumber' };
  const episodes = whole(v.episodes);
  if (Number.isNaN(episodes)) return { field: 'episodes', key: 'catalogue.workErrorNumber' };
  if (!v.residualHolderId) return { field: 'residualHolderId', key: 'catalogue.workErrorHolder' };
  return {
    input: {
      title: v.title.trim(),
      originalTitle: v.originalTitle.trim(),
      kind: v.kind,
      year,
      runtimeMinutes,
      episodes,
      isan: v.isan.trim(),
      productionId: v.productionId || null,
      residualHolderId: v.residualHolderId,
    },
  };
}
