// The panel that shifts a selected task by working days, with or without its dependants.
import { formatRange } from '../../lib/format';
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
}

export function ShiftPanel({ task, options, setOptions, busy, error, notice, onShift, onClose, floating, canShift }: ShiftPanelProps) {
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
