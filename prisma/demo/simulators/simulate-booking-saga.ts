import type { Attempt, StepResult, Thread } from '../history-builder';
import type { HistoryBuilder } from '../history-builder';
import { lambdaErrors, LAMBDA_RETRY_DELAYS_MS } from '../lambda-errors';
import { field, withKey, type Simulator } from '../simulation';
import { DEMO_FUNCTIONS } from '../workflows';

export type SagaScenario = 'ok' | 'inventory-unavailable' | 'card-declined' | 'shipment-failed' | 'refund-retry';

/** Compensation steps retry everything (5 attempts, 5 s × 2^n). */
const COMPENSATION_DELAYS_MS = [5000, 10_000, 20_000, 40_000, 80_000];

export const simulateBookingSaga: Simulator<SagaScenario> = {
  scenarios: [
    { scenario: 'ok', weight: 24 },
    { scenario: 'inventory-unavailable', weight: 3 },
    { scenario: 'card-declined', weight: 3 },
    { scenario: 'shipment-failed', weight: 2 },
    { scenario: 'refund-retry', weight: 2 },
  ],
  input(prng) {
    const seats = prng.int(1, 4);
    return {
      bookingId: `bkg_${prng.hex(10)}`,
      customerId: `cus_${prng.int(100000, 999999)}`,
      tripId: `trip_${prng.pick(['LIS', 'BCN', 'NYC', 'TYO', 'CPT'])}_${prng.int(100, 999)}`,
      seats,
      amount: Math.round(seats * prng.int(8900, 64900)) / 100,
      currency: 'EUR',
      paymentMethodId: `pm_${prng.hex(20)}`,
    };
  },
  name: (input) => `booking-${field<string>(input, 'bookingId').slice(4)}`,
  run(b, thread, input, scenario) {
    const prng = b.prng;
    const bookingId = field<string>(input, 'bookingId');
    const catchTo = (state: unknown) => (error: string, cause: string | undefined) => withKey(state, 'error', { Error: error, Cause: cause });

    const reservationId = `res_${prng.hex(12)}`;
    const reserved = b.task(thread, {
      name: 'ReserveInventory',
      input,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.reserveInventory },
      attempts: [
        scenario === 'inventory-unavailable'
          ? { ok: false, error: 'InventoryUnavailableError', cause: lambdaErrors.node('InventoryUnavailableError', `Only ${prng.int(0, 1)} of ${field<number>(input, 'seats')} seats left on ${field<string>(input, 'tripId')} for booking ${bookingId}`, 'reserve.js', 48), ms: prng.int(150, 600) }
          : { ok: true, result: { reservationId }, ms: prng.int(150, 600) },
      ],
      output: () => withKey(input, 'reservation', { reservationId }),
      catchOutput: catchTo(input),
    });
    if (reserved.status === 'caught') return bookingFailed(b, thread, reserved.output);
    if (reserved.status !== 'ok') throw new Error('unreachable');

    const chargeId = `ch_${prng.hex(24)}`;
    const charged = b.task(thread, {
      name: 'ChargeCard',
      input: reserved.output,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.chargeCard },
      attempts: [
        scenario === 'card-declined'
          ? { ok: false, error: 'CardDeclinedError', cause: lambdaErrors.node('CardDeclinedError', `Payment method ${field<string>(input, 'paymentMethodId')} declined ${field<number>(input, 'amount')} EUR for booking ${bookingId}: insufficient_funds`, 'charge.js', 63), ms: prng.int(500, 2000) }
          : { ok: true, result: { chargeId }, ms: prng.int(500, 2000) },
      ],
      output: () => withKey(reserved.output, 'charge', { chargeId }),
      catchOutput: catchTo(reserved.output),
    });
    if (charged.status === 'caught') return compensate(b, thread, charged.output, ['ReleaseInventory'], scenario);
    if (charged.status !== 'ok') throw new Error('unreachable');

    const failShip = scenario === 'shipment-failed' || scenario === 'refund-retry';
    const shipAttempts: Attempt[] = failShip
      ? [
          { ok: false, ...lambdaErrors.serviceException(prng), ms: prng.int(300, 900) },
          { ok: false, error: 'CarrierApiError', cause: lambdaErrors.node('CarrierApiError', `Carrier DHL returned 503 for booking ${bookingId} (request ${prng.hex(16)})`, 'ship.js', 92), ms: prng.int(2000, 9000) },
        ]
      : [{ ok: true, result: { shipmentId: `shp_${prng.hex(10)}` }, ms: prng.int(800, 4000) }];
    const shipped = b.task(thread, {
      name: 'BookShipment',
      input: charged.output,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.bookShipment },
      timeoutSeconds: 60,
      attempts: shipAttempts,
      retryDelaysMs: LAMBDA_RETRY_DELAYS_MS,
      output: (result) => withKey(charged.output, 'shipment', result),
      catchOutput: catchTo(charged.output),
    });
    if (shipped.status === 'caught') return compensate(b, thread, shipped.output, ['RefundCard', 'ReleaseInventory'], scenario);
    if (shipped.status !== 'ok') throw new Error('unreachable');
    return { status: 'SUCCEEDED', output: b.succeedState(thread, 'BookingConfirmed', shipped.output) };
  },
};

function compensate(b: HistoryBuilder, thread: Thread, state: unknown, steps: ('RefundCard' | 'ReleaseInventory')[], scenario: SagaScenario) {
  const prng = b.prng;
  for (const step of steps) {
    const attempts: Attempt[] = [];
    if (step === 'RefundCard' && scenario === 'refund-retry') attempts.push({ ok: false, ...lambdaErrors.throttled(prng), ms: prng.int(20, 90) });
    attempts.push({ ok: true, result: { compensated: step, at: 'now' }, ms: prng.int(200, 1500) });
    const result: StepResult = b.task(thread, {
      name: step,
      input: state,
      task: { kind: 'invoke', functionArn: step === 'RefundCard' ? DEMO_FUNCTIONS.refundCard : DEMO_FUNCTIONS.releaseInventory },
      attempts,
      retryDelaysMs: COMPENSATION_DELAYS_MS,
      output: () => state,
    });
    if (result.status !== 'ok') throw new Error('unreachable');
  }
  return bookingFailed(b, thread, state);
}

function bookingFailed(b: HistoryBuilder, thread: Thread, state: unknown) {
  b.failState(thread, 'BookingFailed', state);
  const error = field<{ Error: string; Cause?: string }>(state, 'error');
  return { status: 'FAILED' as const, error: error.Error, ...(error.Cause !== undefined ? { cause: error.Cause } : {}) };
}
