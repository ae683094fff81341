// What a revenue file must hold: its columns by their French headings (English ones are
// accepted too), what goes in each, and an example file to start from.
import { useI18n, type Key } from '../../app/i18n';
import { MEDIA, mediaKey } from './royalties';
import { useDownloads } from './useDownloads';
import { territoryName } from '../../lib/labels';

const TERRITORY_EXAMPLES = ['FR', 'BE', 'CH', 'WORLD'];

export const EXAMPLE_PATH = '/documents/examples/revenue-import.csv';

// The headings of the example file, in its order (internal/royalties/csvcolumns.go).
const COLUMNS: readonly { heading: string; key: Key; optional?: boolean }[] = [
  { heading: 'ISAN', key: 'catalogue.importCol.isan' },
  { heading: 'Œuvre', key: 'catalogue.importCol.work' },
  { heading: 'Mode d’exploitation', key: 'catalogue.importCol.media' },
  { heading: 'Territoire', key: 'catalogue.importCol.territory' },
  { heading: 'Début de période', key: 'catalogue.importCol.start' },
  { heading: 'Fin de période', key: 'catalogue.importCol.end' },
  { heading: 'Montant', key: 'catalogue.importCol.amount' },
  { heading: 'Devise', key: 'catalogue.importCol.currency', optional: true },
  { heading: 'Taux vers l’euro', key: 'catalogue.importCol.rate', optional: true },
  { heading: 'Référence', key: 'catalogue.importCol.reference' },
];

export function ImportHelp() {
  const { t, lang } = useI18n();
  const { busy, error, download } = useDownloads();
  return (
    <section class="import-help" data-testid="import-help">
      <h2>{t('catalogue.importFormat')}</h2>
      <p class="small-print">{t('catalogue.importIntro')}</p>
      <dl class="import-columns" data-testid="import-columns">
        {COLUMNS.map((c) => (
          <div key={c.heading}>
            <dt>
              <code>{c.heading}</code>
              {c.optional && <small class="muted"> · {t('catalogue.importOptional')}</small>}
            </dt>
            <dd>
              {t(c.key)}
              {c.key === 'catalogue.importCol.media' && (
                <span class="import-codes">
                  {MEDIA.map((m) => (
                    <span key={m}>
                      <code>{m}</code> {t(mediaKey(m))}
                    </span>
                  ))}
                </span>
              )}
              {c.key === 'catalogue.importCol.territory' && (
                <span class="import-codes">
                  {TERRITORY_EXAMPLES.map((code) => (
                    <span key={code}>
                      <code>{code}</code> {territoryName(code, lang)}
                    </span>
                  ))}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <a
          href={EXAMPLE_PATH}
          class="button-link"
          aria-busy={busy === 'example'}
          onClick={(e) => {
            e.preventDefault();
            void download('example', EXAMPLE_PATH, 'exemple-import-recettes.csv');
          }}
          data-testid="import-example"
        >
          {t('catalogue.importExample')}
        </a>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
