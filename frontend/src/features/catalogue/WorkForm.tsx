import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { fieldError } from '../../lib/errors';
import { useI18n, type Key } from '../../app/i18n';
import { KindSelect } from '../productions/KindSelect';
import { type WorkField, type WorkFormValues, workInput } from './works';
import { FieldError } from '../../ui';

const WorkFormOptionsQuery = graphql(`
  query WorkFormOptions {
    productions(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
    ...HolderChoices
  }
`);

export const WorkFactsDoc = graphql(`
  fragment WorkFacts on Work {
    id
    title
    originalTitle
    kind
    year
    runtimeMinutes
    episodes
    isan
    production {
      id
      title
    }
    residualHolder {
      id
      name
    }
  }
`);

const CreateWorkMutation = graphql(`
  mutation CreateWork($input: WorkInput!) {
    createWork(input: $input) {
      ...WorkFacts
    }
  }
`);

const UpdateWorkMutation = graphql(`
  mutation UpdateWork($id: ID!, $input: WorkInput!) {
    updateWork(id: $id, input: $input) {
      ...WorkFacts
    }
  }
`);

const FIELDS: readonly WorkField[] = ['title', 'originalTitle', 'kind', 'year', 'runtimeMinutes', 'episodes', 'isan', 'productionId', 'residualHolderId'];

/**
 * The work form of the catalogue: creates a work (without `workId`) or modifies one. The server
 * checks ranges, the ISAN and the holder; its error shows under the field it names.
 */
export function WorkForm({
  initial,
  workId,
  onDone,
  onCancel,
}: {
  initial: WorkFormValues;
  workId?: string;
  onDone: (work: { id: string; title: string }) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState<WorkFormValues>(initial);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [{ data: options }] = useQuery({ query: WorkFormOptionsQuery });
  const [createState, create] = useMutation(CreateWorkMutation);
  const [updateState, update] = useMutation(UpdateWorkMutation);
  const busy = createState.fetching || updateState.fetching;

  function set<K extends WorkField>(field: K, value: WorkFormValues[K]) {
    setV((old) => ({ ...old, [field]: value }));
    if (error?.field === field) setError(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = workInput(v);
    if ('field' in checked) {
      setError({ field: checked.field, message: t(checked.key) });
      return;
    }
    setError(null);
    const res = workId ? await update({ id: workId, input: checked.input }) : await create({ input: checked.input });
    const work = res.data && ('updateWork' in res.data ? res.data.updateWork : 'createWork' in res.data ? res.data.createWork : null);
    if (work) {
      onDone(work);
      return;
    }
    const err = fieldError(res.error);
    setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
  }

  const prefix = workId ? 'work-edit' : 'work-new';
  const invalid = (field: WorkField) => (error?.field === field ? true : undefined);
  const errorOf = (field: WorkField) => <FieldError name={field} error={error} testId={`${prefix}-error-${field}`} />;
  const text = (field: 'title' | 'originalTitle', label: Key) => (
    <label>
      {t(label)}
      <input value={v[field]} aria-invalid={invalid(field)} onInput={(e) => set(field, e.currentTarget.value)} required={field === 'title'}
        data-testid={`${prefix}-${field}`}
      />
      {errorOf(field)}
    </label>
  );
  const whole = (field: 'year' | 'runtimeMinutes' | 'episodes', label: Key) => (
    <label>
      {t(label)}
      <input
        inputMode="numeric"
        pattern="[0-9]*"
        value={v[field]}
        aria-invalid={invalid(field)}
        onInput={(e) => set(field, e.currentTarget.value)}
        data-testid={`${prefix}-${field}`}
      />
      {errorOf(field)}
    </label>
  );

  return (
    <form onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
      <div class="form-grid">
        {text('title', 'catalogue.workTitle')}
        {text('originalTitle', 'catalogue.workOriginalTitle')}
        <label>
          {t('catalogue.workKind')}
          <KindSelect value={v.kind} onChange={(k) => set('kind', k)} testId={`${prefix}-kind`} />
          {errorOf('kind')}
        </label>
        {whole('year', 'catalogue.workYear')}
        {whole('runtimeMinutes', 'catalogue.workRuntime')}
        {whole('episodes', 'catalogue.workEpisodes')}
        <label>
          {t('catalogue.workIsan')}
          <input
            class="mono"
            value={v.isan}
            autocapitalize="characters"
            spellcheck={false}
            aria-invalid={invalid('isan')}
            aria-describedby={`${prefix}-isan-hint`}
            onInput={(e) => set('isan', e.currentTarget.value)}
            data-testid={`${prefix}-isan`}
          />
          {errorOf('isan') ?? (
            <small id={`${prefix}-isan-hint`} class="muted">
              {t('catalogue.workIsanHint')}
            </small>
          )}
        </label>
        <label>
          {t('catalogue.workProduction')}
          <select
            value={v.productionId}
            aria-invalid={invalid('productionId')}
            onChange={(e) => set('productionId', e.currentTarget.value)}
            data-testid={`${prefix}-production`}
          >
            <option value="">{t('catalogue.workNoProduction')}</option>
            {options?.productions.edges.map(({ node: p }) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
          {errorOf('productionId')}
        </label>
        <label>
          {t('catalogue.workResidual')}
          <select
            required
            value={v.residualHolderId}
            aria-invalid={invalid('residualHolderId')}
            onChange={(e) => set('residualHolderId', e.currentTarget.value)}
            data-testid={`${prefix}-holder`}
          >
            <option value="">{t('catalogue.workChooseHolder')}</option>
            {options?.rightsHolders.edges.map(({ node: h }) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
          {errorOf('residualHolderId')}
        </label>
      </div>
      {error && !FIELDS.includes(error.field as WorkField) && (
        <p class="error" role="alert" data-testid={`${prefix}-error`}>
          {error.message}
        </p>
      )}
      <div class="action-buttons">
        <button type="submit" class="small" disabled={busy} aria-busy={busy} data-testid={`${prefix}-submit`}>
          {workId ? t('catalogue.workSave') : t('catalogue.workCreate')}
        </button>
        {onCancel && (
          <button type="button" class="secondary outline small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
