import { graphql } from '../../gql';

/** A technician's own booking, as "my day" and "my schedule" show it (with the room of each colleague on the task). */
export const OwnBookingDoc = graphql(`
  fragment OwnBooking on Booking {
    id
    from
    to
    status
    note
    days
    room {
      id
      name
    }
    task {
      id
      title
      production {
        id
        title
      }
      bookings {
        id
        room {
          id
          name
        }
      }
    }
  }
`);
