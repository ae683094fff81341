// The slips feature's shared fragments.
import { graphql } from '../../gql';

/** A warning on a slip, with the server's sentence in the caller's language. */
export const SlipWarningFieldsDoc = graphql(`
  fragment SlipWarningFields on SlipWarning {
    code
    message
    minutes
    limitMinutes
  }
`);
