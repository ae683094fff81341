import { useEffect, useRef, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type {
  DeliveryDetailFragment,
  DeliveryItemStatus,
  DeliveryStatus,
  QcCategory,
  QcSeverity,
} from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import { todayParis } from '../../lib/dates';
import { formatBytes, parseBytes, statusKey } from './deliveries';
import { fieldError } from '../../lib/errors';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo } from '../../lib/navigation';
import { CompatibilityReport, DueBadge } from './DeliveryParts';
import { DateText, EmptyState, FieldError, LoadingOrError, StatusBadge } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';

// One fragment for the page and the answer of a status move, so graphcache updates what the page shows.
graphql(`
  fragment DeliveryDetail on Delivery {
    id
    status
    nextStatuses
    dueDate
    atRisk
    late
    recipient
    sentMethod
    sentReference
    rejectionReasons
    notes
    openBlockingFindings
    production {
      id
      title
      spec {
        technicalProfile {
          frameRate
        }
      }
    }
    episode {
      id
      number
      title
    }
    spec {
      id
      name
      recipientKind
    }
    items {
      id
      kind
      language
      label
      status
      fileName
      checksum
      size
    }
    qcFindings {
      id
      timecodeIn
      timecodeOut
      severity
      category
      description
      fixed
      fixedAt
      createdAt
      item {
        id
      }
    }
    history {
      from
      to
      method
      reference
      reasons
      at
      by {
        id
        name
      }
    }
    compatibility {
      ok
      issues {
        code
        severity
        message
      }
    }
  }
`);

const DeliveryQuery = graphql(`
  query Delivery($id: ID!) {
    me {
      role
    }
    delivery(id: $id) {
      ...DeliveryDetail
    }
  }
`);

const DeliveryPageEvents = graphql(`
  subscription DeliveryPageEvents($productionId: ID!) {
    deliveryEvents(productionId: $productionId) {
      id
      kind
      delivery {
        id
      }
    }
  }
`);

const TransitionDeliveryMutation = graphql(`
  mutation TransitionDelivery($id: ID!, $to: DeliveryStatus!, $details: TransitionDetails) {
    transitionDelivery(id: $id, to: $to, details: $details) {
      ...DeliveryDetail
    }
  }
`);

const UpdateDeliveryItemMutation = graphql(`
  mutation UpdateDeliveryItem($id: ID!, $input: DeliveryItemUpdate!) {
    updateDeliveryItem(id: $id, input: $input) {
      id
      status
      fileName
      checksum
      size
    }
  }
`);

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

type Detail = DeliveryDetailFragment;
type Item = Detail['items'][number];

const ITEM_STATUSES: readonly DeliveryItemStatus[] = ['PENDING', 'IN_PROGRESS', 'READY', 'DELIVERED'];
const SEVERITIES: readonly QcSeverity[] = ['BLOCKING', 'MAJOR', 'MINOR', 'INFO'];
const CATEGORIES: readonly QcCategory[] = ['VIDEO', 'AUDIO', 'SUBTITLES', 'METADATA'];

export function DeliveryPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DeliveryQuery, variables: { id } });
  const d = data?.delivery;
  const productionId = d?.production.id;
  // Each event about this delivery (or one that is gone) calls for a fresh read.
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  useLiveRefetch(
    {
      query: DeliveryPageEvents,
      variables: { productionId: productionId ?? '' },
      pause: !productionId,
      refetchOn: (ev) => !ev.deliveryEvents.delivery || ev.deliveryEvents.delivery.id === id,
      delay: 100,
    },
    refresh,
  );
  // The compatibility messages come in the caller's language.
  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang !== firstLang.current) refresh();
  }, [lang]);

  if (!d) {
    return (
      <main class="container">
        <a href="/deliveries" onClick={linkTo('/deliveries')}>
          ← {t('delivery.back')}
        </a>
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  const canEdit = canManage(data.me.role);
  const productionHref = `/productions/${d.production.id}`;
  return (
    <main class="container delivery-page">
      <nav class="crumbs">
        <a href="/deliveries" onClick={linkTo('/deliveries')}>
          ← {t('delivery.back')}
        </a>
        <LiveBadge />
      </nav>

      <header class="delivery-head">
        <p class="muted kicker">
          <a href={productionHref} onClick={linkTo(productionHref)} data-testid="delivery-production">
            {d.production.title}
          </a>
          {d.episode && <> · {t('delivery.episodeShort', { n: d.episode.number })}</>}
        </p>
        <h1 data-testid="delivery-recipient">{d.recipient}</h1>
        <p class="badges">
          <StatusBadge kind="delivery" status={d.status} testId="delivery-status" />
          <span class="deadline">
            {t('delivery.due')} <DateText date={d.dueDate} />
          </span>
          <DueBadge delivery={d} today={todayParis()} />
        </p>
        <dl class="delivery-facts">
          <dt>{t('delivery.spec')}</dt>
          <dd data-testid="delivery-spec">
            {d.spec.name} <small class="muted">({t(`delivery.recipientKind.${d.spec.recipientKind}` as Key)})</small>
          </dd>
          {d.production.spec.technicalProfile.frameRate && (
            <>
              <dt>{t('production.frameRate')}</dt>
              <dd>{t('delivery.fps', { rate: d.production.spec.technicalProfile.frameRate })}</dd>
            </>
          )}
          {(d.status === 'SENT' || d.status === 'ACCEPTED') && d.sentMethod && (
            <>
              <dt>{t('delivery.sending')}</dt>
              <dd data-testid="delivery-sent">
                {d.sentMethod} — {d.sentReference}
              </dd>
            </>
          )}
          {d.status === 'REJECTED' && d.rejectionReasons && (
            <>
              <dt>{t('delivery.reasons')}</dt>
              <dd class="notes">{d.rejectionReasons}</dd>
            </>
          )}
          {d.notes && (
            <>
              <dt>{t('production.notes')}</dt>
              <dd class="notes">{d.notes}</dd>
            </>
          )}
        </dl>
      </header>

      {canEdit && <StatusActions delivery={d} onDone={refresh} />}

      <Items delivery={d} canEdit={canEdit} />
      <Findings delivery={d} canEdit={canEdit} onChange={refresh} />
      <History delivery={d} />

      <section>
        <h2>{t('delivery.compat')}</h2>
        <CompatibilityReport compat={d.compatibility} />
      </section>
    </main>
  );
}

/** A button per allowed move; SENT asks how and where, REJECTED why. The server has the last word. */
function StatusActions({ delivery: d, onDone }: { delivery: Detail; onDone: () => void }) {
  const { t } = useI18n();
  const [state, transition] = useMutation(TransitionDeliveryMutation);
  const [asking, setAsking] = useState<DeliveryStatus | null>(null);
  const [method, setMethod] = useState('');
  const [reference, setReference] = useState('');
  const [reasons, setReasons] = useState('');
  const [err, setErr] = useState<{ field: string; message: string } | null>(null);

  // A move made elsewhere closes a form that no longer applies.
  useEffect(() => {
    if (asking && !d.nextStatuses.includes(asking)) setAsking(null);
  }, [d.status]);

  async function go(to: DeliveryStatus) {
    setErr(null);
    const details = to === 'SENT' ? { method: method.trim(), reference: reference.trim() } : to === 'REJECTED' ? { reasons: reasons.trim() } : null;
    const res = await transition({ id: d.id, to, details });
    if (res.error) {
      setErr(fieldError(res.error));
      return;
    }
    setAsking(null);
    setMethod('');
    setReference('');
    setReasons('');
    onDone();
  }

  function click(to: DeliveryStatus) {
    if (to === 'SENT' || to === 'REJECTED') {
      setErr(null);
      setAsking(asking === to ? null : to);
      return;
    }
    setAsking(null);
    void go(to);
  }

  return (
    <section class="status-actions" aria-label={t('delivery.actions')}>
      {d.nextStatuses.length === 0 ? (
        <p class="muted">{t('delivery.final')}</p>
      ) : (
        <div class="action-buttons">
          <span class="muted">{t('delivery.moveTo')}</span>
          {d.nextStatuses.map((s, i) => (
            <button
              key={s}
              type="button"
              class={`small ${i === 0 ? '' : 'secondary outline'}`}
              disabled={state.fetching}
              aria-expanded={s === 'SENT' || s === 'REJECTED' ? asking === s : undefined}
              onClick={() => click(s)}
              data-testid={`to-${s}`}
            >
              {t(statusKey(s))}
            </button>
          ))}
        </div>
      )}
      {asking === 'SENT' && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void go('SENT');
          }}
          data-testid="send-form"
        >
          <label>
            {t('delivery.method')}
            <input
              type="text"
              required
              maxLength={100}
              placeholder={t('delivery.methodHint')}
              value={method}
              onInput={(e) => setMethod(e.currentTarget.value)}
              aria-invalid={err?.field === 'method' ? true : undefined}
              data-testid="send-method"
            />
          </label>
          <label>
            {t('delivery.reference')}
            <input
              type="text"
              required
              maxLength={300}
              value={reference}
              onInput={(e) => setReference(e.currentTarget.value)}
              aria-invalid={err?.field === 'reference' ? true : undefined}
              data-testid="send-reference"
            />
          </label>
          <button type="submit" class="small" disabled={state.fetching} aria-busy={state.fetching} data-testid="send-submit">
            {t('delivery.confirmSend')}
          </button>
        </form>
      )}
      {asking === 'REJECTED' && (
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void go('REJECTED');
          }}
          data-testid="reject-form"
        >
          <label>
            {t('delivery.reasons')}
            <textarea
              required
              maxLength={2000}
              rows={3}
              value={reasons}
              onInput={(e) => setReasons(e.currentTarget.value)}
              aria-invalid={err?.field === 'reasons' ? true : undefined}
              data-testid="reject-reasons"
            />
          </label>
          <button type="submit" class="small" disabled={state.fetching} aria-busy={state.fetching} data-testid="reject-submit">
            {t('delivery.confirmReject')}
          </button>
        </form>
      )}
      {err && (
        <p class="error" role="alert" data-testid="transition-error" data-field={err.field}>
          {err.message || t('common.error')}
        </p>
      )}
    </section>
  );
}

function Items({ delivery: d, canEdit }: { delivery: Detail; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section>
      <h2>
        {t('delivery.items')} <small class="muted">({d.items.length})</small>
      </h2>
      {d.items.length === 0 ? (
        <EmptyState>{t('delivery.noItems')}</EmptyState>
      ) : (
        <ul class="rows item-rows">
          {d.items.map((it) =>
            editing === it.id ? (
              <li key={it.id} data-testid="delivery-item" data-item-id={it.id}>
                <ItemEditor item={it} onClose={() => setEditing(null)} />
              </li>
            ) : (
              <li key={it.id} data-testid="delivery-item" data-item-id={it.id} data-status={it.status}>
                <span class="grow">
                  <strong>{t(`delivery.kind.${it.kind}` as Key)}</strong>
                  {it.language && <span class="badge lang-badge">{it.language.toUpperCase()}</span>}
                  {it.label && <> · {it.label}</>}
                  <br />
                  <small class="muted item-file">
                    {it.fileName || t('delivery.noFile')}
                    {it.size && <> · {formatBytes(it.size, lang)}</>}
                    {it.checksum && (
                      <>
                        {' · '}
                        <code title={it.checksum}>{shortChecksum(it.checksum)}</code>
                      </>
                    )}
                  </small>
                </span>
                <StatusBadge kind="deliveryItem" status={it.status} />
                {canEdit && (
                  <button type="button" class="secondary outline small" onClick={() => setEditing(it.id)} data-testid="item-edit">
                    {t('delivery.edit')}
                  </button>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function shortChecksum(c: string): string {
  return c.length > 24 ? `${c.slice(0, 14)}…${c.slice(-6)}` : c;
}

function ItemEditor({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [state, update] = useMutation(UpdateDeliveryItemMutation);
  const [status, setStatus] = useState<DeliveryItemStatus>(item.status);
  const [fileName, setFileName] = useState(item.fileName);
  const [checksum, setChecksum] = useState(item.checksum);
  const [size, setSize] = useState(item.size ?? '');
  const [err, setErr] = useState<{ field: string; message: string } | null>(null);
  const parsedSize = size.trim() === '' ? null : parseBytes(size);

  async function save(e: Event) {
    e.preventDefault();
    setErr(null);
    if (size.trim() !== '' && parsedSize === null) {
      setErr({ field: 'size', message: t('delivery.sizeInvalid') });
      return;
    }
    const input: { status: DeliveryItemStatus; fileName: string; checksum: string; size?: string } = {
      status,
      fileName: fileName.trim(),
      checksum: checksum.trim(),
    };
    if (parsedSize !== null) input.size = parsedSize;
    const res = await update({ id: item.id, input });
    if (res.error) setErr(fieldError(res.error));
    else onClose();
  }

  const fieldErr = (f: string) => <FieldError name={f} error={err} />;

  return (
    <form class="item-editor" onSubmit={save} data-testid="item-editor">
      <strong>
        {t(`delivery.kind.${item.kind}` as Key)}
        {item.language && <> ({item.language.toUpperCase()})</>}
        {item.label && <> · {item.label}</>}
      </strong>
      <div class="form-grid">
        <label>
          {t('delivery.itemStatus')}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as DeliveryItemStatus)} data-testid="item-status">
            {ITEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`delivery.itemStatus.${s}` as Key)}
              </option>
            ))}
          </select>
          {fieldErr('status')}
        </label>
        <label>
          {t('delivery.fileName')}
          <input type="text" maxLength={300} value={fileName} onInput={(e) => setFileName(e.currentTarget.value)} aria-invalid={err?.field === 'fileName' ? true : undefined} data-testid="item-file" />
          {fieldErr('fileName')}
        </label>
        <label>
          {t('delivery.checksum')}
          <input type="text" maxLength={140} placeholder="md5:…" value={checksum} onInput={(e) => setChecksum(e.currentTarget.value)} aria-invalid={err?.field === 'checksum' ? true : undefined} data-testid="item-checksum" />
          {fieldErr('checksum')}
        </label>
        <label>
          {t('delivery.size')}
          <input type="text" inputMode="numeric" placeholder={t('delivery.sizeHint')} value={size} onInput={(e) => setSize(e.currentTarget.value)} aria-invalid={err?.field === 'size' ? true : undefined} data-testid="item-size" />
          {parsedSize && !err && <small class="muted">{formatBytes(parsedSize, lang)}</small>}
          {fieldErr('size')}
        </label>
      </div>
      {err && !['status', 'fileName', 'checksum', 'size'].includes(err.field) && (
        <p class="error" role="alert">
          {err.message}
        </p>
      )}
      <div class="action-buttons">
        <button type="submit" class="small" disabled={state.fetching} aria-busy={state.fetching} data-testid="item-save">
          {t('delivery.save')}
        </button>
        <button type="button" class="secondary outline small" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function Findings({ delivery: d, canEdit, onChange }: { delivery: Detail; canEdit: boolean; onChange: () => void }) {
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
  const { t } = useI18n();
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
                    {t(`delivery.kind.${it.kind}` as Key)}
                    {it.language ? ` (${it.language.toUpperCase()})` : ''}
                    {it.label ? ` · ${it.label}` : ''}
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

function History({ delivery: d }: { delivery: Detail }) {
  const { t } = useI18n();
  // Most recent first: what just happened is what one looks for.
  const history = [...d.history].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <section>
      <h2>{t('delivery.history')}</h2>
      {history.length === 0 ? (
        <EmptyState>{t('delivery.noHistory')}</EmptyState>
      ) : (
        <ol class="rows history-rows" data-testid="delivery-history">
          {history.map((h, i) => (
            <li key={`${h.at}-${i}`} data-testid="history-entry" data-to={h.to}>
              <span class="grow">
                <StatusBadge kind="delivery" status={h.from} /> → <StatusBadge kind="delivery" status={h.to} />
                <br />
                <small class="muted">
                  <DateText time={h.at} />
                  {h.by ? ` · ${t('delivery.by', { name: h.by.name })}` : ''}
                </small>
                {(h.method || h.reference) && (
                  <>
                    <br />
                    <small>
                      {h.method}
                      {h.method && h.reference ? ' — ' : ''}
                      {h.reference}
                    </small>
                  </>
                )}
                {h.reasons && (
                  <>
                    <br />
                    <small class="notes">{h.reasons}</small>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
