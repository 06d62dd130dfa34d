import { field, functionName, sdkMetadata, type DemoKit } from '../demo-kit';
import { lambdaErrors } from '../lambda-errors';
import { DEMO_FUNCTIONS } from '../workflows';

export type OrderScenario =
  | 'happy'
  | 'approved'
  | 'rejected'
  | 'declined'
  | 'charge-retry'
  | 'charge-timeout'
  | 'ship-failure'
  | 'ship-failure-redriven'
  | 'validation-runtime'
  | 'invalid-order'
  | 'approval-timeout'
  | 'aborted'
  | 'waiting-approval';

const SKUS = ['SKU-CHAIR-OAK', 'SKU-DESK-120', 'SKU-LAMP-LED', 'SKU-MONITOR-27', 'SKU-DOCK-USB-C', 'SKU-KEYBOARD-MX', 'SKU-SOFA-3S'];
/** Scenarios that go through RequestApproval: their orders are large (the Choice sends ≥ 1000 to a reviewer). */
export const APPROVAL_SCENARIOS: readonly string[] = ['approved', 'rejected', 'approval-timeout', 'aborted', 'waiting-approval'];

/** Order processing: validate, a human approves large or risky orders (SQS + task token), charge, ship. */
export const orderProcessingKit: DemoKit<OrderScenario> = {
  workflow: 'order-processing',
  scenarios: [
    { scenario: 'happy', weight: 40 },
    { scenario: 'approved', weight: 10 },
    { scenario: 'rejected', weight: 3 },
    { scenario: 'declined', weight: 6 },
    { scenario: 'charge-retry', weight: 4 },
    { scenario: 'charge-timeout', weight: 2 },
    { scenario: 'ship-failure', weight: 2 },
    { scenario: 'validation-runtime', weight: 2 },
    { scenario: 'invalid-order', weight: 2 },
    { scenario: 'approval-timeout', weight: 2 },
    { scenario: 'aborted', weight: 2 },
  ],
  input(prng, scenario) {
    const large = APPROVAL_SCENARIOS.includes(scenario);
    const items = Array.from({ length: prng.int(1, 4) }, () => ({
      sku: prng.pick(SKUS),
      quantity: prng.int(1, large ? 12 : 3),
      unitPrice: prng.int(1500, large ? 45000 : 19000) / 100,
    }));
    let total = Math.round(items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0) * 100) / 100;
    if (large && total < 1000) total = Math.round((1000 + prng.int(0, 400000) / 100) * 100) / 100;
    if (!large && total >= 1000) total = Math.round(prng.int(2000, 99900)) / 100;
    return {
      orderId: `ord_${prng.hex(4).toUpperCase()}${prng.int(10000, 99999)}`,
      customerId: `cus_${prng.int(100000, 999999)}`,
      total,
      currency: 'USD',
      items,
      shippingAddress: { country: prng.pick(['US', 'US', 'US', 'CA', 'GB']), postalCode: String(prng.int(10000, 99999)) },
      channel: prng.pick(['web', 'web', 'ios', 'android']),
    };
  },
  name: (input) => `order-${field<string>(input, 'orderId')}`,
  handlers: ({ prng, scenarioOf, countersOf, work, hang, onApprovalRequested }) => ({
    async [functionName(DEMO_FUNCTIONS.validateOrder)](input, ctx) {
      await work(ctx, 120, 600);
      const scenario = scenarioOf(ctx);
      // This function version stopped returning riskScore; the state's ResultSelector needs it.
      if (scenario === 'validation-runtime') return { valid: true, checks: ['address', 'fraud-v2'] };
      if (scenario === 'invalid-order') {
        const address = field<{ country?: string; postalCode?: string } | undefined>(input, 'shippingAddress');
        throw lambdaErrors.node(
          'OrderValidationError',
          `shippingAddress.postalCode '${address?.postalCode ?? ''}' is not valid for country ${address?.country ?? '?'} (order ${field<string>(input, 'orderId')})`,
          'validate.js',
          41,
        );
      }
      const routine = !APPROVAL_SCENARIOS.includes(scenario);
      return { valid: true, riskScore: routine ? prng.int(3, 60) : prng.int(10, 95), orderId: field<string>(input, 'orderId') };
    },

    async 'arn:aws:states:::sqs:sendMessage'(input, ctx) {
      await work(ctx, 20, 90);
      const body = field<Record<string, unknown>>(input, 'MessageBody') ?? {};
      const taskToken = ctx.taskToken ?? String(body.TaskToken ?? '');
      if (taskToken) {
        onApprovalRequested?.({ taskToken, executionArn: ctx.executionArn, scenario: scenarioOf(ctx), orderId: String(body.orderId ?? ''), total: Number(body.total ?? 0) });
      }
      return { MD5OfMessageBody: prng.hex(32), MessageId: prng.uuid(), ...sdkMetadata(prng, ctx.clock.now(), 106) };
    },

    async [functionName(DEMO_FUNCTIONS.chargePayment)](input, ctx) {
      const scenario = scenarioOf(ctx);
      const orderId = field<string>(input, 'orderId');
      const customerId = field<string>(input, 'customerId');
      if (scenario === 'charge-timeout') {
        // The payment provider hangs past the state's 30 s timeout, on the retry as well.
        await hang(ctx, 45_000, 60_000);
      } else if (scenario === 'charge-retry' && ctx.attempt === 0) {
        await work(ctx, 100, 900);
        throw lambdaErrors.serviceException(prng);
      } else if (scenario === 'declined') {
        await work(ctx, 400, 1800);
        throw lambdaErrors.python(prng, 'PaymentDeclinedError', `Card declined for customer ${customerId} on order ${orderId}: ${prng.pick(['insufficient_funds', 'do_not_honor', 'expired_card'])}`, 58);
      } else await work(ctx, 600, 2500);
      return { chargeId: `ch_${prng.hex(24)}`, amount: field<number>(input, 'total'), currency: 'USD', status: 'captured' };
    },

    async [functionName(DEMO_FUNCTIONS.shipOrder)](_input, ctx) {
      await work(ctx, 200, 1500);
      const scenario = scenarioOf(ctx);
      const counters = countersOf(ctx);
      counters.shipCalls = (counters.shipCalls ?? 0) + 1;
      // The carrier API is down for every attempt of the first run; the redriven run gets through.
      if (scenario === 'ship-failure' || (scenario === 'ship-failure-redriven' && counters.shipCalls <= 4)) throw lambdaErrors.serviceException(prng);
      return { trackingNumber: `1Z${prng.hex(16).toUpperCase()}`, carrier: prng.pick(['UPS', 'FedEx', 'USPS']) };
    },

    async [functionName(DEMO_FUNCTIONS.notifyCustomer)](_input, ctx) {
      await work(ctx, 150, 700);
      return { messageId: prng.uuid(), channel: 'email' };
    },
  }),
};
