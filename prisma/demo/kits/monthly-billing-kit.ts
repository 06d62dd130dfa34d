import { field, functionName, type DemoKit } from '../demo-kit';
import { lambdaErrors } from '../lambda-errors';
import { DEMO_FUNCTIONS } from '../workflows';

/** `dunning` declines a few cards up front, so its Map sits in WaitBeforeRetry for an hour (the live demo). */
export type BillingScenario = 'cycle' | 'month-end' | 'map-failure' | 'data-limit' | 'dunning';

const PLAN_PRICES: Record<string, number> = { starter: 2900, team: 9900, business: 49900 };
const DECLINE_REASONS = ['insufficient_funds', 'card_expired', 'do_not_honor'];

/** Accounts per run: month-end bills everyone; `data-limit` loads so many that the result passes 256 KiB. */
const ACCOUNT_COUNTS: Record<BillingScenario, [number, number]> = {
  cycle: [18, 70],
  'month-end': [320, 420],
  'map-failure': [60, 90],
  'data-limit': [3000, 3200],
  dunning: [36, 48],
};

/** Monthly billing: load the cycle's accounts, charge each in a Map (declines retried an hour later), publish a report. */
export const monthlyBillingKit: DemoKit<BillingScenario> = {
  workflow: 'monthly-billing',
  scenarios: [{ scenario: 'cycle', weight: 1 }],
  input(_prng, _scenario, startMs) {
    const date = new Date(startMs).toISOString().slice(0, 10);
    return { cycleId: `cyc_${date}`, cycleDay: Number(date.slice(8, 10)), currency: 'USD', dryRun: false, requestedBy: 'eventbridge-schedule' };
  },
  name: (input, prng) => `${field<string>(input, 'cycleId').replace('cyc_', 'billing-')}-${prng.hex(6)}`,
  handlers: ({ prng, scenarioOf, countersOf, work }) => ({
    async [functionName(DEMO_FUNCTIONS.loadBillingAccounts)](_input, ctx) {
      const scenario = scenarioOf(ctx) as BillingScenario;
      const [min, max] = ACCOUNT_COUNTS[scenario] ?? ACCOUNT_COUNTS.cycle;
      await work(ctx, scenario === 'data-limit' ? 8000 : 900, scenario === 'data-limit' ? 14_000 : 4000);
      const accounts = Array.from({ length: prng.int(min, max) }, (_, i) => {
        const plan = prng.pick(['starter', 'starter', 'team', 'team', 'business']);
        return { accountId: `acct_${String(10000 + i * 7 + prng.int(0, 6))}`, customerId: `cus_${prng.int(100000, 999999)}`, plan, amountCents: PLAN_PRICES[plan] + prng.int(0, 40) * 100 };
      });
      return { accounts };
    },

    async [functionName(DEMO_FUNCTIONS.chargeAccount)](input, ctx) {
      const scenario = scenarioOf(ctx) as BillingScenario;
      const counters = countersOf(ctx);
      const call = (counters.chargeCalls = (counters.chargeCalls ?? 0) + 1);
      const accountId = field<string>(input, 'accountId');
      const customerId = field<string>(input, 'customerId');
      const amountCents = field<number>(input, 'amountCents');
      const declined = () =>
        lambdaErrors.node('PaymentDeclinedError', `Charge for ${accountId} (${customerId}) declined: ${prng.pick(DECLINE_REASONS)}`, 'charge.js', 77);
      if (scenario === 'map-failure' && call === 17) {
        // Out of memory: Lambda.Unknown is not in the Retry list, so the Map fails at once.
        await work(ctx, 2500, 6000);
        throw lambdaErrors.runtimeExit(prng);
      }
      const roll = prng.next();
      if (ctx.stateName === 'RetryCharge') {
        await work(ctx, 400, 1500);
        if (roll < 0.5) throw declined();
      } else {
        // `attempt` counts every call of the state in this execution, so throttles are rolled per call.
        if (roll < 0.04) {
          await work(ctx, 20, 80);
          throw lambdaErrors.throttled(prng);
        }
        await work(ctx, 350, 1800);
        if (roll > 0.96 || (scenario === 'dunning' && call <= 3)) throw declined();
      }
      return { accountId, status: 'CHARGED', chargeId: `ch_${prng.hex(24)}`, amountCents };
    },

    async [functionName(DEMO_FUNCTIONS.publishBillingReport)](input, ctx) {
      await work(ctx, 800, 3000);
      const cycleId = String(field<string>(input, 'cycleId') ?? `cyc_${new Date(ctx.clock.now()).toISOString().slice(0, 10)}`);
      return { reportKey: `s3://acme-billing-reports/${cycleId.slice(4, 11)}/${cycleId}.csv` };
    },
  }),
};
