// The organisation's rooms: list, add, and edit one in place (name, kind, daily rate).
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { RoomKind } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { canManage } from '../../lib/roles';
import { EmptyState, FieldError, LoadingOrError, invalidIf, type FieldProblem } from '../../ui';
import { Rate } from './Rate';
import { EMPTY_ROOM, ROOM_KINDS, amountForInput, roomInput, type RoomField, type RoomValues } from './resources';
import './resources.css';

const RoomsQuery = graphql(`
  query Rooms {
    me {
      role
    }
    rooms(first: 200) {
      edges {
        node {
          ...RoomFields
        }
      }
    }
  }
`);

const CreateRoomMutation = graphql(`
  mutation CreateRoom($input: RoomInput!) {
    createRoom(input: $input) {
      ...RoomFields
    }
  }
`);

const UpdateRoomMutation = graphql(`
  mutation UpdateRoom($id: ID!, $input: RoomInput!) {
    updateRoom(id: $id, input: $input) {
      ...RoomFields
    }
  }
`);

export function RoomsPage() {
  const { t, lang } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RoomsQuery });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (data && !canManage(data.me.role)) {
    return (
      <main class="container">
        <h1>{t('resources.rooms')}</h1>
        <p class="error">{t('resources.forbidden')}</p>
      </main>
    );
  }
  const rooms = data?.rooms.edges.map((e) => e.node) ?? [];
  return (
    <main class="container resources-page">
      <div class="page-head">
        <h1>{t('resources.rooms')}</h1>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)} data-testid="room-new-open">
            {t('resources.newRoom')}
          </button>
        )}
      </div>
      {adding && (
        <section class="card-form">
          <h2>{t('resources.newRoom')}</h2>
          <RoomForm
            initial={EMPTY_ROOM}
            onCancel={() => setAdding(false)}
            onDone={() => {
              setAdding(false);
              refresh();
            }}
          />
        </section>
      )}
      {!data ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : rooms.length === 0 ? (
        <EmptyState>{t('resources.noRooms')}</EmptyState>
      ) : (
        <ul class="rows resource-list" data-testid="room-list">
          {rooms.map((r) =>
            editing === r.id ? (
              <li key={r.id} class="editing" data-testid="room-item" data-room-id={r.id}>
                <RoomForm
                  roomId={r.id}
                  initial={{ name: r.name, kind: r.kind, dailyRate: amountForInput(r.dailyRate, lang) }}
                  onCancel={() => setEditing(null)}
                  onDone={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={r.id} data-testid="room-item" data-room-id={r.id}>
                <span class="grow">
                  <strong>{r.name}</strong>
                  <small class="muted">{t(`roomKind.${r.kind}`)}</small>
                </span>
                <Rate amount={r.dailyRate} per="day" />
                <button type="button" class="secondary outline small" onClick={() => setEditing(r.id)} data-testid="room-edit">
                  {t('resources.edit')}
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </main>
  );
}

function RoomForm({ initial, roomId, onDone, onCancel }: { initial: RoomValues; roomId?: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<FieldProblem | null>(null);
  const [createState, create] = useMutation(CreateRoomMutation);
  const [updateState, update] = useMutation(UpdateRoomMutation);
  const busy = createState.fetching || updateState.fetching;
  const prefix = roomId ? 'room-edit' : 'room-new';

  function set<K extends RoomField>(field: K, value: RoomValues[K]) {
    setV((old) => ({ ...old, [field]: value }));
    if (error?.field === field) setError(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = roomInput(v);
    if ('field' in checked) {
      setError({ field: checked.field, message: t(checked.key) });
      return;
    }
    const res = roomId ? await update({ id: roomId, input: checked.input }) : await create({ input: checked.input });
    if (res.data) {
      onDone();
      return;
    }
    const err = fieldError(res.error);
    setError({ field: err?.field ?? '', message: err?.message || t('common.error') });
  }

  return (
    <form onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
      <div class="form-grid">
        <label>
          {t('resources.name')}
          <input value={v.name} required {...invalidIf('name', error)} onInput={(e) => set('name', e.currentTarget.value)} data-testid={`${prefix}-name`} />
          <FieldError name="name" error={error} testId={`${prefix}-error-name`} />
        </label>
        <label>
          {t('resources.kind')}
          <select value={v.kind} onChange={(e) => set('kind', e.currentTarget.value as RoomKind)} data-testid={`${prefix}-kind`}>
            {ROOM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`roomKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('resources.dailyRate')}
          <span class="unit-input">
            <input inputMode="decimal" value={v.dailyRate} {...invalidIf('dailyRate', error)} onInput={(e) => set('dailyRate', e.currentTarget.value)} data-testid={`${prefix}-dailyRate`} />
            <span class="unit">{t('resources.perDay')}</span>
          </span>
          <FieldError name="dailyRate" error={error} testId={`${prefix}-error-dailyRate`} />
        </label>
      </div>
      <FieldError name="" error={error} testId={`${prefix}-error`} />
      <div class="form-buttons">
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" disabled={busy} aria-busy={busy} data-testid={`${prefix}-submit`}>
          {t(roomId ? 'resources.save' : 'resources.create')}
        </button>
      </div>
    </form>
  );
}
