import { describe, expect, it } from 'vitest';
import { EMPTY_WORK, PRODUCTION_KINDS, workFormValues, workInput } from './works';
import { translate } from '../../app/i18n';

const filled = { ...EMPTY_WORK, title: '  Marée basse ', residualHolderId: 'h1' };

describe('workInput', () => {
  it('builds the WorkInput, empty numbers and production as null', () => {
    expect(workInput(filled)).toEqual({
      input: {
        title: 'Marée basse',
        originalTitle: '',
        kind: 'FEATURE_FILM',
        year: null,
        runtimeMinutes: null,
        episodes: null,
        isan: '',
        productionId: null,
        residualHolderId: 'h1',
      },
    });
  });

  it('parses whole numbers and keeps the ISAN for the server to check', () => {
    const r = workInput({ ...filled, year: '2024', runtimeMinutes: ' 95 ', episodes: '6', isan: ' 0000-0000-3A8D ', productionId: 'p1' });
    expect(r).toMatchObject({ input: { year: 2024, runtimeMinutes: 95, episodes: 6, isan: '0000-0000-3A8D', productionId: 'p1' } });
  });

  it('names the first wrong field', () => {
    expect(workInput({ ...filled, title: ' ' })).toEqual({ field: 'title', key: 'catalogue.workErrorTitle' });
    expect(workInput({ ...filled, year: '20a4' })).toEqual({ field: 'year', key: 'catalogue.workErrorNumber' });
    expect(workInput({ ...filled, runtimeMinutes: '-5' })).toEqual({ field: 'runtimeMinutes', key: 'catalogue.workErrorNumber' });
    expect(workInput({ ...filled, episodes: '2,5' })).toEqual({ field: 'episodes', key: 'catalogue.workErrorNumber' });
    expect(workInput({ ...filled, residualHolderId: '' })).toEqual({ field: 'residualHolderId', key: 'catalogue.workErrorHolder' });
  });
});

describe('workFormValues', () => {
  it('fills the form from a work and round-trips', () => {
    const v = workFormValues({
      title: 'Le Goût du sel',
      originalTitle: 'The Taste of Salt',
      kind: 'TV_SERIES',
      year: 2023,
      runtimeMinutes: null,
      episodes: 8,
      isan: '',
      production: { id: 'p1' },
      residualHolder: { id: 'h1' },
    });
    expect(v).toMatchObject({ year: '2023', runtimeMinutes: '', episodes: '8', productionId: 'p1', residualHolderId: 'h1' });
    expect(workInput(v)).toMatchObject({ input: { kind: 'TV_SERIES', year: 2023, runtimeMinutes: null, productionId: 'p1' } });
  });
});

describe('PRODUCTION_KINDS', () => {
  it('has a French label for every kind', () => {
    for (const k of PRODUCTION_KINDS) expect(translate('fr', `kind.${k}`)).not.toBe(`kind.${k}`);
  });
});
