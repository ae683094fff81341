// The slip as the server would record it, asked while the form is being filled: its worked time,
// the warnings it would carry (a session over 10 h, a day over 12 h, a short rest, a week over
// 48 h) and the errors submitSlip would give, on their fields. Asked once the typing pauses, never
// offline (the form then works from the phone's own arithmetic), and only for the latest values.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useClient } from '@urql/preact';
import { graphql } from '../../gql';
import type { CheckSlipQuery, SlipInput } from '../../gql/graphql';
import { errorCode, fieldError } from '../../lib/errors';
import { fieldOfError, type FieldName } from './slipFormValues';

const CheckSlipDoc = graphql(`
  query CheckSlip($input: SlipInput!, $replacing: ID) {
    checkSlip(input: $input, replacing: $replacing) {
      workedMinutes
      nightMinutes
      sundayOrHoliday
      warnings {
        ...SlipWarningFields
      }
    }
  }
`);

export type SlipCheckResult = CheckSlipQuery['checkSlip'];

export interface SlipCheckState {
  /** The server's figures for the values as they are now; null while asking, offline or on an error. */
  result: SlipCheckResult | null;
  /** The server's refusals, by form field. */
  errors: Partial<Record<FieldName, string>>;
  checking: boolean;
}

const NONE: SlipCheckState = { result: null, errors: {}, checking: false };

/** How long the typing must pause before the server is asked. */
export const CHECK_DELAY_MS = 400;

/**
 * Checks `input` with the server (null: nothing to check yet). `enabled` false (offline) skips
 * the check and forgets the last answer.
 */
export function useSlipCheck(input: SlipInput | null, replacing: string | null, enabled: boolean): SlipCheckState {
  const client = useClient();
  const [state, setState] = useState<SlipCheckState>(NONE);
  const latest = useRef(0);
  const key = input && enabled ? JSON.stringify([input, replacing]) : null;
  useEffect(() => {
    const seq = ++latest.current;
    if (!key || !input) {
      setState(NONE);
      return;
    }
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      void client
        .query(CheckSlipDoc, { input, replacing }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((res) => {
          if (seq !== latest.current) return;
          if (res.data?.checkSlip) {
            setState({ result: res.data.checkSlip, errors: {}, checking: false });
            return;
          }
          const err = fieldError(res.error);
          // No answer (the network went away, the server is out): nothing to say about the slip.
          const said = err && res.error?.graphQLErrors.length && errorCode(res.error) !== 'UNAVAILABLE';
          setState({ result: null, errors: said ? { [fieldOfError(err.field)]: err.message } : {}, checking: false });
        });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return state;
}
