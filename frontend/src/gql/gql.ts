/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      role\n      technician {\n        id\n        name\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          from\n          to\n          status\n          note\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n            allowNonWorking\n            production {\n              id\n              title\n            }\n            bookings {\n              id\n              room {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": typeof types.MyScheduleDocument,
    "\n  query MyUnavailabilities($from: Date!) {\n    unavailabilities(from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": typeof types.MyUnavailabilitiesDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n    }\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  mutation DeclareUnavailability($input: UnavailabilityInput!) {\n    declareUnavailability(input: $input) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": typeof types.DeclareUnavailabilityDocument,
    "\n  mutation DeleteUnavailability($id: ID!) {\n    deleteUnavailability(id: $id)\n  }\n": typeof types.DeleteUnavailabilityDocument,
    "\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlanningTaskFragmentDoc,
    "\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n": typeof types.ConflictSummaryFragmentDoc,
    "\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n": typeof types.ProductionPlanningDocument,
    "\n  query PlanningMe {\n    me {\n      role\n    }\n  }\n": typeof types.PlanningMeDocument,
    "\n  query PlanningConflicts {\n    conflicts {\n      ...ConflictSummary\n    }\n  }\n": typeof types.PlanningConflictsDocument,
    "\n  query WorkingDays($from: Date!, $to: Date!) {\n    workingDays(from: $from, to: $to)\n  }\n": typeof types.WorkingDaysDocument,
    "\n  mutation ShiftTask($id: ID!, $workingDays: Int!, $cascade: Boolean!, $reason: String, $lateRushes: Boolean) {\n    shiftTask(id: $id, workingDays: $workingDays, cascade: $cascade, reason: $reason, lateRushes: $lateRushes) {\n      moved {\n        ...PlanningTask\n      }\n      conflicts {\n        ...ConflictSummary\n      }\n    }\n  }\n": typeof types.ShiftTaskDocument,
    "\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n": typeof types.ProductionScheduleEventsDocument,
    "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProductionDetailFragmentDoc,
    "\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n": typeof types.ProductionDocument,
    "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n": typeof types.ProductionEventsDocument,
    "\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n": typeof types.BoardBookingFragmentDoc,
    "\n  query BoardMe {\n    me {\n      role\n    }\n  }\n": typeof types.BoardMeDocument,
    "\n  query ResourceBoard($from: Date!, $to: Date!) {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardBooking\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": typeof types.ResourceBoardDocument,
    "\n  query BoardConflicts($from: Date!, $to: Date!) {\n    conflicts(from: $from, to: $to) {\n      kind\n      message\n      bookings {\n        id\n      }\n    }\n  }\n": typeof types.BoardConflictsDocument,
    "\n  mutation MoveBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n": typeof types.MoveBookingDocument,
    "\n  subscription BoardEvents {\n    scheduleEvents {\n      id\n      kind\n    }\n  }\n": typeof types.BoardEventsDocument,
};
const documents: Documents = {
    "\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      role\n      technician {\n        id\n        name\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          from\n          to\n          status\n          note\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n            allowNonWorking\n            production {\n              id\n              title\n            }\n            bookings {\n              id\n              room {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": types.MyScheduleDocument,
    "\n  query MyUnavailabilities($from: Date!) {\n    unavailabilities(from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": types.MyUnavailabilitiesDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n    }\n  }\n": types.ResetCalendarFeedDocument,
    "\n  mutation DeclareUnavailability($input: UnavailabilityInput!) {\n    declareUnavailability(input: $input) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": types.DeclareUnavailabilityDocument,
    "\n  mutation DeleteUnavailability($id: ID!) {\n    deleteUnavailability(id: $id)\n  }\n": types.DeleteUnavailabilityDocument,
    "\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n": types.PlanningTaskFragmentDoc,
    "\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n": types.ConflictSummaryFragmentDoc,
    "\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n": types.ProductionPlanningDocument,
    "\n  query PlanningMe {\n    me {\n      role\n    }\n  }\n": types.PlanningMeDocument,
    "\n  query PlanningConflicts {\n    conflicts {\n      ...ConflictSummary\n    }\n  }\n": types.PlanningConflictsDocument,
    "\n  query WorkingDays($from: Date!, $to: Date!) {\n    workingDays(from: $from, to: $to)\n  }\n": types.WorkingDaysDocument,
    "\n  mutation ShiftTask($id: ID!, $workingDays: Int!, $cascade: Boolean!, $reason: String, $lateRushes: Boolean) {\n    shiftTask(id: $id, workingDays: $workingDays, cascade: $cascade, reason: $reason, lateRushes: $lateRushes) {\n      moved {\n        ...PlanningTask\n      }\n      conflicts {\n        ...ConflictSummary\n      }\n    }\n  }\n": types.ShiftTaskDocument,
    "\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n": types.ProductionScheduleEventsDocument,
    "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": types.ProductionDetailFragmentDoc,
    "\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n": types.ProductionDocument,
    "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n": types.ProductionEventsDocument,
    "\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n": types.BoardBookingFragmentDoc,
    "\n  query BoardMe {\n    me {\n      role\n    }\n  }\n": types.BoardMeDocument,
    "\n  query ResourceBoard($from: Date!, $to: Date!) {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardBooking\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": types.ResourceBoardDocument,
    "\n  query BoardConflicts($from: Date!, $to: Date!) {\n    conflicts(from: $from, to: $to) {\n      kind\n      message\n      bookings {\n        id\n      }\n    }\n  }\n": types.BoardConflictsDocument,
    "\n  mutation MoveBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n": types.MoveBookingDocument,
    "\n  subscription BoardEvents {\n    scheduleEvents {\n      id\n      kind\n    }\n  }\n": types.BoardEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      role\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n    productions(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      role\n      technician {\n        id\n        name\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          from\n          to\n          status\n          note\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n            allowNonWorking\n            production {\n              id\n              title\n            }\n            bookings {\n              id\n              room {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      role\n      technician {\n        id\n        name\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          id\n          startDate\n          endDate\n          from\n          to\n          status\n          note\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n            allowNonWorking\n            production {\n              id\n              title\n            }\n            bookings {\n              id\n              room {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUnavailabilities($from: Date!) {\n    unavailabilities(from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n"): (typeof documents)["\n  query MyUnavailabilities($from: Date!) {\n    unavailabilities(from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareUnavailability($input: UnavailabilityInput!) {\n    declareUnavailability(input: $input) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareUnavailability($input: UnavailabilityInput!) {\n    declareUnavailability(input: $input) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUnavailability($id: ID!) {\n    deleteUnavailability(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteUnavailability($id: ID!) {\n    deleteUnavailability(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningMe {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query PlanningMe {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningConflicts {\n    conflicts {\n      ...ConflictSummary\n    }\n  }\n"): (typeof documents)["\n  query PlanningConflicts {\n    conflicts {\n      ...ConflictSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingDays($from: Date!, $to: Date!) {\n    workingDays(from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query WorkingDays($from: Date!, $to: Date!) {\n    workingDays(from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShiftTask($id: ID!, $workingDays: Int!, $cascade: Boolean!, $reason: String, $lateRushes: Boolean) {\n    shiftTask(id: $id, workingDays: $workingDays, cascade: $cascade, reason: $reason, lateRushes: $lateRushes) {\n      moved {\n        ...PlanningTask\n      }\n      conflicts {\n        ...ConflictSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ShiftTask($id: ID!, $workingDays: Int!, $cascade: Boolean!, $reason: String, $lateRushes: Boolean) {\n    shiftTask(id: $id, workingDays: $workingDays, cascade: $cascade, reason: $reason, lateRushes: $lateRushes) {\n      moved {\n        ...PlanningTask\n      }\n      conflicts {\n        ...ConflictSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n"): (typeof documents)["\n  query Production($id: ID!) {\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardMe {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query BoardMe {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceBoard($from: Date!, $to: Date!) {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardBooking\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query ResourceBoard($from: Date!, $to: Date!) {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardBooking\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardConflicts($from: Date!, $to: Date!) {\n    conflicts(from: $from, to: $to) {\n      kind\n      message\n      bookings {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardConflicts($from: Date!, $to: Date!) {\n    conflicts(from: $from, to: $to) {\n      kind\n      message\n      bookings {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n"): (typeof documents)["\n  mutation MoveBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardEvents {\n    scheduleEvents {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription BoardEvents {\n    scheduleEvents {\n      id\n      kind\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;