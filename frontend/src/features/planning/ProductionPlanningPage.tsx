import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import { ProductionTabs } from '../productions/ProductionTabs';
import { addDays, isWeekend, maxDate, parisNow, workingDayTest } from '../../lib/dates';
import { WIDE, useDebounced, useMediaQuery } from '../../lib/hooks';
import { useI18n } from '../../app/i18n';
import { ganttRange } from './gantt';
import { lastListPath } from '../productions/listState';
import { linkTo } from '../../lib/navigation';
import { DateText, EmptyState, LoadingOrError } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';
import { byStart, taskLabel, type Task } from './planningTasks';
import { ShiftPanel } from './ShiftPanel';
import { Gantt } from './Gantt';
import { PlanningList } from './PlanningList';
import { TaskDialog, valuesOf } from './TaskDialog';
import { BookingDialog, type BookingDialogMode } from './BookingDialog';
import { emptyTask, slotBooking, type TaskValues } from './planForms';
import './planEdit.css';

const PlanningQuery = graphql(`
  query ProductionPlanning($id: ID!) {
    production(id: $id) {
      id
      title
      spec {
        deliveryDeadline
      }
      episodes {
        id
        number
        title
      }
      tasks {
        ...PlanningTask
      }
    }
  }
`);

const PlanningMeQuery = graphql(`
  query PlanningMe {
    me {
      role
    }
  }
`);

const ConflictsQuery = graphql(`
  query PlanningConflicts {
    conflicts {
      ...ConflictSummary
    }
  }
`);

const WorkingDaysQuery = graphql(`
  query WorkingDays($from: Date!, $to: Date!) {
    workingDays(from: $from, to: $to)
  }
`);

const ShiftTaskMutation = graphql(`
  mutation ShiftTask($id: ID!, $workingDays: Int!, $cascade: Boolean!, $reason: String, $lateRushes: Boolean) {
    shiftTask(id: $id, workingDays: $workingDays, cascade: $cascade, reason: $reason, lateRushes: $lateRushes) {
      moved {
        ...PlanningTask
      }
      conflicts {
        ...ConflictSummary
      }
    }
  }
`);

const SetTaskStatusMutation = graphql(`
  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {
    setTaskStatus(id: $id, status: $status) {
      ...PlanningTask
    }
  }
`);

const DeleteTaskMutation = graphql(`
  mutation DeleteTask($id: ID!) {
    deleteTask(id: $id)
  }
`);

const ScheduleEventsSubscription = graphql(`
  subscription ProductionScheduleEvents($id: ID!) {
    scheduleEvents(productionId: $id) {
      id
      kind
      productionId
      task {
        ...PlanningTask
      }
    }
  }
`);

export interface ShiftOptions {
  cascade: boolean;
  reason: string;
  lateRushes: boolean;
}

export function ProductionPlanningPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const wide = useMediaQuery(WIDE);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlanningQuery, variables: { id } });
  const [{ data: conflictsData, fetching: conflictsFetching }, reexecuteConflicts] = useQuery({ query: ConflictsQuery });
  // Set when an event changed the list of tasks rather than one task (which it brings along).
  const listChanged = useRef(false);
  const [shiftState, shift] = useMutation(ShiftTaskMutation);
  const [statusState, setStatus] = useMutation(SetTaskStatusMutation);
  const [deleteState, deleteTask] = useMutation(DeleteTaskMutation);
  const [taskDialog, setTaskDialog] = useState<{ task: Task | null; initial: TaskValues } | null>(null);
  const [bookingDialog, setBookingDialog] = useState<BookingDialogMode | null>(null);
  const [{ data: meData }] = useQuery({ query: PlanningMeQuery });
  // Only the planners may move tasks; others (a technician on the team…) read the plan.
  const canShift = canManage(meData?.me.role);

  const refreshConflicts = useDebounced(() => reexecuteConflicts({ requestPolicy: 'network-only' }));
  const refreshPlan = useDebounced(() => reexecute({ requestPolicy: 'network-only' }));
  // Every event, whatever it is, calls for fresh conflicts; a task event brings its task along.
  useLiveRefetch(
    {
      query: ScheduleEventsSubscription,
      variables: { id },
      refetchOn: (event) => {
        const kind = event.scheduleEvents.kind;
        if (kind === 'task.created' || kind === 'task.deleted' || kind.startsWith('booking.')) listChanged.current = true;
        return true;
      },
      delay: 0,
      onReconnect: () => {
        refreshPlan();
        refreshConflicts();
      },
    },
    () => {
      refreshConflicts();
      if (listChanged.current) {
        listChanged.current = false;
        refreshPlan();
      }
    },
  );
  // Conflict messages come in the caller's language.
  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang !== firstLang.current) refreshConflicts();
  }, [lang]);

  const now = parisNow();
  const today = now.date;
  const p = data?.production;
  const tasks = useMemo(() => [...(p?.tasks ?? [])].sort(byStart), [p?.tasks]);
  const deadline = p?.spec.deliveryDeadline ?? null;
  const range = useMemo(() => ganttRange(tasks, deadline, today), [tasks, deadline, today]);
  const [{ data: wdData }] = useQuery({ query: WorkingDaysQuery, variables: range, pause: !p });
  // Keep the last known working days while a wider range loads, so the shading never blinks.
  const lastWd = useRef<{ days: readonly string[]; from: string; to: string } | null>(null);
  if (wdData) lastWd.current = { days: wdData.workingDays, from: range.from, to: range.to };
  const isWorking = useMemo(
    () => workingDayTest(lastWd.current?.days, lastWd.current?.from ?? range.from, lastWd.current?.to ?? range.to),
    [wdData, range.from, range.to],
  );

  const conflicts = useMemo(
    () => (conflictsData?.conflicts ?? []).filter((c) => c.productions.some((pr) => pr.id === id)),
    [conflictsData, id],
  );
  const conflictTaskIds = useMemo(() => new Set(conflicts.flatMap((c) => c.tasks.map((x) => x.id))), [conflicts]);

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [options, setOptions] = useState<ShiftOptions>({ cascade: true, reason: '', lateRushes: false });
  // How many tasks the last shift moved, shown until another task is selected.
  const [lastMoved, setLastMoved] = useState<number | null>(null);
  const selected = tasks.find((x) => x.id === selectedId) ?? null;

  async function doShift(task: Task, workingDays: number) {
    if (workingDays === 0) return;
    setLastMoved(null);
    const res = await shift({
      id: task.id,
      workingDays,
      cascade: options.cascade,
      reason: options.reason.trim() || null,
      lateRushes: options.lateRushes,
    });
    if (res.data) {
      setLastMoved(res.data.shiftTask.moved.length);
      // The events will tell too, but the websocket may be down.
      refreshConflicts();
    }
  }

  function select(task: Task | null) {
    // The reason (and late rushes) of one shift is about that task: it never carries over to the next.
    if ((task?.id ?? null) !== selectedId) setOptions((o) => ({ ...o, reason: '', lateRushes: false }));
    setSelectedId(task?.id ?? null);
    setLastMoved(null);
  }

  function afterEdit() {
    refreshPlan();
    refreshConflicts();
  }

  function openBooking(task: Task, day: string) {
    setBookingDialog({
      kind: 'create',
      values: slotBooking(day, undefined, task.id),
      task: { id: task.id, label: taskLabel(task, t), startDate: task.startDate, endDate: task.endDate },
    });
  }

  if (!p) {
    return (
      <main class="container">
        <a href={lastListPath()} onClick={linkTo(lastListPath())}>
          ← {t('common.back')}
        </a>
        <LoadingOrError fetching={fetching} error={error} />
      </main>
    );
  }

  const panel = selected && (
    <ShiftPanel
      task={selected}
      options={options}
      setOptions={setOptions}
      busy={shiftState.fetching || statusState.fetching || deleteState.fetching}
      error={errorMessage(shiftState.error ?? statusState.error ?? deleteState.error)}
      notice={lastMoved === null ? null : t('planning.shifted', { n: lastMoved })}
      onShift={(n) => doShift(selected, n)}
      onClose={() => select(null)}
      floating={!wide}
      canShift={canShift}
      key={selected.id}
      onStatus={async (status) => {
        const res = await setStatus({ id: selected.id, status });
        if (!res.error) refreshConflicts();
      }}
      onEdit={() => setTaskDialog({ task: selected, initial: valuesOf(selected, lang) })}
      onBook={() => openBooking(selected, today >= selected.startDate && today <= selected.endDate ? today : selected.startDate)}
      onDelete={async () => {
        const res = await deleteTask({ id: selected.id });
        if (!res.error) {
          select(null);
          afterEdit();
        }
      }}
    />
  );

  return (
    <main class={`container planning-page ${wide ? 'wide' : ''} ${selected && !wide ? 'with-sheet' : ''}`}>
      <nav class="crumbs">
        <a href={lastListPath()} onClick={linkTo(lastListPath())}>
          ← {t('common.back')}
        </a>
        <LiveBadge />
      </nav>
      <h1 data-testid="production-title">{p.title}</h1>
      <ProductionTabs id={id} current="planning" />

      <div class="plan-summary">
        {conflictsData ? (
          <span class={`badge conflict-badge ${conflicts.length ? 'has-conflicts' : ''}`} title={t('planning.conflicts')}>
            {t('planning.conflictsLabel')} <span data-testid="conflict-count">{conflicts.length}</span>
          </span>
        ) : (
          // Not a count until the server has given one.
          <span class="badge conflict-badge pending" aria-busy={conflictsFetching}>
            {t('planning.conflictsLabel')} {conflictsFetching ? '…' : '—'}
          </span>
        )}
        {deadline && (
          <span class="deadline">
            {t('production.deadline')} <DateText date={deadline} />
          </span>
        )}
        <span class="muted">{t('planning.taskCount', { n: tasks.length })}</span>
      </div>
      {canShift && (
        <div class="plan-actions">
          <button type="button" onClick={() => setTaskDialog({ task: null, initial: emptyTask(nextStart(tasks, today)) })} data-testid="task-new">
            + {t('planning.newTask')}
          </button>
        </div>
      )}

      {tasks.length === 0 ? (
        <EmptyState>{t('planning.noTasks')}</EmptyState>
      ) : wide ? (
        <>
          <p class="muted small-print">{t('planning.hint')}</p>
          <Gantt
            tasks={tasks}
            range={range}
            isWorking={isWorking}
            today={today}
            nowMinute={now.minute}
            deadline={deadline}
            conflictTaskIds={conflictTaskIds}
            selectedId={selectedId}
            busy={shiftState.fetching || !canShift}
            onSelect={select}
            onShift={(task, n) => {
              select(task);
              void doShift(task, n);
            }}
            onSlot={canShift ? openBooking : undefined}
          />
          {panel}
        </>
      ) : (
        <>
          <PlanningList
            tasks={tasks}
            range={range}
            today={today}
            isWorking={isWorking}
            conflictTaskIds={conflictTaskIds}
            selectedId={selectedId}
            onSelect={select}
          />
          {panel}
        </>
      )}

      {taskDialog && (
        <TaskDialog
          productionId={id}
          task={taskDialog.task}
          initial={taskDialog.initial}
          tasks={tasks}
          episodes={p.episodes}
          onClose={() => setTaskDialog(null)}
          onSaved={(task) => {
            setTaskDialog(null);
            select(task);
            afterEdit();
          }}
        />
      )}
      {bookingDialog && (
        <BookingDialog
          mode={bookingDialog}
          onClose={() => setBookingDialog(null)}
          onSaved={() => {
            setBookingDialog(null);
            afterEdit();
          }}
        />
      )}

      <section>
        <h2>
          {t('planning.conflicts')} <small class="muted">({conflicts.length})</small>
        </h2>
        {conflicts.length === 0 ? (
          <EmptyState>{t('planning.noConflicts')}</EmptyState>
        ) : (
          <ul class="rows conflicts" data-testid="conflict-list">
            {conflicts.map((c, i) => (
              <li key={`${c.kind}-${i}`}>
                <span class={`badge conflict-kind kind-${c.kind.toLowerCase()}`}>{t(`conflict.${c.kind}`)}</span>
                <span class="grow">{c.message}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

/** Where a new task starts by default: the next working day after the plan's last task, or today. */
function nextStart(tasks: Task[], today: string): string {
  const last = tasks.reduce((m, x) => maxDate(m, x.endDate), today);
  let d = last === today && !tasks.some((x) => x.endDate === today) ? today : addDays(last, 1);
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}
