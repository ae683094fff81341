// A task as the planning shows it: one fragment for the query, the shift's answer and the live events (graphcache updates every view), and its labels.
import { graphql } from '../../gql';
import type { PlanningTaskFragment } from '../../gql/graphql';
import { formatRange } from '../../lib/format';
import { type T } from '../../app/i18n';

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
    notes
    episode {
      id
      number
    }
    operation {
      id
      label
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
      days
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

export type Task = PlanningTaskFragment;

export function byStart(a: Task, b: Task): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? -1 : 1;
  return (a.episode?.number ?? 0) - (b.episode?.number ?? 0) || a.title.localeCompare(b.title);
}

/** Who works on the task: technicians then rooms, options marked. */
export function people(task: Task, t: T): string[] {
  const out: string[] = [];
  for (const b of task.bookings) {
    if (b.status === 'CANCELLED') continue;
    const name = b.technician?.name ?? b.room?.name;
    if (!name) continue;
    out.push(b.status === 'PENCILLED' ? `${name} (${t('booking.option')})` : name);
  }
  return out;
}

export function taskLabel(task: Task, t: T): string {
  return task.episode ? `${t('planning.episodeShort', { n: task.episode.number })} · ${task.title}` : task.title;
}

export function taskTooltip(task: Task, t: T, lang: 'fr' | 'en'): string {
  const lines = [
    taskLabel(task, t),
    formatRange(task.startDate, task.endDate, lang),
    `${t(`taskStatus.${task.status}`)} · ${t('planning.plannedDays', { n: task.plannedDays })}`,
  ];
  const who = people(task, t);
  if (who.length) lines.push(who.join(', '));
  return lines.join('\n');
}
