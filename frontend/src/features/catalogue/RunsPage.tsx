import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { RunSummaryFragment } from '../../gql/graphql';
import { describeError, fieldError } from '../../lib/errors';
import { FieldError, invalidIf } from '../../ui/Field';
import { addDays, addMonths, todayParis } from '../../lib/dates';
import { formatDateTime, formatMoney, formatRange } from '../../lib/format';
import { useI18n, type Key } from '../../app/i18n';
import { moneyToCents } from './royalties';
import { CatalogueNav, StaffOnly } from './CatalogueNav';
import { useDownloads } from './useDownloads';
import './catalogue.css';
import { EmptyState, LoadingOrError, Money, StatusBadge } from '../../ui';
import { canManage, isStaff } from '../../lib/roles';

export const RunSummaryDoc = graphql(`
  fragment RunSummary on DistributionRun {
    id
    periodStart
    periodEnd
    status
    gross
    commission
    recouped
    net
    residual
    distributed
    computedAt
    approvedAt
    issuedAt
    corrects {
      id
      periodStart
      periodEnd
    }
    statements {
      id
      amount
      previousAmount
      pdfUrl
      csvUrl
      holder {
        id
        name
      }
    }
  }
`);

const RunsQuery = graphql(`
  query Runs {
    me {
      role
    }
    distributionRuns(first: 50) {
      totalCount
      edges {
        node {
          ...RunSummary
        }
      }
    }
  }
`);

const RunWorksQuery = graphql(`
  query RunWorks($id: ID!) {
    distributionRun(id: $id) {
      id
      works {
        work {
          id
          title
        }
        gross
        commission
        recouped
        net
        residual
        explanation
      }
    }
  }
`);

const CreateRunMutation = graphql(`
  mutation CreateDistributionRun($periodStart: Date!, $periodEnd: Date!, $correctsRunId: ID) {
    createDistributionRun(periodStart: $periodStart, periodEnd: $periodEnd, correctsRunId: $correctsRunId) {
      ...RunSummary
    }
  }
`);

const RecomputeRunMutation = graphql(`
  mutation RecomputeDistributionRun($id: ID!) {
    recomputeDistributionRun(id: $id) {
      ...RunSummary
    }
  }
`);

const ApproveRunMutation = graphql(`
  mutation ApproveDistributionRun($id: ID!) {
    approveDistributionRun(id: $id) {
      ...RunSummary
    }
  }
`);

const IssueRunMutation = graphql(`
  mutation IssueDistributionRun($id: ID!) {
    issueDistributionRun(id: $id) {
      ...RunSummary
    }
  }
`);

type Run = RunSummaryFragment;

export function RunsPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RunsQuery });
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (data && !isStaff(data.me.role)) return <StaffOnly />;
  const runs = data?.distributionRuns.edges.map((e) => e.node) ?? [];
  const manager = canManage(data?.me.role);
  return (
    <main class="container catalogue-page runs-page">
      <CatalogueNav current="runs" />
      <h1>{t('catalogue.runsTitle')}</h1>
      <p class="muted small-print">{t('catalogue.runsHint')}</p>
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          {manager && <NewRun runs={runs} onCreated={reload} />}
          <p class="muted">{t('catalogue.runCount', { n: data.distributionRuns.totalCount })}</p>
          {runs.length === 0 && <EmptyState>{t('catalogue.noRuns')}</EmptyState>}
          <ul class="run-list">
            {runs.map((r) => (
              <RunCard key={r.id} run={r} canManage={manager} onChanged={reload} />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}

/** The day after the latest run's period, and six months of it: the usual half-year account. */
function nextPeriod(runs: Run[]): { start: string; end: string } {
  const last = runs.reduce<string | null>((max, r) => (max == null || r.periodEnd > max ? r.periodEnd : max), null);
  const start = last ? addDays(last, 1) : `${todayParis().slice(0, 4)}-01-01`;
  return { start, end: addDays(addMonths(start, 6), -1) };
}

function NewRun({ runs, onCreated }: { runs: Run[]; onCreated: () => void }) {
  const { t } = useI18n();
  const [period, setPeriod] = useState(() => nextPeriod(runs));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // A refusal about one date (nothing new to distribute names periodStart) is said on its field.
  const [fieldErr, setFieldErr] = useState<{ field: string; message: string } | null>(null);
  const [state, create] = useMutation(CreateRunMutation);
  const onField = (f: string | undefined) => f === 'periodStart' || f === 'periodEnd';

  async function submit(e: Event) {
    e.preventDefault();
    setMessage(null);
    setFieldErr(null);
    const res = await create({ periodStart: period.start, periodEnd: period.end, correctsRunId: null });
    if (res.data) {
      setMessage({ ok: true, text: t('catalogue.runCreated') });
      onCreated();
      return;
    }
    const fe = fieldError(res.error);
    if (fe && onField(fe.field)) setFieldErr(fe);
    else setMessage({ ok: false, text: describeError(res.error, t) });
  }
  const change = (p: { start: string; end: string }) => {
    setPeriod(p);
    setFieldErr(null);
  };

  return (
    <form class="card-form" onSubmit={submit} data-testid="run-form">
      <h3>{t('catalogue.newRun')}</h3>
      <div class="grid-2">
        <label>
          {t('catalogue.periodStart')}
          <input type="date" required value={period.start} onInput={(e) => change({ ...period, start: e.currentTarget.value })} {...invalidIf('periodStart', fieldErr)} data-testid="run-start" />
          <FieldError name="periodStart" error={fieldErr} testId="run-start-error" />
        </label>
        <label>
          {t('catalogue.periodEnd')}
          <input type="date" required value={period.end} onInput={(e) => change({ ...period, end: e.currentTarget.value })} {...invalidIf('periodEnd', fieldErr)} data-testid="run-end" />
          <FieldError name="periodEnd" error={fieldErr} testId="run-end-error" />
        </label>
      </div>
      {message && (
        <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" class="small" disabled={state.fetching || !period.start || !period.end} aria-busy={state.fetching} data-testid="run-create">
        {t('catalogue.createRun')}
      </button>
    </form>
  );
}

function RunCard({ run, canManage, onChanged }: { run: Run; canManage: boolean; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const [recomputeState, recompute] = useMutation(RecomputeRunMutation);
  const [approveState, approve] = useMutation(ApproveRunMutation);
  const [issueState, issue] = useMutation(IssueRunMutation);
  const [correctState, correct] = useMutation(CreateRunMutation);
  const [error, setError] = useState<string | null>(null);
  const [showWorks, setShowWorks] = useState(false);
  const { busy, error: downloadError, download } = useDownloads();
  const working = recomputeState.fetching || approveState.fetching || issueState.fetching || correctState.fetching;

  async function act(kind: 'recompute' | 'approve' | 'issue' | 'correct') {
    setError(null);
    if (kind === 'issue' && !confirm(t('catalogue.confirmIssue'))) return;
    if (kind === 'correct' && !confirm(t('catalogue.confirmCorrect'))) return;
    const res =
      kind === 'recompute'
        ? await recompute({ id: run.id })
        : kind === 'approve'
          ? await approve({ id: run.id })
          : kind === 'issue'
            ? await issue({ id: run.id })
            : await correct({ periodStart: run.periodStart, periodEnd: run.periodEnd, correctsRunId: run.id });
    if (res.error) setError(describeError(res.error, t));
    else if (kind === 'correct') onChanged();
  }

  const totals: { key: Key; value: string; testId: string }[] = [
    { key: 'catalogue.gross', value: run.gross, testId: 'run-gross' },
    { key: 'catalogue.commission', value: run.commission, testId: 'run-commission' },
    { key: 'catalogue.recouped', value: run.recouped, testId: 'run-recouped' },
    { key: 'catalogue.net', value: run.net, testId: 'run-net' },
    { key: 'catalogue.residual', value: run.residual, testId: 'run-residual' },
    { key: 'catalogue.distributed', value: run.distributed, testId: 'run-distributed' },
  ];
  const statements = [...run.statements].sort((a, b) => moneyToCents(b.amount) - moneyToCents(a.amount) || a.holder.name.localeCompare(b.holder.name, 'fr'));

  return (
    <li class={`run-card run-${run.status.toLowerCase()}`} data-testid="run-item" data-run-id={run.id} data-status={run.status}>
      <header class="run-head">
        <div>
          <strong>{formatRange(run.periodStart, run.periodEnd, lang)}</strong>
          {run.corrects && (
            <small class="muted">
              {' '}
              · {t('catalogue.correctionOf', { range: formatRange(run.corrects.periodStart, run.corrects.periodEnd, lang) })}
            </small>
          )}
        </div>
        <StatusBadge kind="run" status={run.status} testId="run-status" />
      </header>
      <dl class="run-totals">
        {totals.map((x) => (
          <Fragment key={x.key}>
            <dt>{t(x.key)}</dt>
            <dd class="money" data-testid={x.testId}>
              <Money amount={x.value} />
            </dd>
          </Fragment>
        ))}
      </dl>
      <p class="muted small-print">
        {run.issuedAt
          ? t('catalogue.issuedAt', { at: formatDateTime(run.issuedAt, lang) })
          : run.approvedAt
            ? t('catalogue.approvedAt', { at: formatDateTime(run.approvedAt, lang) })
            : run.computedAt
              ? t('catalogue.computedAt', { at: formatDateTime(run.computedAt, lang) })
              : null}
      </p>
      {canManage && (
        <div class="action-buttons">
          {run.status === 'DRAFT' && (
            <>
              <button type="button" class="secondary small" onClick={() => act('recompute')} disabled={working} aria-busy={recomputeState.fetching} data-testid="run-recompute">
                {t('catalogue.recompute')}
              </button>
              <button type="button" class="small" onClick={() => act('approve')} disabled={working} aria-busy={approveState.fetching} data-testid="run-approve">
                {t('catalogue.approve')}
              </button>
            </>
          )}
          {run.status === 'APPROVED' && (
            <button type="button" class="small" onClick={() => act('issue')} disabled={working} aria-busy={issueState.fetching} data-testid="run-issue">
              {t('catalogue.issue')}
            </button>
          )}
          {run.status === 'ISSUED' && (
            <button type="button" class="secondary outline small" onClick={() => act('correct')} disabled={working} aria-busy={correctState.fetching} data-testid="run-correct">
              {t('catalogue.correct')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="error" role="alert" data-testid="run-error">
          {error}
        </p>
      )}
      <details>
        <summary>{t('catalogue.runStatements', { n: run.statements.length })}</summary>
        {downloadError && (
          <p class="error" role="alert">
            {downloadError}
          </p>
        )}
        <div class="table-scroll">
          <table class="royalty-table">
            <thead>
              <tr>
                <th>{t('catalogue.holder')}</th>
                <th class="num">{t('portal.amount')}</th>
                {run.corrects && <th class="num">{t('catalogue.previous')}</th>}
                <th>{t('catalogue.documents')}</th>
              </tr>
            </thead>
            <tbody>
              {statements.map((s) => (
                <tr key={s.id} data-testid="run-statement">
                  <td>{s.holder.name}</td>
                  <td class="num money"><Money amount={s.amount} /></td>
                  {run.corrects && <td class="num money" data-label={t('catalogue.previous')}>{s.previousAmount != null ? formatMoney(s.previousAmount, lang) : t('common.none')}</td>}
                  <td class="nowrap">
                    <button
                      type="button"
                      class="secondary outline small"
                      disabled={busy !== null}
                      aria-busy={busy === `pdf-${s.id}`}
                      onClick={() => download(`pdf-${s.id}`, s.pdfUrl, `releve-${s.id.slice(0, 8)}.pdf`)}
                    >
                      PDF
                    </button>{' '}
                    <button
                      type="button"
                      class="secondary outline small"
                      disabled={busy !== null}
                      aria-busy={busy === `csv-${s.id}`}
                      onClick={() => download(`csv-${s.id}`, s.csvUrl, `releve-${s.id.slice(0, 8)}.csv`)}
                    >
                      CSV
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <details onToggle={(e) => setShowWorks((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('catalogue.runWorks')}</summary>
        {showWorks && <RunWorks id={run.id} />}
      </details>
    </li>
  );
}

function RunWorks({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: RunWorksQuery, variables: { id } });
  if (!data) return <LoadingOrError fetching={fetching} error={error} />;
  const works = [...data.distributionRun.works].sort((a, b) => a.work.title.localeCompare(b.work.title, 'fr'));
  if (works.length === 0) return <EmptyState>{t('catalogue.noRunWorks')}</EmptyState>;
  return (
    <ul class="rows run-works">
      {works.map((w) => (
        <li key={w.work.id}>
          <details class="grow">
            <summary>
              {w.work.title} — <Money amount={w.gross} /> → <Money amount={w.net} />
            </summary>
            <ul class="explanation">
              {w.explanation.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
