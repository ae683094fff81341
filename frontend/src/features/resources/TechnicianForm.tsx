// The technician form: creates one (without `technicianId`) or edits one. The API's errors show
// under the field they name; nothing is saved when anything is wrong.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { Employment } from '../../gql/graphql';
import { fieldError } from '../../lib/errors';
import { useI18n, type Key } from '../../app/i18n';
import { FieldError, invalidIf, type FieldProblem } from '../../ui';
import { OperationChoicesQuery } from './fragments';
import { EMPLOYMENTS, technicianInput, type TechnicianField, type TechnicianValues } from './resources';

const CreateTechnicianMutation = graphql(`
  mutation CreateTechnician($input: TechnicianInput!) {
    createTechnician(input: $input) {
      ...TechnicianFields
    }
  }
`);

const UpdateTechnicianMutation = graphql(`
  mutation UpdateTechnician($id: ID!, $input: TechnicianInput!) {
    updateTechnician(id: $id, input: $input) {
      ...TechnicianFields
    }
  }
`);

export function TechnicianForm({
  initial,
  technicianId,
  onDone,
  onCancel,
}: {
  initial: TechnicianValues;
  technicianId?: string;
  onDone: (t: { id: string; name: string }) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<FieldProblem | null>(null);
  const [{ data: ops }] = useQuery({ query: OperationChoicesQuery });
  const [createState, create] = useMutation(CreateTechnicianMutation);
  const [updateState, update] = useMutation(UpdateTechnicianMutation);
  const busy = createState.fetching || updateState.fetching;
  const prefix = technicianId ? 'technician-edit' : 'technician-new';

  function set<K extends TechnicianField>(field: K, value: TechnicianValues[K]) {
    setV((old) => ({ ...old, [field]: value }));
    if (error?.field === field) setError(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = technicianInput(v);
    if ('field' in checked) {
      setError({ field: checked.field, message: t(checked.key) });
      return;
    }
    setError(null);
    const res = technicianId ? await update({ id: technicianId, input: checked.input }) : await create({ input: checked.input });
    const saved = res.data && ('updateTechnician' in res.data ? res.data.updateTechnician : 'createTechnician' in res.data ? res.data.createTechnician : null);
    if (saved) {
      if (!technicianId) setV(initial);
      onDone(saved);
      return;
    }
    const err = fieldError(res.error);
    setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
  }

  const errorOf = (field: TechnicianField) => <FieldError name={field} error={error} testId={`${prefix}-error-${field}`} />;
  const text = (field: 'name' | 'email' | 'phone', label: Key, type = 'text') => (
    <label>
      {t(label)}
      <input
        type={type}
        value={v[field]}
        required={field === 'name'}
        autocomplete="off"
        {...invalidIf(field, error)}
        onInput={(e) => set(field, e.currentTarget.value)}
        data-testid={`${prefix}-${field}`}
      />
      {errorOf(field)}
    </label>
  );
  const rate = (field: 'hourlyRate' | 'dailyRate', label: Key, unit: Key) => (
    <label>
      {t(label)}
      <span class="unit-input">
        <input
          inputMode="decimal"
          value={v[field]}
          required
          {...invalidIf(field, error)}
          onInput={(e) => set(field, e.currentTarget.value)}
          data-testid={`${prefix}-${field}`}
        />
        <span class="unit">{t(unit)}</span>
      </span>
      {errorOf(field)}
    </label>
  );
  const operations = ops?.operations.edges.map((e) => e.node) ?? [];

  return (
    <form onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
      <div class="form-grid">
        {text('name', 'resources.name')}
        <label>
          {t('resources.functions')}
          <input value={v.functions} {...invalidIf('functions', error)} onInput={(e) => set('functions', e.currentTarget.value)} data-testid={`${prefix}-functions`} />
          {error?.field === 'functions' ? errorOf('functions') : <small class="muted">{t('resources.functionsHint')}</small>}
        </label>
        <label>
          {t('resources.employment')}
          <select value={v.employment} onChange={(e) => set('employment', e.currentTarget.value as Employment)} data-testid={`${prefix}-employment`}>
            {EMPLOYMENTS.map((k) => (
              <option key={k} value={k}>
                {t(`employment.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {rate('dailyRate', 'resources.dailyRate', 'resources.perDay')}
        {rate('hourlyRate', 'resources.hourlyRate', 'resources.perHour')}
        {text('email', 'resources.email', 'email')}
        {text('phone', 'resources.phone', 'tel')}
      </div>
      <fieldset class="skills" data-testid={`${prefix}-skills`}>
        <legend>{t('resources.skills')}</legend>
        {operations.map((o) => (
          <label key={o.id} class="check">
            <input
              type="checkbox"
              checked={v.skills.includes(o.code)}
              onChange={(e) => set('skills', e.currentTarget.checked ? [...v.skills, o.code] : v.skills.filter((s) => s !== o.code))}
              data-skill={o.code}
            />
            {o.label}
          </label>
        ))}
        {errorOf('skills')}
      </fieldset>
      <FieldError name="" error={error} testId={`${prefix}-error`} />
      <div class="form-buttons">
        {onCancel && (
          <button type="button" class="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" disabled={busy} aria-busy={busy} data-testid={`${prefix}-submit`}>
          {t(technicianId ? 'resources.save' : 'resources.create')}
        </button>
      </div>
    </form>
  );
}
