// The production's Gantt chart (wide screens): bars by task, dependencies, today and the deadline, drag to shift.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addDays, addWorkingDays, diffDays, eachDay, isWeekend, isoWeek, workingDaysBetween, type IsWorkingDay } from '../../lib/dates';
import { capitalise, formatDate, formatDayHeading, formatMonth, formatRange } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { barGeometry, connectorPath, dateToX, dragDays, monthSegments, weekSegments, xToDate } from './gantt';
import { DateText } from '../../ui';
import { taskLabel, taskTooltip, type Task } from './planningTasks';

const DAY_WIDTH = 18;

const ROW_HEIGHT = 34;

const LABEL_WIDTH = 210;

// The gap between a bar and the edges of its row (see .g-bar in styles.css).
const BAR_INSET = 5;

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
  /** A tap on an empty day of a task's row: book someone or a room on that task that day. */
  onSlot?: (task: Task, day: string) => void;
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

export function Gantt(props: GanttProps) {
  const { tasks, range, isWorking, today, nowMinute, deadline, conflictTaskIds, selectedId, busy, onSelect, onShift, onSlot } = props;
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
                  <div
                    class={`g-track ${onSlot ? 'bookable' : ''}`}
                    style={{ width: `${width}px` }}
                    data-testid="task-row"
                    data-task-id={task.id}
                    title={onSlot ? t('task.book') : undefined}
                    onClick={
                      onSlot &&
                      ((e) => {
                        // Only the empty part of the row: a click on the bar selects the task.
                        if (e.target !== e.currentTarget) return;
                        const rect = e.currentTarget.getBoundingClientRect();
                        onSlot(task, xToDate(e.clientX - rect.left, range.from, dayW));
                      })
                    }
                  >
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
