import { field, functionName, type DemoKit } from '../demo-kit';
import { lambdaErrors } from '../lambda-errors';
import { DEMO_FUNCTIONS } from '../workflows';

/** `throttle-storm`: a sign-up burst keeps CreateUser throttled through every retry. */
export type OnboardingScenario = 'ok' | 'throttled' | 'throttle-storm' | 'duplicate' | 'provision-timeout';

/** User onboarding (Express): create the user, then welcome e-mail and workspace in parallel; sales hears of enterprise sign-ups. */
export const userOnboardingKit: DemoKit<OnboardingScenario> = {
  workflow: 'user-onboarding',
  scenarios: [
    { scenario: 'ok', weight: 40 },
    { scenario: 'throttled', weight: 5 },
    { scenario: 'throttle-storm', weight: 2 },
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
  handlers: ({ prng, scenarioOf, work, hang }) => ({
    async [functionName(DEMO_FUNCTIONS.createUser)](input, ctx) {
      const scenario = scenarioOf(ctx);
      await work(ctx, 80, 300);
      if ((scenario === 'throttled' && ctx.attempt === 0) || scenario === 'throttle-storm') throw lambdaErrors.throttled(prng);
      if (scenario === 'duplicate') {
        throw lambdaErrors.node('UserAlreadyExistsError', `A user with email ${field<string>(input, 'email')} already exists (usr_${prng.hex(12)})`, 'create-user.js', 27);
      }
      return { userId: `usr_${prng.hex(12)}` };
    },

    async [functionName(DEMO_FUNCTIONS.sendWelcome)](_input, ctx) {
      await work(ctx, 150, 900);
      return { messageId: `0100018c-${prng.hex(8)}`, template: 'welcome-v4' };
    },

    async [functionName(DEMO_FUNCTIONS.provisionWorkspace)](_input, ctx) {
      // Past the state's 60 s TimeoutSeconds when the workspace cluster is saturated.
      if (scenarioOf(ctx) === 'provision-timeout') await hang(ctx, 75_000, 90_000);
      else await work(ctx, 1200, 9000);
      return { workspaceId: `ws_${prng.hex(10)}`, region: 'us-east-1' };
    },

    async [functionName(DEMO_FUNCTIONS.notifySales)](_input, ctx) {
      await work(ctx, 100, 500);
      return { ok: true };
    },
  }),
};
