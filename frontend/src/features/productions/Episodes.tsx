import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { ProductionKind } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { EmptyState, FieldError, type FieldProblem } from '../../ui';
import { episodesInput } from './productionForm';
import { plural } from './plural';

const AddEpisodeMutation = graphql(`
  mutation AddEpisodeForm($productionId: ID!, $input: EpisodeInput!) {
    addEpisode(productionId: $productionId, input: $input) {
      id
      number
      title
      runtimeMinutes
    }
  }
`);

const AddEpisodesMutation = graphql(`
  mutation AddEpisodesForm($productionId: ID!, $count: Int!, $titlePrefix: String, $runtimeMinutes: Int) {
    addEpisodes(productionId: $productionId, count: $count, titlePrefix: $titlePrefix, runtimeMinutes: $runtimeMinutes) {
      id
      number
      title
      runtimeMinutes
    }
  }
`);

const EPISODIC: readonly ProductionKind[] = ['TV_SERIES', 'MAGAZINE', 'ANIMATION'];

interface Episode {
  id: string;
  number: number;
  title: string;
  runtimeMinutes?: number | null;
}

/** A production's episodes; a manager adds one (its number and title) or several at once, numbered after the last. */
export function Episodes({
  productionId,
  kind,
  episodes,
  manage,
  onAdded,
}: {
  productionId: string;
  kind: ProductionKind;
  episodes: Episode[];
  manage: boolean;
  onAdded: () => void;
}) {
  const { t } = useI18n();
  return (
    <section data-testid="episodes">
      <h2>
        {t('production.episodes')} <small class="muted">({episodes.length})</small>
      </h2>
      {episodes.length === 0 ? (
        <EmptyState>{t('production.noEpisodes')}</EmptyState>
      ) : (
        <ol class="rows">
          {episodes.map((e) => (
            <li key={e.id} data-testid="episode-row">
              <span class="num">{e.number}</span>
              <span class="grow">{e.title || '—'}</span>
              {e.runtimeMinutes != null && <span class="muted">{t('production.minutes', { n: e.runtimeMinutes })}</span>}
            </li>
          ))}
        </ol>
      )}
      {manage && (
        // Open at once for the kinds made of episodes; a feature film keeps it folded away.
        <details class="episode-fold" open={EPISODIC.includes(kind) || episodes.length > 0 || undefined}>
          <summary data-testid="episodes-toggle">{t('episodes.addMany')}</summary>
          <AddEpisodes productionId={productionId} next={Math.max(0, ...episodes.map((e) => e.number)) + 1} onAdded={onAdded} />
        </details>
      )}
    </section>
  );
}

function AddEpisodes({ productionId, next, onAdded }: { productionId: string; next: number; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<'many' | 'one'>('many');
  const [count, setCount] = useState('2');
  const [prefix, setPrefix] = useState('');
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [runtime, setRuntime] = useState('');
  const [error, setError] = useState<FieldProblem | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [oneState, addOne] = useMutation(AddEpisodeMutation);
  const [manyState, addMany] = useMutation(AddEpisodesMutation);
  const busy = oneState.fetching || manyState.fetching;

  function runtimeValue(): number | null | 'bad' {
    const r = runtime.trim();
    if (!r) return null;
    return /^\d+$/.test(r) ? Number(r) : 'bad';
  }

  async function submit(e: Event) {
    e.preventDefault();
    setDone(null);
    const minutes = runtimeValue();
    if (minutes === 'bad') {
      setError({ field: 'runtimeMinutes', message: t('productionForm.wholeMinutes') });
      return;
    }
    let res;
    let added = 1;
    if (mode === 'many') {
      const checked = episodesInput(count, prefix);
      if ('field' in checked) {
        setError({ field: checked.field, message: t(checked.key) });
        return;
      }
      added = checked.input.count;
      res = await addMany({ productionId, ...checked.input, runtimeMinutes: minutes });
    } else {
      const n = number.trim() || String(next);
      if (!/^\d+$/.test(n) || Number(n) < 1) {
        setError({ field: 'number', message: t('episodes.numberRequired') });
        return;
      }
      res = await addOne({ productionId, input: { number: Number(n), title: title.trim() || null, runtimeMinutes: minutes } });
    }
    if (res.error) {
      const err = fieldError(res.error);
      setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
      return;
    }
    setError(null);
    setNumber('');
    setTitle('');
    setDone(added);
    onAdded();
  }

  const n = /^\d+$/.test(count.trim()) ? Number(count.trim()) : 0;
  return (
    <form class="episode-add edit-form" onSubmit={submit} noValidate data-testid="episode-form">
      <div class="mode" role="group">
        <button type="button" class={mode === 'many' ? '' : 'secondary outline'} aria-pressed={mode === 'many'} onClick={() => setMode('many')} data-testid="episodes-mode-many">
          {t('episodes.addMany')}
        </button>
        <button type="button" class={mode === 'one' ? '' : 'secondary outline'} aria-pressed={mode === 'one'} onClick={() => setMode('one')} data-testid="episodes-mode-one">
          {t('episodes.addOne')}
        </button>
      </div>
      <div class="form-grid">
        {mode === 'many' ? (
          <>
            <label>
              {t('episodes.count')}
              <input inputMode="numeric" value={count} aria-invalid={error?.field === 'count' || undefined} onInput={(e) => setCount(e.currentTarget.value)} data-testid="episodes-count" />
              <FieldError name="count" error={error} />
            </label>
            <label>
              {t('episodes.prefix')}
              <input value={prefix} aria-invalid={error?.field === 'titlePrefix' || undefined} onInput={(e) => setPrefix(e.currentTarget.value)} data-testid="episodes-prefix" />
              <FieldError name="titlePrefix" error={error} />
              {error?.field !== 'titlePrefix' && <small class="muted">{t('episodes.prefixHint')}</small>}
            </label>
          </>
        ) : (
          <>
            <label>
              {t('episodes.number')}
              <input inputMode="numeric" value={number} placeholder={String(next)} aria-invalid={error?.field === 'number' || undefined} onInput={(e) => setNumber(e.currentTarget.value)} data-testid="episode-number" />
              <FieldError name="number" error={error} />
            </label>
            <label>
              {t('episodes.title')}
              <input value={title} aria-invalid={error?.field === 'title' || undefined} onInput={(e) => setTitle(e.currentTarget.value)} data-testid="episode-title" />
              <FieldError name="title" error={error} />
            </label>
          </>
        )}
        <label>
          {t('episodes.runtime')}
          <input inputMode="numeric" value={runtime} aria-invalid={error?.field === 'runtimeMinutes' || undefined} onInput={(e) => setRuntime(e.currentTarget.value)} data-testid="episodes-runtime" />
          <FieldError name="runtimeMinutes" error={error} />
        </label>
      </div>
      {error && !['count', 'titlePrefix', 'number', 'title', 'runtimeMinutes'].includes(error.field) && (
        <p class="error" role="alert" data-testid="episode-error">
          {error.message}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy} data-testid="episodes-submit">
          {mode === 'many' ? plural(t, lang, 'episodes.addN', n) : t('episodes.add')}
        </button>
        {done != null && (
          <span class="notice" role="status" data-testid="episodes-added">
            {plural(t, lang, 'episodes.added', done)}
          </span>
        )}
      </div>
    </form>
  );
}
