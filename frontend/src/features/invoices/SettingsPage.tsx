// /settings/invoicing — what every invoice says of its issuer and how it is booked: ADMIN and
// ACCOUNTANT edit, COORDINATOR reads (the server's @hasRole says the same).
import { useState } from 'preact/hooks';
import { useMutation, useQuery } from '@urql/preact';
import { graphql } from '../../gql';
import { useI18n, type Key } from '../../app/i18n';
import { fieldError } from '../../lib/errors';
import { linkTo } from '../../lib/navigation';
import { ErrorMessage, FieldError, LoadingOrError, invalidIf, type FieldProblem } from '../../ui';
import { canEditSettings } from './invoices';
import { checkSettings, settingsDraft, toSettingsInput, type SettingsValues, type TextKey } from './settings';
import './invoices.css';

const SettingsFields = graphql(`
  fragment InvoicingSettingsFields on InvoicingSettings {
    legalForm
    shareCapital
    rcsCity
    siren
    siret
    vatNumber
    iban
    bic
    paymentDays
    paymentEndOfMonth
    latePenaltyRate
    recoveryIndemnity
    earlyPaymentTerms
    vatOnDebits
    footer
    accountSales
    accountVat
    accountClient
  }
`);
void SettingsFields;

const SettingsQuery = graphql(`
  query InvoicingSettingsPage {
    me {
      role
    }
    invoicingSettings {
      ...InvoicingSettingsFields
    }
  }
`);

const UpdateSettings = graphql(`
  mutation UpdateInvoicingSettings($input: InvoicingSettingsInput!) {
    updateInvoicingSettings(input: $input) {
      ...InvoicingSettingsFields
    }
  }
`);

function Form({ initial, editable }: { initial: SettingsValues; editable: boolean }) {
  const { t } = useI18n();
  const [v, setV] = useState(initial);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [state, save] = useMutation(UpdateSettings);
  const set = (patch: Partial<SettingsValues>) => {
    setV({ ...v, ...patch });
    setSaved(false);
  };
  const text = (name: TextKey, opts: { numeric?: boolean; readOnly?: boolean; area?: boolean } = {}) => {
    const label = t(`invoiceSettings.${name}` as Key);
    const ro = !editable || opts.readOnly;
    return (
      <label key={name}>
        {label}
        {opts.area ? (
          <textarea rows={2} value={v[name]} readOnly={ro} onInput={(e) => set({ [name]: e.currentTarget.value })} data-testid={`settings-${name}`} {...invalidIf(name, problem)} />
        ) : (
          <input value={v[name]} readOnly={ro} inputMode={opts.numeric ? 'decimal' : undefined} onInput={(e) => set({ [name]: e.currentTarget.value })} data-testid={`settings-${name}`} {...invalidIf(name, problem)} />
        )}
        <FieldError name={name} error={problem} />
      </label>
    );
  };
  const check = (name: 'paymentEndOfMonth' | 'vatOnDebits') => (
    <label class="check">
      <input type="checkbox" role="switch" checked={v[name]} disabled={!editable} onChange={(e) => set({ [name]: e.currentTarget.checked })} data-testid={`settings-${name}`} />
      {t(`invoiceSettings.${name}`)}
    </label>
  );

  async function submit(e: Event) {
    e.preventDefault();
    const p = checkSettings(v, t);
    setProblem(p);
    if (p) return;
    const res = await save({ input: toSettingsInput(v) });
    if (res.error) return setProblem(fieldError(res.error));
    setSaved(true);
  }

  return (
    <form class="settings-form" onSubmit={submit} noValidate data-testid="invoicing-settings">
      <fieldset>
        <legend>{t('invoiceSettings.legal')}</legend>
        <div class="settings-grid">
          {text('legalForm')}
          {text('shareCapital', { numeric: true })}
          {text('rcsCity')}
          {text('siren')}
          {text('siret', { readOnly: true })}
          {text('vatNumber', { readOnly: true })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('invoiceSettings.bank')}</legend>
        <div class="settings-grid">
          {text('iban')}
          {text('bic')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('invoiceSettings.terms')}</legend>
        <div class="settings-grid">
          {text('paymentDays', { numeric: true })}
          {check('paymentEndOfMonth')}
          {text('latePenaltyRate', { numeric: true })}
          {text('recoveryIndemnity', { numeric: true })}
          {text('earlyPaymentTerms')}
        </div>
        {check('vatOnDebits')}
        {text('footer', { area: true })}
      </fieldset>
      <fieldset>
        <legend>{t('invoiceSettings.accounts')}</legend>
        <div class="settings-grid">
          {text('accountSales')}
          {text('accountVat')}
          {text('accountClient')}
        </div>
      </fieldset>
      {state.error && !fieldError(state.error) && <ErrorMessage error={state.error} />}
      {saved && (
        <p class="muted" role="status" data-testid="settings-saved">
          {t('invoiceSettings.saved')}
        </p>
      )}
      {editable && (
        <button type="submit" disabled={state.fetching} aria-busy={state.fetching} data-testid="settings-save">
          {t('invoiceSettings.save')}
        </button>
      )}
    </form>
  );
}

export function InvoicingSettingsPage() {
  const { t } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: SettingsQuery, requestPolicy: 'cache-and-network' });
  const editable = canEditSettings(data?.me.role);
  return (
    <main class="container invoices-page">
      <nav class="crumbs">
        <a href="/invoices" onClick={linkTo('/invoices')}>
          ← {t('invoice.back')}
        </a>
      </nav>
      <h1>{t('invoiceSettings.title')}</h1>
      {!data ? (
        <LoadingOrError fetching={fetching} error={error} />
      ) : (
        <>
          {!editable && (
            <p class="muted" data-testid="settings-read-only">
              {t('invoiceSettings.readOnly')}
            </p>
          )}
          <Form initial={settingsDraft(data.invoicingSettings)} editable={editable} />
        </>
      )}
    </main>
  );
}
