import type { ComponentChildren } from 'preact';

/** A server error attached to an input: `field` is the input's name from `extensions.field`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The error under an input, when the server (or the form's own check) blames that field.
 * data-field names the field for tests; `id` lets the input point at it with aria-describedby.
 */
export function FieldError({ name, error, testId = 'field-error', id }: { name: string; error: FieldProblem | null | undefined; testId?: string; id?: string }) {
  if (!error || error.field !== name) return null;
  return (
    <small class="field-error" id={id} role="alert" data-testid={testId} data-field={name}>
      {error.message}
    </small>
  );
}

/** A label, its input (the children) and the input's error, if any. */
export function Field({
  label,
  name,
  error,
  hint,
  errorTestId,
  class: className,
  children,
}: {
  label: ComponentChildren;
  name: string;
  error?: FieldProblem | null;
  hint?: ComponentChildren;
  errorTestId?: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <label class={className}>
      {label}
      {children}
      {hint && <small class="muted">{hint}</small>}
      <FieldError name={name} error={error} testId={errorTestId} />
    </label>
  );
}

/** aria-invalid for an input whose field the error blames. */
export function invalidIf(name: string, error: FieldProblem | null | undefined): { 'aria-invalid'?: true } {
  return error?.field === name ? { 'aria-invalid': true } : {};
}
