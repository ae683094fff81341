import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { PlanningTaskFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { LiveBadge } from '../../ui/LiveBadge';
import { ProductionTabs } from '../productions/ProductionTabs';
import {
  addDays,
  addWorkingDays,
  diffDays,
  eachDay,
  isWeekend,
  isoWeek,
  maxDate,
  parisNow,
  workingDayTest,
  workingDaysBetween,
  type IsWorkingDay,
} from '../../lib/dates';
import { capitalise, formatDate, formatDayHeading, formatMonth, formatRange } from '../../lib/format';
import { WIDE, useDebounced, useMediaQuery } from '../../lib/hooks';
import { useI18n, type T } from '../../app/i18n';
import { barGeometry, connectorPath, dateToX, dragDays, ganttRange, groupByDay, monthSegments, weekSegments } from './gantt';
import { linkTo } from '../../lib/navigation';
import { DateText, EmptyState, LoadingOrError, StatusBadge } from '../../ui';
import { canManage } from '../../lib/roles';
import { useLiveRefetch } from '../../lib/useLiveQuery';

// One fragment for the query, the shift's answer and the live events: graphcache
// normalises Task by id, so whichever brings a task's new dates updates every bar.
export const PlanningTaskDoc = graphql(`
  fragment PlanningTask on Task {
    id
    title
    startDate
    endDate
    status
    plannedDays
    allowNonWorking
    nonWorkingDays
    episode {
      id
      number
    }
    operation {
      id
      department
    }
    dependsOn {
      task {
        id
      }
      lagDays
    }
    bookings {
      id
      status
      startDate
      endDate
      technician {
        id
        name
      }
      room {
        id
        name
      }
    }
  }
`);

export const ConflictSummaryDoc = graphql(`
  fragment ConflictSummary on Conflict {
    kind
    message
    from
    to
    tasks {
      id
    }
    productions {
      id
    }
    bookings {
      id
    }
  }
`);

const PlanningQuery = graphql(`
  query ProductionPlanning($id: ID!) {
    production(id: $id) {
      id
      title
      spec {
        deliveryDeadline
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

type Task = PlanningTaskFragment;

export interface ShiftOptions {
  cascade: boolean;
  reason: string;
  lateRushes: boolean;
}

const DAY_WIDTH = 18;
const ROW_HEIGHT = 34;
const LABEL_WIDTH = 210;
// The gap between a bar and the edges of its row (see .g-bar in styles.css).
const BAR_INSET = 5;

function byStart(a: Task, b: Task): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? -1 : 1;
  return (a.episode?.number ?? 0) - (b.episode?.number ?? 0) || a.title.localeCompare(b.title);
}

/** Who works on the task: technicians then rooms, options marked. */
function people(task: Task, t: T): string[] {
  const out: string[] = [];
  for (const b of task.bookings) {
    if (b.status === 'CANCELLED') continue;
    const name = b.technician?.name ?? b.room?.name;
    if (!name) continue;
    out.push(b.status === 'PENCILLED' ? `${name} (${t('booking.option')})` : name);
  }
  return out;
}

function taskLabel(task: Task, t: T): string {
  return task.episode ? `${t('planning.episodeShort', { n: task.episode.number })} · ${task.title}` : task.title;
}

function taskTooltip(task: Task, t: T, lang: 'fr' | 'en'): string {
  const lines = [
    taskLabel(task, t),
    formatRange(task.startDate, task.endDate, lang),
    `${t(`taskStatus.${task.status}`)} · ${t('planning.plannedDays', { n: task.plannedDays })}`,
  ];
  const who = people(task, t);
  if (who.length) lines.push(who.join(', '));
  return lines.join('\n');
}

export function ProductionPlanningPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const wide = useMediaQuery(WIDE);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PlanningQuery, variables: { id } });
  const [{ data: conflictsData, fetching: conflictsFetching }, reexecuteConflicts] = useQuery({ query: ConflictsQuery });
  // Set when an event changed the list of tasks rather than one task (which it brings along).
  const listChanged = useRef(false);
  const [shiftState, shift] = useMutation(ShiftTaskMutation);
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
    setSelectedId(task?.id ?? null);
    setLastMoved(null);
  }

  if (!p) {
    return (
      <main class="container">
        <a href="/" onClick={linkTo('/')}>
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
      busy={shiftState.fetching}
      error={errorMessage(shiftState.error)}
      notice={lastMoved === null ? null : t('planning.shifted', { n: lastMoved })}
      onShift={(n) => doShift(selected, n)}
      onClose={() => select(null)}
      floating={!wide}
      canShift={canShift}
    />
  );

  return (
    <main class={`container planning-page ${wide ? 'wide' : ''} ${selected && !wide ? 'with-sheet' : ''}`}>
      <nav class="crumbs">
        <a href="/" onClick={linkTo('/')}>
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
              setSelectedId(task.id);
              void doShift(task, n);
            }}
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

interface ShiftPanelProps {
  task: Task;
  options: ShiftOptions;
  setOptions: (o: ShiftOptions) => void;
  busy: boolean;
  error: string | null;
  notice: string | null;
  onShift: (workingDays: number) => void;
  onClose: () => void;
  floating: boolean;
  canShift: boolean;
}

function ShiftPanel({ task, options, setOptions, busy, error, notice, onShift, onClose, floating, canShift }: ShiftPanelProps) {
  const { t, lang } = useI18n();
  const who = people(task, t);
  return (
    <section
      class={`shift-panel ${floating ? 'sheet' : ''}`}
      data-testid="shift-panel"
      data-task-id={task.id}
      aria-label={t('planning.moveTask')}
    >
      <header>
        <div>
          <strong>{taskLabel(task, t)}</strong>
          <small class="muted">
            {formatRange(task.startDate, task.endDate, lang)} · {t(`taskStatus.${task.status}`)}
          </small>
          {who.length > 0 && <small class="muted">{who.join(', ')}</small>}
        </div>
        <button type="button" class="secondary outline small" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </header>
      {canShift && (
        <>
          <div class="shift-buttons">
            <button type="button" class="small" disabled={busy} onClick={() => onShift(-1)} data-testid="shift-minus" title={t('planning.earlier')}>
              {t('planning.minusDay')}
            </button>
            <button type="button" class="small" disabled={busy} onClick={() => onShift(1)} data-testid="shift-plus" title={t('planning.later')}>
              {t('planning.plusDay')}
            </button>
            <label class="check">
              <input
                type="checkbox"
                checked={options.cascade}
                onChange={(e) => setOptions({ ...options, cascade: e.currentTarget.checked })}
                data-testid="shift-cascade"
              />
              {t('planning.cascade')}
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={options.lateRushes}
                onChange={(e) => setOptions({ ...options, lateRushes: e.currentTarget.checked })}
                data-testid="shift-late-rushes"
              />
              {t('planning.lateRushes')}
            </label>
          </div>
          <input
            type="text"
            class="shift-reason"
            maxLength={500}
            placeholder={t('planning.reason')}
            aria-label={t('planning.reason')}
            value={options.reason}
            onInput={(e) => setOptions({ ...options, reason: e.currentTarget.value })}
            data-testid="shift-reason"
          />
        </>
      )}
      <p class="shift-status" role="status" aria-live="polite">
        {busy ? <span aria-busy="true">{t('planning.shifting')}</span> : error ? <span class="error">{error}</span> : notice}
      </p>
    </section>
  );
}

interface GanttProps {
  tasks: Task[];
  range: { from: string; to: string };
  isWorking: IsWorkingDay;
  today: string;
  nowMinute: number;
  deadline: string | null;
  conflictTaskIds: Set<string>;
  selectedId: string | null;
  busy: boolean;
  onSelect: (task: Task) => void;
  onShift: (task: Task, workingDays: number) => void;
}

interface DragState {
  id: string;
  pointerId: number;
  startX: number;
  days: number;
  moved: boolean;
}

/** The shift a drag of `days` calendar days asks for, and where the task would then start. */
function dragTarget(task: Task, days: number, isWorking: IsWorkingDay): { workingDays: number; start: string } {
  const target = addDays(task.startDate, days);
  if (task.allowNonWorking) return { workingDays: days, start: target };
  const n = workingDaysBetween(task.startDate, target, isWorking);
  return { workingDays: n, start: n === 0 ? task.startDate : addWorkingDays(task.startDate, n, isWorking) };
}

function Gantt(props: GanttProps) {
  const { tasks, range, isWorking, today, nowMinute, deadline, conflictTaskIds, selectedId, busy, onSelect, onShift } = props;
  const { t, lang } = useI18n();
  const dayW = DAY_WIDTH;
  const days = useMemo(() => eachDay(range.from, range.to), [range.from, range.to]);
  const width = days.length * dayW;
  const height = tasks.length * ROW_HEIGHT;
  const rowOf = useMemo(() => new Map(tasks.map((task, i) => [task.id, i])), [tasks]);
  const [drag, setDrag] = useState<DragState | null>(null);
  const dragRef = useRef<DragState | null>(null);
  const suppressClick = useRef(false);
  const scroller = useRef<HTMLDivElement>(null);

  // Open on the weeks around today, or on the start of the plan when today is outside it.
  const scrolled = useRef(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el || scrolled.current) return;
    scrolled.current = true;
    const focus = today >= range.from && today <= range.to ? today : tasks[0].startDate;
    el.scrollLeft = Math.max(0, dateToX(focus, range.from, dayW) - 10 * dayW);
  }, []);

  const links = useMemo(() => {
    const out: { key: string; d: string; conflict: boolean }[] = [];
    tasks.forEach((task, i) => {
      for (const dep of task.dependsOn) {
        const j = rowOf.get(dep.task.id);
        if (j === undefined) continue;
        const pred = tasks[j];
        const pg = barGeometry(pred.startDate, pred.endDate, range.from, dayW);
        const tg = barGeometry(task.startDate, task.endDate, range.from, dayW);
        const down = i > j ? 1 : -1;
        out.push({
          key: `${pred.id}-${task.id}`,
          d: connectorPath(
            { x: pg.left + pg.width, y: j * ROW_HEIGHT + ROW_HEIGHT / 2 + down * (ROW_HEIGHT / 2 - BAR_INSET) },
            { x: tg.left, y: i * ROW_HEIGHT + ROW_HEIGHT / 2 },
            Math.min(8, pg.width / 2),
          ),
          conflict: task.startDate <= pred.endDate,
        });
      }
    });
    return out;
  }, [tasks, rowOf, range.from]);

  function onPointerDown(e: PointerEvent, task: Task) {
    // Touch scrolls the chart; only a mouse or a pen drags a bar.
    if (busy || e.button !== 0 || e.pointerType === 'touch') return;
    const state = { id: task.id, pointerId: e.pointerId, startX: e.clientX, days: 0, moved: false };
    dragRef.current = state;
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  }

  function onPointerMove(e: PointerEvent) {
    const d = dragRef.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const dx = e.clientX - d.startX;
    const next = { ...d, days: dragDays(dx, dayW), moved: d.moved || Math.abs(dx) > 4 };
    dragRef.current = next;
    if (next.moved) setDrag(next);
  }

  function onPointerUp(e: PointerEvent, task: Task) {
    const d = dragRef.current;
    if (!d || d.pointerId !== e.pointerId) return;
    dragRef.current = null;
    setDrag(null);
    if (!d.moved) return; // a click: selection happens in onClick
    suppressClick.current = true;
    const { workingDays } = dragTarget(task, d.days, isWorking);
    if (workingDays !== 0) onShift(task, workingDays);
  }

  function onPointerCancel() {
    dragRef.current = null;
    setDrag(null);
  }

  const todayX = today >= range.from && today <= range.to ? dateToX(today, range.from, dayW) + (nowMinute / 1440) * dayW : null;
  const deadlineX = deadline && deadline >= range.from && deadline <= range.to ? dateToX(deadline, range.from, dayW) + dayW : null;

  return (
    <div class="gantt" data-testid="gantt" style={{ '--day': `${dayW}px`, '--row': `${ROW_HEIGHT}px`, '--label': `${LABEL_WIDTH}px` }}>
      <div class="g-scroll" ref={scroller}>
        <div class="g-canvas" style={{ width: `${LABEL_WIDTH + width}px` }}>
          <div class="g-head">
            <div class="g-corner">{t('planning.task')}</div>
            <div class="g-scale" style={{ width: `${width}px` }}>
              <div class="g-months">
                {monthSegments(range.from, range.to).map((s) => (
                  <span key={s.start} style={{ left: `${dateToX(s.start, range.from, dayW)}px`, width: `${s.days * dayW}px` }}>
                    {capitalise(formatMonth(s.start, lang))}
                  </span>
                ))}
              </div>
              <div class="g-weeks">
                {weekSegments(range.from, range.to).map((s) => (
                  <span
                    key={s.start}
                    style={{ left: `${dateToX(s.start, range.from, dayW)}px`, width: `${s.days * dayW}px` }}
                    title={`${t('planning.week', { n: isoWeek(s.start) })} — ${formatRange(s.start, addDays(s.start, s.days - 1), lang)}`}
                  >
                    {s.days >= 4 ? t('planning.weekShort', { n: isoWeek(s.start), date: s.start.slice(8, 10) + '/' + s.start.slice(5, 7) }) : ''}
                  </span>
                ))}
              </div>
              <div class="g-days">
                {days.map((d) => (
                  <span key={d} class={`${isWorking(d) ? '' : 'off'} ${d === today ? 'today' : ''}`} title={formatDayHeading(d, lang)}>
                    {Number(d.slice(8, 10))}
                  </span>
                ))}
              </div>
            </div>
          </div>

          <div class="g-body" style={{ height: `${height}px` }}>
            <div class="g-bg" style={{ left: `${LABEL_WIDTH}px`, width: `${width}px` }} aria-hidden="true">
              {days.map((d, i) =>
                isWorking(d) ? null : (
                  <span
                    key={d}
                    class={`g-off ${isWeekend(d) ? '' : 'holiday'}`}
                    style={{ left: `${i * dayW}px`, width: `${dayW}px` }}
                    title={isWeekend(d) ? undefined : `${t('planning.holiday')} — ${formatDayHeading(d, lang)}`}
                  />
                ),
              )}
              {deadlineX !== null && (
                <span class="g-deadline" style={{ left: `${deadlineX}px` }} data-testid="deadline-line" title={`${t('production.deadline')} ${formatDate(deadline)}`}>
                  <em>{t('planning.deadlineShort')}</em>
                </span>
              )}
              {todayX !== null && (
                <span class="g-today" style={{ left: `${todayX}px` }} data-testid="today-line" title={`${t('planning.today')} ${formatDate(today)}`}>
                  <em>{t('planning.today')}</em>
                </span>
              )}
            </div>
            <svg class="g-links" style={{ left: `${LABEL_WIDTH}px` }} width={width} height={height} aria-hidden="true">
              <defs>
                <marker id="g-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto">
                  <path d="M0,0 L6,3 L0,6 z" />
                </marker>
              </defs>
              {links.map((l) => (
                <path key={l.key} d={l.d} class={l.conflict ? 'conflict' : ''} marker-end="url(#g-arrow)" />
              ))}
            </svg>
            {tasks.map((task) => {
              const g = barGeometry(task.startDate, task.endDate, range.from, dayW);
              const dragging = drag?.id === task.id ? drag : null;
              const target = dragging ? dragTarget(task, dragging.days, isWorking) : null;
              const offset = target ? diffDays(task.startDate, target.start) * dayW : 0;
              const conflict = conflictTaskIds.has(task.id);
              return (
                <div class="g-row" key={task.id}>
                  <div class={`g-label ${conflict ? 'conflict' : ''}`} title={taskTooltip(task, t, lang)}>
                    <span class={`dot status-${task.status.toLowerCase()}`} />
                    <span class="g-label-text">{taskLabel(task, t)}</span>
                  </div>
                  <div class="g-track" style={{ width: `${width}px` }}>
                    <button
                      type="button"
                      class={`g-bar status-${task.status.toLowerCase()} dept-${task.operation.department.toLowerCase()} ${conflict ? 'conflict' : ''} ${
                        selectedId === task.id ? 'selected' : ''
                      } ${dragging ? 'dragging' : ''}`}
                      style={{ left: `${g.left}px`, width: `${g.width}px`, transform: offset ? `translateX(${offset}px)` : undefined }}
                      title={taskTooltip(task, t, lang)}
                      aria-label={`${taskLabel(task, t)}, ${formatRange(task.startDate, task.endDate, lang)}`}
                      aria-pressed={selectedId === task.id}
                      data-testid="task-bar"
                      data-task-id={task.id}
                      data-start={task.startDate}
                      data-end={task.endDate}
                      data-conflict={conflict ? 'true' : 'false'}
                      onPointerDown={(e) => onPointerDown(e, task)}
                      onPointerMove={onPointerMove}
                      onPointerUp={(e) => onPointerUp(e, task)}
                      onPointerCancel={onPointerCancel}
                      onClick={() => {
                        if (suppressClick.current) {
                          suppressClick.current = false;
                          return;
                        }
                        onSelect(task);
                      }}
                    >
                      <span>{task.title}</span>
                      {target && (
                        <em class="g-drag-label">
                          <DateText date={target.start} /> ({target.workingDays > 0 ? '+' : ''}
                          {t('planning.workingDaysShort', { n: target.workingDays })})
                        </em>
                      )}
                    </button>
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <p class="g-legend muted">
        <span class="legend status-planned">{t('taskStatus.PLANNED')}</span>
        <span class="legend status-in_progress">{t('taskStatus.IN_PROGRESS')}</span>
        <span class="legend status-done">{t('taskStatus.DONE')}</span>
        <span class="legend status-blocked">{t('taskStatus.BLOCKED')}</span>
        <span class="legend conflict">{t('planning.inConflict')}</span>
        <span class="legend off">{t('planning.nonWorking')}</span>
      </p>
    </div>
  );
}

interface PlanningListProps {
  tasks: Task[];
  range: { from: string; to: string };
  today: string;
  isWorking: IsWorkingDay;
  conflictTaskIds: Set<string>;
  selectedId: string | null;
  onSelect: (task: Task) => void;
}

const LIST_DAYS = 14;

/** The phone's planning: the tasks one under the other, or what happens day by day. */
function PlanningList({ tasks, today, isWorking, conflictTaskIds, selectedId, onSelect }: PlanningListProps) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<'tasks' | 'days'>('tasks');
  const first = tasks[0].startDate;
  const last = tasks.reduce((m, x) => maxDate(m, x.endDate), first);
  // Days start today while the plan runs, else at its start.
  const [windowStart, setWindowStart] = useState(() => (today >= first && today <= last ? today : first));
  const windowEnd = addDays(windowStart, LIST_DAYS - 1);
  const groups = useMemo(
    () => (mode === 'days' ? groupByDay(tasks, windowStart, windowEnd, (task, d) => task.allowNonWorking || isWorking(d)) : []),
    [mode, tasks, windowStart, windowEnd, isWorking],
  );

  const item = (task: Task, key: string) => {
    const who = people(task, t);
    const conflict = conflictTaskIds.has(task.id);
    return (
      <li key={key}>
        <button
          type="button"
          class={`task-card ${conflict ? 'conflict' : ''} ${selectedId === task.id ? 'selected' : ''}`}
          onClick={() => onSelect(task)}
          aria-pressed={selectedId === task.id}
          data-testid="task-item"
          data-task-id={task.id}
          data-start={task.startDate}
          data-end={task.endDate}
        >
          <span class="task-card-title">
            <span class={`dot status-${task.status.toLowerCase()}`} /> {taskLabel(task, t)}
          </span>
          <span class="muted">
            {formatRange(task.startDate, task.endDate, lang)} · {t('planning.plannedDays', { n: task.plannedDays })}
          </span>
          <span class="badges">
            <StatusBadge kind="task" status={task.status} />
            {conflict && <span class="badge conflict-kind">{t('planning.inConflict')}</span>}
          </span>
          {who.length > 0 && <span class="people">{who.join(', ')}</span>}
        </button>
      </li>
    );
  };

  return (
    <div class="plan-list">
      <div class="segmented" role="group" aria-label={t('planning.view')}>
        <button type="button" class="small" aria-pressed={mode === 'tasks'} onClick={() => setMode('tasks')} data-testid="view-tasks">
          {t('planning.byTask')}
        </button>
        <button type="button" class="small" aria-pressed={mode === 'days'} onClick={() => setMode('days')} data-testid="view-days">
          {t('planning.byDay')}
        </button>
      </div>
      {mode === 'tasks' ? (
        <ul class="task-list">{tasks.map((task) => item(task, task.id))}</ul>
      ) : (
        <>
          <div class="period-nav">
            <button type="button" class="secondary outline small" onClick={() => setWindowStart(addDays(windowStart, -LIST_DAYS))}>
              ← {t('planning.earlierDays')}
            </button>
            <span class="muted">{formatRange(windowStart, windowEnd, lang)}</span>
            <button type="button" class="secondary outline small" onClick={() => setWindowStart(addDays(windowStart, LIST_DAYS))}>
              {t('planning.laterDays')} →
            </button>
          </div>
          {groups.length === 0 ? (
            <p class="muted">{t('planning.nothingThesedays')}</p>
          ) : (
            groups.map((g) => (
              <section key={g.date} class={`day-group ${g.date === today ? 'today' : ''}`}>
                <h3>{formatDayHeading(g.date, lang)}</h3>
                <ul class="task-list">{g.items.map((task) => item(task, `${g.date}-${task.id}`))}</ul>
              </section>
            ))
          )}
        </>
      )}
    </div>
  );
}
