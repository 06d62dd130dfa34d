import type { Attempt, StepResult } from '../history-builder';
import { lambdaErrors, LAMBDA_RETRY_DELAYS_MS } from '../lambda-errors';
import { field, withKey, type Simulator } from '../simulation';
import { DEMO_FUNCTIONS } from '../workflows';

export type BillingScenario = 'cycle' | 'month-end' | 'map-failure' | 'data-limit';

type Account = { accountId: string; customerId: string; plan: string; amountCents: number };

const PLAN_PRICES: Record<string, number> = { starter: 2900, team: 9900, business: 49900 };

export const simulateMonthlyBilling: Simulator<BillingScenario> = {
  scenarios: [{ scenario: 'cycle', weight: 1 }],
  input(prng, scenario, startMs) {
    const date = new Date(startMs).toISOString().slice(0, 10);
    return { cycleId: `cyc_${date}`, cycleDay: Number(date.slice(8, 10)), currency: 'USD', dryRun: false, requestedBy: scenario === 'cycle' ? 'eventbridge-schedule' : 'eventbridge-schedule' };
  },
  name: (input, prng) => `${field<string>(input, 'cycleId').replace('cyc_', 'billing-')}-${prng.hex(6)}`,
  run(b, thread, input, scenario) {
    const prng = b.prng;
    const count = scenario === 'month-end' ? prng.int(320, 420) : scenario === 'map-failure' ? prng.int(60, 90) : prng.int(18, 70);
    const accounts: Account[] = Array.from({ length: count }, (_, i) => {
      const plan = prng.pick(['starter', 'starter', 'team', 'team', 'business']);
      return { accountId: `acct_${String(10000 + i * 7 + prng.int(0, 6))}`, customerId: `cus_${prng.int(100000, 999999)}`, plan, amountCents: PLAN_PRICES[plan] + prng.int(0, 40) * 100 };
    });
    const load = b.task(thread, {
      name: 'LoadAccounts',
      input,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.loadBillingAccounts },
      attempts: [scenario === 'data-limit' ? { ok: false, ...lambdaErrors.dataLimit(), ms: prng.int(8000, 14000) } : { ok: true, result: { accounts }, ms: prng.int(900, 4000) }],
      output: () => withKey(input, 'cycle', { accounts }),
    });
    if (load.status === 'failed') return { status: 'FAILED', error: load.error, cause: load.cause };
    if (load.status !== 'ok') throw new Error('unreachable');
    const failingIndex = scenario === 'map-failure' ? prng.int(12, 30) : -1;

    const mapped = b.fanOut(thread, {
      kind: 'Map',
      name: 'ChargeAccounts',
      input: load.output,
      lanes: count,
      concurrency: 20,
      run: (lane, index): StepResult => {
        const account = accounts[index];
        const charged = { accountId: account.accountId, status: 'CHARGED', chargeId: `ch_${prng.hex(24)}`, amountCents: account.amountCents };
        const attempts: Attempt[] = [];
        const roll = prng.next();
        if (index === failingIndex) {
          // The function ran out of memory: Lambda.Unknown is not in the Retry list, so the Map fails at once.
          attempts.push({ ok: false, ...lambdaErrors.runtimeExit(prng), ms: prng.int(2500, 6000) });
        } else {
          if (roll < 0.06) attempts.push({ ok: false, ...lambdaErrors.throttled(prng), ms: prng.int(20, 80) });
          if (roll > 0.96) {
            attempts.push({ ok: false, error: 'PaymentDeclinedError', cause: lambdaErrors.node('PaymentDeclinedError', `Charge for ${account.accountId} (${account.customerId}) declined: ${prng.pick(['insufficient_funds', 'card_expired', 'do_not_honor'])}`, 'charge.js', 77), ms: prng.int(400, 1500) });
          } else attempts.push({ ok: true, result: charged, ms: prng.int(350, 1800) });
        }
        const result = b.task(lane, {
          name: 'ChargeAccount',
          input: account,
          task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.chargeAccount },
          attempts,
          retryDelaysMs: LAMBDA_RETRY_DELAYS_MS,
          output: () => charged,
          catchOutput: roll > 0.96 && index !== failingIndex ? (error, cause) => withKey(account, 'declined', { Error: error, Cause: cause }) : undefined,
        });
        if (result.status !== 'caught') return result;
        const declined = { accountId: account.accountId, status: 'DECLINED', amountCents: account.amountCents };
        return { status: 'ok', output: b.pass(lane, 'RecordDecline', result.output, declined) };
      },
      output: (charges) => withKey(load.output, 'charges', charges),
    });
    if (mapped.status === 'failed') return { status: 'FAILED', error: mapped.error, cause: mapped.cause };
    if (mapped.status !== 'ok') throw new Error('unreachable');

    const cycleId = field<string>(input, 'cycleId');
    const report = { reportKey: `s3://acme-billing-reports/${cycleId.slice(4, 11)}/${cycleId}.csv` };
    const published = b.task(thread, {
      name: 'PublishReport',
      input: mapped.output,
      task: {
        kind: 'invoke',
        functionArn: DEMO_FUNCTIONS.publishBillingReport,
        parameters: { FunctionName: DEMO_FUNCTIONS.publishBillingReport, Payload: { cycleId, charges: field(mapped.output, 'charges') } },
      },
      attempts: [{ ok: true, result: report, ms: prng.int(800, 3000) }],
      output: () => report,
    });
    if (published.status !== 'ok') throw new Error('unreachable');
    return { status: 'SUCCEEDED', output: published.output };
  },
};
