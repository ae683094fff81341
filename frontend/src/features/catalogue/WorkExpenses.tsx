// A work's recoupable expenses, and the form that adds one.
import { useState } from 'preact/hooks';
import { useMutation } from '@urql/preact';
import { graphql } from '../../gql';
import type { ExpenseKind } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { todayParis } from '../../lib/dates';
import { useI18n, type Key } from '../../app/i18n';
import { EXPENSE_KINDS, parseMoneyInput } from './royalties';
import './catalogue.css';
import { DateText, EmptyState, Money } from '../../ui';
import type { WorkData } from './WorkPage';

const AddExpenseMutation = graphql(`
  mutation AddExpense($workId: ID!, $input: ExpenseInput!) {
    addExpense(workId: $workId, input: $input) {
      id
      kind
      label
      amount
      recouped
      remaining
      incurredOn
    }
  }
`);

export function Expenses({ work, canEdit, onAdded }: { work: WorkData; canEdit: boolean; onAdded: () => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ExpenseKind>('DUBBING');
  const [label, setLabel] = useState('');
  const [amount, setAmount] = useState('');
  const [incurredOn, setIncurredOn] = useState(todayParis());
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [state, add] = useMutation(AddExpenseMutation);
  const money = parseMoneyInput(amount);

  async function submit(e: Event) {
    e.preventDefault();
    setResult(null);
    if (!money || !label.trim() || !incurredOn) return;
    const res = await add({ workId: work.id, input: { kind, label: label.trim(), amount: money, incurredOn } });
    if (res.data) {
      setLabel('');
      setAmount('');
      setResult({ ok: true, text: t('catalogue.expenseAdded') });
      onAdded();
    } else {
      setResult({ ok: false, text: describeError(res.error, t) });
    }
  }

  return (
    <section class="work-section" aria-labelledby="expenses-title">
      <h2 id="expenses-title">{t('catalogue.expenses')}</h2>
      <p class="muted small-print">{t('catalogue.expensesHint')}</p>
      {work.expenses.length === 0 ? (
        <EmptyState>{t('catalogue.noExpenses')}</EmptyState>
      ) : (
        <div class="table-scroll">
          <table class="royalty-table" data-testid="expenses-table">
            <thead>
              <tr>
                <th>{t('catalogue.expenseLabel')}</th>
                <th>{t('catalogue.incurredOn')}</th>
                <th class="num">{t('catalogue.expenseAmount')}</th>
                <th class="num">{t('catalogue.recouped')}</th>
                <th class="num">{t('catalogue.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {work.expenses.map((x) => (
                <tr key={x.id} data-testid="expense-row">
                  <td>
                    {x.label}
                    <br />
                    <small class="muted">{t(`catalogue.expenseKind.${x.kind}` as Key)}</small>
                  </td>
                  <td class="nowrap"><DateText date={x.incurredOn} /></td>
                  <td class="num money" data-label={t('catalogue.expenseAmount')}><Money amount={x.amount} /></td>
                  <td class="num money" data-label={t('catalogue.recouped')}><Money amount={x.recouped} /></td>
                  <td class={`num money ${x.remaining === '0.00' ? 'ok' : ''}`} data-label={t('catalogue.remaining')}><Money amount={x.remaining} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && (
        <details class="card-form">
          <summary>{t('catalogue.addExpense')}</summary>
          <form onSubmit={submit} noValidate data-testid="expense-form">
            <div class="form-grid">
              <label>
                {t('catalogue.expenseKind')}
                <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ExpenseKind)}>
                  {EXPENSE_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`catalogue.expenseKind.${k}` as Key)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('catalogue.expenseLabel')}
                <input required value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
              </label>
              <label>
                {t('catalogue.expenseAmount')}
                <input
                  inputMode="decimal"
                  required
                  value={amount}
                  placeholder="15 000,00"
                  aria-invalid={amount && !money ? true : undefined}
                  onInput={(e) => setAmount(e.currentTarget.value)}
                />
                {amount && !money && <small class="field-error">{t('catalogue.errorAmount')}</small>}
              </label>
              <label>
                {t('catalogue.incurredOn')}
                <input type="date" required value={incurredOn} onInput={(e) => setIncurredOn(e.currentTarget.value)} />
              </label>
            </div>
            {result && (
              <p class={result.ok ? 'ok' : 'error'} role={result.ok ? 'status' : 'alert'}>
                {result.text}
              </p>
            )}
            <button type="submit" class="small" disabled={state.fetching || !money || !label.trim() || !incurredOn} aria-busy={state.fetching}>
              {t('catalogue.addExpense')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
