// Parts of the slip form: the break chips and the session's length as typed.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../app/i18n';
import { BREAKS } from './slipFormValues';
import { formatMinutes, sessionLength } from './slips';

/** The break: one tap on a usual length, or any number of minutes. */
export function BreakChips({
  value,
  onChange,
  error,
  invalid,
}: {
  value: number;
  onChange: (minutes: number) => void;
  error: ComponentChildren;
  invalid: Record<string, unknown>;
}) {
  const { t } = useI18n();
  return (
    <fieldset class="break-chips">
      <legend>{t('slip.break')}</legend>
      <div class="chips" role="group" aria-label={t('slip.break')}>
        {BREAKS.map((b) => (
          <button
            key={b}
            type="button"
            class="chip-button"
            aria-pressed={value === b}
            onClick={() => onChange(b)}
            data-testid={`slip-break-${b}`}
          >
            {b === 0 ? t('slip.noBreak') : formatMinutes(b)}
          </button>
        ))}
        <input
          type="number"
          min={0}
          max={600}
          step={5}
          inputMode="numeric"
          aria-label={t('slip.breakOther')}
          value={value}
          onInput={(e) => onChange(Math.max(0, Math.round(Number(e.currentTarget.value) || 0)))}
          data-testid="slip-break"
          {...invalid}
        />
        <span class="muted">min</span>
      </div>
      {error}
    </fieldset>
  );
}

/** How long the session lasts once the break is deducted, and whether it ends the next day. */
export function SessionDuration({ length, breakMinutes }: { length: ReturnType<typeof sessionLength>; breakMinutes: number }) {
  const { t } = useI18n();
  return (
    <p class="slip-duration" data-testid="slip-duration" aria-live="polite">
      {length.ok ? (
        <>
          {t('slip.duration')} <strong>{formatMinutes(length.value.workedMinutes)}</strong>
          {breakMinutes > 0 && <span class="muted"> ({t('slip.breakDeducted', { d: formatMinutes(breakMinutes) })})</span>}
          {length.value.overnight && (
            <span class="badge overnight" data-testid="slip-overnight">
              {t('slip.nextDay')}
            </span>
          )}
        </>
      ) : (
        <span class="muted">{t('slip.durationUnknown')}</span>
      )}
    </p>
  );
}
