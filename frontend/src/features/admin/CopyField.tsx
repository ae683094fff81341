// A read-only value (a link, a token) with a button that copies it.
import { useState } from 'preact/hooks';
import { useI18n } from '../../app/i18n';

/** The button that copies a shown secret; without the clipboard API, selects it for a manual copy. */
export function CopyField({ value, label, testId }: { value: string; label: string; testId: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      const input = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`);
      input?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  }
  return (
    <div class="copy-row">
      <input type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} aria-label={label} data-testid={testId} />
      <button type="button" class="small" onClick={copy} data-testid={`${testId}-copy`}>
        {copied ? t('admin.copied') : t('admin.copy')}
      </button>
    </div>
  );
}
