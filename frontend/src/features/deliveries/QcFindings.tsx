// The QC findings of a delivery, with timecodes, and the form that records one.
import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { QcCategory, QcSeverity } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { fieldError } from '../../lib/errors';
import { useI18n, type Key } from '../../app/i18n';
import { EmptyState, FieldError } from '../../ui';
import type { Detail } from './deliveryDetail';
import { itemName } from './deliveries';
import { languageName } from '../../lib/labels';

const AddQcFindingMutation = graphql(`
  mutation AddQcFinding($deliveryId: ID!, $input: QcFindingInput!) {
    addQcFinding(deliveryId: $deliveryId, input: $input) {
      id
      timecodeIn
      timecodeOut
      severity
      category
      description
      fixed
    }
  }
`);

const SetQcFindingFixedMutation = graphql(`
  mutation SetQcFindingFixed($id: ID!, $fixed: Boolean!) {
    setQcFindingFixed(id: $id, fixed: $fixed) {
      id
      fixed
      fixedAt
    }
  }
`);

const SEVERITIES: readonly QcSeverity[] = ['BLOCKING', 'MAJOR', 'MINOR', 'INFO'];

const CATEGORIES: readonly QcCategory[] = ['VIDEO', 'AUDIO', 'SUBTITLES', 'METADATA'];

export function Findings({ delivery: d, canEdit, onChange }: { delivery: Detail; canEdit: boolean; onChange: () => void }) {
  const { t } = useI18n();
  const [fixState, setFixed] = useMutation(SetQcFindingFixedMutation);
  const [fixError, setFixError] = useState<string | null>(null);
  // Open ones first, the most serious on top, then in timecode order.
  const findings = [...d.qcFindings].sort(
    (a, b) =>
      Number(a.fixed) - Number(b.fixed) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      a.timecodeIn.localeCompare(b.timecodeIn),
  );

  async function toggle(id: string, fixed: boolean) {
    setFixError(null);
    const res = await setFixed({ id, fixed });
    if (res.error) setFixError(errorMessage(res.error));
    else onChange();
  }

  return (
    <section>
      <h2>
        {t('delivery.qc')} <small class="muted">({d.qcFindings.length})</small>
      </h2>
      {d.openBlockingFindings > 0 && (
        <p class="error" data-testid="open-blocking">
          {t('delivery.openBlocking', { n: d.openBlockingFindings })}
        </p>
      )}
      {findings.length === 0 ? (
        <EmptyState>{t('delivery.noFindings')}</EmptyState>
      ) : (
        <ul class="rows finding-rows">
          {findings.map((f) => (
            <li
              key={f.id}
              class={`${f.fixed ? 'finding-fixed' : ''} ${f.severity === 'BLOCKING' && !f.fixed ? 'finding-blocking' : ''}`}
              data-testid="qc-finding"
              data-finding-id={f.id}
              data-fixed={String(f.fixed)}
              data-severity={f.severity}
            >
              <span class="tc">
                {f.timecodeIn}
                <br />
                {f.timecodeOut}
              </span>
              <span class="grow">
                <span class={`badge sev-${f.severity.toLowerCase()}`}>{t(`delivery.severity.${f.severity}` as Key)}</span>{' '}
                <span class="badge">{t(`delivery.category.${f.category}` as Key)}</span>
                <br />
                {f.description}
              </span>
              {canEdit ? (
                <button
                  type="button"
                  class={`small ${f.fixed ? 'secondary outline' : ''}`}
                  aria-pressed={f.fixed}
                  disabled={fixState.fetching}
                  onClick={() => toggle(f.id, !f.fixed)}
                  data-testid="finding-fix"
                >
                  {f.fixed ? `✓ ${t('delivery.fixed')}` : t('delivery.markFixed')}
                </button>
              ) : (
                <span class="muted">{f.fixed ? t('delivery.fixed') : t('delivery.open')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {fixError && (
        <p class="error" role="alert">
          {fixError}
        </p>
      )}
      {canEdit && <FindingForm delivery={d} onAdded={onChange} />}
    </section>
  );
}

const FINDING_FIELDS = ['timecodeIn', 'timecodeOut', 'severity', 'category', 'description', 'itemId'];

function FindingForm({ delivery: d, onAdded }: { delivery: Detail; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const [state, add] = useMutation(AddQcFindingMutation);
  const [tcIn, setTcIn] = useState('');
  const [tcOut, setTcOut] = useState('');
  const [severity, setSeverity] = useState<QcSeverity>('MAJOR');
  const [category, setCategory] = useState<QcCategory>('VIDEO');
  const [description, setDescription] = useState('');
  const [itemId, setItemId] = useState('');
  const [err, setErr] = useState<{ field: string; message: string } | null>(null);
  const rate = d.production.spec.technicalProfile.frameRate;

  async function submit(e: Event) {
    e.preventDefault();
    setErr(null);
    const res = await add({
      deliveryId: d.id,
      input: {
        timecodeIn: tcIn.trim(),
        timecodeOut: tcOut.trim() || tcIn.trim(),
        severity,
        category,
        description: description.trim(),
        itemId: itemId || null,
      },
    });
    if (res.error) {
      setErr(fieldError(res.error));
      return;
    }
    setTcIn('');
    setTcOut('');
    setDescription('');
    onAdded();
  }

  const invalid = (f: string) => (err?.field === f ? true : undefined);
  const fieldErr = (f: string) => <FieldError name={f} error={err} />;

  return (
    <details class="finding-form" open={d.status === 'QC' || d.status === 'QC_FAILED'}>
      <summary>{t('delivery.addFinding')}</summary>
      <form onSubmit={submit} data-testid="qc-form" noValidate>
        <div class="form-grid">
          <label>
            {t('delivery.tcIn')}
            <input
              type="text"
              inputMode="numeric"
              required
              placeholder="00:00:00:00"
              value={tcIn}
              onInput={(e) => setTcIn(e.currentTarget.value)}
              aria-invalid={invalid('timecodeIn')}
              class="mono"
              data-testid="qc-tc-in"
            />
            {fieldErr('timecodeIn')}
          </label>
          <label>
            {t('delivery.tcOut')}
            <input
              type="text"
              inputMode="numeric"
              placeholder="00:00:00:00"
              value={tcOut}
              onInput={(e) => setTcOut(e.currentTarget.value)}
              aria-invalid={invalid('timecodeOut')}
              class="mono"
              data-testid="qc-tc-out"
            />
            {fieldErr('timecodeOut')}
          </label>
          <label>
            {t('delivery.severity')}
            <select value={severity} onChange={(e) => setSeverity(e.currentTarget.value as QcSeverity)} aria-invalid={invalid('severity')} data-testid="qc-severity">
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`delivery.severity.${s}` as Key)}
                </option>
              ))}
            </select>
            {fieldErr('severity')}
          </label>
          <label>
            {t('delivery.category')}
            <select value={category} onChange={(e) => setCategory(e.currentTarget.value as QcCategory)} aria-invalid={invalid('category')} data-testid="qc-category">
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`delivery.category.${c}` as Key)}
                </option>
              ))}
            </select>
            {fieldErr('category')}
          </label>
          {d.items.length > 0 && (
            <label>
              {t('delivery.findingItem')}
              <select value={itemId} onChange={(e) => setItemId(e.currentTarget.value)} aria-invalid={invalid('itemId')} data-testid="qc-item">
                <option value="">{t('delivery.wholeDelivery')}</option>
                {d.items.map((it) => (
                  <option key={it.id} value={it.id}>
                    {itemName(it, t, (code) => languageName(code, lang))}
                  </option>
                ))}
              </select>
              {fieldErr('itemId')}
            </label>
          )}
        </div>
        <small class="muted">{rate ? t('delivery.tcHint', { rate }) : t('delivery.tcHintNoRate')}</small>
        <label>
          {t('delivery.description')}
          <textarea
            required
            maxLength={2000}
            rows={2}
            value={description}
            onInput={(e) => setDescription(e.currentTarget.value)}
            aria-invalid={invalid('description')}
            data-testid="qc-description"
          />
          {fieldErr('description')}
        </label>
        {err && !FINDING_FIELDS.includes(err.field) && (
          <p class="error" role="alert" data-testid="qc-error">
            {err.message || t('common.error')}
          </p>
        )}
        <button type="submit" class="small" disabled={state.fetching} aria-busy={state.fetching} data-testid="qc-submit">
          {t('delivery.add')}
        </button>
      </form>
    </details>
  );
}
