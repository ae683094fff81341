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

/** What a session was spent on and where: the production, task, operation and room. */
export const SlipSubjectFieldsDoc = graphql(`
  fragment SlipSubjectFields on Slip {
    production {
      id
      title
    }
    task {
      id
      title
    }
    operation {
      id
      label
    }
    room {
      id
      name
    }
  }
`);

/** What a list of slips shows of each: its day, hours, worked time, subject and warnings. */
export const SlipSummaryFieldsDoc = graphql(`
  fragment SlipSummaryFields on Slip {
    id
    status
    date
    start
    end
    breakMinutes
    workedMinutes
    notes
    ...SlipSubjectFields
    warnings {
      ...SlipWarningFields
    }
  }
`);
