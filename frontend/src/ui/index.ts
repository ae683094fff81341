// The app's small UI kit: every page shows loading, errors, fields, money, dates, statuses and
// empty lists through these, in the user's language.
export { Loading } from './Loading';
export { ErrorMessage, LoadingOrError } from './ErrorMessage';
export { Field, FieldError, invalidIf, type FieldProblem } from './Field';
export { Money } from './Money';
export { DateText } from './DateText';
export { StatusBadge, statusLabelKey, type StatusKind } from './StatusBadge';
export { EmptyState } from './EmptyState';
export { LiveBadge } from './LiveBadge';
export { Icon, type IconName } from './Icon';
