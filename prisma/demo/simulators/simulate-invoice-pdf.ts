import type { Attempt } from '../history-builder';
import { lambdaErrors, LAMBDA_RETRY_DELAYS_MS } from '../lambda-errors';
import { field, withKey, type Simulator } from '../simulation';
import { DEMO_FUNCTIONS, DEMO_INVOICE_TABLE } from '../workflows';

export type InvoiceScenario = 'email' | 'portal' | 'large' | 'render-retry' | 'render-timeout' | 'data-limit' | 'email-caught' | 'runtime';

const PRODUCTS = ['Compute hours (m7g.large)', 'Storage GB-month (gp3)', 'Support plan – Business', 'API requests (per 1M)', 'Data transfer out (GB)', 'Seat licence – Team'];

export const simulateInvoicePdf: Simulator<InvoiceScenario> = {
  scenarios: [
    { scenario: 'email', weight: 20 },
    { scenario: 'portal', weight: 10 },
    { scenario: 'large', weight: 5 },
    { scenario: 'render-retry', weight: 4 },
    { scenario: 'render-timeout', weight: 2 },
    { scenario: 'email-caught', weight: 3 },
  ],
  input(prng, scenario, startMs) {
    const period = new Date(startMs - 20 * 86_400_000).toISOString().slice(0, 7);
    // Large invoices carry their line items inline: tens of KiB of input.
    const lines = scenario === 'large' || scenario === 'data-limit' ? prng.int(180, 320) : prng.int(0, 0);
    const lineItems = Array.from({ length: lines }, (_, i) => ({
      line: i + 1,
      description: `${prng.pick(PRODUCTS)} — project prj_${prng.hex(6)}`,
      quantity: prng.int(1, 5000),
      unitPriceCents: prng.int(1, 9000),
      taxCode: prng.pick(['TX-STD', 'TX-RED', 'TX-EXEMPT']),
    }));
    return {
      invoiceId: `INV-${period.replace('-', '')}-${String(prng.int(1, 99999)).padStart(5, '0')}`,
      customerId: `cus_${prng.int(100000, 999999)}`,
      accountId: `acct_${prng.int(10000, 12999)}`,
      period,
      deliver: scenario === 'portal' || scenario === 'runtime' ? 'portal' : 'email',
      email: `billing+${prng.hex(5)}@${prng.pick(['northwind.io', 'contoso.com', 'globex.net', 'initech.co'])}`,
      ...(lines > 0 ? { lineItems } : {}),
    };
  },
  name: (input, prng) => `${field<string>(input, 'invoiceId')}-${prng.hex(6)}`,
  run(b, thread, input, scenario) {
    const prng = b.prng;
    const invoiceId = field<string>(input, 'invoiceId');
    const period = field<string>(input, 'period');
    const data = { lineCount: prng.int(3, 400), currency: 'USD' };
    const fetched = b.task(thread, {
      name: 'FetchInvoiceData',
      input,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.fetchInvoice },
      attempts: [scenario === 'data-limit' ? { ok: false, ...lambdaErrors.dataLimit(), ms: prng.int(3000, 9000) } : { ok: true, result: data, ms: prng.int(200, 1500) }],
      retryDelaysMs: LAMBDA_RETRY_DELAYS_MS,
      output: () => withKey(input, 'data', data),
    });
    if (fetched.status === 'failed') return { status: 'FAILED', error: fetched.error, cause: fetched.cause };
    if (fetched.status !== 'ok') throw new Error('unreachable');

    const pdf = scenario === 'runtime' ? { bucket: 'acme-invoices-prod', pages: 0, warning: 'template invoice-v3 missing' } : { bucket: 'acme-invoices-prod', key: `invoices/${period}/${invoiceId}.pdf`, pages: prng.int(1, 14), sizeBytes: prng.int(40_000, 900_000) };
    const timeout: Attempt = { ok: false, timedOut: true, error: 'States.Timeout', ms: 120_000 };
    const attempts: Attempt[] =
      scenario === 'render-timeout' ? [timeout, timeout, timeout] : scenario === 'render-retry' ? [timeout, { ok: true, result: pdf, ms: prng.int(20_000, 90_000) }] : [{ ok: true, result: pdf, ms: prng.int(2500, 40_000) }];
    const rendered = b.task(thread, {
      name: 'RenderPdf',
      input: fetched.output,
      task: { kind: 'lambda', functionArn: DEMO_FUNCTIONS.renderPdf },
      timeoutSeconds: 120,
      attempts,
      retryDelaysMs: [10_000, 20_000],
      output: () => withKey(fetched.output, 'pdf', pdf),
    });
    if (rendered.status === 'failed') return { status: 'FAILED', error: rendered.error, cause: rendered.cause };
    if (rendered.status !== 'ok') throw new Error('unreachable');
    const state = rendered.output;

    if (scenario === 'runtime') {
      // Parameters cannot be resolved: the state fails right after it is entered.
      b.entered(thread, 'Task', 'StoreDocument', state);
      const enteredId = b.all.filter((draft) => !draft.dropped).length;
      return { status: 'FAILED', ...lambdaErrors.missingPath('StoreDocument', enteredId, '$.pdf.key', 'S.$', state) };
    }
    const stored = b.task(thread, {
      name: 'StoreDocument',
      input: state,
      task: {
        kind: 'service',
        resourceType: 'dynamodb',
        resource: 'putItem',
        parameters: { TableName: DEMO_INVOICE_TABLE, Item: { invoiceId: { S: invoiceId }, pdfKey: { S: field<string>(pdf, 'key') } } },
        result: { SdkHttpMetadata: { AllHttpHeaders: { 'x-amzn-RequestId': [prng.hex(52).toUpperCase()], 'Content-Length': ['2'], Date: ['Thu, 01 Jan 2026 00:00:00 GMT'], 'Content-Type': ['application/x-amz-json-1.0'] }, HttpHeaders: { 'Content-Length': '2', 'Content-Type': 'application/x-amz-json-1.0', Date: 'Thu, 01 Jan 2026 00:00:00 GMT' }, HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: prng.hex(52).toUpperCase() } },
      },
      attempts: [{ ok: true, result: null, ms: prng.int(15, 80) }],
      output: () => state,
    });
    if (stored.status !== 'ok') throw new Error('unreachable');
    b.choice(thread, 'ShouldEmail', state);
    if (field<string>(input, 'deliver') === 'email') {
      const bounced = lambdaErrors.node('MessageRejected', `Email address is not verified. The following identities failed the check in region US-EAST-1: ${field<string>(input, 'email')}`, 'send.js', 31);
      const emailed = b.task(thread, {
        name: 'EmailInvoice',
        input: state,
        task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.emailInvoice },
        attempts: [scenario === 'email-caught' ? { ok: false, error: 'MessageRejected', cause: bounced, ms: prng.int(200, 800) } : { ok: true, result: { messageId: `0100018c-${prng.hex(8)}-${prng.uuid()}-000000` }, ms: prng.int(200, 900) }],
        output: () => state,
        catchOutput: (error, cause) => withKey(state, 'emailError', { Error: error, Cause: cause }),
      });
      if (emailed.status !== 'ok' && emailed.status !== 'caught') throw new Error('unreachable');
      return { status: 'SUCCEEDED', output: b.succeedState(thread, 'Done', emailed.output) };
    }
    return { status: 'SUCCEEDED', output: b.succeedState(thread, 'Done', state) };
  },
};
