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
    "\n  query Shell {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.ShellDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query InviteClients {\n    clients(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InviteClientsDocument,
    "\n  query InviteTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InviteTechniciansDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      token\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  query Team {\n    me {\n      role\n    }\n    members(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          client {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          holders {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment Viewer on Me {\n    role\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFragmentDoc,
    "\n  fragment TechnicianViewer on Me {\n    role\n    technician {\n      id\n      name\n    }\n  }\n": typeof types.TechnicianViewerFragmentDoc,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query CatalogueWorks($search: String) {\n    me {\n      role\n    }\n    works(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          originalTitle\n          year\n          kind\n          isan\n          residualHolder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogueWorksDocument,
    "\n  query CatalogueHolders {\n    me {\n      role\n    }\n    rightsHolders(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          isCompany\n          email\n          address\n        }\n      }\n    }\n  }\n": typeof types.CatalogueHoldersDocument,
    "\n  mutation CreateRightsHolder($input: RightsHolderInput!) {\n    createRightsHolder(input: $input) {\n      id\n      name\n      kind\n      isCompany\n      email\n      address\n    }\n  }\n": typeof types.CreateRightsHolderDocument,
    "\n  query HolderAccounts {\n    members(first: 200, role: RIGHTS_HOLDER) {\n      edges {\n        node {\n          id\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.HolderAccountsDocument,
    "\n  mutation LinkHolderUser($holderId: ID!, $userId: ID!) {\n    linkHolderUser(holderId: $holderId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.LinkHolderUserDocument,
    "\n  query RevenueImportPage {\n    me {\n      role\n    }\n  }\n": typeof types.RevenueImportPageDocument,
    "\n  query PreviewRevenueImport($source: String!, $csv: String!) {\n    previewRevenueImport(source: $source, csv: $csv) {\n      valid\n      duplicates\n      totalEur\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.PreviewRevenueImportDocument,
    "\n  mutation ImportRevenue($source: String!, $csv: String!, $fileName: String) {\n    importRevenue(source: $source, csv: $csv, fileName: $fileName) {\n      imported\n      duplicates\n    }\n  }\n": typeof types.ImportRevenueDocument,
    "\n  fragment RunSummary on DistributionRun {\n    id\n    periodStart\n    periodEnd\n    status\n    gross\n    commission\n    recouped\n    net\n    residual\n    distributed\n    computedAt\n    approvedAt\n    issuedAt\n    corrects {\n      id\n      periodStart\n      periodEnd\n    }\n    statements {\n      id\n      amount\n      previousAmount\n      pdfUrl\n      csvUrl\n      holder {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RunSummaryFragmentDoc,
    "\n  query Runs {\n    me {\n      role\n    }\n    distributionRuns(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...RunSummary\n        }\n      }\n    }\n  }\n": typeof types.RunsDocument,
    "\n  query RunWorks($id: ID!) {\n    distributionRun(id: $id) {\n      id\n      works {\n        work {\n          id\n          title\n        }\n        gross\n        commission\n        recouped\n        net\n        residual\n        explanation\n      }\n    }\n  }\n": typeof types.RunWorksDocument,
    "\n  mutation CreateDistributionRun($periodStart: Date!, $periodEnd: Date!, $correctsRunId: ID) {\n    createDistributionRun(periodStart: $periodStart, periodEnd: $periodEnd, correctsRunId: $correctsRunId) {\n      ...RunSummary\n    }\n  }\n": typeof types.CreateDistributionRunDocument,
    "\n  mutation RecomputeDistributionRun($id: ID!) {\n    recomputeDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n": typeof types.RecomputeDistributionRunDocument,
    "\n  mutation ApproveDistributionRun($id: ID!) {\n    approveDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n": typeof types.ApproveDistributionRunDocument,
    "\n  mutation IssueDistributionRun($id: ID!) {\n    issueDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n": typeof types.IssueDistributionRunDocument,
    "\n  mutation SetCommissions($workId: ID!, $commissions: [CommissionInput!]!) {\n    setCommissions(workId: $workId, commissions: $commissions) {\n      id\n      commissions {\n        media\n        basisPoints\n      }\n    }\n  }\n": typeof types.SetCommissionsDocument,
    "\n  mutation AddExpense($workId: ID!, $input: ExpenseInput!) {\n    addExpense(workId: $workId, input: $input) {\n      id\n      kind\n      label\n      amount\n      recouped\n      remaining\n      incurredOn\n    }\n  }\n": typeof types.AddExpenseDocument,
    "\n  query WorkFormOptions {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    ...HolderChoices\n  }\n": typeof types.WorkFormOptionsDocument,
    "\n  fragment WorkFacts on Work {\n    id\n    title\n    originalTitle\n    kind\n    year\n    runtimeMinutes\n    episodes\n    isan\n    production {\n      id\n      title\n    }\n    residualHolder {\n      id\n      name\n    }\n  }\n": typeof types.WorkFactsFragmentDoc,
    "\n  mutation CreateWork($input: WorkInput!) {\n    createWork(input: $input) {\n      ...WorkFacts\n    }\n  }\n": typeof types.CreateWorkDocument,
    "\n  mutation UpdateWork($id: ID!, $input: WorkInput!) {\n    updateWork(id: $id, input: $input) {\n      ...WorkFacts\n    }\n  }\n": typeof types.UpdateWorkDocument,
    "\n  fragment WorkShares on Work {\n    id\n    shares {\n      id\n      holder {\n        id\n        name\n      }\n      media\n      territory\n      validFrom\n      validTo\n      basisPoints\n    }\n  }\n": typeof types.WorkSharesFragmentDoc,
    "\n  query WorkPage($id: ID!) {\n    me {\n      role\n    }\n    work(id: $id) {\n      id\n      title\n      originalTitle\n      kind\n      year\n      runtimeMinutes\n      episodes\n      isan\n      production {\n        id\n        title\n      }\n      residualHolder {\n        id\n        name\n      }\n      ...WorkShares\n      commissions {\n        media\n        basisPoints\n      }\n      expenses {\n        id\n        kind\n        label\n        amount\n        recouped\n        remaining\n        incurredOn\n      }\n    }\n    ...HolderChoices\n  }\n": typeof types.WorkPageDocument,
    "\n  mutation SetShares($workId: ID!, $shares: [ShareInput!]!) {\n    setShares(workId: $workId, shares: $shares) {\n      ...WorkShares\n    }\n  }\n": typeof types.SetSharesDocument,
    "\n  fragment HolderChoices on Query {\n    rightsHolders(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HolderChoicesFragmentDoc,
    "\n  query DashboardToday($today: Date!) {\n    me {\n      role\n    }\n    bookings(first: 200, filter: { from: $today, to: $today }) {\n      totalCount\n      edges {\n        node {\n          id\n          from\n          to\n          status\n          note\n          technician {\n            id\n            name\n          }\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n          }\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardTodayDocument,
    "\n  query DashboardWaiting {\n    slips(first: 200, filter: { status: SUBMITTED }) {\n      totalCount\n      edges {\n        node {\n          ...WaitingSlip\n        }\n      }\n    }\n  }\n": typeof types.DashboardWaitingDocument,
    "\n  fragment TrackingFigures on TrackingRow {\n    level\n    plannedMinutes\n    approvedMinutes\n    submittedMinutes\n    actualMinutes\n    remainingMinutes\n    percentConsumed\n    projectedMinutes\n    excessMinutes\n    excessCost\n    actualCost\n    unattributedMinutes\n  }\n": typeof types.TrackingFiguresFragmentDoc,
    "\n  query DashboardOverruns {\n    overruns {\n      ...TrackingFigures\n      production {\n        id\n        title\n      }\n      task {\n        id\n        title\n      }\n      operation {\n        id\n        label\n      }\n    }\n  }\n": typeof types.DashboardOverrunsDocument,
    "\n  subscription DashboardSlipEvents {\n    slipEvents {\n      id\n      kind\n      productionId\n      at\n      slip {\n        ...WaitingSlip\n      }\n    }\n  }\n": typeof types.DashboardSlipEventsDocument,
    "\n  query DashboardFlagged($first: Int!, $after: String) {\n    flaggedSlips(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SlipSummaryFields\n          technician {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardFlaggedDocument,
    "\n  fragment WaitingSlip on Slip {\n    ...SlipSummaryFields\n    current\n    nightMinutes\n    sundayOrHoliday\n    rejectionReason\n    technician {\n      id\n      name\n    }\n  }\n": typeof types.WaitingSlipFragmentDoc,
    "\n  mutation ApproveSlip($id: ID!) {\n    approveSlip(id: $id) {\n      id\n      status\n      reviewedAt\n    }\n  }\n": typeof types.ApproveSlipDocument,
    "\n  mutation RejectSlip($id: ID!, $reason: String!) {\n    rejectSlip(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      reviewedAt\n    }\n  }\n": typeof types.RejectSlipDocument,
    "\n  mutation ApproveSlipsOfDay($date: Date!) {\n    approveSlips(date: $date) {\n      id\n      status\n      reviewedAt\n    }\n  }\n": typeof types.ApproveSlipsOfDayDocument,
    "\n  query DeliveryBoard {\n    me {\n      role\n    }\n    deliveries(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DeliveryRow\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeliveryBoardDocument,
    "\n  subscription DeliveryBoardEvents {\n    deliveryEvents {\n      id\n      kind\n    }\n  }\n": typeof types.DeliveryBoardEventsDocument,
    "\n  mutation UpdateDeliveryItem($id: ID!, $input: DeliveryItemUpdate!) {\n    updateDeliveryItem(id: $id, input: $input) {\n      id\n      status\n      fileName\n      checksum\n      size\n    }\n  }\n": typeof types.UpdateDeliveryItemDocument,
    "\n  query Delivery($id: ID!) {\n    me {\n      role\n    }\n    delivery(id: $id) {\n      ...DeliveryDetail\n    }\n  }\n": typeof types.DeliveryDocument,
    "\n  subscription DeliveryPageEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n      delivery {\n        id\n      }\n    }\n  }\n": typeof types.DeliveryPageEventsDocument,
    "\n  mutation TransitionDelivery($id: ID!, $to: DeliveryStatus!, $details: TransitionDetails) {\n    transitionDelivery(id: $id, to: $to, details: $details) {\n      ...DeliveryDetail\n    }\n  }\n": typeof types.TransitionDeliveryDocument,
    "\n  query ProductionDeliveries($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      deliveries {\n        ...DeliveryRow\n      }\n    }\n  }\n": typeof types.ProductionDeliveriesDocument,
    "\n  subscription ProductionDeliveryEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n": typeof types.ProductionDeliveryEventsDocument,
    "\n  query DeliverySpecChoices {\n    deliverySpecs {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n    deliverySpecTemplates {\n      key\n      recipient\n      recipientKind\n      notes\n    }\n  }\n": typeof types.DeliverySpecChoicesDocument,
    "\n  query SpecCompatibility($productionId: ID!, $specId: ID!) {\n    compatibility(productionId: $productionId, specId: $specId) {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n": typeof types.SpecCompatibilityDocument,
    "\n  mutation CloneDeliverySpec($templateKey: String!) {\n    cloneDeliverySpec(templateKey: $templateKey) {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n  }\n": typeof types.CloneDeliverySpecDocument,
    "\n  mutation CreateDelivery($input: DeliveryInput!) {\n    createDelivery(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateDeliveryDocument,
    "\n  mutation AddQcFinding($deliveryId: ID!, $input: QcFindingInput!) {\n    addQcFinding(deliveryId: $deliveryId, input: $input) {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n    }\n  }\n": typeof types.AddQcFindingDocument,
    "\n  mutation SetQcFindingFixed($id: ID!, $fixed: Boolean!) {\n    setQcFindingFixed(id: $id, fixed: $fixed) {\n      id\n      fixed\n      fixedAt\n    }\n  }\n": typeof types.SetQcFindingFixedDocument,
    "\n  fragment DeliveryDetail on Delivery {\n    id\n    status\n    nextStatuses\n    dueDate\n    atRisk\n    late\n    recipient\n    sentMethod\n    sentReference\n    rejectionReasons\n    notes\n    openBlockingFindings\n    production {\n      id\n      title\n      spec {\n        technicalProfile {\n          frameRate\n        }\n      }\n    }\n    episode {\n      id\n      number\n      title\n    }\n    spec {\n      id\n      name\n      recipientKind\n    }\n    items {\n      id\n      kind\n      language\n      label\n      status\n      fileName\n      checksum\n      size\n    }\n    qcFindings {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n      fixedAt\n      createdAt\n      item {\n        id\n      }\n    }\n    history {\n      from\n      to\n      method\n      reference\n      reasons\n      at\n      by {\n        id\n        name\n      }\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n": typeof types.DeliveryDetailFragmentDoc,
    "\n  fragment DeliveryRow on Delivery {\n    id\n    status\n    dueDate\n    atRisk\n    late\n    recipient\n    openBlockingFindings\n    episode {\n      id\n      number\n    }\n    spec {\n      id\n      name\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n      }\n    }\n  }\n": typeof types.DeliveryRowFragmentDoc,
    "\n  query ClientBalances($first: Int!, $after: String) {\n    clientBalances(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          invoiced\n          credited\n          paid\n          balance\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.ClientBalancesDocument,
    "\n  query ProductionBilling($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      client {\n        id\n      }\n      quotes(first: 50) {\n        edges {\n          node {\n            id\n            reference\n            status\n            depositPercent\n          }\n        }\n      }\n      invoices(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...InvoiceRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductionBillingDocument,
    "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInvoiceDocument,
    "\n  mutation CreateCreditNote($invoiceId: ID!, $input: CreditNoteInput!) {\n    createCreditNote(invoiceId: $invoiceId, input: $input) {\n      ...CreditNoteRow\n    }\n  }\n": typeof types.CreateCreditNoteDocument,
    "\n  mutation IssueCreditNote($id: ID!) {\n    issueCreditNote(id: $id) {\n      ...CreditNoteRow\n      invoice {\n        id\n        status\n        balance\n      }\n    }\n  }\n": typeof types.IssueCreditNoteDocument,
    "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.UpdateInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation DiscardInvoice($id: ID!) {\n    discardInvoice(id: $id)\n  }\n": typeof types.DiscardInvoiceDocument,
    "\n  query InvoiceOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.InvoiceOperationChoicesDocument,
    "\n  query InvoicePage($id: ID!) {\n    me {\n      role\n    }\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoicePageDocument,
    "\n  query InvoicesPage($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvoiceRow\n        }\n      }\n    }\n  }\n": typeof types.InvoicesPageDocument,
    "\n  query InvoicesMe {\n    me {\n      role\n    }\n  }\n": typeof types.InvoicesMeDocument,
    "\n  query ProducerDue {\n    clientBalances(first: 5) {\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          balance\n          overdue\n        }\n      }\n    }\n    creditNotes(first: 50) {\n      edges {\n        node {\n          ...CreditNoteRow\n          invoice {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProducerDueDocument,
    "\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      id\n      invoice {\n        id\n        status\n        balance\n        overdue\n        payments {\n          id\n          paidOn\n          amount\n          method\n          reference\n        }\n      }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  fragment InvoicingSettingsFields on InvoicingSettings {\n    legalForm\n    shareCapital\n    rcsCity\n    siren\n    siret\n    vatNumber\n    iban\n    bic\n    paymentDays\n    paymentEndOfMonth\n    latePenaltyRate\n    recoveryIndemnity\n    earlyPaymentTerms\n    vatOnDebits\n    footer\n    accountSales\n    accountVat\n    accountClient\n  }\n": typeof types.InvoicingSettingsFieldsFragmentDoc,
    "\n  query InvoicingSettingsPage {\n    me {\n      role\n    }\n    invoicingSettings {\n      ...InvoicingSettingsFields\n    }\n  }\n": typeof types.InvoicingSettingsPageDocument,
    "\n  mutation UpdateInvoicingSettings($input: InvoicingSettingsInput!) {\n    updateInvoicingSettings(input: $input) {\n      ...InvoicingSettingsFields\n    }\n  }\n": typeof types.UpdateInvoicingSettingsDocument,
    "\n  fragment InvoiceRow on Invoice {\n    id\n    kind\n    status\n    number\n    issueDate\n    dueDate\n    overdue\n    client {\n      id\n      name\n    }\n    production {\n      id\n      title\n    }\n    totals {\n      ttc\n    }\n    balance\n    documentUrl\n  }\n": typeof types.InvoiceRowFragmentDoc,
    "\n  fragment InvoiceLineFields on InvoiceLine {\n    id\n    position\n    operation {\n      id\n      label\n    }\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    vatExemptionCode\n    vatExemptionReason\n    net\n  }\n": typeof types.InvoiceLineFieldsFragmentDoc,
    "\n  fragment CreditNoteRow on CreditNote {\n    id\n    status\n    number\n    fullCredit\n    reason\n    issueDate\n    totals {\n      ttc\n    }\n    documentUrl\n    xmlUrl\n  }\n": typeof types.CreditNoteRowFragmentDoc,
    "\n  fragment InvoiceFields on Invoice {\n    ...InvoiceRow\n    quote {\n      id\n      reference\n    }\n    depositPercent\n    serviceFrom\n    serviceTo\n    purchaseOrder\n    notes\n    lines {\n      ...InvoiceLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    deductions {\n      invoice {\n        id\n        number\n      }\n      amount\n    }\n    prepaid\n    amountDue\n    payments {\n      id\n      paidOn\n      amount\n      method\n      reference\n    }\n    creditNotes {\n      ...CreditNoteRow\n    }\n    latePenalties\n    recoveryIndemnity\n    xmlUrl\n    reminderUrl\n    issuedAt\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  subscription InvoiceEvents($productionId: ID) {\n    invoiceEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n": typeof types.InvoiceEventsDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n      locked\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n      locked\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      id\n      kind\n      at\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  query BookingResources {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.BookingResourcesDocument,
    "\n  query BookingTasks {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          tasks {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BookingTasksDocument,
    "\n  mutation CreateBooking($input: BookingInput!) {\n    createBooking(input: $input) {\n      ...BoardBooking\n    }\n  }\n": typeof types.CreateBookingDocument,
    "\n  mutation EditBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n": typeof types.EditBookingDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    setBookingStatus(id: $id, status: CANCELLED) {\n      ...BoardBooking\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          ...OwnBooking\n          startDate\n          endDate\n        }\n      }\n    }\n  }\n": typeof types.MyScheduleDocument,
    "\n  query MyUnavailabilities($from: Date!) {\n    unavailabilities(from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": typeof types.MyUnavailabilitiesDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n    }\n  }\n": typeof types.ResetCalendarFeedDocument,
    "\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n": typeof types.ProductionPlanningDocument,
    "\n  query PlanningMe {\n    me {\n      role\n    }\n  }\n": typeof types.PlanningMeDocument,
    "\n  query PlanningConflicts {\n    conflicts {\n      ...ConflictSummary\n    }\n  }\n": typeof types.PlanningConflictsDocument,
    "\n  query WorkingDays($from: Date!, $to: Date!) {\n    workingDays(from: $from, to: $to)\n  }\n": typeof types.WorkingDaysDocument,
    "\n  mutation ShiftTask($id: ID!, $workingDays: Int!, $cascade: Boolean!, $reason: String, $lateRushes: Boolean) {\n    shiftTask(id: $id, workingDays: $workingDays, cascade: $cascade, reason: $reason, lateRushes: $lateRushes) {\n      moved {\n        ...PlanningTask\n      }\n      conflicts {\n        ...ConflictSummary\n      }\n    }\n  }\n": typeof types.ShiftTaskDocument,
    "\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...PlanningTask\n    }\n  }\n": typeof types.SetTaskStatusDocument,
    "\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n": typeof types.DeleteTaskDocument,
    "\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n": typeof types.ProductionScheduleEventsDocument,
    "\n  query BoardMe {\n    me {\n      role\n    }\n  }\n": typeof types.BoardMeDocument,
    "\n  query ResourceBoard($from: Date!, $to: Date!) {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardBooking\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": typeof types.ResourceBoardDocument,
    "\n  query BoardConflicts($from: Date!, $to: Date!) {\n    conflicts(from: $from, to: $to) {\n      kind\n      message\n      bookings {\n        id\n      }\n    }\n  }\n": typeof types.BoardConflictsDocument,
    "\n  mutation MoveBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n": typeof types.MoveBookingDocument,
    "\n  subscription BoardEvents {\n    scheduleEvents {\n      id\n      kind\n    }\n  }\n": typeof types.BoardEventsDocument,
    "\n  query TaskFormOptions($from: Date!, $to: Date!) {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n          department\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": typeof types.TaskFormOptionsDocument,
    "\n  mutation CreateTask($productionId: ID!, $input: TaskInput!) {\n    createTask(productionId: $productionId, input: $input) {\n      ...PlanningTask\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...PlanningTask\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation SetTaskDependencies($id: ID!, $dependencies: [DependencyInput!]!) {\n    setTaskDependencies(id: $id, dependencies: $dependencies) {\n      ...PlanningTask\n    }\n  }\n": typeof types.SetTaskDependenciesDocument,
    "\n  mutation DeleteCreatedTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n": typeof types.DeleteCreatedTaskDocument,
    "\n  mutation DeclareUnavailability($input: UnavailabilityInput!) {\n    declareUnavailability(input: $input) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": typeof types.DeclareUnavailabilityDocument,
    "\n  mutation DeleteUnavailability($id: ID!) {\n    deleteUnavailability(id: $id)\n  }\n": typeof types.DeleteUnavailabilityDocument,
    "\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    days\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n": typeof types.BoardBookingFragmentDoc,
    "\n  fragment OwnBooking on Booking {\n    id\n    from\n    to\n    status\n    note\n    days\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n      bookings {\n        id\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OwnBookingFragmentDoc,
    "\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    notes\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      label\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      days\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PlanningTaskFragmentDoc,
    "\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n": typeof types.ConflictSummaryFragmentDoc,
    "\n  query Portal {\n    me {\n      ...Viewer\n    }\n    myHolders {\n      id\n      name\n    }\n    works(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          isan\n          shares {\n            id\n            media\n            territory\n            validFrom\n            validTo\n            basisPoints\n          }\n        }\n      }\n    }\n    holderRevenue {\n      period\n      media\n      territory\n      amount\n    }\n    statements(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          amount\n          previousAmount\n          issuedAt\n          pdfUrl\n          csvUrl\n          holder {\n            id\n            name\n          }\n          run {\n            id\n            periodStart\n            periodEnd\n          }\n          lines {\n            work {\n              id\n              title\n            }\n            media\n            territory\n            basisPoints\n            net\n            amount\n            residual\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortalDocument,
    "\n  subscription PortalStatementEvents {\n    statementEvents {\n      id\n      kind\n      statement {\n        id\n        amount\n      }\n    }\n  }\n": typeof types.PortalStatementEventsDocument,
    "\n  query SetupChecklist {\n    clients(first: 0) {\n      totalCount\n    }\n    technicians(first: 0) {\n      totalCount\n    }\n    rooms(first: 0) {\n      totalCount\n    }\n    bookings(first: 0) {\n      totalCount\n    }\n    members(first: 0) {\n      totalCount\n    }\n    productions(first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          team {\n            id\n          }\n          tasks {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SetupChecklistDocument,
    "\n  fragment ClientDetail on Client {\n    id\n    name\n    legalName\n    siret\n    vatNumber\n    address\n    contactEmail\n  }\n": typeof types.ClientDetailFragmentDoc,
    "\n  query ClientsPage {\n    me {\n      role\n    }\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...ClientDetail\n        }\n      }\n    }\n  }\n": typeof types.ClientsPageDocument,
    "\n  query ClientEdit($id: ID!) {\n    client(id: $id) {\n      ...ClientDetail\n    }\n  }\n": typeof types.ClientEditDocument,
    "\n  mutation CreateClientForm($input: ClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetail\n    }\n  }\n": typeof types.CreateClientFormDocument,
    "\n  mutation UpdateClientForm($id: ID!, $input: ClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientDetail\n    }\n  }\n": typeof types.UpdateClientFormDocument,
    "\n  mutation AddEpisodeForm($productionId: ID!, $input: EpisodeInput!) {\n    addEpisode(productionId: $productionId, input: $input) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n": typeof types.AddEpisodeFormDocument,
    "\n  mutation AddEpisodesForm($productionId: ID!, $count: Int!, $titlePrefix: String, $runtimeMinutes: Int) {\n    addEpisodes(productionId: $productionId, count: $count, titlePrefix: $titlePrefix, runtimeMinutes: $runtimeMinutes) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n": typeof types.AddEpisodesFormDocument,
    "\n  query Home {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment ProductionEdit on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n  }\n": typeof types.ProductionEditFragmentDoc,
    "\n  query ProductionEditForm($id: ID!) {\n    production(id: $id) {\n      ...ProductionEdit\n    }\n  }\n": typeof types.ProductionEditFormDocument,
    "\n  mutation CreateProductionForm($input: ProductionInput!) {\n    createProduction(input: $input) {\n      ...ProductionEdit\n    }\n  }\n": typeof types.CreateProductionFormDocument,
    "\n  mutation UpdateProductionForm($id: ID!, $input: ProductionInput!) {\n    updateProduction(id: $id, input: $input) {\n      ...ProductionEdit\n    }\n  }\n": typeof types.UpdateProductionFormDocument,
    "\n  query ProductionList($first: Int!, $after: String, $filter: ProductionFilter, $sort: ProductionSort, $descending: Boolean) {\n    productions(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductionListDocument,
    "\n  query ClientChoices {\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClientChoicesDocument,
    "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProductionDetailFragmentDoc,
    "\n  query Production($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n": typeof types.ProductionDocument,
    "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n": typeof types.ProductionEventsDocument,
    "\n  query ProductionsViewer {\n    me {\n      ...Viewer\n    }\n  }\n": typeof types.ProductionsViewerDocument,
    "\n  query AmendmentPage($id: ID!) {\n    me {\n      role\n    }\n    amendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n": typeof types.AmendmentPageDocument,
    "\n  mutation UpdateAmendment($id: ID!, $input: AmendmentInput!) {\n    updateAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n": typeof types.UpdateAmendmentDocument,
    "\n  mutation SendAmendment($id: ID!) {\n    sendAmendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n": typeof types.SendAmendmentDocument,
    "\n  mutation DiscardAmendment($id: ID!) {\n    discardAmendment(id: $id)\n  }\n": typeof types.DiscardAmendmentDocument,
    "\n  mutation AcceptAmendment($id: ID!, $input: AcceptInput!) {\n    acceptAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n": typeof types.AcceptAmendmentDocument,
    "\n  mutation RefuseAmendment($id: ID!, $reason: String!) {\n    refuseAmendment(id: $id, reason: $reason) {\n      ...AmendmentDetail\n    }\n  }\n": typeof types.RefuseAmendmentDocument,
    "\n  query QuoteOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.QuoteOperationChoicesDocument,
    "\n  query ProductionQuotes($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      quotes(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...QuoteRow\n          }\n        }\n      }\n    }\n    amendments(first: 50, filter: { productionId: $id }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n": typeof types.ProductionQuotesDocument,
    "\n  query QuoteTemplateChoices {\n    quoteTemplates(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.QuoteTemplateChoicesDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateQuoteDocument,
    "\n  mutation QuoteFromPlan($productionId: ID!) {\n    quoteFromPlan(productionId: $productionId) {\n      id\n    }\n  }\n": typeof types.QuoteFromPlanDocument,
    "\n  mutation ProposeAmendment($productionId: ID!) {\n    proposeAmendment(productionId: $productionId) {\n      id\n    }\n  }\n": typeof types.ProposeAmendmentDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: QuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n": typeof types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n": typeof types.SendQuoteDocument,
    "\n  mutation DiscardQuote($id: ID!) {\n    discardQuote(id: $id)\n  }\n": typeof types.DiscardQuoteDocument,
    "\n  mutation SaveQuoteTemplate($quoteId: ID!, $name: String!) {\n    saveQuoteTemplate(quoteId: $quoteId, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.SaveQuoteTemplateDocument,
    "\n  query QuotePage($id: ID!) {\n    me {\n      role\n    }\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n": typeof types.QuotePageDocument,
    "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      id\n    }\n  }\n": typeof types.ReviseQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!, $input: AcceptInput!) {\n    acceptQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n": typeof types.AcceptQuoteDocument,
    "\n  mutation RefuseQuote($id: ID!, $reason: String!) {\n    refuseQuote(id: $id, reason: $reason) {\n      ...QuoteDetail\n    }\n  }\n": typeof types.RefuseQuoteDocument,
    "\n  mutation CreateAmendment($quoteId: ID!) {\n    createAmendment(quoteId: $quoteId) {\n      id\n    }\n  }\n": typeof types.CreateAmendmentDocument,
    "\n  query QuotesPage($first: Int!, $after: String, $filter: QuoteFilter) {\n    quotes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n  }\n": typeof types.QuotesPageDocument,
    "\n  query QuotesToAnswer {\n    quotes(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n    amendments(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n": typeof types.QuotesToAnswerDocument,
    "\n  subscription QuoteNotifications {\n    notificationEvents {\n      id\n      kind\n      notification {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.QuoteNotificationsDocument,
    "\n  query QuotesMe {\n    me {\n      role\n    }\n  }\n": typeof types.QuotesMeDocument,
    "\n  query SalePrices($activeOn: Date) {\n    me {\n      role\n    }\n    salePrices(first: 200, filter: { activeOn: $activeOn }) {\n      totalCount\n      edges {\n        node {\n          id\n          target\n          operation {\n            id\n            label\n          }\n          roomKind\n          function\n          unit\n          hoursPerDay\n          unitPrice\n          effectiveFrom\n          effectiveTo\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.SalePricesDocument,
    "\n  mutation CreateSalePrice($input: SalePriceInput!) {\n    createSalePrice(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSalePriceDocument,
    "\n  mutation UpdateSalePrice($id: ID!, $input: SalePriceInput!) {\n    updateSalePrice(id: $id, input: $input) {\n      id\n      effectiveTo\n    }\n  }\n": typeof types.UpdateSalePriceDocument,
    "\n  query ProductionSold($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      tracking {\n        operations {\n          operation {\n            id\n            label\n          }\n          plannedMinutes\n          actualMinutes\n          soldMinutes\n          soldAmount\n          overSoldMinutes\n        }\n      }\n    }\n  }\n": typeof types.ProductionSoldDocument,
    "\n  subscription SoldSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n    }\n  }\n": typeof types.SoldSlipEventsDocument,
    "\n  query QuoteChanges($id: ID!, $from: ID!) {\n    quote(id: $id) {\n      id\n      changes(from: $from) {\n        kind\n        fields\n        before {\n          ...QuoteLineFields\n        }\n        after {\n          ...QuoteLineFields\n        }\n      }\n    }\n  }\n": typeof types.QuoteChangesDocument,
    "\n  fragment QuoteLineFields on QuoteLine {\n    id\n    key\n    position\n    operation {\n      id\n      label\n    }\n    episode {\n      id\n      number\n      title\n    }\n    kind\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    net\n  }\n": typeof types.QuoteLineFieldsFragmentDoc,
    "\n  fragment TotalsFields on Totals {\n    ht\n    vat\n    ttc\n    byRate {\n      rate\n      base\n      vat\n    }\n  }\n": typeof types.TotalsFieldsFragmentDoc,
    "\n  fragment AnswerFields on Quote {\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  fragment QuoteRow on Quote {\n    id\n    number\n    version\n    reference\n    status\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n": typeof types.QuoteRowFragmentDoc,
    "\n  fragment AmendmentRow on Amendment {\n    id\n    number\n    status\n    proposed\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    quote {\n      id\n      reference\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n": typeof types.AmendmentRowFragmentDoc,
    "\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    ...AnswerFields\n    issueDate\n    purchaseOrder\n    specRuntimeMinutes\n    specEpisodes\n    specDeliverables\n    depositPercent\n    depositAmount\n    paymentDays\n    paymentEndOfMonth\n    overtimePercent\n    nightPercent\n    weekendPercent\n    notes\n    documentUrl\n    documentSha256\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    versions {\n      id\n      version\n      reference\n      status\n      sentAt\n    }\n    amendments {\n      ...AmendmentRow\n    }\n  }\n": typeof types.QuoteDetailFragmentDoc,
    "\n  fragment AmendmentDetail on Amendment {\n    ...AmendmentRow\n    issueDate\n    notes\n    documentUrl\n    documentSha256\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n  }\n": typeof types.AmendmentDetailFragmentDoc,
    "\n  subscription QuoteEvents($productionId: ID!) {\n    quoteEvents(productionId: $productionId) {\n      id\n      kind\n      productionId\n      quote {\n        id\n      }\n      amendment {\n        id\n      }\n    }\n  }\n": typeof types.QuoteEventsDocument,
    "\n  query ProductionTeam($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      team {\n        id\n        function\n        dailyRate\n        note\n        technician {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProductionTeamDocument,
    "\n  query TeamTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n          dailyRate\n        }\n      }\n    }\n  }\n": typeof types.TeamTechniciansDocument,
    "\n  mutation AddTeamMember($productionId: ID!, $input: TeamMemberInput!) {\n    addTeamMember(productionId: $productionId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation UpdateTeamMember($id: ID!, $input: TeamMemberInput!) {\n    updateTeamMember(id: $id, input: $input) {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  query Rooms {\n    me {\n      role\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          ...RoomFields\n        }\n      }\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  mutation CreateRoom($input: RoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      ...RoomFields\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation CreateTechnician($input: TechnicianInput!) {\n    createTechnician(input: $input) {\n      ...TechnicianFields\n    }\n  }\n": typeof types.CreateTechnicianDocument,
    "\n  mutation UpdateTechnician($id: ID!, $input: TechnicianInput!) {\n    updateTechnician(id: $id, input: $input) {\n      ...TechnicianFields\n    }\n  }\n": typeof types.UpdateTechnicianDocument,
    "\n  query Technician($id: ID!, $from: Date!) {\n    me {\n      role\n    }\n    technician(id: $id) {\n      ...TechnicianFields\n    }\n    unavailabilities(technicianId: $id, from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": typeof types.TechnicianDocument,
    "\n  query Technicians($first: Int!, $search: String) {\n    me {\n      role\n    }\n    technicians(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TechnicianFields\n        }\n      }\n    }\n  }\n": typeof types.TechniciansDocument,
    "\n  fragment TechnicianFields on Technician {\n    id\n    name\n    functions\n    skills\n    employment\n    hourlyRate\n    dailyRate\n    email\n    phone\n  }\n": typeof types.TechnicianFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    kind\n    dailyRate\n  }\n": typeof types.RoomFieldsFragmentDoc,
    "\n  query OperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          code\n          label\n          department\n        }\n      }\n    }\n  }\n": typeof types.OperationChoicesDocument,
    "\n  query MyDay($today: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          ...OwnBooking\n          task {\n            id\n            operation {\n              id\n              label\n            }\n          }\n        }\n      }\n    }\n    slips(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          id\n          status\n          start\n          end\n          task {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyDayDocument,
    "\n  query MySlips {\n    me {\n      role\n    }\n    slips(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SlipSummaryFields\n          rejectionReason\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n  }\n": typeof types.MySlipsDocument,
    "\n  query ProductionTracking($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      tracking {\n        tasks {\n          ...TrackingFigures\n          task {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n          operation {\n            id\n            label\n          }\n        }\n        operations {\n          ...TrackingFigures\n          operation {\n            id\n            label\n          }\n        }\n        alerts {\n          ...TrackingFigures\n          task {\n            id\n            title\n          }\n          operation {\n            id\n            label\n          }\n        }\n        summary {\n          level\n          overrunCount\n          warningCount\n          plannedMinutes\n          approvedMinutes\n          submittedMinutes\n          actualMinutes\n          projectedMinutes\n          unattributedMinutes\n          actualCost\n          excessMinutes\n          excessCost\n        }\n      }\n    }\n  }\n": typeof types.ProductionTrackingDocument,
    "\n  subscription ProductionSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      slip {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ProductionSlipEventsDocument,
    "\n  fragment SlipWarningFields on SlipWarning {\n    code\n    message\n    minutes\n    limitMinutes\n  }\n": typeof types.SlipWarningFieldsFragmentDoc,
    "\n  fragment SlipSubjectFields on Slip {\n    production {\n      id\n      title\n    }\n    task {\n      id\n      title\n    }\n    operation {\n      id\n      label\n    }\n    room {\n      id\n      name\n    }\n  }\n": typeof types.SlipSubjectFieldsFragmentDoc,
    "\n  fragment SlipSummaryFields on Slip {\n    id\n    status\n    date\n    start\n    end\n    breakMinutes\n    workedMinutes\n    notes\n    ...SlipSubjectFields\n    warnings {\n      ...SlipWarningFields\n    }\n  }\n": typeof types.SlipSummaryFieldsFragmentDoc,
    "\n  query SlipFormData {\n    me {\n      ...TechnicianViewer\n    }\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SlipFormDataDocument,
    "\n  query SlipToCorrect($id: ID!) {\n    slip(id: $id) {\n      id\n      clientId\n      status\n      current\n      rejectionReason\n      date\n      start\n      end\n      breakMinutes\n      notes\n      ...SlipSubjectFields\n    }\n  }\n": typeof types.SlipToCorrectDocument,
    "\n  query SlipFormTasks($id: ID!) {\n    production(id: $id) {\n      id\n      tasks {\n        id\n        title\n        startDate\n        endDate\n        operation {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.SlipFormTasksDocument,
    "\n  mutation QueueSubmitSlip($input: SlipInput!) {\n    submitSlip(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.QueueSubmitSlipDocument,
    "\n  mutation QueueResubmitSlip($id: ID!, $input: SlipInput!) {\n    resubmitSlip(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.QueueResubmitSlipDocument,
    "\n  query CheckSlip($input: SlipInput!, $replacing: ID) {\n    checkSlip(input: $input, replacing: $replacing) {\n      workedMinutes\n      nightMinutes\n      sundayOrHoliday\n      warnings {\n        ...SlipWarningFields\n      }\n    }\n  }\n": typeof types.CheckSlipDocument,
};
const documents: Documents = {
    "\n  query Shell {\n    me {\n      ...Viewer\n    }\n  }\n": types.ShellDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query InviteClients {\n    clients(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InviteClientsDocument,
    "\n  query InviteTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InviteTechniciansDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      token\n    }\n  }\n": types.InviteUserDocument,
    "\n  query Team {\n    me {\n      role\n    }\n    members(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          client {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          holders {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment Viewer on Me {\n    role\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.ViewerFragmentDoc,
    "\n  fragment TechnicianViewer on Me {\n    role\n    technician {\n      id\n      name\n    }\n  }\n": types.TechnicianViewerFragmentDoc,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query CatalogueWorks($search: String) {\n    me {\n      role\n    }\n    works(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          originalTitle\n          year\n          kind\n          isan\n          residualHolder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CatalogueWorksDocument,
    "\n  query CatalogueHolders {\n    me {\n      role\n    }\n    rightsHolders(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          isCompany\n          email\n          address\n        }\n      }\n    }\n  }\n": types.CatalogueHoldersDocument,
    "\n  mutation CreateRightsHolder($input: RightsHolderInput!) {\n    createRightsHolder(input: $input) {\n      id\n      name\n      kind\n      isCompany\n      email\n      address\n    }\n  }\n": types.CreateRightsHolderDocument,
    "\n  query HolderAccounts {\n    members(first: 200, role: RIGHTS_HOLDER) {\n      edges {\n        node {\n          id\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.HolderAccountsDocument,
    "\n  mutation LinkHolderUser($holderId: ID!, $userId: ID!) {\n    linkHolderUser(holderId: $holderId, userId: $userId) {\n      id\n    }\n  }\n": types.LinkHolderUserDocument,
    "\n  query RevenueImportPage {\n    me {\n      role\n    }\n  }\n": types.RevenueImportPageDocument,
    "\n  query PreviewRevenueImport($source: String!, $csv: String!) {\n    previewRevenueImport(source: $source, csv: $csv) {\n      valid\n      duplicates\n      totalEur\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": types.PreviewRevenueImportDocument,
    "\n  mutation ImportRevenue($source: String!, $csv: String!, $fileName: String) {\n    importRevenue(source: $source, csv: $csv, fileName: $fileName) {\n      imported\n      duplicates\n    }\n  }\n": types.ImportRevenueDocument,
    "\n  fragment RunSummary on DistributionRun {\n    id\n    periodStart\n    periodEnd\n    status\n    gross\n    commission\n    recouped\n    net\n    residual\n    distributed\n    computedAt\n    approvedAt\n    issuedAt\n    corrects {\n      id\n      periodStart\n      periodEnd\n    }\n    statements {\n      id\n      amount\n      previousAmount\n      pdfUrl\n      csvUrl\n      holder {\n        id\n        name\n      }\n    }\n  }\n": types.RunSummaryFragmentDoc,
    "\n  query Runs {\n    me {\n      role\n    }\n    distributionRuns(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...RunSummary\n        }\n      }\n    }\n  }\n": types.RunsDocument,
    "\n  query RunWorks($id: ID!) {\n    distributionRun(id: $id) {\n      id\n      works {\n        work {\n          id\n          title\n        }\n        gross\n        commission\n        recouped\n        net\n        residual\n        explanation\n      }\n    }\n  }\n": types.RunWorksDocument,
    "\n  mutation CreateDistributionRun($periodStart: Date!, $periodEnd: Date!, $correctsRunId: ID) {\n    createDistributionRun(periodStart: $periodStart, periodEnd: $periodEnd, correctsRunId: $correctsRunId) {\n      ...RunSummary\n    }\n  }\n": types.CreateDistributionRunDocument,
    "\n  mutation RecomputeDistributionRun($id: ID!) {\n    recomputeDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n": types.RecomputeDistributionRunDocument,
    "\n  mutation ApproveDistributionRun($id: ID!) {\n    approveDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n": types.ApproveDistributionRunDocument,
    "\n  mutation IssueDistributionRun($id: ID!) {\n    issueDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n": types.IssueDistributionRunDocument,
    "\n  mutation SetCommissions($workId: ID!, $commissions: [CommissionInput!]!) {\n    setCommissions(workId: $workId, commissions: $commissions) {\n      id\n      commissions {\n        media\n        basisPoints\n      }\n    }\n  }\n": types.SetCommissionsDocument,
    "\n  mutation AddExpense($workId: ID!, $input: ExpenseInput!) {\n    addExpense(workId: $workId, input: $input) {\n      id\n      kind\n      label\n      amount\n      recouped\n      remaining\n      incurredOn\n    }\n  }\n": types.AddExpenseDocument,
    "\n  query WorkFormOptions {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    ...HolderChoices\n  }\n": types.WorkFormOptionsDocument,
    "\n  fragment WorkFacts on Work {\n    id\n    title\n    originalTitle\n    kind\n    year\n    runtimeMinutes\n    episodes\n    isan\n    production {\n      id\n      title\n    }\n    residualHolder {\n      id\n      name\n    }\n  }\n": types.WorkFactsFragmentDoc,
    "\n  mutation CreateWork($input: WorkInput!) {\n    createWork(input: $input) {\n      ...WorkFacts\n    }\n  }\n": types.CreateWorkDocument,
    "\n  mutation UpdateWork($id: ID!, $input: WorkInput!) {\n    updateWork(id: $id, input: $input) {\n      ...WorkFacts\n    }\n  }\n": types.UpdateWorkDocument,
    "\n  fragment WorkShares on Work {\n    id\n    shares {\n      id\n      holder {\n        id\n        name\n      }\n      media\n      territory\n      validFrom\n      validTo\n      basisPoints\n    }\n  }\n": types.WorkSharesFragmentDoc,
    "\n  query WorkPage($id: ID!) {\n    me {\n      role\n    }\n    work(id: $id) {\n      id\n      title\n      originalTitle\n      kind\n      year\n      runtimeMinutes\n      episodes\n      isan\n      production {\n        id\n        title\n      }\n      residualHolder {\n        id\n        name\n      }\n      ...WorkShares\n      commissions {\n        media\n        basisPoints\n      }\n      expenses {\n        id\n        kind\n        label\n        amount\n        recouped\n        remaining\n        incurredOn\n      }\n    }\n    ...HolderChoices\n  }\n": types.WorkPageDocument,
    "\n  mutation SetShares($workId: ID!, $shares: [ShareInput!]!) {\n    setShares(workId: $workId, shares: $shares) {\n      ...WorkShares\n    }\n  }\n": types.SetSharesDocument,
    "\n  fragment HolderChoices on Query {\n    rightsHolders(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HolderChoicesFragmentDoc,
    "\n  query DashboardToday($today: Date!) {\n    me {\n      role\n    }\n    bookings(first: 200, filter: { from: $today, to: $today }) {\n      totalCount\n      edges {\n        node {\n          id\n          from\n          to\n          status\n          note\n          technician {\n            id\n            name\n          }\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n          }\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.DashboardTodayDocument,
    "\n  query DashboardWaiting {\n    slips(first: 200, filter: { status: SUBMITTED }) {\n      totalCount\n      edges {\n        node {\n          ...WaitingSlip\n        }\n      }\n    }\n  }\n": types.DashboardWaitingDocument,
    "\n  fragment TrackingFigures on TrackingRow {\n    level\n    plannedMinutes\n    approvedMinutes\n    submittedMinutes\n    actualMinutes\n    remainingMinutes\n    percentConsumed\n    projectedMinutes\n    excessMinutes\n    excessCost\n    actualCost\n    unattributedMinutes\n  }\n": types.TrackingFiguresFragmentDoc,
    "\n  query DashboardOverruns {\n    overruns {\n      ...TrackingFigures\n      production {\n        id\n        title\n      }\n      task {\n        id\n        title\n      }\n      operation {\n        id\n        label\n      }\n    }\n  }\n": types.DashboardOverrunsDocument,
    "\n  subscription DashboardSlipEvents {\n    slipEvents {\n      id\n      kind\n      productionId\n      at\n      slip {\n        ...WaitingSlip\n      }\n    }\n  }\n": types.DashboardSlipEventsDocument,
    "\n  query DashboardFlagged($first: Int!, $after: String) {\n    flaggedSlips(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SlipSummaryFields\n          technician {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.DashboardFlaggedDocument,
    "\n  fragment WaitingSlip on Slip {\n    ...SlipSummaryFields\n    current\n    nightMinutes\n    sundayOrHoliday\n    rejectionReason\n    technician {\n      id\n      name\n    }\n  }\n": types.WaitingSlipFragmentDoc,
    "\n  mutation ApproveSlip($id: ID!) {\n    approveSlip(id: $id) {\n      id\n      status\n      reviewedAt\n    }\n  }\n": types.ApproveSlipDocument,
    "\n  mutation RejectSlip($id: ID!, $reason: String!) {\n    rejectSlip(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      reviewedAt\n    }\n  }\n": types.RejectSlipDocument,
    "\n  mutation ApproveSlipsOfDay($date: Date!) {\n    approveSlips(date: $date) {\n      id\n      status\n      reviewedAt\n    }\n  }\n": types.ApproveSlipsOfDayDocument,
    "\n  query DeliveryBoard {\n    me {\n      role\n    }\n    deliveries(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DeliveryRow\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.DeliveryBoardDocument,
    "\n  subscription DeliveryBoardEvents {\n    deliveryEvents {\n      id\n      kind\n    }\n  }\n": types.DeliveryBoardEventsDocument,
    "\n  mutation UpdateDeliveryItem($id: ID!, $input: DeliveryItemUpdate!) {\n    updateDeliveryItem(id: $id, input: $input) {\n      id\n      status\n      fileName\n      checksum\n      size\n    }\n  }\n": types.UpdateDeliveryItemDocument,
    "\n  query Delivery($id: ID!) {\n    me {\n      role\n    }\n    delivery(id: $id) {\n      ...DeliveryDetail\n    }\n  }\n": types.DeliveryDocument,
    "\n  subscription DeliveryPageEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n      delivery {\n        id\n      }\n    }\n  }\n": types.DeliveryPageEventsDocument,
    "\n  mutation TransitionDelivery($id: ID!, $to: DeliveryStatus!, $details: TransitionDetails) {\n    transitionDelivery(id: $id, to: $to, details: $details) {\n      ...DeliveryDetail\n    }\n  }\n": types.TransitionDeliveryDocument,
    "\n  query ProductionDeliveries($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      deliveries {\n        ...DeliveryRow\n      }\n    }\n  }\n": types.ProductionDeliveriesDocument,
    "\n  subscription ProductionDeliveryEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n": types.ProductionDeliveryEventsDocument,
    "\n  query DeliverySpecChoices {\n    deliverySpecs {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n    deliverySpecTemplates {\n      key\n      recipient\n      recipientKind\n      notes\n    }\n  }\n": types.DeliverySpecChoicesDocument,
    "\n  query SpecCompatibility($productionId: ID!, $specId: ID!) {\n    compatibility(productionId: $productionId, specId: $specId) {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n": types.SpecCompatibilityDocument,
    "\n  mutation CloneDeliverySpec($templateKey: String!) {\n    cloneDeliverySpec(templateKey: $templateKey) {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n  }\n": types.CloneDeliverySpecDocument,
    "\n  mutation CreateDelivery($input: DeliveryInput!) {\n    createDelivery(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateDeliveryDocument,
    "\n  mutation AddQcFinding($deliveryId: ID!, $input: QcFindingInput!) {\n    addQcFinding(deliveryId: $deliveryId, input: $input) {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n    }\n  }\n": types.AddQcFindingDocument,
    "\n  mutation SetQcFindingFixed($id: ID!, $fixed: Boolean!) {\n    setQcFindingFixed(id: $id, fixed: $fixed) {\n      id\n      fixed\n      fixedAt\n    }\n  }\n": types.SetQcFindingFixedDocument,
    "\n  fragment DeliveryDetail on Delivery {\n    id\n    status\n    nextStatuses\n    dueDate\n    atRisk\n    late\n    recipient\n    sentMethod\n    sentReference\n    rejectionReasons\n    notes\n    openBlockingFindings\n    production {\n      id\n      title\n      spec {\n        technicalProfile {\n          frameRate\n        }\n      }\n    }\n    episode {\n      id\n      number\n      title\n    }\n    spec {\n      id\n      name\n      recipientKind\n    }\n    items {\n      id\n      kind\n      language\n      label\n      status\n      fileName\n      checksum\n      size\n    }\n    qcFindings {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n      fixedAt\n      createdAt\n      item {\n        id\n      }\n    }\n    history {\n      from\n      to\n      method\n      reference\n      reasons\n      at\n      by {\n        id\n        name\n      }\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n": types.DeliveryDetailFragmentDoc,
    "\n  fragment DeliveryRow on Delivery {\n    id\n    status\n    dueDate\n    atRisk\n    late\n    recipient\n    openBlockingFindings\n    episode {\n      id\n      number\n    }\n    spec {\n      id\n      name\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n      }\n    }\n  }\n": types.DeliveryRowFragmentDoc,
    "\n  query ClientBalances($first: Int!, $after: String) {\n    clientBalances(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          invoiced\n          credited\n          paid\n          balance\n          overdue\n        }\n      }\n    }\n  }\n": types.ClientBalancesDocument,
    "\n  query ProductionBilling($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      client {\n        id\n      }\n      quotes(first: 50) {\n        edges {\n          node {\n            id\n            reference\n            status\n            depositPercent\n          }\n        }\n      }\n      invoices(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...InvoiceRow\n          }\n        }\n      }\n    }\n  }\n": types.ProductionBillingDocument,
    "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n": types.CreateInvoiceDocument,
    "\n  mutation CreateCreditNote($invoiceId: ID!, $input: CreditNoteInput!) {\n    createCreditNote(invoiceId: $invoiceId, input: $input) {\n      ...CreditNoteRow\n    }\n  }\n": types.CreateCreditNoteDocument,
    "\n  mutation IssueCreditNote($id: ID!) {\n    issueCreditNote(id: $id) {\n      ...CreditNoteRow\n      invoice {\n        id\n        status\n        balance\n      }\n    }\n  }\n": types.IssueCreditNoteDocument,
    "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      ...InvoiceFields\n    }\n  }\n": types.UpdateInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation DiscardInvoice($id: ID!) {\n    discardInvoice(id: $id)\n  }\n": types.DiscardInvoiceDocument,
    "\n  query InvoiceOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.InvoiceOperationChoicesDocument,
    "\n  query InvoicePage($id: ID!) {\n    me {\n      role\n    }\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoicePageDocument,
    "\n  query InvoicesPage($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvoiceRow\n        }\n      }\n    }\n  }\n": types.InvoicesPageDocument,
    "\n  query InvoicesMe {\n    me {\n      role\n    }\n  }\n": types.InvoicesMeDocument,
    "\n  query ProducerDue {\n    clientBalances(first: 5) {\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          balance\n          overdue\n        }\n      }\n    }\n    creditNotes(first: 50) {\n      edges {\n        node {\n          ...CreditNoteRow\n          invoice {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n": types.ProducerDueDocument,
    "\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      id\n      invoice {\n        id\n        status\n        balance\n        overdue\n        payments {\n          id\n          paidOn\n          amount\n          method\n          reference\n        }\n      }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  fragment InvoicingSettingsFields on InvoicingSettings {\n    legalForm\n    shareCapital\n    rcsCity\n    siren\n    siret\n    vatNumber\n    iban\n    bic\n    paymentDays\n    paymentEndOfMonth\n    latePenaltyRate\n    recoveryIndemnity\n    earlyPaymentTerms\n    vatOnDebits\n    footer\n    accountSales\n    accountVat\n    accountClient\n  }\n": types.InvoicingSettingsFieldsFragmentDoc,
    "\n  query InvoicingSettingsPage {\n    me {\n      role\n    }\n    invoicingSettings {\n      ...InvoicingSettingsFields\n    }\n  }\n": types.InvoicingSettingsPageDocument,
    "\n  mutation UpdateInvoicingSettings($input: InvoicingSettingsInput!) {\n    updateInvoicingSettings(input: $input) {\n      ...InvoicingSettingsFields\n    }\n  }\n": types.UpdateInvoicingSettingsDocument,
    "\n  fragment InvoiceRow on Invoice {\n    id\n    kind\n    status\n    number\n    issueDate\n    dueDate\n    overdue\n    client {\n      id\n      name\n    }\n    production {\n      id\n      title\n    }\n    totals {\n      ttc\n    }\n    balance\n    documentUrl\n  }\n": types.InvoiceRowFragmentDoc,
    "\n  fragment InvoiceLineFields on InvoiceLine {\n    id\n    position\n    operation {\n      id\n      label\n    }\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    vatExemptionCode\n    vatExemptionReason\n    net\n  }\n": types.InvoiceLineFieldsFragmentDoc,
    "\n  fragment CreditNoteRow on CreditNote {\n    id\n    status\n    number\n    fullCredit\n    reason\n    issueDate\n    totals {\n      ttc\n    }\n    documentUrl\n    xmlUrl\n  }\n": types.CreditNoteRowFragmentDoc,
    "\n  fragment InvoiceFields on Invoice {\n    ...InvoiceRow\n    quote {\n      id\n      reference\n    }\n    depositPercent\n    serviceFrom\n    serviceTo\n    purchaseOrder\n    notes\n    lines {\n      ...InvoiceLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    deductions {\n      invoice {\n        id\n        number\n      }\n      amount\n    }\n    prepaid\n    amountDue\n    payments {\n      id\n      paidOn\n      amount\n      method\n      reference\n    }\n    creditNotes {\n      ...CreditNoteRow\n    }\n    latePenalties\n    recoveryIndemnity\n    xmlUrl\n    reminderUrl\n    issuedAt\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  subscription InvoiceEvents($productionId: ID) {\n    invoiceEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n": types.InvoiceEventsDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n      locked\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n      locked\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      id\n      kind\n      at\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  query BookingResources {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.BookingResourcesDocument,
    "\n  query BookingTasks {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          tasks {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BookingTasksDocument,
    "\n  mutation CreateBooking($input: BookingInput!) {\n    createBooking(input: $input) {\n      ...BoardBooking\n    }\n  }\n": types.CreateBookingDocument,
    "\n  mutation EditBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n": types.EditBookingDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    setBookingStatus(id: $id, status: CANCELLED) {\n      ...BoardBooking\n    }\n  }\n": types.CancelBookingDocument,
    "\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          ...OwnBooking\n          startDate\n          endDate\n        }\n      }\n    }\n  }\n": types.MyScheduleDocument,
    "\n  query MyUnavailabilities($from: Date!) {\n    unavailabilities(from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": types.MyUnavailabilitiesDocument,
    "\n  mutation ResetCalendarFeed {\n    resetCalendarFeed {\n      url\n    }\n  }\n": types.ResetCalendarFeedDocument,
    "\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n": types.ProductionPlanningDocument,
    "\n  query PlanningMe {\n    me {\n      role\n    }\n  }\n": types.PlanningMeDocument,
    "\n  query PlanningConflicts {\n    conflicts {\n      ...ConflictSummary\n    }\n  }\n": types.PlanningConflictsDocument,
    "\n  query WorkingDays($from: Date!, $to: Date!) {\n    workingDays(from: $from, to: $to)\n  }\n": types.WorkingDaysDocument,
    "\n  mutation ShiftTask($id: ID!, $workingDays: Int!, $cascade: Boolean!, $reason: String, $lateRushes: Boolean) {\n    shiftTask(id: $id, workingDays: $workingDays, cascade: $cascade, reason: $reason, lateRushes: $lateRushes) {\n      moved {\n        ...PlanningTask\n      }\n      conflicts {\n        ...ConflictSummary\n      }\n    }\n  }\n": types.ShiftTaskDocument,
    "\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...PlanningTask\n    }\n  }\n": types.SetTaskStatusDocument,
    "\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n": types.DeleteTaskDocument,
    "\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n": types.ProductionScheduleEventsDocument,
    "\n  query BoardMe {\n    me {\n      role\n    }\n  }\n": types.BoardMeDocument,
    "\n  query ResourceBoard($from: Date!, $to: Date!) {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardBooking\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": types.ResourceBoardDocument,
    "\n  query BoardConflicts($from: Date!, $to: Date!) {\n    conflicts(from: $from, to: $to) {\n      kind\n      message\n      bookings {\n        id\n      }\n    }\n  }\n": types.BoardConflictsDocument,
    "\n  mutation MoveBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n": types.MoveBookingDocument,
    "\n  subscription BoardEvents {\n    scheduleEvents {\n      id\n      kind\n    }\n  }\n": types.BoardEventsDocument,
    "\n  query TaskFormOptions($from: Date!, $to: Date!) {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n          department\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n": types.TaskFormOptionsDocument,
    "\n  mutation CreateTask($productionId: ID!, $input: TaskInput!) {\n    createTask(productionId: $productionId, input: $input) {\n      ...PlanningTask\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...PlanningTask\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation SetTaskDependencies($id: ID!, $dependencies: [DependencyInput!]!) {\n    setTaskDependencies(id: $id, dependencies: $dependencies) {\n      ...PlanningTask\n    }\n  }\n": types.SetTaskDependenciesDocument,
    "\n  mutation DeleteCreatedTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n": types.DeleteCreatedTaskDocument,
    "\n  mutation DeclareUnavailability($input: UnavailabilityInput!) {\n    declareUnavailability(input: $input) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": types.DeclareUnavailabilityDocument,
    "\n  mutation DeleteUnavailability($id: ID!) {\n    deleteUnavailability(id: $id)\n  }\n": types.DeleteUnavailabilityDocument,
    "\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    days\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n": types.BoardBookingFragmentDoc,
    "\n  fragment OwnBooking on Booking {\n    id\n    from\n    to\n    status\n    note\n    days\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n      bookings {\n        id\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OwnBookingFragmentDoc,
    "\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    notes\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      label\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      days\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n": types.PlanningTaskFragmentDoc,
    "\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n": types.ConflictSummaryFragmentDoc,
    "\n  query Portal {\n    me {\n      ...Viewer\n    }\n    myHolders {\n      id\n      name\n    }\n    works(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          isan\n          shares {\n            id\n            media\n            territory\n            validFrom\n            validTo\n            basisPoints\n          }\n        }\n      }\n    }\n    holderRevenue {\n      period\n      media\n      territory\n      amount\n    }\n    statements(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          amount\n          previousAmount\n          issuedAt\n          pdfUrl\n          csvUrl\n          holder {\n            id\n            name\n          }\n          run {\n            id\n            periodStart\n            periodEnd\n          }\n          lines {\n            work {\n              id\n              title\n            }\n            media\n            territory\n            basisPoints\n            net\n            amount\n            residual\n          }\n        }\n      }\n    }\n  }\n": types.PortalDocument,
    "\n  subscription PortalStatementEvents {\n    statementEvents {\n      id\n      kind\n      statement {\n        id\n        amount\n      }\n    }\n  }\n": types.PortalStatementEventsDocument,
    "\n  query SetupChecklist {\n    clients(first: 0) {\n      totalCount\n    }\n    technicians(first: 0) {\n      totalCount\n    }\n    rooms(first: 0) {\n      totalCount\n    }\n    bookings(first: 0) {\n      totalCount\n    }\n    members(first: 0) {\n      totalCount\n    }\n    productions(first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          team {\n            id\n          }\n          tasks {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SetupChecklistDocument,
    "\n  fragment ClientDetail on Client {\n    id\n    name\n    legalName\n    siret\n    vatNumber\n    address\n    contactEmail\n  }\n": types.ClientDetailFragmentDoc,
    "\n  query ClientsPage {\n    me {\n      role\n    }\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...ClientDetail\n        }\n      }\n    }\n  }\n": types.ClientsPageDocument,
    "\n  query ClientEdit($id: ID!) {\n    client(id: $id) {\n      ...ClientDetail\n    }\n  }\n": types.ClientEditDocument,
    "\n  mutation CreateClientForm($input: ClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetail\n    }\n  }\n": types.CreateClientFormDocument,
    "\n  mutation UpdateClientForm($id: ID!, $input: ClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientDetail\n    }\n  }\n": types.UpdateClientFormDocument,
    "\n  mutation AddEpisodeForm($productionId: ID!, $input: EpisodeInput!) {\n    addEpisode(productionId: $productionId, input: $input) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n": types.AddEpisodeFormDocument,
    "\n  mutation AddEpisodesForm($productionId: ID!, $count: Int!, $titlePrefix: String, $runtimeMinutes: Int) {\n    addEpisodes(productionId: $productionId, count: $count, titlePrefix: $titlePrefix, runtimeMinutes: $runtimeMinutes) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n": types.AddEpisodesFormDocument,
    "\n  query Home {\n    me {\n      ...Viewer\n    }\n  }\n": types.HomeDocument,
    "\n  fragment ProductionEdit on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n  }\n": types.ProductionEditFragmentDoc,
    "\n  query ProductionEditForm($id: ID!) {\n    production(id: $id) {\n      ...ProductionEdit\n    }\n  }\n": types.ProductionEditFormDocument,
    "\n  mutation CreateProductionForm($input: ProductionInput!) {\n    createProduction(input: $input) {\n      ...ProductionEdit\n    }\n  }\n": types.CreateProductionFormDocument,
    "\n  mutation UpdateProductionForm($id: ID!, $input: ProductionInput!) {\n    updateProduction(id: $id, input: $input) {\n      ...ProductionEdit\n    }\n  }\n": types.UpdateProductionFormDocument,
    "\n  query ProductionList($first: Int!, $after: String, $filter: ProductionFilter, $sort: ProductionSort, $descending: Boolean) {\n    productions(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n": types.ProductionListDocument,
    "\n  query ClientChoices {\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClientChoicesDocument,
    "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": types.ProductionDetailFragmentDoc,
    "\n  query Production($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n": types.ProductionDocument,
    "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n": types.ProductionEventsDocument,
    "\n  query ProductionsViewer {\n    me {\n      ...Viewer\n    }\n  }\n": types.ProductionsViewerDocument,
    "\n  query AmendmentPage($id: ID!) {\n    me {\n      role\n    }\n    amendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n": types.AmendmentPageDocument,
    "\n  mutation UpdateAmendment($id: ID!, $input: AmendmentInput!) {\n    updateAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n": types.UpdateAmendmentDocument,
    "\n  mutation SendAmendment($id: ID!) {\n    sendAmendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n": types.SendAmendmentDocument,
    "\n  mutation DiscardAmendment($id: ID!) {\n    discardAmendment(id: $id)\n  }\n": types.DiscardAmendmentDocument,
    "\n  mutation AcceptAmendment($id: ID!, $input: AcceptInput!) {\n    acceptAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n": types.AcceptAmendmentDocument,
    "\n  mutation RefuseAmendment($id: ID!, $reason: String!) {\n    refuseAmendment(id: $id, reason: $reason) {\n      ...AmendmentDetail\n    }\n  }\n": types.RefuseAmendmentDocument,
    "\n  query QuoteOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.QuoteOperationChoicesDocument,
    "\n  query ProductionQuotes($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      quotes(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...QuoteRow\n          }\n        }\n      }\n    }\n    amendments(first: 50, filter: { productionId: $id }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n": types.ProductionQuotesDocument,
    "\n  query QuoteTemplateChoices {\n    quoteTemplates(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.QuoteTemplateChoicesDocument,
    "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      id\n    }\n  }\n": types.CreateQuoteDocument,
    "\n  mutation QuoteFromPlan($productionId: ID!) {\n    quoteFromPlan(productionId: $productionId) {\n      id\n    }\n  }\n": types.QuoteFromPlanDocument,
    "\n  mutation ProposeAmendment($productionId: ID!) {\n    proposeAmendment(productionId: $productionId) {\n      id\n    }\n  }\n": types.ProposeAmendmentDocument,
    "\n  mutation UpdateQuote($id: ID!, $input: QuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n": types.UpdateQuoteDocument,
    "\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n": types.SendQuoteDocument,
    "\n  mutation DiscardQuote($id: ID!) {\n    discardQuote(id: $id)\n  }\n": types.DiscardQuoteDocument,
    "\n  mutation SaveQuoteTemplate($quoteId: ID!, $name: String!) {\n    saveQuoteTemplate(quoteId: $quoteId, name: $name) {\n      id\n      name\n    }\n  }\n": types.SaveQuoteTemplateDocument,
    "\n  query QuotePage($id: ID!) {\n    me {\n      role\n    }\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n": types.QuotePageDocument,
    "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      id\n    }\n  }\n": types.ReviseQuoteDocument,
    "\n  mutation AcceptQuote($id: ID!, $input: AcceptInput!) {\n    acceptQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n": types.AcceptQuoteDocument,
    "\n  mutation RefuseQuote($id: ID!, $reason: String!) {\n    refuseQuote(id: $id, reason: $reason) {\n      ...QuoteDetail\n    }\n  }\n": types.RefuseQuoteDocument,
    "\n  mutation CreateAmendment($quoteId: ID!) {\n    createAmendment(quoteId: $quoteId) {\n      id\n    }\n  }\n": types.CreateAmendmentDocument,
    "\n  query QuotesPage($first: Int!, $after: String, $filter: QuoteFilter) {\n    quotes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n  }\n": types.QuotesPageDocument,
    "\n  query QuotesToAnswer {\n    quotes(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n    amendments(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n": types.QuotesToAnswerDocument,
    "\n  subscription QuoteNotifications {\n    notificationEvents {\n      id\n      kind\n      notification {\n        id\n        kind\n      }\n    }\n  }\n": types.QuoteNotificationsDocument,
    "\n  query QuotesMe {\n    me {\n      role\n    }\n  }\n": types.QuotesMeDocument,
    "\n  query SalePrices($activeOn: Date) {\n    me {\n      role\n    }\n    salePrices(first: 200, filter: { activeOn: $activeOn }) {\n      totalCount\n      edges {\n        node {\n          id\n          target\n          operation {\n            id\n            label\n          }\n          roomKind\n          function\n          unit\n          hoursPerDay\n          unitPrice\n          effectiveFrom\n          effectiveTo\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.SalePricesDocument,
    "\n  mutation CreateSalePrice($input: SalePriceInput!) {\n    createSalePrice(input: $input) {\n      id\n    }\n  }\n": types.CreateSalePriceDocument,
    "\n  mutation UpdateSalePrice($id: ID!, $input: SalePriceInput!) {\n    updateSalePrice(id: $id, input: $input) {\n      id\n      effectiveTo\n    }\n  }\n": types.UpdateSalePriceDocument,
    "\n  query ProductionSold($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      tracking {\n        operations {\n          operation {\n            id\n            label\n          }\n          plannedMinutes\n          actualMinutes\n          soldMinutes\n          soldAmount\n          overSoldMinutes\n        }\n      }\n    }\n  }\n": types.ProductionSoldDocument,
    "\n  subscription SoldSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n    }\n  }\n": types.SoldSlipEventsDocument,
    "\n  query QuoteChanges($id: ID!, $from: ID!) {\n    quote(id: $id) {\n      id\n      changes(from: $from) {\n        kind\n        fields\n        before {\n          ...QuoteLineFields\n        }\n        after {\n          ...QuoteLineFields\n        }\n      }\n    }\n  }\n": types.QuoteChangesDocument,
    "\n  fragment QuoteLineFields on QuoteLine {\n    id\n    key\n    position\n    operation {\n      id\n      label\n    }\n    episode {\n      id\n      number\n      title\n    }\n    kind\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    net\n  }\n": types.QuoteLineFieldsFragmentDoc,
    "\n  fragment TotalsFields on Totals {\n    ht\n    vat\n    ttc\n    byRate {\n      rate\n      base\n      vat\n    }\n  }\n": types.TotalsFieldsFragmentDoc,
    "\n  fragment AnswerFields on Quote {\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  fragment QuoteRow on Quote {\n    id\n    number\n    version\n    reference\n    status\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n": types.QuoteRowFragmentDoc,
    "\n  fragment AmendmentRow on Amendment {\n    id\n    number\n    status\n    proposed\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    quote {\n      id\n      reference\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n": types.AmendmentRowFragmentDoc,
    "\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    ...AnswerFields\n    issueDate\n    purchaseOrder\n    specRuntimeMinutes\n    specEpisodes\n    specDeliverables\n    depositPercent\n    depositAmount\n    paymentDays\n    paymentEndOfMonth\n    overtimePercent\n    nightPercent\n    weekendPercent\n    notes\n    documentUrl\n    documentSha256\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    versions {\n      id\n      version\n      reference\n      status\n      sentAt\n    }\n    amendments {\n      ...AmendmentRow\n    }\n  }\n": types.QuoteDetailFragmentDoc,
    "\n  fragment AmendmentDetail on Amendment {\n    ...AmendmentRow\n    issueDate\n    notes\n    documentUrl\n    documentSha256\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n  }\n": types.AmendmentDetailFragmentDoc,
    "\n  subscription QuoteEvents($productionId: ID!) {\n    quoteEvents(productionId: $productionId) {\n      id\n      kind\n      productionId\n      quote {\n        id\n      }\n      amendment {\n        id\n      }\n    }\n  }\n": types.QuoteEventsDocument,
    "\n  query ProductionTeam($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      team {\n        id\n        function\n        dailyRate\n        note\n        technician {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ProductionTeamDocument,
    "\n  query TeamTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n          dailyRate\n        }\n      }\n    }\n  }\n": types.TeamTechniciansDocument,
    "\n  mutation AddTeamMember($productionId: ID!, $input: TeamMemberInput!) {\n    addTeamMember(productionId: $productionId, input: $input) {\n      id\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation UpdateTeamMember($id: ID!, $input: TeamMemberInput!) {\n    updateTeamMember(id: $id, input: $input) {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateTeamMemberDocument,
    "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n": types.RemoveTeamMemberDocument,
    "\n  query Rooms {\n    me {\n      role\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          ...RoomFields\n        }\n      }\n    }\n  }\n": types.RoomsDocument,
    "\n  mutation CreateRoom($input: RoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      ...RoomFields\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation CreateTechnician($input: TechnicianInput!) {\n    createTechnician(input: $input) {\n      ...TechnicianFields\n    }\n  }\n": types.CreateTechnicianDocument,
    "\n  mutation UpdateTechnician($id: ID!, $input: TechnicianInput!) {\n    updateTechnician(id: $id, input: $input) {\n      ...TechnicianFields\n    }\n  }\n": types.UpdateTechnicianDocument,
    "\n  query Technician($id: ID!, $from: Date!) {\n    me {\n      role\n    }\n    technician(id: $id) {\n      ...TechnicianFields\n    }\n    unavailabilities(technicianId: $id, from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n": types.TechnicianDocument,
    "\n  query Technicians($first: Int!, $search: String) {\n    me {\n      role\n    }\n    technicians(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TechnicianFields\n        }\n      }\n    }\n  }\n": types.TechniciansDocument,
    "\n  fragment TechnicianFields on Technician {\n    id\n    name\n    functions\n    skills\n    employment\n    hourlyRate\n    dailyRate\n    email\n    phone\n  }\n": types.TechnicianFieldsFragmentDoc,
    "\n  fragment RoomFields on Room {\n    id\n    name\n    kind\n    dailyRate\n  }\n": types.RoomFieldsFragmentDoc,
    "\n  query OperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          code\n          label\n          department\n        }\n      }\n    }\n  }\n": types.OperationChoicesDocument,
    "\n  query MyDay($today: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          ...OwnBooking\n          task {\n            id\n            operation {\n              id\n              label\n            }\n          }\n        }\n      }\n    }\n    slips(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          id\n          status\n          start\n          end\n          task {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MyDayDocument,
    "\n  query MySlips {\n    me {\n      role\n    }\n    slips(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SlipSummaryFields\n          rejectionReason\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n  }\n": types.MySlipsDocument,
    "\n  query ProductionTracking($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      tracking {\n        tasks {\n          ...TrackingFigures\n          task {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n          operation {\n            id\n            label\n          }\n        }\n        operations {\n          ...TrackingFigures\n          operation {\n            id\n            label\n          }\n        }\n        alerts {\n          ...TrackingFigures\n          task {\n            id\n            title\n          }\n          operation {\n            id\n            label\n          }\n        }\n        summary {\n          level\n          overrunCount\n          warningCount\n          plannedMinutes\n          approvedMinutes\n          submittedMinutes\n          actualMinutes\n          projectedMinutes\n          unattributedMinutes\n          actualCost\n          excessMinutes\n          excessCost\n        }\n      }\n    }\n  }\n": types.ProductionTrackingDocument,
    "\n  subscription ProductionSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      slip {\n        id\n        status\n      }\n    }\n  }\n": types.ProductionSlipEventsDocument,
    "\n  fragment SlipWarningFields on SlipWarning {\n    code\n    message\n    minutes\n    limitMinutes\n  }\n": types.SlipWarningFieldsFragmentDoc,
    "\n  fragment SlipSubjectFields on Slip {\n    production {\n      id\n      title\n    }\n    task {\n      id\n      title\n    }\n    operation {\n      id\n      label\n    }\n    room {\n      id\n      name\n    }\n  }\n": types.SlipSubjectFieldsFragmentDoc,
    "\n  fragment SlipSummaryFields on Slip {\n    id\n    status\n    date\n    start\n    end\n    breakMinutes\n    workedMinutes\n    notes\n    ...SlipSubjectFields\n    warnings {\n      ...SlipWarningFields\n    }\n  }\n": types.SlipSummaryFieldsFragmentDoc,
    "\n  query SlipFormData {\n    me {\n      ...TechnicianViewer\n    }\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SlipFormDataDocument,
    "\n  query SlipToCorrect($id: ID!) {\n    slip(id: $id) {\n      id\n      clientId\n      status\n      current\n      rejectionReason\n      date\n      start\n      end\n      breakMinutes\n      notes\n      ...SlipSubjectFields\n    }\n  }\n": types.SlipToCorrectDocument,
    "\n  query SlipFormTasks($id: ID!) {\n    production(id: $id) {\n      id\n      tasks {\n        id\n        title\n        startDate\n        endDate\n        operation {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.SlipFormTasksDocument,
    "\n  mutation QueueSubmitSlip($input: SlipInput!) {\n    submitSlip(input: $input) {\n      id\n      status\n    }\n  }\n": types.QueueSubmitSlipDocument,
    "\n  mutation QueueResubmitSlip($id: ID!, $input: SlipInput!) {\n    resubmitSlip(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.QueueResubmitSlipDocument,
    "\n  query CheckSlip($input: SlipInput!, $replacing: ID) {\n    checkSlip(input: $input, replacing: $replacing) {\n      workedMinutes\n      nightMinutes\n      sundayOrHoliday\n      warnings {\n        ...SlipWarningFields\n      }\n    }\n  }\n": types.CheckSlipDocument,
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
export function graphql(source: "\n  query Shell {\n    me {\n      ...Viewer\n    }\n  }\n"): (typeof documents)["\n  query Shell {\n    me {\n      ...Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      name\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteClients {\n    clients(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InviteClients {\n    clients(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InviteTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InviteTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    me {\n      role\n    }\n    members(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          client {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          holders {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team {\n    me {\n      role\n    }\n    members(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n          client {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          holders {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      accessToken\n      refreshToken\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer on Me {\n    role\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Viewer on Me {\n    role\n    user {\n      id\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TechnicianViewer on Me {\n    role\n    technician {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TechnicianViewer on Me {\n    role\n    technician {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueWorks($search: String) {\n    me {\n      role\n    }\n    works(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          originalTitle\n          year\n          kind\n          isan\n          residualHolder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueWorks($search: String) {\n    me {\n      role\n    }\n    works(first: 100, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          originalTitle\n          year\n          kind\n          isan\n          residualHolder {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueHolders {\n    me {\n      role\n    }\n    rightsHolders(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          isCompany\n          email\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogueHolders {\n    me {\n      role\n    }\n    rightsHolders(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          kind\n          isCompany\n          email\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRightsHolder($input: RightsHolderInput!) {\n    createRightsHolder(input: $input) {\n      id\n      name\n      kind\n      isCompany\n      email\n      address\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRightsHolder($input: RightsHolderInput!) {\n    createRightsHolder(input: $input) {\n      id\n      name\n      kind\n      isCompany\n      email\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolderAccounts {\n    members(first: 200, role: RIGHTS_HOLDER) {\n      edges {\n        node {\n          id\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HolderAccounts {\n    members(first: 200, role: RIGHTS_HOLDER) {\n      edges {\n        node {\n          id\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkHolderUser($holderId: ID!, $userId: ID!) {\n    linkHolderUser(holderId: $holderId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LinkHolderUser($holderId: ID!, $userId: ID!) {\n    linkHolderUser(holderId: $holderId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevenueImportPage {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query RevenueImportPage {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewRevenueImport($source: String!, $csv: String!) {\n    previewRevenueImport(source: $source, csv: $csv) {\n      valid\n      duplicates\n      totalEur\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewRevenueImport($source: String!, $csv: String!) {\n    previewRevenueImport(source: $source, csv: $csv) {\n      valid\n      duplicates\n      totalEur\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRevenue($source: String!, $csv: String!, $fileName: String) {\n    importRevenue(source: $source, csv: $csv, fileName: $fileName) {\n      imported\n      duplicates\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRevenue($source: String!, $csv: String!, $fileName: String) {\n    importRevenue(source: $source, csv: $csv, fileName: $fileName) {\n      imported\n      duplicates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunSummary on DistributionRun {\n    id\n    periodStart\n    periodEnd\n    status\n    gross\n    commission\n    recouped\n    net\n    residual\n    distributed\n    computedAt\n    approvedAt\n    issuedAt\n    corrects {\n      id\n      periodStart\n      periodEnd\n    }\n    statements {\n      id\n      amount\n      previousAmount\n      pdfUrl\n      csvUrl\n      holder {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RunSummary on DistributionRun {\n    id\n    periodStart\n    periodEnd\n    status\n    gross\n    commission\n    recouped\n    net\n    residual\n    distributed\n    computedAt\n    approvedAt\n    issuedAt\n    corrects {\n      id\n      periodStart\n      periodEnd\n    }\n    statements {\n      id\n      amount\n      previousAmount\n      pdfUrl\n      csvUrl\n      holder {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Runs {\n    me {\n      role\n    }\n    distributionRuns(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...RunSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Runs {\n    me {\n      role\n    }\n    distributionRuns(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...RunSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunWorks($id: ID!) {\n    distributionRun(id: $id) {\n      id\n      works {\n        work {\n          id\n          title\n        }\n        gross\n        commission\n        recouped\n        net\n        residual\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query RunWorks($id: ID!) {\n    distributionRun(id: $id) {\n      id\n      works {\n        work {\n          id\n          title\n        }\n        gross\n        commission\n        recouped\n        net\n        residual\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDistributionRun($periodStart: Date!, $periodEnd: Date!, $correctsRunId: ID) {\n    createDistributionRun(periodStart: $periodStart, periodEnd: $periodEnd, correctsRunId: $correctsRunId) {\n      ...RunSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDistributionRun($periodStart: Date!, $periodEnd: Date!, $correctsRunId: ID) {\n    createDistributionRun(periodStart: $periodStart, periodEnd: $periodEnd, correctsRunId: $correctsRunId) {\n      ...RunSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeDistributionRun($id: ID!) {\n    recomputeDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputeDistributionRun($id: ID!) {\n    recomputeDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDistributionRun($id: ID!) {\n    approveDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveDistributionRun($id: ID!) {\n    approveDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueDistributionRun($id: ID!) {\n    issueDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n"): (typeof documents)["\n  mutation IssueDistributionRun($id: ID!) {\n    issueDistributionRun(id: $id) {\n      ...RunSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommissions($workId: ID!, $commissions: [CommissionInput!]!) {\n    setCommissions(workId: $workId, commissions: $commissions) {\n      id\n      commissions {\n        media\n        basisPoints\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCommissions($workId: ID!, $commissions: [CommissionInput!]!) {\n    setCommissions(workId: $workId, commissions: $commissions) {\n      id\n      commissions {\n        media\n        basisPoints\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddExpense($workId: ID!, $input: ExpenseInput!) {\n    addExpense(workId: $workId, input: $input) {\n      id\n      kind\n      label\n      amount\n      recouped\n      remaining\n      incurredOn\n    }\n  }\n"): (typeof documents)["\n  mutation AddExpense($workId: ID!, $input: ExpenseInput!) {\n    addExpense(workId: $workId, input: $input) {\n      id\n      kind\n      label\n      amount\n      recouped\n      remaining\n      incurredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkFormOptions {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    ...HolderChoices\n  }\n"): (typeof documents)["\n  query WorkFormOptions {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    ...HolderChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkFacts on Work {\n    id\n    title\n    originalTitle\n    kind\n    year\n    runtimeMinutes\n    episodes\n    isan\n    production {\n      id\n      title\n    }\n    residualHolder {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WorkFacts on Work {\n    id\n    title\n    originalTitle\n    kind\n    year\n    runtimeMinutes\n    episodes\n    isan\n    production {\n      id\n      title\n    }\n    residualHolder {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWork($input: WorkInput!) {\n    createWork(input: $input) {\n      ...WorkFacts\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWork($input: WorkInput!) {\n    createWork(input: $input) {\n      ...WorkFacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWork($id: ID!, $input: WorkInput!) {\n    updateWork(id: $id, input: $input) {\n      ...WorkFacts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWork($id: ID!, $input: WorkInput!) {\n    updateWork(id: $id, input: $input) {\n      ...WorkFacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkShares on Work {\n    id\n    shares {\n      id\n      holder {\n        id\n        name\n      }\n      media\n      territory\n      validFrom\n      validTo\n      basisPoints\n    }\n  }\n"): (typeof documents)["\n  fragment WorkShares on Work {\n    id\n    shares {\n      id\n      holder {\n        id\n        name\n      }\n      media\n      territory\n      validFrom\n      validTo\n      basisPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkPage($id: ID!) {\n    me {\n      role\n    }\n    work(id: $id) {\n      id\n      title\n      originalTitle\n      kind\n      year\n      runtimeMinutes\n      episodes\n      isan\n      production {\n        id\n        title\n      }\n      residualHolder {\n        id\n        name\n      }\n      ...WorkShares\n      commissions {\n        media\n        basisPoints\n      }\n      expenses {\n        id\n        kind\n        label\n        amount\n        recouped\n        remaining\n        incurredOn\n      }\n    }\n    ...HolderChoices\n  }\n"): (typeof documents)["\n  query WorkPage($id: ID!) {\n    me {\n      role\n    }\n    work(id: $id) {\n      id\n      title\n      originalTitle\n      kind\n      year\n      runtimeMinutes\n      episodes\n      isan\n      production {\n        id\n        title\n      }\n      residualHolder {\n        id\n        name\n      }\n      ...WorkShares\n      commissions {\n        media\n        basisPoints\n      }\n      expenses {\n        id\n        kind\n        label\n        amount\n        recouped\n        remaining\n        incurredOn\n      }\n    }\n    ...HolderChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShares($workId: ID!, $shares: [ShareInput!]!) {\n    setShares(workId: $workId, shares: $shares) {\n      ...WorkShares\n    }\n  }\n"): (typeof documents)["\n  mutation SetShares($workId: ID!, $shares: [ShareInput!]!) {\n    setShares(workId: $workId, shares: $shares) {\n      ...WorkShares\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HolderChoices on Query {\n    rightsHolders(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment HolderChoices on Query {\n    rightsHolders(first: 200) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardToday($today: Date!) {\n    me {\n      role\n    }\n    bookings(first: 200, filter: { from: $today, to: $today }) {\n      totalCount\n      edges {\n        node {\n          id\n          from\n          to\n          status\n          note\n          technician {\n            id\n            name\n          }\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n          }\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardToday($today: Date!) {\n    me {\n      role\n    }\n    bookings(first: 200, filter: { from: $today, to: $today }) {\n      totalCount\n      edges {\n        node {\n          id\n          from\n          to\n          status\n          note\n          technician {\n            id\n            name\n          }\n          room {\n            id\n            name\n          }\n          task {\n            id\n            title\n          }\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWaiting {\n    slips(first: 200, filter: { status: SUBMITTED }) {\n      totalCount\n      edges {\n        node {\n          ...WaitingSlip\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardWaiting {\n    slips(first: 200, filter: { status: SUBMITTED }) {\n      totalCount\n      edges {\n        node {\n          ...WaitingSlip\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrackingFigures on TrackingRow {\n    level\n    plannedMinutes\n    approvedMinutes\n    submittedMinutes\n    actualMinutes\n    remainingMinutes\n    percentConsumed\n    projectedMinutes\n    excessMinutes\n    excessCost\n    actualCost\n    unattributedMinutes\n  }\n"): (typeof documents)["\n  fragment TrackingFigures on TrackingRow {\n    level\n    plannedMinutes\n    approvedMinutes\n    submittedMinutes\n    actualMinutes\n    remainingMinutes\n    percentConsumed\n    projectedMinutes\n    excessMinutes\n    excessCost\n    actualCost\n    unattributedMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverruns {\n    overruns {\n      ...TrackingFigures\n      production {\n        id\n        title\n      }\n      task {\n        id\n        title\n      }\n      operation {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardOverruns {\n    overruns {\n      ...TrackingFigures\n      production {\n        id\n        title\n      }\n      task {\n        id\n        title\n      }\n      operation {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardSlipEvents {\n    slipEvents {\n      id\n      kind\n      productionId\n      at\n      slip {\n        ...WaitingSlip\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DashboardSlipEvents {\n    slipEvents {\n      id\n      kind\n      productionId\n      at\n      slip {\n        ...WaitingSlip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardFlagged($first: Int!, $after: String) {\n    flaggedSlips(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SlipSummaryFields\n          technician {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardFlagged($first: Int!, $after: String) {\n    flaggedSlips(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SlipSummaryFields\n          technician {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WaitingSlip on Slip {\n    ...SlipSummaryFields\n    current\n    nightMinutes\n    sundayOrHoliday\n    rejectionReason\n    technician {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment WaitingSlip on Slip {\n    ...SlipSummaryFields\n    current\n    nightMinutes\n    sundayOrHoliday\n    rejectionReason\n    technician {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSlip($id: ID!) {\n    approveSlip(id: $id) {\n      id\n      status\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSlip($id: ID!) {\n    approveSlip(id: $id) {\n      id\n      status\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSlip($id: ID!, $reason: String!) {\n    rejectSlip(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSlip($id: ID!, $reason: String!) {\n    rejectSlip(id: $id, reason: $reason) {\n      id\n      status\n      rejectionReason\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSlipsOfDay($date: Date!) {\n    approveSlips(date: $date) {\n      id\n      status\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSlipsOfDay($date: Date!) {\n    approveSlips(date: $date) {\n      id\n      status\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliveryBoard {\n    me {\n      role\n    }\n    deliveries(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DeliveryRow\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeliveryBoard {\n    me {\n      role\n    }\n    deliveries(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...DeliveryRow\n          production {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryBoardEvents {\n    deliveryEvents {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription DeliveryBoardEvents {\n    deliveryEvents {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDeliveryItem($id: ID!, $input: DeliveryItemUpdate!) {\n    updateDeliveryItem(id: $id, input: $input) {\n      id\n      status\n      fileName\n      checksum\n      size\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDeliveryItem($id: ID!, $input: DeliveryItemUpdate!) {\n    updateDeliveryItem(id: $id, input: $input) {\n      id\n      status\n      fileName\n      checksum\n      size\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Delivery($id: ID!) {\n    me {\n      role\n    }\n    delivery(id: $id) {\n      ...DeliveryDetail\n    }\n  }\n"): (typeof documents)["\n  query Delivery($id: ID!) {\n    me {\n      role\n    }\n    delivery(id: $id) {\n      ...DeliveryDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryPageEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n      delivery {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DeliveryPageEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n      delivery {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionDelivery($id: ID!, $to: DeliveryStatus!, $details: TransitionDetails) {\n    transitionDelivery(id: $id, to: $to, details: $details) {\n      ...DeliveryDetail\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionDelivery($id: ID!, $to: DeliveryStatus!, $details: TransitionDetails) {\n    transitionDelivery(id: $id, to: $to, details: $details) {\n      ...DeliveryDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionDeliveries($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      deliveries {\n        ...DeliveryRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionDeliveries($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      deliveries {\n        ...DeliveryRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionDeliveryEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription ProductionDeliveryEvents($productionId: ID!) {\n    deliveryEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeliverySpecChoices {\n    deliverySpecs {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n    deliverySpecTemplates {\n      key\n      recipient\n      recipientKind\n      notes\n    }\n  }\n"): (typeof documents)["\n  query DeliverySpecChoices {\n    deliverySpecs {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n    deliverySpecTemplates {\n      key\n      recipient\n      recipientKind\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecCompatibility($productionId: ID!, $specId: ID!) {\n    compatibility(productionId: $productionId, specId: $specId) {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpecCompatibility($productionId: ID!, $specId: ID!) {\n    compatibility(productionId: $productionId, specId: $specId) {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloneDeliverySpec($templateKey: String!) {\n    cloneDeliverySpec(templateKey: $templateKey) {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n  }\n"): (typeof documents)["\n  mutation CloneDeliverySpec($templateKey: String!) {\n    cloneDeliverySpec(templateKey: $templateKey) {\n      id\n      name\n      recipient\n      recipientKind\n      templateKey\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDelivery($input: DeliveryInput!) {\n    createDelivery(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDelivery($input: DeliveryInput!) {\n    createDelivery(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddQcFinding($deliveryId: ID!, $input: QcFindingInput!) {\n    addQcFinding(deliveryId: $deliveryId, input: $input) {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n    }\n  }\n"): (typeof documents)["\n  mutation AddQcFinding($deliveryId: ID!, $input: QcFindingInput!) {\n    addQcFinding(deliveryId: $deliveryId, input: $input) {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQcFindingFixed($id: ID!, $fixed: Boolean!) {\n    setQcFindingFixed(id: $id, fixed: $fixed) {\n      id\n      fixed\n      fixedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetQcFindingFixed($id: ID!, $fixed: Boolean!) {\n    setQcFindingFixed(id: $id, fixed: $fixed) {\n      id\n      fixed\n      fixedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryDetail on Delivery {\n    id\n    status\n    nextStatuses\n    dueDate\n    atRisk\n    late\n    recipient\n    sentMethod\n    sentReference\n    rejectionReasons\n    notes\n    openBlockingFindings\n    production {\n      id\n      title\n      spec {\n        technicalProfile {\n          frameRate\n        }\n      }\n    }\n    episode {\n      id\n      number\n      title\n    }\n    spec {\n      id\n      name\n      recipientKind\n    }\n    items {\n      id\n      kind\n      language\n      label\n      status\n      fileName\n      checksum\n      size\n    }\n    qcFindings {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n      fixedAt\n      createdAt\n      item {\n        id\n      }\n    }\n    history {\n      from\n      to\n      method\n      reference\n      reasons\n      at\n      by {\n        id\n        name\n      }\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeliveryDetail on Delivery {\n    id\n    status\n    nextStatuses\n    dueDate\n    atRisk\n    late\n    recipient\n    sentMethod\n    sentReference\n    rejectionReasons\n    notes\n    openBlockingFindings\n    production {\n      id\n      title\n      spec {\n        technicalProfile {\n          frameRate\n        }\n      }\n    }\n    episode {\n      id\n      number\n      title\n    }\n    spec {\n      id\n      name\n      recipientKind\n    }\n    items {\n      id\n      kind\n      language\n      label\n      status\n      fileName\n      checksum\n      size\n    }\n    qcFindings {\n      id\n      timecodeIn\n      timecodeOut\n      severity\n      category\n      description\n      fixed\n      fixedAt\n      createdAt\n      item {\n        id\n      }\n    }\n    history {\n      from\n      to\n      method\n      reference\n      reasons\n      at\n      by {\n        id\n        name\n      }\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryRow on Delivery {\n    id\n    status\n    dueDate\n    atRisk\n    late\n    recipient\n    openBlockingFindings\n    episode {\n      id\n      number\n    }\n    spec {\n      id\n      name\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeliveryRow on Delivery {\n    id\n    status\n    dueDate\n    atRisk\n    late\n    recipient\n    openBlockingFindings\n    episode {\n      id\n      number\n    }\n    spec {\n      id\n      name\n    }\n    compatibility {\n      ok\n      issues {\n        code\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientBalances($first: Int!, $after: String) {\n    clientBalances(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          invoiced\n          credited\n          paid\n          balance\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientBalances($first: Int!, $after: String) {\n    clientBalances(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          invoiced\n          credited\n          paid\n          balance\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionBilling($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      client {\n        id\n      }\n      quotes(first: 50) {\n        edges {\n          node {\n            id\n            reference\n            status\n            depositPercent\n          }\n        }\n      }\n      invoices(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...InvoiceRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionBilling($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      client {\n        id\n      }\n      quotes(first: 50) {\n        edges {\n          node {\n            id\n            reference\n            status\n            depositPercent\n          }\n        }\n      }\n      invoices(first: 20) {\n        totalCount\n        edges {\n          node {\n            ...InvoiceRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNote($invoiceId: ID!, $input: CreditNoteInput!) {\n    createCreditNote(invoiceId: $invoiceId, input: $input) {\n      ...CreditNoteRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNote($invoiceId: ID!, $input: CreditNoteInput!) {\n    createCreditNote(invoiceId: $invoiceId, input: $input) {\n      ...CreditNoteRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCreditNote($id: ID!) {\n    issueCreditNote(id: $id) {\n      ...CreditNoteRow\n      invoice {\n        id\n        status\n        balance\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCreditNote($id: ID!) {\n    issueCreditNote(id: $id) {\n      ...CreditNoteRow\n      invoice {\n        id\n        status\n        balance\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvoice($id: ID!, $input: InvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInvoice($id: ID!, $input: InvoiceInput!) {\n    updateInvoice(id: $id, input: $input) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardInvoice($id: ID!) {\n    discardInvoice(id: $id)\n  }\n"): (typeof documents)["\n  mutation DiscardInvoice($id: ID!) {\n    discardInvoice(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePage($id: ID!) {\n    me {\n      role\n    }\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  query InvoicePage($id: ID!) {\n    me {\n      role\n    }\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesPage($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvoiceRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesPage($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...InvoiceRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesMe {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query InvoicesMe {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProducerDue {\n    clientBalances(first: 5) {\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          balance\n          overdue\n        }\n      }\n    }\n    creditNotes(first: 50) {\n      edges {\n        node {\n          ...CreditNoteRow\n          invoice {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProducerDue {\n    clientBalances(first: 5) {\n      edges {\n        node {\n          client {\n            id\n            name\n          }\n          balance\n          overdue\n        }\n      }\n    }\n    creditNotes(first: 50) {\n      edges {\n        node {\n          ...CreditNoteRow\n          invoice {\n            id\n            number\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      id\n      invoice {\n        id\n        status\n        balance\n        overdue\n        payments {\n          id\n          paidOn\n          amount\n          method\n          reference\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      id\n      invoice {\n        id\n        status\n        balance\n        overdue\n        payments {\n          id\n          paidOn\n          amount\n          method\n          reference\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoicingSettingsFields on InvoicingSettings {\n    legalForm\n    shareCapital\n    rcsCity\n    siren\n    siret\n    vatNumber\n    iban\n    bic\n    paymentDays\n    paymentEndOfMonth\n    latePenaltyRate\n    recoveryIndemnity\n    earlyPaymentTerms\n    vatOnDebits\n    footer\n    accountSales\n    accountVat\n    accountClient\n  }\n"): (typeof documents)["\n  fragment InvoicingSettingsFields on InvoicingSettings {\n    legalForm\n    shareCapital\n    rcsCity\n    siren\n    siret\n    vatNumber\n    iban\n    bic\n    paymentDays\n    paymentEndOfMonth\n    latePenaltyRate\n    recoveryIndemnity\n    earlyPaymentTerms\n    vatOnDebits\n    footer\n    accountSales\n    accountVat\n    accountClient\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicingSettingsPage {\n    me {\n      role\n    }\n    invoicingSettings {\n      ...InvoicingSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query InvoicingSettingsPage {\n    me {\n      role\n    }\n    invoicingSettings {\n      ...InvoicingSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInvoicingSettings($input: InvoicingSettingsInput!) {\n    updateInvoicingSettings(input: $input) {\n      ...InvoicingSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInvoicingSettings($input: InvoicingSettingsInput!) {\n    updateInvoicingSettings(input: $input) {\n      ...InvoicingSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceRow on Invoice {\n    id\n    kind\n    status\n    number\n    issueDate\n    dueDate\n    overdue\n    client {\n      id\n      name\n    }\n    production {\n      id\n      title\n    }\n    totals {\n      ttc\n    }\n    balance\n    documentUrl\n  }\n"): (typeof documents)["\n  fragment InvoiceRow on Invoice {\n    id\n    kind\n    status\n    number\n    issueDate\n    dueDate\n    overdue\n    client {\n      id\n      name\n    }\n    production {\n      id\n      title\n    }\n    totals {\n      ttc\n    }\n    balance\n    documentUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceLineFields on InvoiceLine {\n    id\n    position\n    operation {\n      id\n      label\n    }\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    vatExemptionCode\n    vatExemptionReason\n    net\n  }\n"): (typeof documents)["\n  fragment InvoiceLineFields on InvoiceLine {\n    id\n    position\n    operation {\n      id\n      label\n    }\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    vatExemptionCode\n    vatExemptionReason\n    net\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CreditNoteRow on CreditNote {\n    id\n    status\n    number\n    fullCredit\n    reason\n    issueDate\n    totals {\n      ttc\n    }\n    documentUrl\n    xmlUrl\n  }\n"): (typeof documents)["\n  fragment CreditNoteRow on CreditNote {\n    id\n    status\n    number\n    fullCredit\n    reason\n    issueDate\n    totals {\n      ttc\n    }\n    documentUrl\n    xmlUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    ...InvoiceRow\n    quote {\n      id\n      reference\n    }\n    depositPercent\n    serviceFrom\n    serviceTo\n    purchaseOrder\n    notes\n    lines {\n      ...InvoiceLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    deductions {\n      invoice {\n        id\n        number\n      }\n      amount\n    }\n    prepaid\n    amountDue\n    payments {\n      id\n      paidOn\n      amount\n      method\n      reference\n    }\n    creditNotes {\n      ...CreditNoteRow\n    }\n    latePenalties\n    recoveryIndemnity\n    xmlUrl\n    reminderUrl\n    issuedAt\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    ...InvoiceRow\n    quote {\n      id\n      reference\n    }\n    depositPercent\n    serviceFrom\n    serviceTo\n    purchaseOrder\n    notes\n    lines {\n      ...InvoiceLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    deductions {\n      invoice {\n        id\n        number\n      }\n      amount\n    }\n    prepaid\n    amountDue\n    payments {\n      id\n      paidOn\n      amount\n      method\n      reference\n    }\n    creditNotes {\n      ...CreditNoteRow\n    }\n    latePenalties\n    recoveryIndemnity\n    xmlUrl\n    reminderUrl\n    issuedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InvoiceEvents($productionId: ID) {\n    invoiceEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription InvoiceEvents($productionId: ID) {\n    invoiceEvents(productionId: $productionId) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications(first: 1) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n      locked\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n      locked\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: Boolean!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n      locked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      id\n      kind\n      at\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationEvents {\n    notificationEvents {\n      id\n      kind\n      at\n      unreadCount\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!, $after: String, $unreadOnly: Boolean!) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      unreadCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingResources {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingResources {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n        }\n      }\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingTasks {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          tasks {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingTasks {\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          tasks {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBooking($input: BookingInput!) {\n    createBooking(input: $input) {\n      ...BoardBooking\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBooking($input: BookingInput!) {\n    createBooking(input: $input) {\n      ...BoardBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n"): (typeof documents)["\n  mutation EditBooking($id: ID!, $input: BookingMoveInput!) {\n    moveBooking(id: $id, input: $input) {\n      ...BoardBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!) {\n    setBookingStatus(id: $id, status: CANCELLED) {\n      ...BoardBooking\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!) {\n    setBookingStatus(id: $id, status: CANCELLED) {\n      ...BoardBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          ...OwnBooking\n          startDate\n          endDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySchedule($from: Date!, $to: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 200, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          ...OwnBooking\n          startDate\n          endDate\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionPlanning($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      spec {\n        deliveryDeadline\n      }\n      episodes {\n        id\n        number\n        title\n      }\n      tasks {\n        ...PlanningTask\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...PlanningTask\n    }\n  }\n"): (typeof documents)["\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...PlanningTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProductionScheduleEvents($id: ID!) {\n    scheduleEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      task {\n        ...PlanningTask\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskFormOptions($from: Date!, $to: Date!) {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n          department\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query TaskFormOptions($from: Date!, $to: Date!) {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n          department\n        }\n      }\n    }\n    workingDays(from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($productionId: ID!, $input: TaskInput!) {\n    createTask(productionId: $productionId, input: $input) {\n      ...PlanningTask\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($productionId: ID!, $input: TaskInput!) {\n    createTask(productionId: $productionId, input: $input) {\n      ...PlanningTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...PlanningTask\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($id: ID!, $input: TaskInput!) {\n    updateTask(id: $id, input: $input) {\n      ...PlanningTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTaskDependencies($id: ID!, $dependencies: [DependencyInput!]!) {\n    setTaskDependencies(id: $id, dependencies: $dependencies) {\n      ...PlanningTask\n    }\n  }\n"): (typeof documents)["\n  mutation SetTaskDependencies($id: ID!, $dependencies: [DependencyInput!]!) {\n    setTaskDependencies(id: $id, dependencies: $dependencies) {\n      ...PlanningTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCreatedTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCreatedTask($id: ID!) {\n    deleteTask(id: $id)\n  }\n"];
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
export function graphql(source: "\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    days\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BoardBooking on Booking {\n    id\n    startDate\n    endDate\n    from\n    to\n    status\n    note\n    days\n    technician {\n      id\n      name\n    }\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnBooking on Booking {\n    id\n    from\n    to\n    status\n    note\n    days\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n      bookings {\n        id\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment OwnBooking on Booking {\n    id\n    from\n    to\n    status\n    note\n    days\n    room {\n      id\n      name\n    }\n    task {\n      id\n      title\n      production {\n        id\n        title\n      }\n      bookings {\n        id\n        room {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    notes\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      label\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      days\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanningTask on Task {\n    id\n    title\n    startDate\n    endDate\n    status\n    plannedDays\n    allowNonWorking\n    nonWorkingDays\n    notes\n    episode {\n      id\n      number\n    }\n    operation {\n      id\n      label\n      department\n    }\n    dependsOn {\n      task {\n        id\n      }\n      lagDays\n    }\n    bookings {\n      id\n      status\n      startDate\n      endDate\n      days\n      technician {\n        id\n        name\n      }\n      room {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment ConflictSummary on Conflict {\n    kind\n    message\n    from\n    to\n    tasks {\n      id\n    }\n    productions {\n      id\n    }\n    bookings {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portal {\n    me {\n      ...Viewer\n    }\n    myHolders {\n      id\n      name\n    }\n    works(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          isan\n          shares {\n            id\n            media\n            territory\n            validFrom\n            validTo\n            basisPoints\n          }\n        }\n      }\n    }\n    holderRevenue {\n      period\n      media\n      territory\n      amount\n    }\n    statements(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          amount\n          previousAmount\n          issuedAt\n          pdfUrl\n          csvUrl\n          holder {\n            id\n            name\n          }\n          run {\n            id\n            periodStart\n            periodEnd\n          }\n          lines {\n            work {\n              id\n              title\n            }\n            media\n            territory\n            basisPoints\n            net\n            amount\n            residual\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Portal {\n    me {\n      ...Viewer\n    }\n    myHolders {\n      id\n      name\n    }\n    works(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          year\n          kind\n          isan\n          shares {\n            id\n            media\n            territory\n            validFrom\n            validTo\n            basisPoints\n          }\n        }\n      }\n    }\n    holderRevenue {\n      period\n      media\n      territory\n      amount\n    }\n    statements(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          amount\n          previousAmount\n          issuedAt\n          pdfUrl\n          csvUrl\n          holder {\n            id\n            name\n          }\n          run {\n            id\n            periodStart\n            periodEnd\n          }\n          lines {\n            work {\n              id\n              title\n            }\n            media\n            territory\n            basisPoints\n            net\n            amount\n            residual\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PortalStatementEvents {\n    statementEvents {\n      id\n      kind\n      statement {\n        id\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PortalStatementEvents {\n    statementEvents {\n      id\n      kind\n      statement {\n        id\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupChecklist {\n    clients(first: 0) {\n      totalCount\n    }\n    technicians(first: 0) {\n      totalCount\n    }\n    rooms(first: 0) {\n      totalCount\n    }\n    bookings(first: 0) {\n      totalCount\n    }\n    members(first: 0) {\n      totalCount\n    }\n    productions(first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          team {\n            id\n          }\n          tasks {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SetupChecklist {\n    clients(first: 0) {\n      totalCount\n    }\n    technicians(first: 0) {\n      totalCount\n    }\n    rooms(first: 0) {\n      totalCount\n    }\n    bookings(first: 0) {\n      totalCount\n    }\n    members(first: 0) {\n      totalCount\n    }\n    productions(first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          team {\n            id\n          }\n          tasks {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientDetail on Client {\n    id\n    name\n    legalName\n    siret\n    vatNumber\n    address\n    contactEmail\n  }\n"): (typeof documents)["\n  fragment ClientDetail on Client {\n    id\n    name\n    legalName\n    siret\n    vatNumber\n    address\n    contactEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsPage {\n    me {\n      role\n    }\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...ClientDetail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsPage {\n    me {\n      role\n    }\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          ...ClientDetail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientEdit($id: ID!) {\n    client(id: $id) {\n      ...ClientDetail\n    }\n  }\n"): (typeof documents)["\n  query ClientEdit($id: ID!) {\n    client(id: $id) {\n      ...ClientDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClientForm($input: ClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClientForm($input: ClientInput!) {\n    createClient(input: $input) {\n      ...ClientDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClientForm($id: ID!, $input: ClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClientForm($id: ID!, $input: ClientInput!) {\n    updateClient(id: $id, input: $input) {\n      ...ClientDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEpisodeForm($productionId: ID!, $input: EpisodeInput!) {\n    addEpisode(productionId: $productionId, input: $input) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation AddEpisodeForm($productionId: ID!, $input: EpisodeInput!) {\n    addEpisode(productionId: $productionId, input: $input) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEpisodesForm($productionId: ID!, $count: Int!, $titlePrefix: String, $runtimeMinutes: Int) {\n    addEpisodes(productionId: $productionId, count: $count, titlePrefix: $titlePrefix, runtimeMinutes: $runtimeMinutes) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation AddEpisodesForm($productionId: ID!, $count: Int!, $titlePrefix: String, $runtimeMinutes: Int) {\n    addEpisodes(productionId: $productionId, count: $count, titlePrefix: $titlePrefix, runtimeMinutes: $runtimeMinutes) {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      ...Viewer\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      ...Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionEdit on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductionEdit on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionEditForm($id: ID!) {\n    production(id: $id) {\n      ...ProductionEdit\n    }\n  }\n"): (typeof documents)["\n  query ProductionEditForm($id: ID!) {\n    production(id: $id) {\n      ...ProductionEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProductionForm($input: ProductionInput!) {\n    createProduction(input: $input) {\n      ...ProductionEdit\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProductionForm($input: ProductionInput!) {\n    createProduction(input: $input) {\n      ...ProductionEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductionForm($id: ID!, $input: ProductionInput!) {\n    updateProduction(id: $id, input: $input) {\n      ...ProductionEdit\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProductionForm($id: ID!, $input: ProductionInput!) {\n    updateProduction(id: $id, input: $input) {\n      ...ProductionEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionList($first: Int!, $after: String, $filter: ProductionFilter, $sort: ProductionSort, $descending: Boolean) {\n    productions(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionList($first: Int!, $after: String, $filter: ProductionFilter, $sort: ProductionSort, $descending: Boolean) {\n    productions(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          director\n          client {\n            id\n            name\n          }\n          spec {\n            deliveryDeadline\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientChoices {\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientChoices {\n    clients(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductionDetail on Production {\n    id\n    title\n    kind\n    status\n    director\n    notes\n    updatedAt\n    client {\n      id\n      name\n    }\n    spec {\n      runtimeMinutes\n      deliveryDeadline\n      isan\n      technicalProfile {\n        frameRate\n        resolution\n        colourSpace\n        audioLayout\n        loudnessLufs\n        subtitleLanguages\n        documents\n      }\n    }\n    episodes {\n      id\n      number\n      title\n      runtimeMinutes\n    }\n    team {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Production($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n"): (typeof documents)["\n  query Production($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      ...ProductionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProductionEvents($id: ID!) {\n    productionEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      production {\n        ...ProductionDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionsViewer {\n    me {\n      ...Viewer\n    }\n  }\n"): (typeof documents)["\n  query ProductionsViewer {\n    me {\n      ...Viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentPage($id: ID!) {\n    me {\n      role\n    }\n    amendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n"): (typeof documents)["\n  query AmendmentPage($id: ID!) {\n    me {\n      role\n    }\n    amendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAmendment($id: ID!, $input: AmendmentInput!) {\n    updateAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAmendment($id: ID!, $input: AmendmentInput!) {\n    updateAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendAmendment($id: ID!) {\n    sendAmendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SendAmendment($id: ID!) {\n    sendAmendment(id: $id) {\n      ...AmendmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardAmendment($id: ID!) {\n    discardAmendment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DiscardAmendment($id: ID!) {\n    discardAmendment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAmendment($id: ID!, $input: AcceptInput!) {\n    acceptAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAmendment($id: ID!, $input: AcceptInput!) {\n    acceptAmendment(id: $id, input: $input) {\n      ...AmendmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseAmendment($id: ID!, $reason: String!) {\n    refuseAmendment(id: $id, reason: $reason) {\n      ...AmendmentDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseAmendment($id: ID!, $reason: String!) {\n    refuseAmendment(id: $id, reason: $reason) {\n      ...AmendmentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuoteOperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionQuotes($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      quotes(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...QuoteRow\n          }\n        }\n      }\n    }\n    amendments(first: 50, filter: { productionId: $id }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionQuotes($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      quotes(first: 50) {\n        totalCount\n        edges {\n          node {\n            ...QuoteRow\n          }\n        }\n      }\n    }\n    amendments(first: 50, filter: { productionId: $id }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteTemplateChoices {\n    quoteTemplates(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuoteTemplateChoices {\n    quoteTemplates(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuote($input: CreateQuoteInput!) {\n    createQuote(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuoteFromPlan($productionId: ID!) {\n    quoteFromPlan(productionId: $productionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation QuoteFromPlan($productionId: ID!) {\n    quoteFromPlan(productionId: $productionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeAmendment($productionId: ID!) {\n    proposeAmendment(productionId: $productionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeAmendment($productionId: ID!) {\n    proposeAmendment(productionId: $productionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuote($id: ID!, $input: QuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuote($id: ID!, $input: QuoteInput!) {\n    updateQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SendQuote($id: ID!) {\n    sendQuote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardQuote($id: ID!) {\n    discardQuote(id: $id)\n  }\n"): (typeof documents)["\n  mutation DiscardQuote($id: ID!) {\n    discardQuote(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuoteTemplate($quoteId: ID!, $name: String!) {\n    saveQuoteTemplate(quoteId: $quoteId, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuoteTemplate($quoteId: ID!, $name: String!) {\n    saveQuoteTemplate(quoteId: $quoteId, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotePage($id: ID!) {\n    me {\n      role\n    }\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n"): (typeof documents)["\n  query QuotePage($id: ID!) {\n    me {\n      role\n    }\n    quote(id: $id) {\n      ...QuoteDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseQuote($id: ID!) {\n    reviseQuote(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptQuote($id: ID!, $input: AcceptInput!) {\n    acceptQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptQuote($id: ID!, $input: AcceptInput!) {\n    acceptQuote(id: $id, input: $input) {\n      ...QuoteDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseQuote($id: ID!, $reason: String!) {\n    refuseQuote(id: $id, reason: $reason) {\n      ...QuoteDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RefuseQuote($id: ID!, $reason: String!) {\n    refuseQuote(id: $id, reason: $reason) {\n      ...QuoteDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAmendment($quoteId: ID!) {\n    createAmendment(quoteId: $quoteId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAmendment($quoteId: ID!) {\n    createAmendment(quoteId: $quoteId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesPage($first: Int!, $after: String, $filter: QuoteFilter) {\n    quotes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotesPage($first: Int!, $after: String, $filter: QuoteFilter) {\n    quotes(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesToAnswer {\n    quotes(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n    amendments(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuotesToAnswer {\n    quotes(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...QuoteRow\n        }\n      }\n    }\n    amendments(first: 50, filter: { status: SENT }) {\n      edges {\n        node {\n          ...AmendmentRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuoteNotifications {\n    notificationEvents {\n      id\n      kind\n      notification {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QuoteNotifications {\n    notificationEvents {\n      id\n      kind\n      notification {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesMe {\n    me {\n      role\n    }\n  }\n"): (typeof documents)["\n  query QuotesMe {\n    me {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalePrices($activeOn: Date) {\n    me {\n      role\n    }\n    salePrices(first: 200, filter: { activeOn: $activeOn }) {\n      totalCount\n      edges {\n        node {\n          id\n          target\n          operation {\n            id\n            label\n          }\n          roomKind\n          function\n          unit\n          hoursPerDay\n          unitPrice\n          effectiveFrom\n          effectiveTo\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SalePrices($activeOn: Date) {\n    me {\n      role\n    }\n    salePrices(first: 200, filter: { activeOn: $activeOn }) {\n      totalCount\n      edges {\n        node {\n          id\n          target\n          operation {\n            id\n            label\n          }\n          roomKind\n          function\n          unit\n          hoursPerDay\n          unitPrice\n          effectiveFrom\n          effectiveTo\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSalePrice($input: SalePriceInput!) {\n    createSalePrice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSalePrice($input: SalePriceInput!) {\n    createSalePrice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSalePrice($id: ID!, $input: SalePriceInput!) {\n    updateSalePrice(id: $id, input: $input) {\n      id\n      effectiveTo\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSalePrice($id: ID!, $input: SalePriceInput!) {\n    updateSalePrice(id: $id, input: $input) {\n      id\n      effectiveTo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionSold($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      tracking {\n        operations {\n          operation {\n            id\n            label\n          }\n          plannedMinutes\n          actualMinutes\n          soldMinutes\n          soldAmount\n          overSoldMinutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionSold($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      tracking {\n        operations {\n          operation {\n            id\n            label\n          }\n          plannedMinutes\n          actualMinutes\n          soldMinutes\n          soldAmount\n          overSoldMinutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SoldSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription SoldSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteChanges($id: ID!, $from: ID!) {\n    quote(id: $id) {\n      id\n      changes(from: $from) {\n        kind\n        fields\n        before {\n          ...QuoteLineFields\n        }\n        after {\n          ...QuoteLineFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuoteChanges($id: ID!, $from: ID!) {\n    quote(id: $id) {\n      id\n      changes(from: $from) {\n        kind\n        fields\n        before {\n          ...QuoteLineFields\n        }\n        after {\n          ...QuoteLineFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteLineFields on QuoteLine {\n    id\n    key\n    position\n    operation {\n      id\n      label\n    }\n    episode {\n      id\n      number\n      title\n    }\n    kind\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    net\n  }\n"): (typeof documents)["\n  fragment QuoteLineFields on QuoteLine {\n    id\n    key\n    position\n    operation {\n      id\n      label\n    }\n    episode {\n      id\n      number\n      title\n    }\n    kind\n    description\n    quantity\n    unit\n    hoursPerDay\n    unitPrice\n    discountPercent\n    discountAmount\n    vatRate\n    net\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TotalsFields on Totals {\n    ht\n    vat\n    ttc\n    byRate {\n      rate\n      base\n      vat\n    }\n  }\n"): (typeof documents)["\n  fragment TotalsFields on Totals {\n    ht\n    vat\n    ttc\n    byRate {\n      rate\n      base\n      vat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on Quote {\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerFields on Quote {\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteRow on Quote {\n    id\n    number\n    version\n    reference\n    status\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteRow on Quote {\n    id\n    number\n    version\n    reference\n    status\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AmendmentRow on Amendment {\n    id\n    number\n    status\n    proposed\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    quote {\n      id\n      reference\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n"): (typeof documents)["\n  fragment AmendmentRow on Amendment {\n    id\n    number\n    status\n    proposed\n    title\n    validUntil\n    expiresSoon\n    production {\n      id\n      title\n    }\n    client {\n      id\n      name\n    }\n    quote {\n      id\n      reference\n    }\n    totals {\n      ht\n      ttc\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    ...AnswerFields\n    issueDate\n    purchaseOrder\n    specRuntimeMinutes\n    specEpisodes\n    specDeliverables\n    depositPercent\n    depositAmount\n    paymentDays\n    paymentEndOfMonth\n    overtimePercent\n    nightPercent\n    weekendPercent\n    notes\n    documentUrl\n    documentSha256\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    versions {\n      id\n      version\n      reference\n      status\n      sentAt\n    }\n    amendments {\n      ...AmendmentRow\n    }\n  }\n"): (typeof documents)["\n  fragment QuoteDetail on Quote {\n    ...QuoteRow\n    ...AnswerFields\n    issueDate\n    purchaseOrder\n    specRuntimeMinutes\n    specEpisodes\n    specDeliverables\n    depositPercent\n    depositAmount\n    paymentDays\n    paymentEndOfMonth\n    overtimePercent\n    nightPercent\n    weekendPercent\n    notes\n    documentUrl\n    documentSha256\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n    versions {\n      id\n      version\n      reference\n      status\n      sentAt\n    }\n    amendments {\n      ...AmendmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AmendmentDetail on Amendment {\n    ...AmendmentRow\n    issueDate\n    notes\n    documentUrl\n    documentSha256\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n  }\n"): (typeof documents)["\n  fragment AmendmentDetail on Amendment {\n    ...AmendmentRow\n    issueDate\n    notes\n    documentUrl\n    documentSha256\n    sentAt\n    acceptance {\n      name\n      mention\n      at\n      address\n      documentSha256\n    }\n    refusal {\n      reason\n      at\n    }\n    production {\n      id\n      title\n      episodes {\n        id\n        number\n        title\n      }\n    }\n    lines {\n      ...QuoteLineFields\n    }\n    totals {\n      ...TotalsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QuoteEvents($productionId: ID!) {\n    quoteEvents(productionId: $productionId) {\n      id\n      kind\n      productionId\n      quote {\n        id\n      }\n      amendment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription QuoteEvents($productionId: ID!) {\n    quoteEvents(productionId: $productionId) {\n      id\n      kind\n      productionId\n      quote {\n        id\n      }\n      amendment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionTeam($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      team {\n        id\n        function\n        dailyRate\n        note\n        technician {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionTeam($id: ID!) {\n    me {\n      role\n    }\n    production(id: $id) {\n      id\n      title\n      team {\n        id\n        function\n        dailyRate\n        note\n        technician {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n          dailyRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamTechnicians {\n    technicians(first: 200) {\n      edges {\n        node {\n          id\n          name\n          functions\n          dailyRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($productionId: ID!, $input: TeamMemberInput!) {\n    addTeamMember(productionId: $productionId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($productionId: ID!, $input: TeamMemberInput!) {\n    addTeamMember(productionId: $productionId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeamMember($id: ID!, $input: TeamMemberInput!) {\n    updateTeamMember(id: $id, input: $input) {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeamMember($id: ID!, $input: TeamMemberInput!) {\n    updateTeamMember(id: $id, input: $input) {\n      id\n      function\n      dailyRate\n      note\n      technician {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms {\n    me {\n      role\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          ...RoomFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Rooms {\n    me {\n      role\n    }\n    rooms(first: 200) {\n      edges {\n        node {\n          ...RoomFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: RoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoom($input: RoomInput!) {\n    createRoom(input: $input) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      ...RoomFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoom($id: ID!, $input: RoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      ...RoomFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTechnician($input: TechnicianInput!) {\n    createTechnician(input: $input) {\n      ...TechnicianFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTechnician($input: TechnicianInput!) {\n    createTechnician(input: $input) {\n      ...TechnicianFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTechnician($id: ID!, $input: TechnicianInput!) {\n    updateTechnician(id: $id, input: $input) {\n      ...TechnicianFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTechnician($id: ID!, $input: TechnicianInput!) {\n    updateTechnician(id: $id, input: $input) {\n      ...TechnicianFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Technician($id: ID!, $from: Date!) {\n    me {\n      role\n    }\n    technician(id: $id) {\n      ...TechnicianFields\n    }\n    unavailabilities(technicianId: $id, from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n"): (typeof documents)["\n  query Technician($id: ID!, $from: Date!) {\n    me {\n      role\n    }\n    technician(id: $id) {\n      ...TechnicianFields\n    }\n    unavailabilities(technicianId: $id, from: $from) {\n      id\n      startDate\n      endDate\n      kind\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Technicians($first: Int!, $search: String) {\n    me {\n      role\n    }\n    technicians(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TechnicianFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Technicians($first: Int!, $search: String) {\n    me {\n      role\n    }\n    technicians(first: $first, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          ...TechnicianFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TechnicianFields on Technician {\n    id\n    name\n    functions\n    skills\n    employment\n    hourlyRate\n    dailyRate\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment TechnicianFields on Technician {\n    id\n    name\n    functions\n    skills\n    employment\n    hourlyRate\n    dailyRate\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoomFields on Room {\n    id\n    name\n    kind\n    dailyRate\n  }\n"): (typeof documents)["\n  fragment RoomFields on Room {\n    id\n    name\n    kind\n    dailyRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          code\n          label\n          department\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationChoices {\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          code\n          label\n          department\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDay($today: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          ...OwnBooking\n          task {\n            id\n            operation {\n              id\n              label\n            }\n          }\n        }\n      }\n    }\n    slips(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          id\n          status\n          start\n          end\n          task {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDay($today: Date!) {\n    me {\n      ...TechnicianViewer\n    }\n    bookings(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          ...OwnBooking\n          task {\n            id\n            operation {\n              id\n              label\n            }\n          }\n        }\n      }\n    }\n    slips(first: 50, filter: { from: $today, to: $today }) {\n      edges {\n        node {\n          id\n          status\n          start\n          end\n          task {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySlips {\n    me {\n      role\n    }\n    slips(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SlipSummaryFields\n          rejectionReason\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySlips {\n    me {\n      role\n    }\n    slips(first: 50) {\n      totalCount\n      edges {\n        node {\n          ...SlipSummaryFields\n          rejectionReason\n          submittedAt\n          reviewedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionTracking($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      tracking {\n        tasks {\n          ...TrackingFigures\n          task {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n          operation {\n            id\n            label\n          }\n        }\n        operations {\n          ...TrackingFigures\n          operation {\n            id\n            label\n          }\n        }\n        alerts {\n          ...TrackingFigures\n          task {\n            id\n            title\n          }\n          operation {\n            id\n            label\n          }\n        }\n        summary {\n          level\n          overrunCount\n          warningCount\n          plannedMinutes\n          approvedMinutes\n          submittedMinutes\n          actualMinutes\n          projectedMinutes\n          unattributedMinutes\n          actualCost\n          excessMinutes\n          excessCost\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionTracking($id: ID!) {\n    production(id: $id) {\n      id\n      title\n      tracking {\n        tasks {\n          ...TrackingFigures\n          task {\n            id\n            title\n            startDate\n            endDate\n            episode {\n              id\n              number\n            }\n          }\n          operation {\n            id\n            label\n          }\n        }\n        operations {\n          ...TrackingFigures\n          operation {\n            id\n            label\n          }\n        }\n        alerts {\n          ...TrackingFigures\n          task {\n            id\n            title\n          }\n          operation {\n            id\n            label\n          }\n        }\n        summary {\n          level\n          overrunCount\n          warningCount\n          plannedMinutes\n          approvedMinutes\n          submittedMinutes\n          actualMinutes\n          projectedMinutes\n          unattributedMinutes\n          actualCost\n          excessMinutes\n          excessCost\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      slip {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProductionSlipEvents($id: ID!) {\n    slipEvents(productionId: $id) {\n      id\n      kind\n      productionId\n      at\n      slip {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlipWarningFields on SlipWarning {\n    code\n    message\n    minutes\n    limitMinutes\n  }\n"): (typeof documents)["\n  fragment SlipWarningFields on SlipWarning {\n    code\n    message\n    minutes\n    limitMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlipSubjectFields on Slip {\n    production {\n      id\n      title\n    }\n    task {\n      id\n      title\n    }\n    operation {\n      id\n      label\n    }\n    room {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SlipSubjectFields on Slip {\n    production {\n      id\n      title\n    }\n    task {\n      id\n      title\n    }\n    operation {\n      id\n      label\n    }\n    room {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SlipSummaryFields on Slip {\n    id\n    status\n    date\n    start\n    end\n    breakMinutes\n    workedMinutes\n    notes\n    ...SlipSubjectFields\n    warnings {\n      ...SlipWarningFields\n    }\n  }\n"): (typeof documents)["\n  fragment SlipSummaryFields on Slip {\n    id\n    status\n    date\n    start\n    end\n    breakMinutes\n    workedMinutes\n    notes\n    ...SlipSubjectFields\n    warnings {\n      ...SlipWarningFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlipFormData {\n    me {\n      ...TechnicianViewer\n    }\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SlipFormData {\n    me {\n      ...TechnicianViewer\n    }\n    productions(first: 100) {\n      edges {\n        node {\n          id\n          title\n          status\n        }\n      }\n    }\n    operations(first: 200) {\n      edges {\n        node {\n          id\n          label\n        }\n      }\n    }\n    rooms(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlipToCorrect($id: ID!) {\n    slip(id: $id) {\n      id\n      clientId\n      status\n      current\n      rejectionReason\n      date\n      start\n      end\n      breakMinutes\n      notes\n      ...SlipSubjectFields\n    }\n  }\n"): (typeof documents)["\n  query SlipToCorrect($id: ID!) {\n    slip(id: $id) {\n      id\n      clientId\n      status\n      current\n      rejectionReason\n      date\n      start\n      end\n      breakMinutes\n      notes\n      ...SlipSubjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlipFormTasks($id: ID!) {\n    production(id: $id) {\n      id\n      tasks {\n        id\n        title\n        startDate\n        endDate\n        operation {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SlipFormTasks($id: ID!) {\n    production(id: $id) {\n      id\n      tasks {\n        id\n        title\n        startDate\n        endDate\n        operation {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSubmitSlip($input: SlipInput!) {\n    submitSlip(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation QueueSubmitSlip($input: SlipInput!) {\n    submitSlip(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueResubmitSlip($id: ID!, $input: SlipInput!) {\n    resubmitSlip(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation QueueResubmitSlip($id: ID!, $input: SlipInput!) {\n    resubmitSlip(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckSlip($input: SlipInput!, $replacing: ID) {\n    checkSlip(input: $input, replacing: $replacing) {\n      workedMinutes\n      nightMinutes\n      sundayOrHoliday\n      warnings {\n        ...SlipWarningFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckSlip($input: SlipInput!, $replacing: ID) {\n    checkSlip(input: $input, replacing: $replacing) {\n      workedMinutes\n      nightMinutes\n      sundayOrHoliday\n      warnings {\n        ...SlipWarningFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;