import { useEffect, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { ProductionStatus } from '../../gql/graphql';
import { useI18n, type Key } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { linkTo, navigate } from '../../lib/navigation';
import { FieldError, Loading, LoadingOrError, type FieldProblem } from '../../ui';
import { ClientChoicesQuery } from './ProductionList';
import { KindSelect } from './KindSelect';
import { PRODUCTION_STATUSES, lastListPath } from './listState';
import {
  DOCUMENTS,
  EMPTY_PRODUCTION,
  FRAME_RATES,
  productionFormValues,
  productionInput,
  type ProductionField,
  type ProductionFormValues,
} from './productionForm';
import './productions.css';

export const ProductionEditDoc = graphql(`
  fragment ProductionEdit on Production {
    id
    title
    kind
    status
    director
    notes
    client {
      id
      name
    }
    spec {
      runtimeMinutes
      deliveryDeadline
      isan
      technicalProfile {
        frameRate
        resolution
        colourSpace
        audioLayout
        loudnessLufs
        subtitleLanguages
        documents
      }
    }
  }
`);

const ProductionEditQuery = graphql(`
  query ProductionEditForm($id: ID!) {
    production(id: $id) {
      ...ProductionEdit
    }
  }
`);

const CreateProductionMutation = graphql(`
  mutation CreateProductionForm($input: ProductionInput!) {
    createProduction(input: $input) {
      ...ProductionEdit
    }
  }
`);

const UpdateProductionMutation = graphql(`
  mutation UpdateProductionForm($id: ID!, $input: ProductionInput!) {
    updateProduction(id: $id, input: $input) {
      ...ProductionEdit
    }
  }
`);

const FIELDS: readonly ProductionField[] = [
  'title', 'kind', 'status', 'clientId', 'director', 'runtimeMinutes', 'frameRate', 'resolution', 'colourSpace', 'audioLayout',
  'loudnessLufs', 'subtitleLanguages', 'documents', 'deliveryDeadline', 'isan', 'notes',
];

// Suggestions only: the API takes any text for these two.
const COLOUR_SPACES = ['Rec.709', 'Rec.2020', 'Rec.2100 PQ', 'Rec.2100 HLG', 'DCI-P3', 'P3-D65'];
const AUDIO_LAYOUTS = ['Stéréo 2.0', '5.1', '7.1', 'Dolby Atmos', 'Mono'];

/** Creating a production (without `id`) or modifying one: /productions/new, /productions/:id/edit. */
export function ProductionFormPage({ id }: { id?: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: ProductionEditQuery, variables: { id: id ?? '' }, pause: !id });
  const back = id ? `/productions/${id}` : lastListPath();
  const title = id ? (data ? t('productionForm.editTitle', { title: data.production.title }) : '') : t('productionForm.newTitle');
  let initial: ProductionFormValues | null = null;
  if (!id) {
    // From a client's page or just after creating one: that client is chosen already.
    const client = new URLSearchParams(location.search).get('client') ?? '';
    initial = { ...EMPTY_PRODUCTION, clientId: client };
  } else if (data) initial = productionFormValues(data.production);
  return (
    <main class="container">
      <nav class="crumbs">
        <a href={back} onClick={linkTo(back)} data-testid="back-link">
          {id ? '← ' + (data?.production.title ?? t('common.back')) : t('list.back')}
        </a>
      </nav>
      <h1>{title}</h1>
      {initial ? <ProductionForm key={id ?? 'new'} id={id} initial={initial} /> : fetching ? <Loading /> : <LoadingOrError fetching={false} error={error} />}
    </main>
  );
}

function ProductionForm({ id, initial }: { id?: string; initial: ProductionFormValues }) {
  const { t, lang } = useI18n();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<FieldProblem | null>(null);
  const [{ data: clients, fetching: loadingClients }] = useQuery({ query: ClientChoicesQuery, requestPolicy: 'cache-and-network' });
  const [createState, create] = useMutation(CreateProductionMutation);
  const [updateState, update] = useMutation(UpdateProductionMutation);
  const busy = createState.fetching || updateState.fetching;
  const prefix = id ? 'production-edit' : 'production-new';

  // A single client is the one to choose.
  const only = clients?.clients.totalCount === 1 ? clients.clients.edges[0].node.id : '';
  useEffect(() => {
    if (only && !v.clientId) setV((old) => ({ ...old, clientId: only }));
  }, [only]);

  function set<K extends ProductionField>(field: K, value: ProductionFormValues[K]) {
    setV((old) => ({ ...old, [field]: value }));
    if (error?.field === field) setError(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = productionInput(v);
    if ('field' in checked) {
      setError({ field: checked.field, message: t(checked.key) });
      focusField(checked.field);
      return;
    }
    setError(null);
    const res = id ? await update({ id, input: checked.input }) : await create({ input: checked.input });
    const saved = res.data && ('updateProduction' in res.data ? res.data.updateProduction : 'createProduction' in res.data ? res.data.createProduction : null);
    if (saved) {
      navigate(`/productions/${saved.id}`);
      return;
    }
    const err = fieldError(res.error);
    const problem = { field: err?.field ?? '', message: err?.message || t('common.error') };
    setError(problem);
    focusField(problem.field);
  }

  function focusField(field: string) {
    // After the render that shows the error, so a phone scrolls to it.
    setTimeout(() => document.querySelector<HTMLElement>(`[data-testid="${prefix}-${field}"]`)?.focus(), 0);
  }

  const invalid = (f: ProductionField) => (error?.field === f ? true : undefined);
  // The field's error when it has one, else its hint (FieldError renders nothing for another field).
  const errorOf = (f: ProductionField) => (error?.field === f ? <FieldError name={f} error={error} testId={`${prefix}-error-${f}`} /> : null);
  const text = (f: 'title' | 'director' | 'resolution' | 'colourSpace' | 'audioLayout' | 'isan' | 'subtitleLanguages', label: Key, hint?: Key, list?: string) => (
    <label>
      {t(label)}
      <input
        value={v[f]}
        aria-invalid={invalid(f)}
        list={list}
        class={f === 'isan' ? 'mono' : undefined}
        spellcheck={f === 'isan' ? false : undefined}
        autocapitalize={f === 'isan' ? 'characters' : undefined}
        onInput={(e) => set(f, e.currentTarget.value)}
        data-testid={`${prefix}-${f}`}
      />
      {errorOf(f) ?? (hint && <small class="muted">{t(hint)}</small>)}
    </label>
  );
  const noClient = clients && clients.clients.totalCount === 0;

  return (
    <form class="edit-form" onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
      <fieldset>
        <legend>{t('productionForm.general')}</legend>
        <div class="form-grid">
          {text('title', 'productionForm.title')}
          <label>
            {t('production.client')}
            <select value={v.clientId} aria-invalid={invalid('clientId')} onChange={(e) => set('clientId', e.currentTarget.value)} data-testid={`${prefix}-clientId`}>
              <option value="">{loadingClients && !clients ? '…' : t('productionForm.chooseClient')}</option>
              {clients?.clients.edges.map(({ node: c }) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {errorOf('clientId')}
          </label>
          <label>
            {t('production.kind')}
            <KindSelect value={v.kind} onChange={(k) => set('kind', k)} testId={`${prefix}-kind`} />
            {errorOf('kind')}
          </label>
          {text('director', 'production.director')}
          <label>
            {t('production.status')}
            <select value={v.status} onChange={(e) => set('status', e.currentTarget.value as ProductionStatus)} data-testid={`${prefix}-status`}>
              {PRODUCTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}` as Key)}
                </option>
              ))}
            </select>
            {errorOf('status') ?? (v.status === 'CLOSED' && <small class="muted">{t('productionForm.statusHint')}</small>)}
          </label>
        </div>
        {noClient && (
          <p data-testid="no-client">
            {t('productionForm.noClient')}{' '}
            <a href="/clients/new?next=production" onClick={linkTo('/clients/new?next=production')}>
              {t('productionForm.createClient')}
            </a>
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t('productionForm.technical')}</legend>
        <div class="form-grid">
          <label>
            {t('production.runtime')}
            <input
              inputMode="numeric"
              value={v.runtimeMinutes}
              aria-invalid={invalid('runtimeMinutes')}
              onInput={(e) => set('runtimeMinutes', e.currentTarget.value)}
              data-testid={`${prefix}-runtimeMinutes`}
            />
            {errorOf('runtimeMinutes') ?? <small class="muted">{t('productionForm.runtimeHint')}</small>}
          </label>
          <label>
            {t('production.frameRate')}
            <select value={v.frameRate} aria-invalid={invalid('frameRate')} onChange={(e) => set('frameRate', e.currentTarget.value)} data-testid={`${prefix}-frameRate`}>
              <option value="">{t('productionForm.noFrameRate')}</option>
              {FRAME_RATES.map((r) => (
                <option key={r} value={r}>
                  {t('productionForm.fps', { rate: lang === 'fr' ? r.replace('.', ',') : r })}
                </option>
              ))}
            </select>
            {errorOf('frameRate')}
          </label>
          {text('resolution', 'production.resolution', 'productionForm.resolutionHint')}
          {text('colourSpace', 'production.colourSpace', undefined, 'colour-spaces')}
          {text('audioLayout', 'production.audioLayout', undefined, 'audio-layouts')}
          <label>
            {t('productionForm.loudness')}
            <input
              inputMode="decimal"
              value={v.loudnessLufs}
              aria-invalid={invalid('loudnessLufs')}
              onInput={(e) => set('loudnessLufs', e.currentTarget.value)}
              data-testid={`${prefix}-loudnessLufs`}
            />
            {errorOf('loudnessLufs') ?? <small class="muted">{t('productionForm.loudnessHint')}</small>}
          </label>
          {text('subtitleLanguages', 'productionForm.subtitles', 'productionForm.subtitlesHint')}
        </div>
        <datalist id="colour-spaces">
          {COLOUR_SPACES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <datalist id="audio-layouts">
          {AUDIO_LAYOUTS.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <p class="muted">{t('productionForm.documents')}</p>
        <div class="checks" data-testid={`${prefix}-documents`}>
          {DOCUMENTS.map((d) => (
            <label key={d}>
              <input
                type="checkbox"
                checked={v.documents.includes(d)}
                onChange={(e) => set('documents', e.currentTarget.checked ? [...v.documents, d] : v.documents.filter((x) => x !== d))}
              />
              {t(`production.doc.${d}` as Key)}
            </label>
          ))}
        </div>
        {errorOf('documents')}
      </fieldset>

      <fieldset>
        <legend>{t('productionForm.delivery')}</legend>
        <div class="form-grid">
          <label>
            {t('production.deadline')}
            <input
              type="date"
              value={v.deliveryDeadline}
              aria-invalid={invalid('deliveryDeadline')}
              onInput={(e) => set('deliveryDeadline', e.currentTarget.value)}
              data-testid={`${prefix}-deliveryDeadline`}
            />
            {errorOf('deliveryDeadline')}
          </label>
          {text('isan', 'production.isan', 'productionForm.isanHint')}
        </div>
        <label>
          {t('production.notes')}
          <textarea rows={3} value={v.notes} aria-invalid={invalid('notes')} onInput={(e) => set('notes', e.currentTarget.value)} data-testid={`${prefix}-notes`} />
          {errorOf('notes')}
        </label>
      </fieldset>

      {error && !(FIELDS as readonly string[]).includes(error.field) && (
        <p class="error" role="alert" data-testid={`${prefix}-error`}>
          {error.message}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy} data-testid={`${prefix}-submit`}>
          {id ? t('productionForm.save') : t('productionForm.create')}
        </button>
        <a href={id ? `/productions/${id}` : lastListPath()} onClick={linkTo(id ? `/productions/${id}` : lastListPath())}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}
