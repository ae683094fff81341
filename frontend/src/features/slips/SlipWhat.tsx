// What the session was spent on: the production, the task (optional) and the operation.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../app/i18n';
import { DateText } from '../../ui';
import type { FieldName, Values } from './slipFormValues';

interface Named {
  id: string;
}
interface TaskChoice extends Named {
  title: string;
  startDate: string;
  endDate: string;
  operation: { id: string };
}

export function SlipWhat({
  values,
  productions,
  extraProduction,
  tasks,
  task,
  tasksFetching,
  operations,
  onProduction,
  onTask,
  onOperation,
  err,
  invalid,
}: {
  values: Values;
  productions: readonly (Named & { title: string })[];
  /** The production of the slip being corrected, when it is no longer among ours. */
  extraProduction: (Named & { title: string }) | null;
  tasks: readonly TaskChoice[];
  task: TaskChoice | null;
  tasksFetching: boolean;
  operations: readonly (Named & { label: string })[];
  onProduction: (id: string) => void;
  onTask: (id: string) => void;
  onOperation: (id: string) => void;
  err: (f: FieldName) => ComponentChildren;
  invalid: (f: FieldName) => Record<string, unknown>;
}) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t('slip.production')}
        <select required value={values.production} onChange={(e) => onProduction(e.currentTarget.value)} data-testid="slip-production" {...invalid('production')}>
          <option value="">{t('slip.chooseProduction')}</option>
          {productions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
          {extraProduction && <option value={extraProduction.id}>{extraProduction.title}</option>}
        </select>
        {err('production')}
      </label>

      <label>
        {t('slip.task')}
        <select
          value={values.task}
          disabled={!values.production}
          aria-busy={tasksFetching}
          onChange={(e) => onTask(e.currentTarget.value)}
          data-testid="slip-task"
          {...invalid('task')}
        >
          <option value="">{t('slip.noTask')}</option>
          {tasks.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title} (<DateText date={x.startDate} /> → <DateText date={x.endDate} />)
            </option>
          ))}
        </select>
        {err('task')}
      </label>

      <label>
        {t('slip.operation')}
        <select
          value={task?.operation.id ?? values.operation}
          disabled={!!task}
          onChange={(e) => onOperation(e.currentTarget.value)}
          data-testid="slip-operation"
          {...invalid('operation')}
        >
          <option value="">{t('slip.chooseOperation')}</option>
          {operations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        {task && <small class="muted">{t('slip.operationOfTask')}</small>}
        {err('operation')}
      </label>
    </>
  );
}
