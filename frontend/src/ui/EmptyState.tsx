import type { ComponentChildren } from 'preact';

/** What a list shows when it has nothing: a sentence and, if any, the action that fills it. */
export function EmptyState({ children, action, testId }: { children: ComponentChildren; action?: ComponentChildren; testId?: string }) {
  return (
    <div class="empty-state" data-testid={testId}>
      <p class="muted">{children}</p>
      {action}
    </div>
  );
}
