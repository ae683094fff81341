// /settings/prices — the organisation's sale price list: what it charges per operation, room
// kind or function, from a date (not the cost rates paid to technicians). List, add, edit, end.
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { RoomKind, SalePriceTarget } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { todayParis } from '../../lib/dates';
import { fieldError } from '../../lib/errors';
import { linkTo } from '../../lib/navigation';
import { canManage } from '../../lib/roles';
import { DateText, EmptyState, Field, LoadingOrError, Money, invalidIf, type FieldProblem } from '../../ui';
import { UNITS } from './lines';
import { centsString, parseCents } from './pricing';
import './quotes.css';

const SalePricesQuery = graphql(`
  query SalePrices($activeOn: Date) {
    me {
      role
    }
    salePrices(first: 200, filter: { activeOn: $activeOn }) {
      totalCount
      edges {
        node {
          id
          target
          operation {
            id
            label
          }
          roomKind
          function
          unit
          hoursPerDay
          unitPrice
          effectiveFrom
          effectiveTo
        }
      }
    }
    operations(first: 200) {
      edges {
        node {
          id
          label
        }
      }
    }
  }
`);

const CreateSalePriceMutation = graphql(`
  mutation CreateSalePrice($input: SalePriceInput!) {
    createSalePrice(input: $input) {
      id
    }
  }
`);

const UpdateSalePriceMutation = graphql(`
  mutation UpdateSalePrice($id: ID!, $input: SalePriceInput!) {
    updateSalePrice(id: $id, input: $input) {
      id
      effectiveTo
    }
  }
`);

const TARGETS = ['OPERATION', 'ROOM_KIND', 'FUNCTION'] as const satisfies readonly SalePriceTarget[];
const ROOM_KINDS = ['EDIT_SUITE', 'GRADING', 'MIX_STAGE', 'FOLEY_STAGE', 'SOUND_EDIT', 'VFX', 'SCREENING', 'OTHER'] as const satisfies readonly RoomKind[];

type Price = NonNullable<ReturnType<typeof usePrices>['data']>['salePrices']['edges'][number]['node'];

function usePrices(activeOn: string | null) {
  const [state, reexecute] = useQuery({ query: SalePricesQuery, variables: { activeOn }, requestPolicy: 'cache-and-network' });
  return { ...state, refetch: () => reexecute({ requestPolicy: 'network-only' }) };
}

interface Draft {
  target: SalePriceTarget;
  operationId: string;
  roomKind: RoomKind;
  function: string;
  unit: (typeof UNITS)[number];
  hoursPerDay: string;
  unitPrice: string;
  effectiveFrom: string;
  effectiveTo: string;
}

function draftOf(p: Price | null): Draft {
  if (!p) return { target: 'OPERATION', operationId: '', roomKind: 'EDIT_SUITE', function: '', unit: 'DAY', hoursPerDay: '8', unitPrice: '', effectiveFrom: todayParis(), effectiveTo: '' };
  return {
    target: p.target,
    operationId: p.operation?.id ?? '',
    roomKind: p.roomKind ?? 'EDIT_SUITE',
    function: p.function ?? '',
    unit: p.unit,
    hoursPerDay: String(p.hoursPerDay),
    unitPrice: p.unitPrice,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo ?? '',
  };
}

function inputOf(d: Draft) {
  const price = parseCents(d.unitPrice);
  return {
    target: d.target,
    operationId: d.target === 'OPERATION' ? d.operationId || null : null,
    roomKind: d.target === 'ROOM_KIND' ? d.roomKind : null,
    function: d.target === 'FUNCTION' ? d.function.trim() : null,
    unit: d.unit,
    hoursPerDay: Number(d.hoursPerDay) || 8,
    unitPrice: price == null ? d.unitPrice.trim() : centsString(price),
    effectiveFrom: d.effectiveFrom,
    effectiveTo: d.effectiveTo || null,
  };
}

function PriceForm({ price, operations, onDone }: { price: Price | null; operations: { id: string; label: string }[]; onDone: () => void }) {
  const { t } = useI18n();
  const [d, setD] = useState(() => draftOf(price));
  const [error, setError] = useState<FieldProblem | null>(null);
  const [creating, create] = useMutation(CreateSalePriceMutation);
  const [updating, update] = useMutation(UpdateSalePriceMutation);
  const set = (p: Partial<Draft>) => setD({ ...d, ...p });

  async function submit(e: Event) {
    e.preventDefault();
    const price2 = parseCents(d.unitPrice);
    if (price2 == null || price2 < 0n) return setError({ field: 'unitPrice', message: t('quote.err.unitPrice') });
    const input = inputOf(d);
    const res = price ? await update({ id: price.id, input }) : await create({ input });
    const problem = fieldError(res.error);
    setError(problem);
    if (!problem) onDone();
  }

  const general = error && !['target', 'operationId', 'roomKind', 'function', 'unit', 'hoursPerDay', 'unitPrice', 'effectiveFrom', 'effectiveTo'].includes(error.field) ? error : null;
  return (
    <form class="card-form price-form" onSubmit={submit} data-testid="price-form">
      <div class="form-grid">
        <Field label={t('prices.target')} name="target" error={error}>
          <select value={d.target} onChange={(e) => set({ target: e.currentTarget.value as SalePriceTarget })} data-testid="price-target">
            {TARGETS.map((x) => (
              <option key={x} value={x}>
                {t(`quote.target.${x}`)}
              </option>
            ))}
          </select>
        </Field>
        {d.target === 'OPERATION' && (
          <Field label={t('quote.operation')} name="operationId" error={error}>
            <select value={d.operationId} onChange={(e) => set({ operationId: e.currentTarget.value })} data-testid="price-operation" {...invalidIf('operationId', error)}>
              <option value="">{t('quote.noOperation')}</option>
              {operations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        {d.target === 'ROOM_KIND' && (
          <Field label={t('prices.roomKind')} name="roomKind" error={error}>
            <select value={d.roomKind} onChange={(e) => set({ roomKind: e.currentTarget.value as RoomKind })} data-testid="price-roomKind">
              {ROOM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`roomKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        {d.target === 'FUNCTION' && (
          <Field label={t('prices.function')} name="function" error={error}>
            <input value={d.function} onInput={(e) => set({ function: e.currentTarget.value })} data-testid="price-function" {...invalidIf('function', error)} />
          </Field>
        )}
        <Field label={t('quote.unit')} name="unit" error={error}>
          <select value={d.unit} onChange={(e) => set({ unit: e.currentTarget.value as Draft['unit'] })} data-testid="price-unit">
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`quote.unit.${u}`)}
              </option>
            ))}
          </select>
        </Field>
        {(d.unit === 'DAY' || d.unit === 'HALF_DAY') && (
          <Field label={t('quote.hoursPerDay')} name="hoursPerDay" error={error}>
            <input inputMode="numeric" value={d.hoursPerDay} onInput={(e) => set({ hoursPerDay: e.currentTarget.value })} {...invalidIf('hoursPerDay', error)} />
          </Field>
        )}
        <Field label={t('prices.price')} name="unitPrice" error={error}>
          <input inputMode="decimal" value={d.unitPrice} onInput={(e) => set({ unitPrice: e.currentTarget.value })} data-testid="price-unitPrice" {...invalidIf('unitPrice', error)} />
        </Field>
        <Field label={t('prices.from')} name="effectiveFrom" error={error}>
          <input type="date" value={d.effectiveFrom} onInput={(e) => set({ effectiveFrom: e.currentTarget.value })} data-testid="price-from" {...invalidIf('effectiveFrom', error)} />
        </Field>
        <Field label={t('prices.to')} name="effectiveTo" error={error}>
          <input type="date" value={d.effectiveTo} onInput={(e) => set({ effectiveTo: e.currentTarget.value })} data-testid="price-to" {...invalidIf('effectiveTo', error)} />
        </Field>
      </div>
      {general && (
        <p class="error" role="alert">
          {general.message}
        </p>
      )}
      <div class="price-actions">
        <button type="button" class="secondary outline" onClick={onDone}>
          {t('quote.cancel')}
        </button>
        <button type="submit" disabled={creating.fetching || updating.fetching} aria-busy={creating.fetching || updating.fetching} data-testid="price-save">
          {t('prices.save')}
        </button>
      </div>
    </form>
  );
}

function targetText(p: Price, t: ReturnType<typeof useI18n>['t']): string {
  if (p.target === 'OPERATION') return p.operation?.label ?? '—';
  if (p.target === 'ROOM_KIND') return p.roomKind ? t(`roomKind.${p.roomKind}`) : '—';
  return p.function ?? '—';
}

export function SalePricesPage() {
  const { t } = useI18n();
  const [activeOnly, setActiveOnly] = useState(false);
  const { data, fetching, error, refetch } = usePrices(activeOnly ? todayParis() : null);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [ending, setEnding] = useState<{ id: string; date: string } | null>(null);
  const [, update] = useMutation(UpdateSalePriceMutation);
  const [endError, setEndError] = useState<string | null>(null);
  const manage = canManage(data?.me.role);
  const prices = data?.salePrices.edges.map((e) => e.node) ?? [];
  const operations = data?.operations.edges.map((e) => e.node) ?? [];

  async function end(p: Price, date: string) {
    const res = await update({ id: p.id, input: { ...inputOf(draftOf(p)), effectiveTo: date } });
    const problem = fieldError(res.error);
    setEndError(problem?.message ?? null);
    if (!problem) {
      setEnding(null);
      refetch();
    }
  }

  return (
    <main class="container wide prices-page">
      <nav class="crumbs">
        <a href="/quotes" onClick={linkTo('/quotes')}>
          ← {t('quotes.title')}
        </a>
      </nav>
      <h1>{t('prices.title')}</h1>
      <p class="muted small-print">{t('prices.hint')}</p>
      <label class="check">
        <input type="checkbox" role="switch" checked={activeOnly} onChange={(e) => setActiveOnly(e.currentTarget.checked)} />
        {t('prices.activeOnly')}
      </label>
      {manage && editing !== 'new' && (
        <p>
          <button type="button" onClick={() => setEditing('new')} data-testid="price-add">
            + {t('prices.add')}
          </button>
        </p>
      )}
      {editing === 'new' && <PriceForm price={null} operations={operations} onDone={() => (setEditing(null), refetch())} />}
      {!data ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : prices.length === 0 ? (
        <EmptyState>{t('prices.empty')}</EmptyState>
      ) : (
        <ul class="rows price-rows">
          {prices.map((p) =>
            editing === p.id ? (
              <li key={p.id}>
                <PriceForm price={p} operations={operations} onDone={() => (setEditing(null), refetch())} />
              </li>
            ) : (
              <li key={p.id} data-testid="price-row" class="price-row">
                <span class="grow">
                  <strong>{targetText(p, t)}</strong> <small class="muted">· {t(`quote.target.${p.target}`)}</small>
                  <br />
                  <small class="muted">
                    {t('prices.from')} <DateText date={p.effectiveFrom} />
                    {' · '}
                    {p.effectiveTo ? (
                      <>
                        {t('prices.to')} <DateText date={p.effectiveTo} />
                      </>
                    ) : (
                      t('prices.open')
                    )}
                  </small>
                </span>
                <span class="money">
                  <Money amount={p.unitPrice} /> <small class="muted">{t('prices.perUnit', { unit: t(`quote.unit.${p.unit}`) })}</small>
                </span>
                {manage && (
                  <span class="price-actions">
                    <button type="button" class="secondary outline small" onClick={() => setEditing(p.id)} data-testid="price-edit">
                      {t('prices.edit')}
                    </button>
                    {!p.effectiveTo && ending?.id !== p.id && (
                      <button type="button" class="secondary outline small" onClick={() => setEnding({ id: p.id, date: todayParis() })} data-testid="price-end">
                        {t('prices.end')}
                      </button>
                    )}
                    {ending?.id === p.id && (
                      <span class="price-end">
                        <input type="date" aria-label={t('prices.endOn')} value={ending.date} onInput={(e) => setEnding({ id: p.id, date: e.currentTarget.value })} />
                        <button type="button" class="small" onClick={() => end(p, ending.date)} data-testid="price-end-confirm">
                          {t('prices.end')}
                        </button>
                      </span>
                    )}
                  </span>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {endError && (
        <p class="error" role="alert">
          {endError}
        </p>
      )}
    </main>
  );
}
