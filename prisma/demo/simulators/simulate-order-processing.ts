import type { Attempt } from '../history-builder';
import { lambdaErrors, LAMBDA_RETRY_DELAYS_MS } from '../lambda-errors';
import { field, withKey, type Simulator } from '../simulation';
import { DEMO_APPROVAL_QUEUE_URL, DEMO_FUNCTIONS } from '../workflows';

export type OrderScenario =
  | 'happy'
  | 'approved'
  | 'rejected'
  | 'declined'
  | 'charge-retry'
  | 'charge-timeout'
  | 'ship-failure'
  | 'validation-runtime'
  | 'approval-timeout'
  | 'aborted'
  | 'waiting-approval';

const SKUS = ['SKU-CHAIR-OAK', 'SKU-DESK-120', 'SKU-LAMP-LED', 'SKU-MONITOR-27', 'SKU-DOCK-USB-C', 'SKU-KEYBOARD-MX', 'SKU-SOFA-3S'];
const HOUR = 3_600_000;

export const simulateOrderProcessing: Simulator<OrderScenario> = {
  scenarios: [
    { scenario: 'happy', weight: 40 },
    { scenario: 'approved', weight: 10 },
    { scenario: 'rejected', weight: 3 },
    { scenario: 'declined', weight: 6 },
    { scenario: 'charge-retry', weight: 4 },
    { scenario: 'charge-timeout', weight: 2 },
    { scenario: 'ship-failure', weight: 2 },
    { scenario: 'validation-runtime', weight: 2 },
    { scenario: 'approval-timeout', weight: 2 },
    { scenario: 'aborted', weight: 2 },
  ],
  input(prng, scenario) {
    const large = ['approved', 'rejected', 'approval-timeout', 'aborted', 'waiting-approval'].includes(scenario);
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
  run(b, thread, input, scenario) {
    const prng = b.prng;
    const orderId = field<string>(input, 'orderId');
    const customerId = field<string>(input, 'customerId');
    const total = field<number>(input, 'total');

    const riskScore = scenario === 'happy' || scenario.startsWith('charge') || scenario === 'declined' || scenario === 'ship-failure' ? prng.int(3, 60) : prng.int(10, 95);
    const validation = scenario === 'validation-runtime' ? { valid: true } : { valid: true, riskScore };
    const validated = b.task(thread, {
      name: 'ValidateOrder',
      input,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.validateOrder },
      attempts: [{ ok: true, result: validation, ms: prng.int(120, 600) }],
      output: () => withKey(input, 'validation', validation),
      // ResultSelector reads $.Payload.riskScore, which this Lambda version stopped returning.
      resultFailure:
        scenario === 'validation-runtime' ? (result) => lambdaErrors.missingPath('ValidateOrder', 2, '$.Payload.riskScore', 'riskScore.$', result) : undefined,
    });
    if (validated.status === 'failed') return { status: 'FAILED', error: validated.error, cause: validated.cause };
    if (validated.status !== 'ok') throw new Error('unreachable');
    let state = validated.output;
    b.choice(thread, 'NeedsApproval', state);

    if (total >= 1000 || riskScore > 70) {
      const answer = scenario === 'rejected' ? 'rejected' : 'approved';
      const reviewer = prng.pick(['u_mgarcia', 'u_jchen', 'u_aokafor', 'u_lschmidt']);
      const pendingAt = scenario === 'waiting-approval' || scenario === 'approval-timeout' || scenario === 'aborted' ? ('submitted' as const) : undefined;
      const rejectCause = `Reviewer ${reviewer} rejected order ${orderId}: shipping address does not match billing country`;
      const approval = b.task(thread, {
        name: 'RequestApproval',
        input: state,
        task: {
          kind: 'callback',
          parameters: { QueueUrl: DEMO_APPROVAL_QUEUE_URL, MessageBody: { orderId, total, customerId, TaskToken: `AQCEAAAAKgAAAAMAAAAAAAAAA${prng.hex(40)}` } },
          submitted: {
            MD5OfMessageBody: prng.hex(32),
            MessageId: prng.uuid(),
            SdkHttpMetadata: { AllHttpHeaders: { 'x-amzn-RequestId': [prng.uuid()], 'Content-Length': ['106'], Date: ['Thu, 01 Jan 2026 00:00:00 GMT'], 'Content-Type': ['application/x-amz-json-1.0'] }, HttpHeaders: { 'Content-Length': '106', 'Content-Type': 'application/x-amz-json-1.0', Date: 'Thu, 01 Jan 2026 00:00:00 GMT' }, HttpStatusCode: 200 },
            SdkResponseMetadata: { RequestId: prng.uuid() },
          },
        },
        pendingAt,
        callbackMs: prng.int(10 * 60_000, 30 * HOUR),
        attempts: [answer === 'approved' ? { ok: true, result: { approved: true, reviewer, note: 'ok to ship' }, ms: 0 } : { ok: false, error: 'OrderRejected', cause: rejectCause, ms: 0 }],
        output: (result) => withKey(state, 'approval', result),
        catchOutput: (error, cause) => withKey(state, 'error', { Error: error, Cause: cause }),
      });
      if (approval.status === 'pending') {
        if (scenario === 'approval-timeout') return { status: 'TIMED_OUT', afterMs: 604_800_000 };
        if (scenario === 'aborted') {
          return { status: 'ABORTED', afterMs: b.durationMs + prng.int(2 * HOUR, 40 * HOUR), error: 'OrderCancelled', cause: `Customer ${customerId} cancelled order ${orderId} before review (ticket SUP-${prng.int(10000, 99999)})` };
        }
        return { status: 'RUNNING' };
      }
      if (approval.status === 'caught') {
        const notified = b.task(thread, {
          name: 'NotifyRejected',
          input: approval.output,
          task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.notifyCustomer },
          attempts: [{ ok: true, result: { messageId: prng.uuid() }, ms: prng.int(150, 700) }],
          output: () => approval.output,
        });
        if (notified.status !== 'ok') throw new Error('unreachable');
        return { status: 'SUCCEEDED', output: b.succeedState(thread, 'OrderRejectedByReviewer', notified.output) };
      }
      if (approval.status !== 'ok') throw new Error('unreachable');
      state = approval.output;
    }

    const chargeAttempts: Attempt[] = [];
    const charged = { chargeId: `ch_${prng.hex(24)}`, amount: total, currency: 'USD', status: 'captured' };
    const declineCause = lambdaErrors.python(prng, 'PaymentDeclinedError', `Card declined for customer ${customerId} on order ${orderId}: ${prng.pick(['insufficient_funds', 'do_not_honor', 'expired_card'])}`, 58);
    if (scenario === 'charge-retry') chargeAttempts.push({ ok: false, ...lambdaErrors.serviceException(prng), ms: prng.int(100, 900) });
    if (scenario === 'charge-timeout') {
      chargeAttempts.push({ ok: false, timedOut: true, error: 'States.Timeout', ms: 30_000 }, { ok: false, timedOut: true, error: 'States.Timeout', ms: 30_000 });
    } else if (scenario === 'declined') {
      chargeAttempts.push({ ok: false, error: 'PaymentDeclinedError', cause: declineCause, ms: prng.int(400, 1800) });
    } else {
      chargeAttempts.push({ ok: true, result: charged, ms: prng.int(600, 2500) });
    }
    const charge = b.task(thread, {
      name: 'ChargePayment',
      input: state,
      task: { kind: 'lambda', functionArn: DEMO_FUNCTIONS.chargePayment },
      timeoutSeconds: 30,
      attempts: chargeAttempts,
      retryDelaysMs: scenario === 'charge-timeout' ? [5000] : LAMBDA_RETRY_DELAYS_MS,
      output: (result) => withKey(state, 'payment', result),
      catchOutput: scenario === 'declined' ? (error, cause) => withKey(state, 'error', { Error: error, Cause: cause }) : undefined,
    });
    if (charge.status === 'failed') return { status: 'FAILED', error: charge.error, cause: charge.cause };
    if (charge.status === 'caught') {
      const notified = b.task(thread, {
        name: 'NotifyDeclined',
        input: charge.output,
        task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.notifyCustomer },
        attempts: [{ ok: true, result: { messageId: prng.uuid() }, ms: prng.int(150, 700) }],
        output: () => charge.output,
      });
      if (notified.status !== 'ok') throw new Error('unreachable');
      b.failState(thread, 'PaymentDeclined', notified.output);
      return { status: 'FAILED', error: 'PaymentDeclined', cause: 'The card was declined; the customer has been notified.' };
    }
    if (charge.status !== 'ok') throw new Error('unreachable');
    state = charge.output;

    const shipment = { trackingNumber: `1Z${prng.hex(16).toUpperCase()}`, carrier: prng.pick(['UPS', 'FedEx', 'USPS']) };
    const shipAttempts: Attempt[] =
      scenario === 'ship-failure'
        ? [0, 1, 2, 3].map(() => ({ ok: false as const, ...lambdaErrors.serviceException(prng), ms: prng.int(200, 1200) }))
        : [{ ok: true, result: shipment, ms: prng.int(300, 1500) }];
    const shipped = b.task(thread, {
      name: 'ShipOrder',
      input: state,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.shipOrder },
      attempts: shipAttempts,
      retryDelaysMs: LAMBDA_RETRY_DELAYS_MS,
      output: () => withKey(state, 'shipment', shipment),
    });
    if (shipped.status === 'failed') return { status: 'FAILED', error: shipped.error, cause: shipped.cause };
    if (shipped.status !== 'ok') throw new Error('unreachable');
    return { status: 'SUCCEEDED', output: b.succeedState(thread, 'OrderCompleted', shipped.output) };
  },
};
