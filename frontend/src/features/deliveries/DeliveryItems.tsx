// The deliverables of a delivery, and the editor of one (status, file, checksum, size).
import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { DeliveryItemStatus } from '../../gql/graphql';
import { formatBytes, itemDetail, parseBytes } from './deliveries';
import { languageName } from '../../lib/labels';
import { fieldError } from '../../lib/errors';
import { useI18n, type Key } from '../../app/i18n';
import { EmptyState, FieldError, StatusBadge } from '../../ui';
import type { Detail, Item } from './deliveryDetail';

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

const ITEM_STATUSES: readonly DeliveryItemStatus[] = ['PENDING', 'IN_PROGRESS', 'READY', 'DELIVERED'];

export function Items({ delivery: d, canEdit }: { delivery: Detail; canEdit: boolean }) {
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
                  <ItemName item={it} />
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

/** A deliverable by its kind and what it holds, codes put in words ("Document · Music cue sheet"). */
function ItemName({ item }: { item: Item }) {
  const { t, lang } = useI18n();
  const detail = itemDetail(item, t, (code) => languageName(code, lang));
  return (
    <>
      <strong>{t(`delivery.kind.${item.kind}` as Key)}</strong>
      {detail && <> · {detail}</>}
    </>
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
    if (status === 'READY' && !fileName.trim()) {
      setErr({ field: 'fileName', message: t('delivery.readyNeedsFile') });
      return;
    }
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
        <ItemName item={item} />
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
