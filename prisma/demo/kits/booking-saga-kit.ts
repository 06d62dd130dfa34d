import { field, functionName, type DemoKit } from '../demo-kit';
import { lambdaErrors } from '../lambda-errors';
import { DEMO_FUNCTIONS } from '../workflows';

/** Every failure here is caught: the saga undoes what it did and ends in its Fail state with the original error. */
export type SagaScenario = 'ok' | 'inventory-unavailable' | 'card-declined' | 'shipment-failed' | 'shipment-timeout' | 'refund-retry';

/** Booking saga: reserve, charge, ship; refund and release in reverse order when a step fails. */
export const bookingSagaKit: DemoKit<SagaScenario> = {
  workflow: 'booking-saga',
  scenarios: [
    { scenario: 'ok', weight: 24 },
    { scenario: 'inventory-unavailable', weight: 3 },
    { scenario: 'card-declined', weight: 3 },
    { scenario: 'shipment-failed', weight: 2 },
    { scenario: 'shipment-timeout', weight: 1 },
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
  handlers: ({ prng, scenarioOf, work, hang }) => ({
    async [functionName(DEMO_FUNCTIONS.reserveInventory)](input, ctx) {
      await work(ctx, 150, 600);
      if (scenarioOf(ctx) === 'inventory-unavailable') {
        throw lambdaErrors.node(
          'InventoryUnavailableError',
          `Only ${prng.int(0, 1)} of ${field<number>(input, 'seats')} seats left on ${field<string>(input, 'tripId')} for booking ${field<string>(input, 'bookingId')}`,
          'reserve.js',
          48,
        );
      }
      return { reservationId: `res_${prng.hex(12)}` };
    },

    async [functionName(DEMO_FUNCTIONS.chargeCard)](input, ctx) {
      await work(ctx, 500, 2000);
      if (scenarioOf(ctx) === 'card-declined') {
        throw lambdaErrors.node(
          'CardDeclinedError',
          `Payment method ${field<string>(input, 'paymentMethodId')} declined ${field<number>(input, 'amount')} EUR for booking ${field<string>(input, 'bookingId')}: insufficient_funds`,
          'charge.js',
          63,
        );
      }
      return { chargeId: `ch_${prng.hex(24)}` };
    },

    async [functionName(DEMO_FUNCTIONS.bookShipment)](input, ctx) {
      const scenario = scenarioOf(ctx);
      if (scenario === 'shipment-timeout') await hang(ctx, 70_000, 90_000); // past the state's 60 s
      if (scenario === 'shipment-failed' || scenario === 'refund-retry') {
        if (ctx.attempt === 0) {
          await work(ctx, 300, 900);
          throw lambdaErrors.serviceException(prng);
        }
        await work(ctx, 2000, 9000);
        throw lambdaErrors.node('CarrierApiError', `Carrier DHL returned 503 for booking ${field<string>(input, 'bookingId')} (request ${prng.hex(16)})`, 'ship.js', 92);
      }
      await work(ctx, 800, 4000);
      return { shipmentId: `shp_${prng.hex(10)}` };
    },

    async [functionName(DEMO_FUNCTIONS.refundCard)](_input, ctx) {
      if (scenarioOf(ctx) === 'refund-retry' && ctx.attempt === 0) {
        await work(ctx, 20, 90);
        throw lambdaErrors.throttled(prng);
      }
      await work(ctx, 200, 1500);
      return { refundId: `re_${prng.hex(24)}` };
    },

    async [functionName(DEMO_FUNCTIONS.releaseInventory)](_input, ctx) {
      await work(ctx, 200, 1500);
      return { released: true };
    },

    async [functionName(DEMO_FUNCTIONS.cancelShipment)](_input, ctx) {
      await work(ctx, 200, 1200);
      return { cancelled: true };
    },
  }),
};
