import type { ProductionKind } from '../../gql/graphql';
import { useI18n, type Key } from '../../app/i18n';
import { PRODUCTION_KINDS } from '../catalogue/works';

/** The kind of a production or of a catalogue work, by its translated label. */
export function KindSelect({ value, onChange, testId }: { value: ProductionKind; onChange: (kind: ProductionKind) => void; testId: string }) {
  const { t } = useI18n();
  return (
    <select value={value} onChange={(e) => onChange(e.currentTarget.value as ProductionKind)} data-testid={testId}>
      {PRODUCTION_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`kind.${k}` as Key)}
        </option>
      ))}
    </select>
  );
}
