// The client form: its values as typed and the ClientInput sent to createClient / updateClient.
// The server checks the SIRET (14 digits and its key), the e-mail and the lengths.
import type { ClientInput } from '../../gql/graphql';
import type { Checked } from './productionForm';

export interface ClientFormValues {
  name: string;
  legalName: string;
  siret: string;
  vatNumber: string;
  address: string;
  contactEmail: string;
}

export type ClientField = keyof ClientFormValues;

export const CLIENT_FIELDS: readonly ClientField[] = ['name', 'legalName', 'siret', 'vatNumber', 'address', 'contactEmail'];

export const EMPTY_CLIENT: ClientFormValues = { name: '', legalName: '', siret: '', vatNumber: '', address: '', contactEmail: '' };

export function clientFormValues(c: ClientFormValues): ClientFormValues {
  return { name: c.name, legalName: c.legalName, siret: c.siret, vatNumber: c.vatNumber, address: c.address, contactEmail: c.contactEmail };
}

/** The ClientInput for the form: spaces inside a SIRET or VAT number, as people type them, are dropped. */
export function clientInput(v: ClientFormValues): Checked<ClientInput, ClientField> {
  if (!v.name.trim()) return { field: 'name', key: 'client.nameRequired' };
  return {
    input: {
      name: v.name.trim(),
      legalName: v.legalName.trim(),
      siret: v.siret.replace(/[\s.]/g, ''),
      vatNumber: v.vatNumber.replace(/\s/g, '').toUpperCase(),
      address: v.address.trim(),
      contactEmail: v.contactEmail.trim(),
    },
  };
}
