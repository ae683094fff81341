// The slip form's data and values: its lists (kept for offline use), the values from the address or a slip to correct, and which field an error belongs to.
import { useEffect, useState } from 'preact/hooks';
import { useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { SlipInput } from '../../gql/graphql';
import { type SessionProblem } from './slips';
import { currentUser, useOfflineData, writeOfflineData } from './offlineData';
import './slips.css';
import { ROLE } from '../../lib/roles';

const SlipFormDataQuery = graphql(`
  query SlipFormData {
    me {
      ...TechnicianViewer
    }
    productions(first: 100) {
      edges {
        node {
          id
          title
          status
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
    rooms(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The rejected slip a correction starts from. */
export const SlipToCorrectQuery = graphql(`
  query SlipToCorrect($id: ID!) {
    slip(id: $id) {
      id
      clientId
      status
      current
      rejectionReason
      date
      start
      end
      breakMinutes
      notes
      ...SlipSubjectFields
    }
  }
`);

export const SlipFormTasksQuery = graphql(`
  query SlipFormTasks($id: ID!) {
    production(id: $id) {
      id
      tasks {
        id
        title
        startDate
        endDate
        operation {
          id
          label
        }
      }
    }
  }
`);

export const BREAKS = [0, 30, 45, 60] as const;

export type FieldName = 'production' | 'task' | 'operation' | 'date' | 'start' | 'end' | 'breakMinutes' | 'room' | 'notes' | 'general';

/** The form field a server error names (`extensions.field`). */
export function fieldOfError(field: string | null | undefined): FieldName {
  switch (field) {
    case 'productionId':
      return 'production';
    case 'taskId':
    case 'episodeId':
      return 'task';
    case 'operationId':
      return 'operation';
    case 'date':
    case 'start':
    case 'end':
    case 'breakMinutes':
    case 'notes':
      return field;
    case 'roomId':
      return 'room';
    default:
      return 'general';
  }
}

export const PROBLEM_FIELD: Record<SessionProblem, FieldName> = {
  start: 'start',
  end: 'end',
  same: 'end',
  tooLong: 'end',
  break: 'breakMinutes',
  breakNegative: 'breakMinutes',
  breakNumber: 'breakMinutes',
};

export interface Values {
  production: string;
  task: string;
  operation: string;
  date: string;
  start: string;
  end: string;
  breakMinutes: number;
  room: string;
  notes: string;
}

export function valuesFromSearch(search: string, today: string): Values {
  const q = new URLSearchParams(search);
  const time = (v: string | null, d: string) => (v && /^\d{2}:\d{2}$/.test(v) ? v : d);
  // A lunch hour unless told otherwise: 09:00–18:00 is then the 8 hours of a working day.
  const brk = q.get('break') === null ? 60 : Number(q.get('break'));
  return {
    production: q.get('production') ?? '',
    task: q.get('task') ?? '',
    operation: q.get('operation') ?? '',
    date: /^\d{4}-\d{2}-\d{2}$/.test(q.get('date') ?? '') ? q.get('date')! : today,
    start: time(q.get('start'), '09:00'),
    end: time(q.get('end'), '18:00'),
    breakMinutes: Number.isInteger(brk) && brk >= 0 ? brk : 60,
    room: q.get('room') ?? '',
    notes: '',
  };
}

export function valuesFromInput(input: SlipInput): Values {
  return {
    production: input.productionId,
    task: input.taskId ?? '',
    operation: input.operationId ?? '',
    date: input.date,
    start: input.start,
    end: input.end,
    breakMinutes: input.breakMinutes ?? 0,
    room: input.roomId ?? '',
    notes: input.notes ?? '',
  };
}

/** location.search, kept in step with in-app navigation (the path alone may not change). */
export function useSearch(): string {
  const [search, setSearch] = useState(location.search);
  useEffect(() => {
    const update = () => setSearch(location.search);
    window.addEventListener('popstate', update);
    window.addEventListener('postprod:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('postprod:navigate', update);
    };
  }, []);
  return search;
}

/**
 * The form's lists (productions, operations, rooms): from the network, and then kept on the
 * phone for a start without one; without a network (`offline`), as last kept (`kept`).
 * My Day loads them too, so that the form opens offline even if it was never opened online.
 */
export function useSlipFormLists(pause = false) {
  const [{ data, fetching, error, stale }] = useQuery({ query: SlipFormDataQuery, pause });
  const offline = !data && !fetching && !!error?.networkError;
  const kept = useOfflineData(offline ? error : null);
  const fresh = data && !error && !stale ? data : null;
  useEffect(() => {
    if (!fresh || fresh.me.role !== ROLE.TECHNICIAN) return;
    writeOfflineData(currentUser(), {
      technician: fresh.me.technician ?? null,
      productions: fresh.productions.edges.map((e) => e.node).filter((p) => p.status !== 'CLOSED').map(({ id, title }) => ({ id, title })),
      operations: fresh.operations.edges.map(({ node: { id, label } }) => ({ id, label })),
      rooms: fresh.rooms.edges.map(({ node: { id, name } }) => ({ id, name })),
    });
  }, [fresh]);
  return { data, fetching, error, offline, kept };
}

/** The slip to send for the values typed (the task's operation when a task is chosen). */
export function inputOf(values: Values, clientId: string, taskOperation: string | null): SlipInput {
  return {
    clientId,
    productionId: values.production,
    taskId: values.task || null,
    operationId: taskOperation ?? (values.operation || null),
    date: values.date,
    start: values.start,
    end: values.end,
    breakMinutes: values.breakMinutes,
    roomId: values.room || null,
    notes: values.notes.trim() || null,
  };
}

/** Whether the values make a slip the server can check (it then names what is wrong, on its field). */
export function checkable(values: Values, taskOperation: string | null): boolean {
  return (
    !!values.production &&
    !!(taskOperation ?? values.operation) &&
    /^\d{4}-\d{2}-\d{2}$/.test(values.date) &&
    !!values.start &&
    !!values.end &&
    Number.isInteger(values.breakMinutes)
  );
}
