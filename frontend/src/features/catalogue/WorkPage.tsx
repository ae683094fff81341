import { useEffect, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { ExpenseKind, Media, WorkPageQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { todayParis } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { useI18n, type Key } from '../../app/i18n';
import { EXPENSE_KINDS, MEDIA, basisPointsToPercent, formatPercent, parseMoneyInput, percentToBasisPoints, territoryLabel } from './royalties';
import { workFormValues } from './works';
import { CatalogueNav, StaffOnly } from './CataloguePage';
import { WorkForm } from './WorkForm';
import { mediaKey } from '../portal/PortalPage';
import './catalogue.css';
import { DateText, EmptyState, LoadingOrError, Money } from '../../ui';
import { canManage, isStaff } from '../../lib/roles';

export const WorkSharesDoc = graphql(`
  fragment WorkShares on Work {
    id
    shares {
      id
      holder {
        id
        name
      }
      media
      territory
      validFrom
      validTo
      basisPoints
    }
  }
`);

const WorkPageQuery = graphql(`
  query WorkPage($id: ID!) {
    me {
      role
    }
    work(id: $id) {
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
      ...WorkShares
      commissions {
        media
        basisPoints
      }
      expenses {
        id
        kind
        label
        amount
        recouped
        remaining
        incurredOn
      }
    }
    ...HolderChoices
  }
`);

const SetSharesMutation = graphql(`
  mutation SetShares($workId: ID!, $shares: [ShareInput!]!) {
    setShares(workId: $workId, shares: $shares) {
      ...WorkShares
    }
  }
`);

const SetCommissionsMutation = graphql(`
  mutation SetCommissions($workId: ID!, $commissions: [CommissionInput!]!) {
    setCommissions(workId: $workId, commissions: $commissions) {
      id
      commissions {
        media
        basisPoints
      }
    }
  }
`);

const AddExpenseMutation = graphql(`
  mutation AddExpense($workId: ID!, $input: ExpenseInput!) {
    addExpense(workId: $workId, input: $input) {
      id
      kind
      label
      amount
      recouped
      remaining
      incurredOn
    }
  }
`);

type WorkData = WorkPageQuery['work'];
type Holder = WorkPageQuery['rightsHolders']['edges'][number]['node'];

const TERRITORIES = ['WORLD', 'FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'DE', 'IT', 'ES', 'GB', 'US'];

export function WorkPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: WorkPageQuery, variables: { id } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (data && !isStaff(data.me.role)) return <StaffOnly />;
  if (!data) {
    return (
      <main class="container catalogue-page">
        <CatalogueNav current={null} />
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }
  const w = data.work;
  const canEdit = canManage(data.me.role);
  const holders = data.rightsHolders.edges.map((e) => e.node);
  return (
    <main class="container catalogue-page work-page">
      <CatalogueNav current={null} />
      <p class="muted kicker">{t('catalogue.worksTitle')}</p>
      <div class="work-head">
        <h1 data-testid="work-title">{w.title}</h1>
        {canEdit && !editing && (
          <button
            type="button"
            class="secondary small"
            onClick={() => {
              setEditing(true);
              setSaved(false);
            }}
            data-testid="work-edit"
          >
            {t('catalogue.workEdit')}
          </button>
        )}
      </div>
      {saved && (
        <p class="ok" role="status" data-testid="work-saved">
          {t('catalogue.workSaved')}
        </p>
      )}
      {editing && (
        <section class="card-form" aria-labelledby="work-edit-title">
          <h2 id="work-edit-title">{t('catalogue.workEditTitle')}</h2>
          <WorkForm
            workId={w.id}
            initial={workFormValues(w)}
            onDone={() => {
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      )}
      <dl class="work-facts">
        {w.originalTitle && w.originalTitle !== w.title && (
          <>
            <dt>{t('catalogue.originalTitle')}</dt>
            <dd>{w.originalTitle}</dd>
          </>
        )}
        <dt>{t('production.kind')}</dt>
        <dd>
          {t(`kind.${w.kind}` as Key)}
          {w.year != null && <> · {w.year}</>}
          {w.runtimeMinutes != null && <> · {t('production.minutes', { n: w.runtimeMinutes })}</>}
          {w.episodes != null && <> · {t('catalogue.episodes', { n: w.episodes })}</>}
        </dd>
        {w.isan && (
          <>
            <dt>ISAN</dt>
            <dd class="mono">{w.isan}</dd>
          </>
        )}
        {w.production && (
          <>
            <dt>{t('catalogue.production')}</dt>
            <dd>{w.production.title}</dd>
          </>
        )}
        <dt>{t('catalogue.residualHolder')}</dt>
        <dd>{w.residualHolder.name}</dd>
      </dl>

      <SharesEditor work={w} holders={holders} canEdit={canEdit} />
      <CommissionsEditor work={w} canEdit={canEdit} />
      <Expenses work={w} canEdit={canEdit} onAdded={() => reexecute({ requestPolicy: 'network-only' })} />
    </main>
  );
}

interface ShareRow {
  key: number;
  holderId: string;
  media: Media;
  territory: string;
  validFrom: string;
  validTo: string;
  percent: string;
}

let rowKey = 0;

function rowsOf(work: Pick<WorkData, 'shares'>, lang: 'fr' | 'en'): ShareRow[] {
  return work.shares.map((s) => ({
    key: ++rowKey,
    holderId: s.holder.id,
    media: s.media,
    territory: s.territory,
    validFrom: s.validFrom ?? '',
    validTo: s.validTo ?? '',
    percent: basisPointsToPercent(s.basisPoints, lang),
  }));
}

/** The problem with a row before it is sent, as an i18n key, or null. */
function shareRowError(r: ShareRow): Key | null {
  if (!r.holderId) return 'catalogue.errorHolder';
  if (!/^(WORLD|[A-Za-z]{2})$/.test(r.territory.trim())) return 'catalogue.errorTerritory';
  const bp = percentToBasisPoints(r.percent);
  if (bp == null) return 'catalogue.errorPercent';
  if (bp < 1 || bp > 10000) return 'catalogue.errorPercentRange';
  if (r.validFrom && r.validTo && r.validTo < r.validFrom) return 'catalogue.errorDates';
  return null;
}

function SharesEditor({ work, holders, canEdit }: { work: WorkData; holders: Holder[]; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<ShareRow[]>(() => rowsOf(work, lang));
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, save] = useMutation(SetSharesMutation);

  // Another session's change (or a refetch) is taken in while nothing is being edited.
  useEffect(() => {
    if (!dirty) setRows(rowsOf(work, lang));
  }, [work.shares, lang]);

  function update(key: number, patch: Partial<ShareRow>) {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setDirty(true);
    setResult(null);
  }

  function add() {
    setRows((rs) => [...rs, { key: ++rowKey, holderId: '', media: 'ALL', territory: 'WORLD', validFrom: '', validTo: '', percent: '' }]);
    setDirty(true);
    setResult(null);
  }

  function remove(key: number) {
    setRows((rs) => rs.filter((r) => r.key !== key));
    setDirty(true);
    setResult(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    setTried(true);
    setResult(null);
    if (rows.some((r) => shareRowError(r))) return;
    const shares = rows.map((r) => ({
      holderId: r.holderId,
      media: r.media,
      territory: r.territory.trim().toUpperCase(),
      validFrom: r.validFrom || null,
      validTo: r.validTo || null,
      basisPoints: percentToBasisPoints(r.percent)!,
    }));
    const res = await save({ workId: work.id, shares });
    if (res.data) {
      setDirty(false);
      setTried(false);
      setRows(rowsOf(res.data.setShares, lang));
      setResult({ ok: true, text: t('catalogue.sharesSaved') });
    } else {
      setResult({ ok: false, text: describeError(res.error, t) });
    }
  }

  function reset() {
    setRows(rowsOf(work, lang));
    setDirty(false);
    setTried(false);
    setResult(null);
  }

  const total = rows.reduce((sum, r) => sum + (percentToBasisPoints(r.percent) ?? 0), 0);

  return (
    <section class="work-section" aria-labelledby="shares-title">
      <h2 id="shares-title">{t('catalogue.shares')}</h2>
      <p class="muted small-print">{t('catalogue.sharesHint')}</p>
      {!canEdit ? (
        <ShareTable work={work} />
      ) : (
        <form onSubmit={submit} noValidate data-testid="shares-form">
          <datalist id="territories">
            {TERRITORIES.map((c) => (
              <option key={c} value={c}>
                {territoryLabel(c, lang)}
              </option>
            ))}
          </datalist>
          {rows.length === 0 && <EmptyState>{t('catalogue.noShares')}</EmptyState>}
          <ol class="share-rows">
            {rows.map((r, i) => {
              const err = tried ? shareRowError(r) : null;
              return (
                <li key={r.key} class={`share-row ${err ? 'invalid' : ''}`} data-testid="share-row">
                  <label class="share-holder">
                    {t('catalogue.holder')}
                    <select value={r.holderId} onChange={(e) => update(r.key, { holderId: e.currentTarget.value })} data-testid="share-holder">
                      <option value="">{t('catalogue.chooseHolder')}</option>
                      {holders.map((h) => (
                        <option key={h.id} value={h.id}>
                          {h.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t('catalogue.media')}
                    <select value={r.media} onChange={(e) => update(r.key, { media: e.currentTarget.value as Media })} data-testid="share-media">
                      {MEDIA.map((m) => (
                        <option key={m} value={m}>
                          {t(mediaKey(m))}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    {t('catalogue.territory')}
                    <input
                      list="territories"
                      value={r.territory}
                      autocapitalize="characters"
                      onInput={(e) => update(r.key, { territory: e.currentTarget.value.toUpperCase() })}
                      data-testid="share-territory"
                    />
                  </label>
                  <label>
                    {t('catalogue.validFrom')}
                    <input type="date" value={r.validFrom} onInput={(e) => update(r.key, { validFrom: e.currentTarget.value })} />
                  </label>
                  <label>
                    {t('catalogue.validTo')}
                    <input type="date" value={r.validTo} onInput={(e) => update(r.key, { validTo: e.currentTarget.value })} />
                  </label>
                  <label>
                    {t('catalogue.percent')}
                    <input
                      inputMode="decimal"
                      value={r.percent}
                      placeholder="12,5"
                      aria-invalid={err === 'catalogue.errorPercent' || err === 'catalogue.errorPercentRange' ? true : undefined}
                      onInput={(e) => update(r.key, { percent: e.currentTarget.value })}
                      data-testid="share-percent"
                    />
                  </label>
                  <div class="share-row-end">
                    <button
                      type="button"
                      class="secondary outline small"
                      onClick={() => remove(r.key)}
                      aria-label={t('catalogue.removeShare', { n: i + 1 })}
                      data-testid="share-remove"
                    >
                      {t('common.delete')}
                    </button>
                  </div>
                  {err && (
                    <span class="field-error" data-testid="share-row-error">
                      {t(err)}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
          <p class="muted small-print">{t('catalogue.sharesTotal', { total: formatPercent(total, lang) })}</p>
          {result && (
            <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'} data-testid={result.ok ? 'shares-saved' : 'shares-error'}>
              {result.text}
            </p>
          )}
          <div class="action-buttons">
            <button type="button" class="secondary small" onClick={add} data-testid="share-add">
              {t('catalogue.addShare')}
            </button>
            <button type="submit" class="small" disabled={state.fetching || !dirty} aria-busy={state.fetching} data-testid="shares-save">
              {t('catalogue.saveShares')}
            </button>
            {dirty && (
              <button type="button" class="secondary outline small" onClick={reset}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function ShareTable({ work }: { work: WorkData }) {
  const { t, lang } = useI18n();
  if (work.shares.length === 0) return <EmptyState>{t('catalogue.noShares')}</EmptyState>;
  return (
    <div class="table-scroll">
      <table class="royalty-table">
        <thead>
          <tr>
            <th>{t('catalogue.holder')}</th>
            <th>{t('catalogue.media')}</th>
            <th>{t('catalogue.territory')}</th>
            <th>{t('catalogue.validity')}</th>
            <th class="num">{t('catalogue.share')}</th>
          </tr>
        </thead>
        <tbody>
          {work.shares.map((s) => (
            <tr key={s.id}>
              <td>{s.holder.name}</td>
              <td>{t(mediaKey(s.media))}</td>
              <td>{territoryLabel(s.territory, lang)}</td>
              <td class="nowrap">
                {s.validFrom || s.validTo ? `${s.validFrom ? formatDate(s.validFrom) : '…'} → ${s.validTo ? formatDate(s.validTo) : '…'}` : t('catalogue.always')}
              </td>
              <td class="num">{formatPercent(s.basisPoints, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface CommissionRow {
  key: number;
  media: Media;
  percent: string;
}

function CommissionsEditor({ work, canEdit }: { work: WorkData; canEdit: boolean }) {
  const { t, lang } = useI18n();
  const initial = () => work.commissions.map((c) => ({ key: ++rowKey, media: c.media, percent: basisPointsToPercent(c.basisPoints, lang) }));
  const [rows, setRows] = useState<CommissionRow[]>(initial);
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, save] = useMutation(SetCommissionsMutation);

  useEffect(() => {
    if (!dirty) setRows(initial());
  }, [work.commissions, lang]);

  function change(next: CommissionRow[]) {
    setRows(next);
    setDirty(true);
    setResult(null);
  }

  const invalid = rows.some((r) => {
    const bp = percentToBasisPoints(r.percent);
    return bp == null || bp > 10000;
  });
  const repeated = new Set(rows.map((r) => r.media)).size !== rows.length;

  async function submit(e: Event) {
    e.preventDefault();
    if (invalid || repeated) return;
    const res = await save({ workId: work.id, commissions: rows.map((r) => ({ media: r.media, basisPoints: percentToBasisPoints(r.percent)! })) });
    if (res.data) {
      setDirty(false);
      setResult({ ok: true, text: t('catalogue.commissionsSaved') });
    } else {
      setResult({ ok: false, text: describeError(res.error, t) });
    }
  }

  return (
    <section class="work-section" aria-labelledby="commissions-title">
      <h2 id="commissions-title">{t('catalogue.commissions')}</h2>
      <p class="muted small-print">{t('catalogue.commissionsHint')}</p>
      {!canEdit ? (
        work.commissions.length === 0 ? (
          <EmptyState>{t('catalogue.noCommissions')}</EmptyState>
        ) : (
          <ul class="rows">
            {work.commissions.map((c) => (
              <li key={c.media}>
                <span class="grow">{t(mediaKey(c.media))}</span>
                <span>{formatPercent(c.basisPoints, lang)}</span>
              </li>
            ))}
          </ul>
        )
      ) : (
        <form onSubmit={submit} noValidate data-testid="commissions-form">
          {rows.length === 0 && <EmptyState>{t('catalogue.noCommissions')}</EmptyState>}
          <ul class="rows commission-rows">
            {rows.map((r) => (
              <li key={r.key}>
                <select
                  value={r.media}
                  aria-label={t('catalogue.media')}
                  onChange={(e) => change(rows.map((x) => (x.key === r.key ? { ...x, media: e.currentTarget.value as Media } : x)))}
                >
                  {MEDIA.map((m) => (
                    <option key={m} value={m}>
                      {t(mediaKey(m))}
                    </option>
                  ))}
                </select>
                <input
                  inputMode="decimal"
                  value={r.percent}
                  aria-label={t('catalogue.percent')}
                  aria-invalid={percentToBasisPoints(r.percent) == null ? true : undefined}
                  onInput={(e) => change(rows.map((x) => (x.key === r.key ? { ...x, percent: e.currentTarget.value } : x)))}
                />
                <span aria-hidden="true">%</span>
                <button type="button" class="secondary outline small" onClick={() => change(rows.filter((x) => x.key !== r.key))}>
                  {t('common.delete')}
                </button>
              </li>
            ))}
          </ul>
          {invalid && <p class="error">{t('catalogue.errorPercent')}</p>}
          {repeated && <p class="error">{t('catalogue.errorRepeatedMedia')}</p>}
          {result && (
            <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
              {result.text}
            </p>
          )}
          <div class="action-buttons">
            <button type="button" class="secondary small" onClick={() => change([...rows, { key: ++rowKey, media: 'ALL', percent: '' }])}>
              {t('catalogue.addCommission')}
            </button>
            <button type="submit" class="small" disabled={state.fetching || !dirty || invalid || repeated} aria-busy={state.fetching}>
              {t('catalogue.saveCommissions')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function Expenses({ work, canEdit, onAdded }: { work: WorkData; canEdit: boolean; onAdded: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ExpenseKind>('DUBBING');
  const [label, setLabel] = useState('');
  const [amount, setAmount] = useState('');
  const [incurredOn, setIncurredOn] = useState(todayParis());
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, add] = useMutation(AddExpenseMutation);
  const money = parseMoneyInput(amount);

  async function submit(e: Event) {
    e.preventDefault();
    setResult(null);
    if (!money || !label.trim() || !incurredOn) return;
    const res = await add({ workId: work.id, input: { kind, label: label.trim(), amount: money, incurredOn } });
    if (res.data) {
      setLabel('');
      setAmount('');
      setResult({ ok: true, text: t('catalogue.expenseAdded') });
      onAdded();
    } else {
      setResult({ ok: false, text: describeError(res.error, t) });
    }
  }

  return (
    <section class="work-section" aria-labelledby="expenses-title">
      <h2 id="expenses-title">{t('catalogue.expenses')}</h2>
      <p class="muted small-print">{t('catalogue.expensesHint')}</p>
      {work.expenses.length === 0 ? (
        <EmptyState>{t('catalogue.noExpenses')}</EmptyState>
      ) : (
        <div class="table-scroll">
          <table class="royalty-table" data-testid="expenses-table">
            <thead>
              <tr>
                <th>{t('catalogue.expenseLabel')}</th>
                <th>{t('catalogue.incurredOn')}</th>
                <th class="num">{t('catalogue.expenseAmount')}</th>
                <th class="num">{t('catalogue.recouped')}</th>
                <th class="num">{t('catalogue.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {work.expenses.map((x) => (
                <tr key={x.id} data-testid="expense-row">
                  <td>
                    {x.label}
                    <br />
                    <small class="muted">{t(`catalogue.expenseKind.${x.kind}` as Key)}</small>
                  </td>
                  <td class="nowrap"><DateText date={x.incurredOn} /></td>
                  <td class="num money"><Money amount={x.amount} /></td>
                  <td class="num money"><Money amount={x.recouped} /></td>
                  <td class={`num money ${x.remaining === '0.00' ? 'ok' : ''}`}><Money amount={x.remaining} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <details class="card-form">
          <summary>{t('catalogue.addExpense')}</summary>
          <form onSubmit={submit} noValidate data-testid="expense-form">
            <div class="form-grid">
              <label>
                {t('catalogue.expenseKind')}
                <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ExpenseKind)}>
                  {EXPENSE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`catalogue.expenseKind.${k}` as Key)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('catalogue.expenseLabel')}
                <input required value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
              </label>
              <label>
                {t('catalogue.expenseAmount')}
                <input
                  inputMode="decimal"
                  required
                  value={amount}
                  placeholder="15 000,00"
                  aria-invalid={amount && !money ? true : undefined}
                  onInput={(e) => setAmount(e.currentTarget.value)}
                />
                {amount && !money && <small class="field-error">{t('catalogue.errorAmount')}</small>}
              </label>
              <label>
                {t('catalogue.incurredOn')}
                <input type="date" required value={incurredOn} onInput={(e) => setIncurredOn(e.currentTarget.value)} />
              </label>
            </div>
            {result && (
              <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
                {result.text}
              </p>
            )}
            <button type="submit" class="small" disabled={state.fetching || !money || !label.trim() || !incurredOn} aria-busy={state.fetching}>
              {t('catalogue.addExpense')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
