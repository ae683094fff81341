// The task form, in a dialog: creates a task from an operation of the catalogue (without
// `task`) or edits one: dates or a number of days, planned work, status, weekend work, notes
// and the tasks it depends on with their lag.
import { useMemo, useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { Department, TaskStatus } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { addDays, maxDate, workingDayTest } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { FieldError, invalidIf, type FieldProblem } from '../../ui';
import { TASK_STATUSES, endAfterDays, parseDecimal, sameDependencies, taskInput, type TaskField, type TaskValues } from './planForms';
import { taskLabel, type Task } from './planningTasks';

const TaskFormOptionsQuery = graphql(`
  query TaskFormOptions($from: Date!, $to: Date!) {
    operations(first: 200) {
      edges {
        node {
          id
          label
          department
        }
      }
    }
    workingDays(from: $from, to: $to)
  }
`);

const CreateTaskMutation = graphql(`
  mutation CreateTask($productionId: ID!, $input: TaskInput!) {
    createTask(productionId: $productionId, input: $input) {
      ...PlanningTask
    }
  }
`);

const UpdateTaskMutation = graphql(`
  mutation UpdateTask($id: ID!, $input: TaskInput!) {
    updateTask(id: $id, input: $input) {
      ...PlanningTask
    }
  }
`);

const SetDependenciesMutation = graphql(`
  mutation SetTaskDependencies($id: ID!, $dependencies: [DependencyInput!]!) {
    setTaskDependencies(id: $id, dependencies: $dependencies) {
      ...PlanningTask
    }
  }
`);

const DeleteCreatedTaskMutation = graphql(`
  mutation DeleteCreatedTask($id: ID!) {
    deleteTask(id: $id)
  }
`);

const DEPARTMENTS: readonly Department[] = ['IMAGE', 'SOUND', 'OTHER'];

// The API names the input's fields; the form shows the dependencies' errors under their list.
const FIELD_OF: Record<string, TaskField> = { dependsOnId: 'dependencies', lagDays: 'dependencies', plannedHours: 'plannedDays' };

export function valuesOf(task: Task, lang: 'fr' | 'en'): TaskValues {
  const planned = String(task.plannedDays);
  return {
    operationId: task.operation.id,
    episodeId: task.episode?.id ?? '',
    title: task.title,
    startDate: task.startDate,
    span: 'dates',
    endDate: task.endDate,
    days: '',
    plannedDays: lang === 'fr' ? planned.replace('.', ',') : planned,
    status: task.status,
    allowNonWorking: task.allowNonWorking,
    notes: task.notes,
    dependencies: task.dependsOn.map((d) => ({ taskId: d.task.id, lag: String(d.lagDays) })),
  };
}

export function TaskDialog({
  productionId,
  task,
  initial,
  tasks,
  episodes,
  onClose,
  onSaved,
}: {
  productionId: string;
  task: Task | null;
  initial: TaskValues;
  tasks: Task[];
  episodes: { id: string; number: number; title: string }[];
  onClose: () => void;
  onSaved: (task: Task) => void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<FieldProblem | null>(null);
  const [busy, setBusy] = useState(false);
  // Enough working days known to place the end of a long task.
  const days = parseDecimal(v.days) ?? 1;
  const wdFrom = /^\d{4}-\d{2}-\d{2}$/.test(v.startDate) ? v.startDate : initial.startDate;
  const wdTo = maxDate(addDays(wdFrom, Math.min(days, 500) * 2 + 30), /^\d{4}-\d{2}-\d{2}$/.test(v.endDate) ? v.endDate : wdFrom);
  const [{ data }] = useQuery({ query: TaskFormOptionsQuery, variables: { from: wdFrom, to: wdTo } });
  const isWorking = useMemo(() => workingDayTest(data?.workingDays, wdFrom, wdTo), [data?.workingDays, wdFrom, wdTo]);
  const [, create] = useMutation(CreateTaskMutation);
  const [, update] = useMutation(UpdateTaskMutation);
  const [, setDeps] = useMutation(SetDependenciesMutation);
  const [, remove] = useMutation(DeleteCreatedTaskMutation);
  const others = tasks.filter((x) => x.id !== task?.id);
  const prefix = task ? 'task-edit' : 'task-new';

  function set<K extends keyof TaskValues>(field: K, value: TaskValues[K]) {
    setV((old) => ({ ...old, [field]: value }));
    if (error && (error.field === field || (field === 'span' && (error.field === 'endDate' || error.field === 'days')))) setError(null);
  }

  function fail(e: { graphQLErrors: { message: string; extensions?: Record<string, unknown> }[]; networkError?: Error } | undefined) {
    const err = fieldError(e);
    const field = err?.field ? (FIELD_OF[err.field] ?? err.field) : '';
    setError({ field, message: err?.message || t('common.error') });
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = taskInput(v, isWorking);
    if ('field' in checked) {
      setError({ field: checked.field, message: t(checked.key) });
      return;
    }
    const { task: input, dependencies } = checked.input;
    if (!input.allowNonWorking && data && (!isWorking(input.startDate) || !isWorking(input.endDate))) {
      setError({ field: 'startDate', message: t('task.nonWorkingEdge') });
      return;
    }
    setError(null);
    setBusy(true);
    try {
      if (!task) {
        const res = await create({ productionId, input });
        const created = res.data?.createTask;
        if (!created) return fail(res.error);
        if (dependencies.length > 0) {
          const deps = await setDeps({ id: created.id, dependencies });
          if (!deps.data) {
            // Nothing half-made: the task goes again when its dependencies are refused.
            await remove({ id: created.id });
            return fail(deps.error);
          }
          return onSaved(deps.data.setTaskDependencies);
        }
        return onSaved(created);
      }
      const res = await update({ id: task.id, input });
      let saved = res.data?.updateTask;
      if (!saved) return fail(res.error);
      const before = task.dependsOn.map((d) => ({ dependsOnId: d.task.id, lagDays: d.lagDays }));
      if (!sameDependencies(before, dependencies)) {
        const deps = await setDeps({ id: task.id, dependencies });
        if (!deps.data) return fail(deps.error);
        saved = deps.data.setTaskDependencies;
      }
      onSaved(saved);
    } finally {
      setBusy(false);
    }
  }

  const ops = data?.operations.edges.map((e) => e.node) ?? [];
  const checkedEnd = v.span === 'days' && parseDecimal(v.days) ? endAfterDays(v.startDate, parseDecimal(v.days)!, v.allowNonWorking, isWorking) : null;
  const errorOf = (field: TaskField) => <FieldError name={field} error={error} testId={`${prefix}-error-${field}`} />;

  return (
    <dialog open class="plan-dialog" data-testid="task-dialog" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <article>
        <header>
          <strong>{task ? t('task.editTitle') : t('planning.newTask')}</strong>
          {task && <p class="muted">{taskLabel(task, t)}</p>}
        </header>
        <form onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
          <div class="form-grid">
            <label>
              {t('task.operation')}
              <select value={v.operationId} {...invalidIf('operationId', error)} onChange={(e) => set('operationId', e.currentTarget.value)} data-testid="task-operation">
                <option value="">{t('task.chooseOperation')}</option>
                {DEPARTMENTS.map((d) => (
                  <optgroup key={d} label={t(`department.${d}`)}>
                    {ops
                      .filter((o) => o.department === d)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
              {errorOf('operationId')}
            </label>
            {episodes.length > 0 && (
              <label>
                {t('task.episode')}
                <select value={v.episodeId} onChange={(e) => set('episodeId', e.currentTarget.value)} data-testid="task-episode">
                  <option value="">{t('task.noEpisode')}</option>
                  {episodes.map((ep) => (
                    <option key={ep.id} value={ep.id}>
                      {t('task.episodeOption', { n: ep.number })}
                      {ep.title ? ` — ${ep.title}` : ''}
                    </option>
                  ))}
                </select>
                {errorOf('episodeId')}
              </label>
            )}
            <label>
              {t('task.title')}
              <input value={v.title} maxLength={200} onInput={(e) => set('title', e.currentTarget.value)} data-testid="task-title" />
              {error?.field === 'title' ? errorOf('title') : <small class="muted">{t('task.titleHint')}</small>}
            </label>
            <label>
              {t('task.start')}
              <input type="date" value={v.startDate} {...invalidIf('startDate', error)} onInput={(e) => set('startDate', e.currentTarget.value)} data-testid="task-start" />
              {errorOf('startDate')}
            </label>
            <fieldset class="span-choice">
              <legend>{t('task.span')}</legend>
              <div class="segmented" role="group">
                <button type="button" class="small" aria-pressed={v.span === 'days'} onClick={() => set('span', 'days')} data-testid="task-span-days">
                  {t('task.spanDays')}
                </button>
                <button type="button" class="small" aria-pressed={v.span === 'dates'} onClick={() => set('span', 'dates')} data-testid="task-span-dates">
                  {t('task.spanDates')}
                </button>
              </div>
              {v.span === 'days' ? (
                <label>
                  <span class="visually-hidden">{t('task.days')}</span>
                  <input inputMode="numeric" value={v.days} aria-label={t('task.days')} {...invalidIf('days', error)} onInput={(e) => set('days', e.currentTarget.value)} data-testid="task-days" />
                  {error?.field === 'days' ? errorOf('days') : (checkedEnd && <small class="muted" data-testid="task-ends-on">{t('task.endsOn', { date: formatDate(checkedEnd) })}</small>)}
                </label>
              ) : (
                <label>
                  <span class="visually-hidden">{t('task.end')}</span>
                  <input type="date" value={v.endDate} min={v.startDate} aria-label={t('task.end')} {...invalidIf('endDate', error)} onInput={(e) => set('endDate', e.currentTarget.value)} data-testid="task-end" />
                  {errorOf('endDate')}
                </label>
              )}
            </fieldset>
            <label>
              {t('task.plannedDays')}
              <input inputMode="decimal" value={v.plannedDays} {...invalidIf('plannedDays', error)} onInput={(e) => set('plannedDays', e.currentTarget.value)} data-testid="task-planned" />
              {error?.field === 'plannedDays' ? errorOf('plannedDays') : <small class="muted">{t('task.plannedHint')}</small>}
            </label>
            <label>
              {t('task.status')}
              <select value={v.status} onChange={(e) => set('status', e.currentTarget.value as TaskStatus)} data-testid="task-status">
                {TASK_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`taskStatus.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label class="check">
            <input type="checkbox" checked={v.allowNonWorking} onChange={(e) => set('allowNonWorking', e.currentTarget.checked)} data-testid="task-non-working" />
            {t('task.allowNonWorking')}
          </label>
          <fieldset class="deps" data-testid="task-dependencies">
            <legend>{t('task.dependencies')}</legend>
            <small class="muted">{t('task.dependenciesHint')}</small>
            {v.dependencies.map((d, i) => (
              <div class="dep-row" key={i} data-testid="task-dependency">
                <select
                  value={d.taskId}
                  aria-label={t('task.dependencies')}
                  onChange={(e) => set('dependencies', v.dependencies.map((x, j) => (j === i ? { ...x, taskId: e.currentTarget.value } : x)))}
                  data-testid="task-dependency-task"
                >
                  <option value="">{t('task.chooseTask')}</option>
                  {others.map((x) => (
                    <option key={x.id} value={x.id}>
                      {taskLabel(x, t)}
                    </option>
                  ))}
                </select>
                <input
                  inputMode="numeric"
                  class="lag"
                  value={d.lag}
                  aria-label={t('task.lag')}
                  title={t('task.lag')}
                  onInput={(e) => set('dependencies', v.dependencies.map((x, j) => (j === i ? { ...x, lag: e.currentTarget.value } : x)))}
                  data-testid="task-dependency-lag"
                />
                <button type="button" class="secondary outline small" onClick={() => set('dependencies', v.dependencies.filter((_, j) => j !== i))}>
                  {t('task.removeDependency')}
                </button>
              </div>
            ))}
            {others.length > 0 && (
              <button
                type="button"
                class="secondary outline small"
                onClick={() => set('dependencies', [...v.dependencies, { taskId: '', lag: '0' }])}
                data-testid="task-add-dependency"
              >
                + {t('task.addDependency')}
              </button>
            )}
            {errorOf('dependencies')}
          </fieldset>
          <label>
            {t('task.notes')}
            <textarea rows={2} maxLength={5000} value={v.notes} onInput={(e) => set('notes', e.currentTarget.value)} data-testid="task-notes" />
            {errorOf('notes')}
          </label>
          <FieldError name="" error={error} testId={`${prefix}-error`} />
          {error && !['', 'operationId', 'episodeId', 'title', 'startDate', 'endDate', 'days', 'plannedDays', 'notes', 'dependencies'].includes(error.field) && (
            <p class="error" role="alert">
              {error.message}
            </p>
          )}
          <footer class="dialog-buttons">
            <button type="button" class="secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" disabled={busy} aria-busy={busy} data-testid="task-submit">
              {task ? t('task.save') : t('task.create')}
            </button>
          </footer>
        </form>
      </article>
    </dialog>
  );
}
