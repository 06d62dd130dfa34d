/** The six demo state machines as real ASL, run by the local engine with the handlers in ./kits. */

export const DEMO_REGION = 'us-east-1';
/** The AWS account the recorded demo pretends to read; not the local engine's (123456789012), so their ARNs never meet. */
export const DEMO_ACCOUNT = '418295370612';

const fn = (name: string) => `arn:aws:lambda:${DEMO_REGION}:${DEMO_ACCOUNT}:function:${name}`;
const role = (name: string) => `arn:aws:iam::${DEMO_ACCOUNT}:role/service-role/${name}`;

export const DEMO_FUNCTIONS = {
  validateOrder: fn('order-validate'),
  chargePayment: fn('order-charge-payment'),
  shipOrder: fn('order-create-shipment'),
  notifyCustomer: fn('order-notify-customer'),
  loadBillingAccounts: fn('billing-load-accounts'),
  chargeAccount: fn('billing-charge-account'),
  publishBillingReport: fn('billing-publish-report'),
  snapshotRds: fn('backup-snapshot-rds'),
  exportDynamo: fn('backup-export-dynamodb'),
  syncS3: fn('backup-sync-s3'),
  checkBackupStatus: fn('backup-check-status'),
  fetchInvoice: fn('invoice-fetch-data'),
  renderPdf: fn('invoice-render-pdf'),
  emailInvoice: fn('invoice-send-email'),
  reserveInventory: fn('saga-reserve-inventory'),
  chargeCard: fn('saga-charge-card'),
  bookShipment: fn('saga-book-shipment'),
  cancelShipment: fn('saga-cancel-shipment'),
  refundCard: fn('saga-refund-card'),
  releaseInventory: fn('saga-release-inventory'),
  createUser: fn('onboarding-create-user'),
  sendWelcome: fn('onboarding-send-welcome'),
  provisionWorkspace: fn('onboarding-provision-workspace'),
  notifySales: fn('onboarding-notify-sales'),
} as const;

export const DEMO_APPROVAL_QUEUE_URL = `https://sqs.${DEMO_REGION}.amazonaws.com/${DEMO_ACCOUNT}/order-approvals`;
export const DEMO_TAPE_ACTIVITY_ARN = `arn:aws:states:${DEMO_REGION}:${DEMO_ACCOUNT}:activity:backup-tape-archive`;
export const DEMO_INVOICE_TABLE = 'invoice-documents';

export type DemoWorkflowName =
  | 'order-processing'
  | 'monthly-billing'
  | 'nightly-backup'
  | 'invoice-pdf'
  | 'booking-saga'
  | 'user-onboarding';

export type DemoWorkflow = {
  name: DemoWorkflowName;
  type: 'STANDARD' | 'EXPRESS';
  roleArn: string;
  /** Days before `now` the state machine was created. */
  createdDaysAgo: number;
  definition: Record<string, unknown>;
};

const invoke = (functionArn: string, extra: Record<string, unknown> = {}) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::lambda:invoke',
  Parameters: { FunctionName: functionArn, 'Payload.$': '$' },
  ...extra,
});

const lambdaRetry = {
  ErrorEquals: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'],
  IntervalSeconds: 2,
  MaxAttempts: 3,
  BackoffRate: 2,
};

const orderProcessing: DemoWorkflow = {
  name: 'order-processing',
  type: 'STANDARD',
  roleArn: role('order-processing-sfn'),
  createdDaysAgo: 140,
  definition: {
    Comment: 'Validate, approve large orders by hand, charge and ship.',
    StartAt: 'ValidateOrder',
    TimeoutSeconds: 604800,
    States: {
      ValidateOrder: invoke(DEMO_FUNCTIONS.validateOrder, {
        ResultSelector: { 'riskScore.$': '$.Payload.riskScore', 'valid.$': '$.Payload.valid' },
        ResultPath: '$.validation',
        Retry: [lambdaRetry],
        Next: 'NeedsApproval',
      }),
      NeedsApproval: {
        Type: 'Choice',
        Choices: [
          { Variable: '$.total', NumericGreaterThanEquals: 1000, Next: 'RequestApproval' },
          { Variable: '$.validation.riskScore', NumericGreaterThan: 70, Next: 'RequestApproval' },
        ],
        Default: 'ChargePayment',
      },
      RequestApproval: {
        Type: 'Task',
        Comment: 'A reviewer answers with SendTaskSuccess/SendTaskFailure from the back office.',
        Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
        Parameters: {
          QueueUrl: DEMO_APPROVAL_QUEUE_URL,
          MessageBody: { 'orderId.$': '$.orderId', 'total.$': '$.total', 'customerId.$': '$.customerId', 'TaskToken.$': '$$.Task.Token' },
        },
        ResultPath: '$.approval',
        Catch: [{ ErrorEquals: ['OrderRejected'], ResultPath: '$.error', Next: 'NotifyRejected' }],
        Next: 'ChargePayment',
      },
      ChargePayment: {
        Type: 'Task',
        Resource: DEMO_FUNCTIONS.chargePayment,
        TimeoutSeconds: 30,
        ResultPath: '$.payment',
        Retry: [lambdaRetry, { ErrorEquals: ['States.Timeout'], IntervalSeconds: 5, MaxAttempts: 1 }],
        Catch: [{ ErrorEquals: ['PaymentDeclinedError'], ResultPath: '$.error', Next: 'NotifyDeclined' }],
        Next: 'ShipOrder',
      },
      ShipOrder: invoke(DEMO_FUNCTIONS.shipOrder, {
        ResultSelector: { 'trackingNumber.$': '$.Payload.trackingNumber', 'carrier.$': '$.Payload.carrier' },
        ResultPath: '$.shipment',
        Retry: [lambdaRetry],
        Next: 'OrderCompleted',
      }),
      OrderCompleted: { Type: 'Succeed' },
      NotifyDeclined: invoke(DEMO_FUNCTIONS.notifyCustomer, { ResultPath: null, Next: 'PaymentDeclined' }),
      PaymentDeclined: { Type: 'Fail', Error: 'PaymentDeclined', Cause: 'The card was declined; the customer has been notified.' },
      NotifyRejected: invoke(DEMO_FUNCTIONS.notifyCustomer, { ResultPath: null, Next: 'OrderRejectedByReviewer' }),
      OrderRejectedByReviewer: { Type: 'Succeed' },
    },
  },
};

const monthlyBilling: DemoWorkflow = {
  name: 'monthly-billing',
  type: 'STANDARD',
  roleArn: role('monthly-billing-sfn'),
  createdDaysAgo: 120,
  definition: {
    Comment: 'Charge every account of a billing cycle, one Map iteration per account.',
    StartAt: 'LoadAccounts',
    States: {
      LoadAccounts: invoke(DEMO_FUNCTIONS.loadBillingAccounts, {
        ResultSelector: { 'accounts.$': '$.Payload.accounts' },
        ResultPath: '$.cycle',
        Retry: [lambdaRetry],
        Next: 'ChargeAccounts',
      }),
      ChargeAccounts: {
        Type: 'Map',
        ItemsPath: '$.cycle.accounts',
        MaxConcurrency: 40,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'ChargeAccount',
          States: {
            ChargeAccount: invoke(DEMO_FUNCTIONS.chargeAccount, {
              OutputPath: '$.Payload',
              Retry: [lambdaRetry],
              Catch: [{ ErrorEquals: ['PaymentDeclinedError'], ResultPath: '$.declined', Next: 'WaitBeforeRetry' }],
              End: true,
            }),
            WaitBeforeRetry: {
              Type: 'Wait',
              Comment: 'Soft declines often clear within the hour; try the card once more.',
              Seconds: 3600,
              Next: 'RetryCharge',
            },
            RetryCharge: invoke(DEMO_FUNCTIONS.chargeAccount, {
              OutputPath: '$.Payload',
              Retry: [lambdaRetry],
              Catch: [{ ErrorEquals: ['PaymentDeclinedError'], ResultPath: '$.declined', Next: 'RecordDecline' }],
              End: true,
            }),
            RecordDecline: {
              Type: 'Pass',
              Parameters: { 'accountId.$': '$.accountId', status: 'DECLINED', 'amountCents.$': '$.amountCents', 'reason.$': '$.declined.Error' },
              End: true,
            },
          },
        },
        ResultPath: '$.charges',
        Next: 'PublishReport',
      },
      PublishReport: invoke(DEMO_FUNCTIONS.publishBillingReport, {
        Parameters: { FunctionName: DEMO_FUNCTIONS.publishBillingReport, Payload: { 'cycleId.$': '$.cycleId', 'charges.$': '$.charges' } },
        ResultSelector: { 'reportKey.$': '$.Payload.reportKey' },
        ResultPath: '$.report',
        OutputPath: '$.report',
        End: true,
      }),
    },
  },
};

const nightlyBackup: DemoWorkflow = {
  name: 'nightly-backup',
  type: 'STANDARD',
  roleArn: role('nightly-backup-sfn'),
  createdDaysAgo: 200,
  definition: {
    Comment: 'Snapshot RDS, export DynamoDB and sync S3 in parallel, wait for the export, then archive to tape.',
    StartAt: 'BackupAll',
    TimeoutSeconds: 86400,
    States: {
      BackupAll: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'SnapshotRds', States: { SnapshotRds: invoke(DEMO_FUNCTIONS.snapshotRds, { OutputPath: '$.Payload', Retry: [lambdaRetry], End: true }) } },
          { StartAt: 'ExportDynamoDb', States: { ExportDynamoDb: invoke(DEMO_FUNCTIONS.exportDynamo, { OutputPath: '$.Payload', Retry: [lambdaRetry], End: true }) } },
          { StartAt: 'SyncS3', States: { SyncS3: { Type: 'Task', Resource: DEMO_FUNCTIONS.syncS3, TimeoutSeconds: 900, End: true } } },
        ],
        ResultPath: '$.parts',
        Next: 'CheckExportStatus',
      },
      CheckExportStatus: invoke(DEMO_FUNCTIONS.checkBackupStatus, {
        ResultSelector: { 'status.$': '$.Payload.status', 'progress.$': '$.Payload.progress' },
        ResultPath: '$.export',
        Retry: [lambdaRetry],
        Next: 'ExportDone',
      }),
      ExportDone: {
        Type: 'Choice',
        Choices: [
          { Variable: '$.export.status', StringEquals: 'COMPLETED', Next: 'ArchiveToTape' },
          { Variable: '$.export.status', StringEquals: 'FAILED', Next: 'BackupFailed' },
        ],
        Default: 'WaitForExport',
      },
      WaitForExport: { Type: 'Wait', Seconds: 30, Next: 'CheckExportStatus' },
      ArchiveToTape: {
        Type: 'Task',
        Comment: 'Run by the on-premises tape gateway worker.',
        Resource: DEMO_TAPE_ACTIVITY_ARN,
        TimeoutSeconds: 14400,
        HeartbeatSeconds: 600,
        ResultPath: '$.archive',
        End: true,
      },
      BackupFailed: { Type: 'Fail', Error: 'BackupExportFailed', Cause: 'The DynamoDB export reported FAILED.' },
    },
  },
};

const invoicePdf: DemoWorkflow = {
  name: 'invoice-pdf',
  type: 'STANDARD',
  roleArn: role('invoice-pdf-sfn'),
  createdDaysAgo: 95,
  definition: {
    Comment: 'Render an invoice to PDF, store it and optionally e-mail it.',
    StartAt: 'FetchInvoiceData',
    States: {
      FetchInvoiceData: invoke(DEMO_FUNCTIONS.fetchInvoice, {
        ResultSelector: { 'lineCount.$': '$.Payload.lineCount', 'currency.$': '$.Payload.currency' },
        ResultPath: '$.data',
        Retry: [lambdaRetry],
        Next: 'RenderPdf',
      }),
      RenderPdf: {
        Type: 'Task',
        Resource: DEMO_FUNCTIONS.renderPdf,
        TimeoutSeconds: 120,
        ResultPath: '$.pdf',
        Retry: [{ ErrorEquals: ['States.Timeout', 'Lambda.ServiceException'], IntervalSeconds: 10, MaxAttempts: 2, BackoffRate: 2 }],
        Next: 'StoreDocument',
      },
      StoreDocument: {
        Type: 'Task',
        Resource: 'arn:aws:states:::dynamodb:putItem',
        Parameters: {
          TableName: DEMO_INVOICE_TABLE,
          Item: { invoiceId: { 'S.$': '$.invoiceId' }, pdfKey: { 'S.$': '$.pdf.key' } },
        },
        ResultPath: null,
        Next: 'ShouldEmail',
      },
      ShouldEmail: {
        Type: 'Choice',
        Choices: [{ Variable: '$.deliver', StringEquals: 'email', Next: 'EmailInvoice' }],
        Default: 'Done',
      },
      EmailInvoice: invoke(DEMO_FUNCTIONS.emailInvoice, {
        ResultPath: null,
        Retry: [lambdaRetry],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.emailError', Next: 'Done' }],
        Next: 'Done',
      }),
      Done: { Type: 'Succeed' },
    },
  },
};

const bookingSaga: DemoWorkflow = {
  name: 'booking-saga',
  type: 'STANDARD',
  roleArn: role('booking-saga-sfn'),
  createdDaysAgo: 80,
  definition: {
    Comment: 'Reserve, charge, ship; undo the completed steps in reverse order when one fails.',
    StartAt: 'ReserveInventory',
    States: {
      ReserveInventory: invoke(DEMO_FUNCTIONS.reserveInventory, {
        ResultSelector: { 'reservationId.$': '$.Payload.reservationId' },
        ResultPath: '$.reservation',
        Retry: [lambdaRetry],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'BookingFailed' }],
        Next: 'ChargeCard',
      }),
      ChargeCard: invoke(DEMO_FUNCTIONS.chargeCard, {
        ResultSelector: { 'chargeId.$': '$.Payload.chargeId' },
        ResultPath: '$.charge',
        Retry: [lambdaRetry],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'ReleaseInventory' }],
        Next: 'BookShipment',
      }),
      BookShipment: invoke(DEMO_FUNCTIONS.bookShipment, {
        ResultSelector: { 'shipmentId.$': '$.Payload.shipmentId' },
        ResultPath: '$.shipment',
        TimeoutSeconds: 60,
        Retry: [lambdaRetry],
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RefundCard' }],
        Next: 'BookingConfirmed',
      }),
      BookingConfirmed: { Type: 'Succeed' },
      RefundCard: invoke(DEMO_FUNCTIONS.refundCard, { ResultPath: null, Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 5, MaxAttempts: 5, BackoffRate: 2 }], Next: 'ReleaseInventory' }),
      ReleaseInventory: invoke(DEMO_FUNCTIONS.releaseInventory, { ResultPath: null, Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 5, MaxAttempts: 5, BackoffRate: 2 }], Next: 'BookingFailed' }),
      BookingFailed: { Type: 'Fail', ErrorPath: '$.error.Error', CausePath: '$.error.Cause' },
    },
  },
};

const userOnboarding: DemoWorkflow = {
  name: 'user-onboarding',
  type: 'EXPRESS',
  roleArn: role('user-onboarding-sfn'),
  createdDaysAgo: 70,
  definition: {
    Comment: 'Create the user, then welcome and provision in parallel; tell sales about enterprise sign-ups.',
    StartAt: 'CreateUser',
    States: {
      CreateUser: invoke(DEMO_FUNCTIONS.createUser, {
        ResultSelector: { 'userId.$': '$.Payload.userId' },
        ResultPath: '$.user',
        Retry: [lambdaRetry],
        Next: 'SetUp',
      }),
      SetUp: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'SendWelcomeEmail', States: { SendWelcomeEmail: invoke(DEMO_FUNCTIONS.sendWelcome, { OutputPath: '$.Payload', Retry: [lambdaRetry], End: true }) } },
          { StartAt: 'ProvisionWorkspace', States: { ProvisionWorkspace: invoke(DEMO_FUNCTIONS.provisionWorkspace, { OutputPath: '$.Payload', TimeoutSeconds: 60, Retry: [lambdaRetry], End: true }) } },
        ],
        ResultPath: '$.setup',
        Next: 'IsEnterprise',
      },
      IsEnterprise: {
        Type: 'Choice',
        Choices: [{ Variable: '$.plan', StringEquals: 'enterprise', Next: 'NotifySales' }],
        Default: 'Welcomed',
      },
      NotifySales: invoke(DEMO_FUNCTIONS.notifySales, { ResultPath: null, Next: 'Welcomed' }),
      Welcomed: { Type: 'Succeed' },
    },
  },
};

export const demoWorkflows: readonly DemoWorkflow[] = [
  orderProcessing,
  monthlyBilling,
  nightlyBackup,
  invoicePdf,
  bookingSaga,
  userOnboarding,
];
