import { useState } from 'preact/hooks';
import { useClient, useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import type { PreviewRevenueImportQuery } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useI18n } from '../../app/i18n';
import { CatalogueNav, StaffOnly } from './CatalogueNav';
import { ImportHelp } from './ImportHelp';
import './catalogue.css';
import { LoadingOrError, Money } from '../../ui';
import { isStaff, seesCosts } from '../../lib/roles';

const ImportPageQuery = graphql(`
  query RevenueImportPage {
    me {
      role
    }
  }
`);

const PreviewRevenueImport = graphql(`
  query PreviewRevenueImport($source: String!, $csv: String!) {
    previewRevenueImport(source: $source, csv: $csv) {
      valid
      duplicates
      totalEur
      errors {
        line
        field
        message
      }
    }
  }
`);

const ImportRevenueMutation = graphql(`
  mutation ImportRevenue($source: String!, $csv: String!, $fileName: String) {
    importRevenue(source: $source, csv: $csv, fileName: $fileName) {
      imported
      duplicates
    }
  }
`);

// The server takes requests of 1 MB at most; the file travels inside JSON, which escapes quotes.
const MAX_FILE_BYTES = 900_000;

type Preview = PreviewRevenueImportQuery['previewRevenueImport'];

/** The errors in the order of the file (the server groups them by kind of check). */
function sortedErrors(errors: Preview['errors']): Preview['errors'] {
  return [...errors].sort((a, b) => a.line - b.line);
}

interface LoadedFile {
  name: string;
  size: number;
  text: string;
}

export function RevenueImportPage() {
  const { t } = useI18n();
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({ query: ImportPageQuery });
  const [source, setSource] = useState('');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  // The preview belongs to the source and the text it was made from.
  const [preview, setPreview] = useState<{ source: string; file: LoadedFile; result: Preview } | null>(null);
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [importState, importRevenue] = useMutation(ImportRevenueMutation);

  if (data && !isStaff(data.me.role)) return <StaffOnly />;

  const current = preview && preview.source === source.trim() && preview.file === file ? preview.result : null;
  const canImport = !!current && current.errors.length === 0 && current.valid > 0 && !importState.fetching;

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const f = input.files?.[0];
    setPreview(null);
    setMessage(null);
    setFileError(null);
    setFile(null);
    if (!f) return;
    if (f.size > MAX_FILE_BYTES) {
      setFileError(t('catalogue.importTooLarge'));
      return;
    }
    try {
      setFile({ name: f.name, size: f.size, text: await f.text() });
    } catch {
      setFileError(t('catalogue.importUnreadable'));
    }
  }

  async function check(e: Event) {
    e.preventDefault();
    if (!file || !source.trim()) return;
    setChecking(true);
    setMessage(null);
    setPreview(null);
    const res = await client
      .query(PreviewRevenueImport, { source: source.trim(), csv: file.text }, { requestPolicy: 'network-only' })
      .toPromise();
    setChecking(false);
    if (res.data) setPreview({ source: source.trim(), file, result: res.data.previewRevenueImport });
    else setMessage({ ok: false, text: describeError(res.error, t) });
  }

  async function runImport() {
    if (!file || !canImport) return;
    setMessage(null);
    const res = await importRevenue({ source: source.trim(), csv: file.text, fileName: file.name });
    if (res.data) {
      setMessage({ ok: true, text: t('catalogue.imported', { n: res.data.importRevenue.imported, d: res.data.importRevenue.duplicates }) });
      setPreview(null);
    } else {
      setMessage({ ok: false, text: describeError(res.error, t) });
    }
  }

  return (
    <main class="container catalogue-page import-page">
      <CatalogueNav current="import" />
      <h1>{t('catalogue.importTitle')}</h1>
      {!data ? (
<LoadingOrError fetching={fetching} error={error} />
      ) : !seesCosts(data.me.role) ? (
        <p class="error">{t('catalogue.importForbidden')}</p>
      ) : (
        <>
          <ImportHelp />
          <form onSubmit={check} class="card-form" data-testid="import-form">
            <label>
              {t('catalogue.importSource')}
              <input
                required
                value={source}
                placeholder={t('catalogue.importSourceHint')}
                onInput={(e) => {
                  setSource(e.currentTarget.value);
                  setMessage(null);
                }}
                data-testid="import-source"
              />
            </label>
            <label>
              {t('catalogue.importFile')}
              <input type="file" accept=".csv,text/csv,text/plain" onChange={onFile} data-testid="import-file" />
            </label>
            {file && (
              <p class="muted small-print" data-testid="import-file-info">
                {t('catalogue.importFileInfo', { name: file.name, kb: Math.max(1, Math.round(file.size / 1024)) })}
              </p>
            )}
            {fileError && (
              <p class="error" role="alert">
                {fileError}
              </p>
            )}
            <button type="submit" class="small" disabled={!file || !source.trim() || checking} aria-busy={checking} data-testid="import-check">
              {t('catalogue.importCheck')}
            </button>
          </form>

          {current && (
            <section class="import-preview" data-testid="import-preview" data-errors={current.errors.length}>
              <h2>{t('catalogue.importPreview')}</h2>
              <dl>
                <dt>{t('catalogue.importValid')}</dt>
                <dd data-testid="import-valid">{current.valid}</dd>
                <dt>{t('catalogue.importDuplicates')}</dt>
                <dd data-testid="import-duplicates">{current.duplicates}</dd>
                <dt>{t('catalogue.importTotal')}</dt>
                <dd class="money" data-testid="import-total">
                  <Money amount={current.totalEur} />
                </dd>
                <dt>{t('catalogue.importErrors')}</dt>
                <dd data-testid="import-error-count" class={current.errors.length ? 'error' : 'ok'}>
                  {current.errors.length}
                </dd>
              </dl>
              {current.errors.length > 0 ? (
                <>
                  <p class="error">{t('catalogue.importFix', { n: current.errors.length, lines: new Set(current.errors.map((er) => er.line)).size })}</p>
                  <div class="table-scroll">
                    <table class="royalty-table import-errors">
                      <thead>
                        <tr>
                          <th class="num">{t('catalogue.importLine')}</th>
                          <th>{t('catalogue.importField')}</th>
                          <th>{t('catalogue.importMessage')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {sortedErrors(current.errors).map((er, i) => (
                          <tr key={i} data-testid="import-error-row" data-line={er.line}>
                            <td class="num">{er.line}</td>
                            <td class="mono">{er.field}</td>
                            <td>{er.message}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              ) : current.valid === 0 ? (
                <p class="muted">{t('catalogue.importNothing')}</p>
              ) : (
                <p class="ok">{t('catalogue.importReady', { n: current.valid })}</p>
              )}
            </section>
          )}

          {message && (
            <p class={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="import-message">
              {message.text}
            </p>
          )}
          <button type="button" onClick={runImport} disabled={!canImport} aria-busy={importState.fetching} data-testid="import-submit">
            {t('catalogue.importSubmit')}
          </button>
        </>
      )}
    </main>
  );
}
