import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { describeError } from '../../lib/errors';
import { addDays, todayParis } from '../../lib/dates';
import { formatDateTime, formatDayHeading } from '../../lib/format';
import { BreakChips, SessionDuration } from './SlipFormParts';
import { SlipWhat } from './SlipWhat';
import { useSlipCheck } from './useSlipCheck';
import { useI18n, type Key } from '../../app/i18n';
import { linkTo, navigate } from '../../lib/navigation';
import { newClientId, sessionLength } from './slips';
import { useOnline } from '../../lib/hooks';
import { slipQueue, type SlipError } from './slipQueue';
import { currentUser, readOfflineData, useOfflineData, writeOfflineData } from './offlineData';
import './slips.css';
import { ErrorMessage, Loading } from '../../ui';
import { ROLE } from '../../lib/roles';
import { SlipFormTasksQuery, SlipToCorrectQuery, checkable, inputOf, fieldOfError, PROBLEM_FIELD, valuesFromSearch, valuesFromInput, useSearch, useSlipFormLists, type FieldName, type Values } from './slipFormValues';


/** A new slip (prefilled from the address), the correction of a rejected one, or of one the server refused from the outbox. */
export function SlipFormPage({ slipId }: { slipId?: string }) {
  const search = useSearch();
  // A new address is a new slip: a fresh form, and a fresh clientId.
  return <SlipFormInner key={`${slipId ?? ''}?${search}`} slipId={slipId} search={search} />;
}

function SlipFormInner({ slipId, search }: { slipId?: string; search: string }) {
  const { t, lang } = useI18n();
  const online = useOnline();
  const today = todayParis();
  const tomorrow = addDays(today, 1);
  const retryId = new URLSearchParams(search).get('retry');
  const retried = useMemo(() => (retryId ? (slipQueue.mine().failed.find((f) => f.clientId === retryId) ?? null) : null), [retryId]);

  const [values, setValues] = useState<Values>(() => (retried ? valuesFromInput(retried.input) : valuesFromSearch(search, today)));
  // Generated once for this slip and kept through every retry: the server records it once.
  const [clientId, setClientId] = useState(() => (retried && retried.error.code !== 'CONFLICT' ? retried.clientId : newClientId()));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>(() => (retried ? { [fieldOfError(retried.error.field)]: retried.error.message } : {}));
  const [busy, setBusy] = useState(false);

  const { data, fetching, error, offline, kept } = useSlipFormLists();
  const [{ data: tasksData, fetching: tasksFetching, error: tasksError }] = useQuery({
    query: SlipFormTasksQuery,
    variables: { id: values.production },
    pause: !values.production,
  });
  const [{ data: correcting, error: correctingError }] = useQuery({
    query: SlipToCorrectQuery,
    variables: { id: slipId ?? '' },
    pause: !slipId,
    requestPolicy: 'network-only',
  });
  const old = correcting?.slip ?? null;
  const keptTasks = useOfflineData(tasksError?.networkError ? tasksError : null);

  const freshTasks = tasksData && !tasksError ? tasksData.production : null;
  useEffect(() => {
    if (!freshTasks) return;
    const user = currentUser();
    const known = readOfflineData(user);
    if (!known) return; // Only a technician's lists are kept (by useSlipFormLists).
    const tasks = freshTasks.tasks.map(({ id, title, startDate, endDate, operation }) => ({ id, title, startDate, endDate, operation: { id: operation.id, label: operation.label } }));
    writeOfflineData(user, { tasks: { ...known.tasks, [freshTasks.id]: tasks } });
  }, [freshTasks]);

  // The rejected slip, once read, fills the form.
  const filled = useRef(false);
  useEffect(() => {
    if (!old || filled.current) return;
    filled.current = true;
    setValues({
      production: old.production.id,
      task: old.task?.id ?? '',
      operation: old.operation.id,
      date: old.date,
      start: old.start,
      end: old.end,
      breakMinutes: old.breakMinutes,
      room: old.room?.id ?? '',
      notes: old.notes,
    });
    setClientId(old.clientId);
  }, [old]);

  const productions = useMemo(
    () => (data ? data.productions.edges.map((e) => e.node).filter((p) => p.status !== 'CLOSED') : (kept?.productions ?? [])),
    [data, kept],
  );
  const operations = useMemo(() => (data ? data.operations.edges.map((e) => e.node) : (kept?.operations ?? [])), [data, kept]);
  const rooms = useMemo(() => (data ? data.rooms.edges.map((e) => e.node) : (kept?.rooms ?? [])), [data, kept]);
  const tasks = useMemo(() => {
    const all =
      tasksData?.production.id === values.production ? tasksData.production.tasks : ((values.production ? keptTasks?.tasks[values.production] : null) ?? []);
    // The tasks running on the slip's day first.
    const on = (x: { startDate: string; endDate: string }) => x.startDate <= values.date && x.endDate >= values.date;
    return [...all].sort((a, b) => Number(on(b)) - Number(on(a)) || a.startDate.localeCompare(b.startDate));
  }, [tasksData, keptTasks, values.production, values.date]);
  const task = tasks.find((x) => x.id === values.task) ?? null;

  // A prefilled production that is not one of ours (no longer in the team…): choose again.
  useEffect(() => {
    if (!(data || kept) || !values.production || slipId) return;
    if (!productions.some((p) => p.id === values.production)) setValues((v) => ({ ...v, production: '', task: '' }));
  }, [data, kept, productions]);

  const length = sessionLength(values.date, values.start, values.end, values.breakMinutes);
  const taskOperation = task?.operation.id ?? null;
  // The server's word on the slip as typed (its length, its warnings, its refusals), online only.
  const checked = useSlipCheck(checkable(values, taskOperation) ? inputOf(values, clientId, taskOperation) : null, slipId ?? null, online);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((v) => {
      const next = { ...v, [key]: value };
      if (key === 'production') next.task = '';
      return next;
    });
    setErrors((e) => {
      const field: FieldName = key;
      if (!e[field] && !e.general) return e;
      const { [field]: _drop, general: _general, ...rest } = e;
      return rest;
    });
  }

  function chooseTask(id: string) {
    set('task', id);
    const chosen = tasks.find((x) => x.id === id);
    if (chosen) setValues((v) => ({ ...v, task: id, operation: chosen.operation.id }));
  }

  function check(): Partial<Record<FieldName, string>> {
    const out: Partial<Record<FieldName, string>> = {};
    if (!values.production) out.production = t('slip.error.production');
    if (!values.task && !values.operation) out.operation = t('slip.error.operation');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) out.date = t('slip.error.date');
    else if (values.date > tomorrow) out.date = t('slip.error.dateFuture');
    if (!length.ok) out[PROBLEM_FIELD[length.problem]] = t(`slip.error.${length.problem}` as Key);
    return out;
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const production = productions.find((p) => p.id === values.production) ?? (old?.production.id === values.production ? old.production : null);
    const operation = operations.find((o) => o.id === (task?.operation.id ?? values.operation));
    const input = inputOf(values, clientId, task?.operation.id ?? null);
    setBusy(true);
    try {
      const outcome = await slipQueue.submit({
        clientId,
        slipId: slipId ?? null,
        input,
        summary: {
          production: production?.title ?? '',
          task: task?.title ?? null,
          operation: operation?.label ?? null,
          room: rooms.find((r) => r.id === values.room)?.name ?? null,
        },
      });
      if (outcome.status === 'failed') {
        showServerError(outcome.error);
        return;
      }
      // A refused slip corrected under a new clientId: the refused one is done with.
      if (retried && retried.clientId !== clientId) slipQueue.remove(retried.clientId);
      navigate('/my-slips');
    } finally {
      setBusy(false);
    }
  }

  function showServerError(err: SlipError) {
    setErrors({ [fieldOfError(err.field)]: err.message });
    // Nothing was recorded under this clientId, except on a CONFLICT, where it is taken.
    if (err.code === 'CONFLICT' && !slipId) setClientId(newClientId());
  }

  // What the form found on sending, else what the server says of the values as they are now.
  const shown = (f: FieldName) => errors[f] ?? checked.errors[f];
  const err = (f: FieldName) =>
    shown(f) ? (
      <small class="field-error" id={`slip-${f}-error`} role="alert" data-testid={`slip-error-${f}`}>
        {shown(f)}
      </small>
    ) : null;
  const invalid = (f: FieldName) => (shown(f) ? { 'aria-invalid': true as const, 'aria-describedby': `slip-${f}-error` } : {});

  const title = slipId ? t('slip.correctTitle') : t('slip.new');
  const back = slipId || retried ? '/my-slips' : '/my-day';

  if (!data && !kept) {
    return (
      <main class="container slip-page">
        <a href={back} onClick={linkTo(back)}>
          ← {t('common.cancel')}
        </a>
        <h1>{title}</h1>
        {fetching ? (
          <Loading />
        ) : (
          <p class="error">{offline ? t('offline.noData') : describeError(error, t)}</p>
        )}
      </main>
    );
  }
  if (data && data.me.role !== ROLE.TECHNICIAN) {
    return (
      <main class="container slip-page">
        <a href="/" onClick={linkTo('/')}>
          ← {t('common.home')}
        </a>
        <h1>{title}</h1>
        <p class="muted">{t('slip.techniciansOnly')}</p>
      </main>
    );
  }
  if (slipId && correctingError) {
    return (
      <main class="container slip-page">
        <a href={back} onClick={linkTo(back)}>
          ← {t('slip.mySlips')}
        </a>
        <h1>{title}</h1>
        <ErrorMessage error={correctingError} />
      </main>
    );
  }

  return (
    <main class="container slip-page">
      <nav class="crumbs">
        <a href={back} onClick={linkTo(back)}>
          ← {t('common.cancel')}
        </a>
      </nav>
      <h1>{title}</h1>
      {old && old.status !== 'REJECTED' && <p class="error">{t('slip.notRejected')}</p>}
      {old?.rejectionReason && (
        <p class="rejection" data-testid="slip-rejection">
          <strong>{t('slip.rejectedBecause')}</strong> {old.rejectionReason}
        </p>
      )}
      {!online && (
        <p class="offline-note" role="status" data-testid="slip-offline">
          {t('slip.offlineNote')}
        </p>
      )}
      {!data && kept && (
        <p class="muted" data-testid="slip-offline-data">
          {t('offline.dataFrom', { when: formatDateTime(kept.savedAt, lang) })}
        </p>
      )}

      <form class="slip-form" onSubmit={submit} noValidate data-testid="slip-form" data-client-id={clientId}>
        <SlipWhat
          values={values}
          productions={productions}
          extraProduction={old && !productions.some((p) => p.id === old.production.id) ? old.production : null}
          tasks={tasks}
          task={task}
          tasksFetching={tasksFetching}
          operations={operations}
          onProduction={(id) => set('production', id)}
          onTask={chooseTask}
          onOperation={(id) => set('operation', id)}
          err={err}
          invalid={invalid}
        />

        <label>
          {t('slip.date')}
          <input
            type="date"
            required
            max={tomorrow}
            value={values.date}
            onInput={(e) => set('date', e.currentTarget.value)}
            data-testid="slip-date"
            {...invalid('date')}
          />
          {values.date && /^\d{4}-\d{2}-\d{2}$/.test(values.date) && <small class="muted">{formatDayHeading(values.date, lang)}</small>}
          {err('date')}
        </label>

        <div class="slip-times">
          <label>
            {t('slip.start')}
            <input
              type="time"
              required
              step={300}
              value={values.start}
              onInput={(e) => set('start', e.currentTarget.value)}
              data-testid="slip-start"
              {...invalid('start')}
            />
            {err('start')}
          </label>
          <label>
            {t('slip.end')}
            <input
              type="time"
              required
              step={300}
              value={values.end}
              onInput={(e) => set('end', e.currentTarget.value)}
              data-testid="slip-end"
              {...invalid('end')}
            />
            {err('end')}
          </label>
        </div>

        <BreakChips value={values.breakMinutes} onChange={(m) => set('breakMinutes', m)} error={err('breakMinutes')} invalid={invalid('breakMinutes')} />

        <SessionDuration length={length} breakMinutes={values.breakMinutes} check={checked} problem={checked.errors.start ?? checked.errors.end ?? checked.errors.breakMinutes ?? null} />

        <label>
          {t('slip.room')}
          <select value={values.room} onChange={(e) => set('room', e.currentTarget.value)} data-testid="slip-room" {...invalid('room')}>
            <option value="">{t('slip.noRoom')}</option>
            {rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          {err('room')}
        </label>

        <label>
          {t('slip.notes')}
          <textarea
            rows={3}
            maxLength={2000}
            value={values.notes}
            onInput={(e) => set('notes', e.currentTarget.value)}
            placeholder={t('slip.notesHint')}
            data-testid="slip-notes"
            {...invalid('notes')}
          />
          {err('notes')}
        </label>

        {shown('general') && (
          <p class="error" role="alert" data-testid="slip-error-general">
            {shown('general')}
          </p>
        )}

        <button type="submit" class="big-action" disabled={busy} aria-busy={busy} data-testid="slip-submit">
          {slipId ? t('slip.resend') : t('slip.send')}
        </button>
      </form>
    </main>
  );
}
