import { field, functionName, sdkMetadata, type DemoKit } from '../demo-kit';
import { lambdaErrors } from '../lambda-errors';
import { DEMO_FUNCTIONS } from '../workflows';

/**
 * `data-limit`: the fetched invoice passes 256 KiB; `runtime`: the renderer returns no key, so StoreDocument's
 * `$.pdf.key` matches nothing; `email-caught`: SES rejects the address and the Catch carries on.
 */
export type InvoiceScenario = 'email' | 'portal' | 'large' | 'render-retry' | 'render-timeout' | 'data-limit' | 'email-caught' | 'runtime';

const PRODUCTS = ['Compute hours (m7g.large)', 'Storage GB-month (gp3)', 'Support plan – Business', 'API requests (per 1M)', 'Data transfer out (GB)', 'Seat licence – Team'];

/** Invoice PDF: fetch the invoice, render it (a slow Lambda with a timeout), store it in DynamoDB, e-mail it. */
export const invoicePdfKit: DemoKit<InvoiceScenario> = {
  workflow: 'invoice-pdf',
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
    const lines = scenario === 'large' ? prng.int(180, 320) : 0;
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
  handlers: ({ prng, scenarioOf, work, hang }) => ({
    async [functionName(DEMO_FUNCTIONS.fetchInvoice)](input, ctx) {
      if (scenarioOf(ctx) === 'data-limit') {
        // A customer with years of usage lines: the function's result is past Step Functions' 256 KiB.
        await work(ctx, 3000, 9000);
        const usage = Array.from({ length: 3200 }, (_, i) => ({ line: i + 1, meter: prng.pick(PRODUCTS), quantity: prng.int(1, 99999), amountCents: prng.int(1, 90000) }));
        return { lineCount: usage.length, currency: 'USD', usage };
      }
      await work(ctx, 200, 1500);
      const inline = field<unknown[] | undefined>(input, 'lineItems');
      return { lineCount: inline?.length ?? prng.int(3, 400), currency: 'USD' };
    },

    async [functionName(DEMO_FUNCTIONS.renderPdf)](input, ctx) {
      const scenario = scenarioOf(ctx);
      // Past the state's 120 s TimeoutSeconds: every attempt of render-timeout, the first of render-retry.
      if (scenario === 'render-timeout' || (scenario === 'render-retry' && ctx.attempt === 0)) await hang(ctx, 150_000, 200_000);
      else await work(ctx, scenario === 'render-retry' ? 20_000 : 2500, scenario === 'render-retry' ? 90_000 : 40_000);
      const period = field<string | undefined>(input, 'period') ?? new Date(ctx.clock.now()).toISOString().slice(0, 7);
      if (scenario === 'runtime') return { bucket: 'acme-invoices-prod', pages: 0, warning: 'template invoice-v3 missing' };
      return { bucket: 'acme-invoices-prod', key: `invoices/${period}/${field<string>(input, 'invoiceId')}.pdf`, pages: prng.int(1, 14), sizeBytes: prng.int(40_000, 900_000) };
    },

    async 'arn:aws:states:::dynamodb:putItem'(_input, ctx) {
      await work(ctx, 15, 80);
      return sdkMetadata(prng, ctx.clock.now(), 2);
    },

    async [functionName(DEMO_FUNCTIONS.emailInvoice)](input, ctx) {
      await work(ctx, 200, 900);
      if (scenarioOf(ctx) === 'email-caught') {
        throw lambdaErrors.node('MessageRejected', `Email address is not verified. The following identities failed the check in region US-EAST-1: ${field<string>(input, 'email')}`, 'send.js', 31);
      }
      return { messageId: `0100018c-${prng.hex(8)}-${prng.uuid()}-000000` };
    },
  }),
};
