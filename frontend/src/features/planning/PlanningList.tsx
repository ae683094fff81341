// The production's planning as a list of the coming days (phones).
import { useMemo, useState } from 'preact/hooks';
import { addDays, maxDate, type IsWorkingDay } from '../../lib/dates';
import { formatDayHeading, formatRange } from '../../lib/format';
import { useI18n } from '../../app/i18n';
import { groupByDay } from './gantt';
import { StatusBadge } from '../../ui';
import { people, taskLabel, type Task } from './planningTasks';

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
export function PlanningList({ tasks, today, isWorking, conflictTaskIds, selectedId, onSelect }: PlanningListProps) {
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
