// Pieces shared by the delivery board, the delivery page and the production's deliveries.
import { blockingCount, blockersOf, dueBadge, sortIssues, type DueLike } from './deliveries';
import type { DeliveryStatus } from '../../gql/graphql';
import './deliveries.css';
import { useI18n } from '../../app/i18n';

/** "3 j de retard" / "Dans 4 j" / "Pour aujourd’hui", or nothing when the due date is not close. */
export function DueBadge({ delivery, today }: { delivery: DueLike; today: string }) {
  const { t } = useI18n();
  const b = dueBadge(delivery, today);
  if (!b) return null;
  return (
    <span class={`badge urgency urgency-${b.urgency}`} data-testid="due-badge" data-urgency={b.urgency}>
      {t(b.key, { n: b.n })}
    </span>
  );
}

export interface IssueLike {
  code: string;
  severity: string;
  message: string;
}

/**
 * The production's technical profile against a spec: blocking issues in red, warnings after.
 * Once the delivery is sent (`settled`) nothing blocks any more: the gaps are listed as notes.
 */
export function CompatibilityReport({ compat, busy, settled }: { compat: { ok: boolean; issues: readonly IssueLike[] } | null | undefined; busy?: boolean; settled?: boolean }) {
  const { t } = useI18n();
  if (!compat) return busy ? <p aria-busy="true">{t('delivery.checking')}</p> : null;
  if (settled && compat.issues.length > 0) {
    return (
      <div class="compat" data-testid="compat-report" data-ok={String(compat.ok)} data-blocking={0}>
        <p class="muted">{t('delivery.compatSettled')}</p>
        <ul class="rows compat-issues">
          {compat.issues.map((i, n) => (
            <li key={`${i.code}-${n}`} class="issue-warning" data-testid="compat-issue" data-severity="NOTE" data-code={i.code}>
              <span class="badge issue-badge-note">{t('delivery.compatNote')}</span>
              <span class="grow">{i.message}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const blocking = blockingCount(compat);
  const warnings = compat.issues.length - blocking;
  return (
    <div class={`compat ${blocking ? 'compat-blocking' : compat.ok ? 'compat-ok' : ''}`} data-testid="compat-report" data-ok={String(compat.ok)} data-blocking={blocking}>
      {compat.issues.length === 0 ? (
        <p class="ok">{t('delivery.compatOk')}</p>
      ) : (
        <>
          <p class={blocking ? 'error' : 'muted'}>{t('delivery.compatSummary', { b: blocking, w: warnings })}</p>
          <ul class="rows compat-issues">
            {sortIssues(compat.issues).map((i, n) => (
              <li key={`${i.code}-${n}`} class={i.severity === 'BLOCKING' ? 'issue-blocking' : 'issue-warning'} data-testid="compat-issue" data-severity={i.severity} data-code={i.code}>
                <span class={`badge ${i.severity === 'BLOCKING' ? 'issue-badge-blocking' : 'issue-badge-warning'}`}>
                  {i.severity === 'BLOCKING' ? t('delivery.compatBlocking') : t('delivery.compatWarning')}
                </span>
                <span class="grow">{i.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** What stops a delivery not sent yet: open blocking QC findings and blocking compatibility issues. */
export function Blockers({ delivery }: { delivery: { status: DeliveryStatus; openBlockingFindings: number; compatibility: { issues: readonly { severity: string }[] } | null | undefined } }) {
  const { t } = useI18n();
  const b = blockersOf(delivery);
  if (!b) return <span class="muted small-text" data-testid="blockers-none">{t('delivery.sentNothingBlocks')}</span>;
  const { findings, compat: compatBlocking } = b;
  if (!findings && !compatBlocking) return <span class="muted small-text">{t('delivery.nothingBlocks')}</span>;
  return (
    <span class="blockers" data-testid="blockers" data-findings={findings} data-compat={compatBlocking}>
      {findings > 0 && <span class="badge blocker">{t('delivery.openFindings', { n: findings })}</span>}
      {compatBlocking > 0 && <span class="badge blocker">{t('delivery.compatIssues', { n: compatBlocking })}</span>}
    </span>
  );
}
