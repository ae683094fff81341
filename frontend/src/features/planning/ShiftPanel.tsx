// The panel of a selected task: shift it by working days (with or without its dependants),
// change its status, edit it, book on it, delete it.
import { useState } from 'preact/hooks';
import type { TaskStatus } from '../../gql/graphql';
import { formatRange } from '../../lib/format';
import { TASK_STATUSES } from './planForms';
import { useI18n } from '../../app/i18n';
import { people, taskLabel, type Task } from './planningTasks';
import type { ShiftOptions } from './ProductionPlanningPage';

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
  /** Editing actions, for the planners. */
  onStatus?: (status: TaskStatus) => void;
  onEdit?: () => void;
  onBook?: () => void;
  onDelete?: () => void;
}

export function ShiftPanel({ task, options, setOptions, busy, error, notice, onShift, onClose, floating, canShift, onStatus, onEdit, onBook, onDelete }: ShiftPanelProps) {
  const { t, lang } = useI18n();
  const [confirmDelete, setConfirmDelete] = useState(false);
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
      {canShift && onStatus && (
        <div class="shift-actions">
          <select
            value={task.status}
            aria-label={t('task.status')}
            disabled={busy}
            onChange={(e) => onStatus(e.currentTarget.value as TaskStatus)}
            data-testid="task-status-select"
          >
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`taskStatus.${s}`)}
              </option>
            ))}
          </select>
          {onEdit && (
            <button type="button" class="secondary outline small" onClick={onEdit} data-testid="task-edit">
              {t('task.edit')}
            </button>
          )}
          {onBook && (
            <button type="button" class="secondary outline small" onClick={onBook} data-testid="task-book">
              {t('task.book')}
            </button>
          )}
          {onDelete &&
            (confirmDelete ? (
              <span class="confirm">
                <span>{t('task.confirmDelete', { title: task.title })}</span>
                <button type="button" class="secondary small" onClick={() => setConfirmDelete(false)}>
                  {t('common.cancel')}
                </button>
                <button type="button" class="small danger" disabled={busy} onClick={onDelete} data-testid="task-delete-confirm">
                  {t('task.delete')}
                </button>
              </span>
            ) : (
              <button type="button" class="secondary outline small" onClick={() => setConfirmDelete(true)} data-testid="task-delete">
                {t('task.delete')}
              </button>
            ))}
        </div>
      )}
      <p class="shift-status" role="status" aria-live="polite">
        {busy ? <span aria-busy="true">{t('planning.shifting')}</span> : error ? <span class="error">{error}</span> : notice}
      </p>
    </section>
  );
}
