import type { Attempt, StepResult } from '../history-builder';
import { lambdaErrors, LAMBDA_RETRY_DELAYS_MS } from '../lambda-errors';
import { field, withKey, type Simulator } from '../simulation';
import { DEMO_FUNCTIONS } from '../workflows';

export type OnboardingScenario = 'ok' | 'throttled' | 'duplicate' | 'provision-timeout';

export const simulateUserOnboarding: Simulator<OnboardingScenario> = {
  scenarios: [
    { scenario: 'ok', weight: 40 },
    { scenario: 'throttled', weight: 5 },
    { scenario: 'duplicate', weight: 4 },
    { scenario: 'provision-timeout', weight: 2 },
  ],
  input(prng) {
    const first = prng.pick(['ana', 'li', 'omar', 'sofia', 'jonas', 'priya', 'kenji', 'maria', 'tom']);
    return {
      email: `${first}.${prng.hex(4)}@${prng.pick(['gmail.com', 'outlook.com', 'northwind.io', 'globex.net'])}`,
      plan: prng.pick(['free', 'free', 'free', 'team', 'team', 'enterprise']),
      signupSource: prng.pick(['web', 'web', 'google-sso', 'invite']),
      locale: prng.pick(['en-US', 'en-GB', 'de-DE', 'pt-BR', 'ja-JP']),
    };
  },
  name: (_input, prng) => prng.uuid(),
  run(b, thread, input, scenario) {
    const prng = b.prng;
    const userId = `usr_${prng.hex(12)}`;
    const attempts: Attempt[] = [];
    if (scenario === 'throttled') attempts.push({ ok: false, ...lambdaErrors.throttled(prng), ms: prng.int(20, 60) });
    attempts.push(
      scenario === 'duplicate'
        ? { ok: false, error: 'UserAlreadyExistsError', cause: lambdaErrors.node('UserAlreadyExistsError', `A user with email ${field<string>(input, 'email')} already exists (usr_${prng.hex(12)})`, 'create-user.js', 27), ms: prng.int(80, 300) }
        : { ok: true, result: { userId }, ms: prng.int(80, 300) },
    );
    const created = b.task(thread, {
      name: 'CreateUser',
      input,
      task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.createUser },
      attempts,
      retryDelaysMs: LAMBDA_RETRY_DELAYS_MS,
      output: () => withKey(input, 'user', { userId }),
    });
    if (created.status === 'failed') return { status: 'FAILED', error: created.error, cause: created.cause };
    if (created.status !== 'ok') throw new Error('unreachable');
    const state = created.output;

    const setUp = b.fanOut(thread, {
      kind: 'Parallel',
      name: 'SetUp',
      input: state,
      lanes: 2,
      concurrency: 2,
      run: (lane, index): StepResult => {
        if (index === 0) {
          const sent = { messageId: `0100018c-${prng.hex(8)}`, template: 'welcome-v4' };
          return b.task(lane, { name: 'SendWelcomeEmail', input: state, task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.sendWelcome }, attempts: [{ ok: true, result: sent, ms: prng.int(150, 900) }], output: () => sent });
        }
        const workspace = { workspaceId: `ws_${prng.hex(10)}`, region: 'us-east-1' };
        const provisionAttempts: Attempt[] = scenario === 'provision-timeout' ? [{ ok: false, timedOut: true, error: 'States.Timeout', ms: 60_000 }] : [{ ok: true, result: workspace, ms: prng.int(1200, 9000) }];
        return b.task(lane, { name: 'ProvisionWorkspace', input: state, task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.provisionWorkspace }, timeoutSeconds: 60, attempts: provisionAttempts, output: () => workspace });
      },
      output: (setup) => withKey(state, 'setup', setup),
    });
    if (setUp.status === 'failed') return { status: 'FAILED', error: setUp.error, ...(setUp.cause !== undefined ? { cause: setUp.cause } : {}) };
    if (setUp.status !== 'ok') throw new Error('unreachable');
    b.choice(thread, 'IsEnterprise', setUp.output);
    if (field<string>(input, 'plan') === 'enterprise') {
      const notified = b.task(thread, { name: 'NotifySales', input: setUp.output, task: { kind: 'invoke', functionArn: DEMO_FUNCTIONS.notifySales }, attempts: [{ ok: true, result: { ok: true }, ms: prng.int(100, 500) }], output: () => setUp.output });
      if (notified.status !== 'ok') throw new Error('unreachable');
    }
    return { status: 'SUCCEEDED', output: b.succeedState(thread, 'Welcomed', setUp.output) };
  },
};
