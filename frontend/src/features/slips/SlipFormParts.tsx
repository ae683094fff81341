// Parts of the slip form: the break chips, the session's length with what the server says of it,
// and a slip's warnings.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n, type Key } from '../../app/i18n';
import type { SlipWarningFieldsFragment } from '../../gql/graphql';
import { BREAKS } from './slipFormValues';
import { formatMinutes, parseBreak, sessionLength } from './slips';
import type { SlipCheckState } from './useSlipCheck';

/**
 * The break: one tap on a usual length, or any number of minutes. What is typed is kept as typed
 * (a negative or a non-number is shown as an error on this field, never turned into 0).
 */
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
  const [text, setText] = useState(() => (Number.isNaN(value) ? '' : String(value)));
  // A chip (or a slip to correct) set the value: show it.
  useEffect(() => {
    if (!Object.is(parseBreak(text), value) && !Number.isNaN(value)) setText(String(value));
  }, [value]);
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
          type="text"
          inputMode="numeric"
          pattern="-?[0-9]*"
          autoComplete="off"
          aria-label={t('slip.breakOther')}
          value={text}
          onInput={(e) => {
            const typed = e.currentTarget.value;
            setText(typed);
            onChange(parseBreak(typed));
          }}
          data-testid="slip-break"
          {...invalid}
        />
        <span class="muted">min</span>
      </div>
      {error}
    </fieldset>
  );
}

/** A slip's warnings, each in the server's words. */
export function SlipWarnings({ warnings, title, testId = 'slip-warning' }: { warnings: readonly SlipWarningFieldsFragment[]; title?: string; testId?: string }) {
  if (warnings.length === 0) return null;
  return (
    <div class="slip-warnings" role="note">
      {title && <small>{title}</small>}
      <ul>
        {warnings.map((w) => (
          <li key={w.code} data-testid={testId} data-code={w.code}>
            {w.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * How long the session lasts once the break is deducted (the server's figure when it has
 * answered, the phone's own meanwhile and offline), whether it ends the next day, what would
 * be flagged, or else the real problem with the times or the break.
 */
export function SessionDuration({
  length,
  breakMinutes,
  check,
  problem,
}: {
  length: ReturnType<typeof sessionLength>;
  breakMinutes: number;
  check: SlipCheckState;
  /** The server's refusal of the times or the break, if any. */
  problem: string | null;
}) {
  const { t } = useI18n();
  // While a check is under way, the figure of the times as typed; the server's once it answers.
  const server = check.checking ? null : check.result;
  const worked = server?.workedMinutes ?? (length.ok ? length.value.workedMinutes : null);
  const said = problem ?? (length.ok ? null : t(`slip.error.${length.problem}` as Key));
  const unknown = !length.ok && (length.problem === 'start' || length.problem === 'end');
  return (
    <div class={`slip-duration${check.result?.warnings.length ? ' flagged' : ''}`} data-testid="slip-duration" aria-live="polite" aria-busy={check.checking}>
      <p class="slip-duration-line">
        {worked !== null && !said ? (
          <>
            {t('slip.duration')} <strong data-testid="slip-worked">{formatMinutes(worked)}</strong>
            {breakMinutes > 0 && <span class="muted"> ({t('slip.breakDeducted', { d: formatMinutes(breakMinutes) })})</span>}
            {length.ok && length.value.overnight && (
              <span class="badge overnight" data-testid="slip-overnight">
                {t('slip.nextDay')}
              </span>
            )}
          </>
        ) : unknown && !problem ? (
          <span class="muted">{t('slip.durationUnknown')}</span>
        ) : (
          <span class="duration-problem" data-testid="slip-duration-problem">
            {said}
          </span>
        )}
        {check.checking && <small class="muted checking">{t('slip.checking')}</small>}
      </p>
      {check.result && <SlipWarnings warnings={check.result.warnings} title={t('slip.warningsTitle')} />}
    </div>
  );
}
