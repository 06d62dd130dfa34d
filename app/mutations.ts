/**
 * Every server action and every route handler that changes something, with the guard it passes through.
 * test/browser/mutations.test.ts calls each one signed out, cross-site, with a forged CSRF token, behind a
 * spoofed X-Forwarded-Host and in read-only mode, and checks the database did not change; a server action
 * in the build or a mutating route handler that is missing here fails that test.
 */
export type MutationGuard =
  /** A signed-in operator, same-site, refused in read-only mode. */
  | 'operator'
  /** A signed-in operator, same-site, even in read-only mode (the switch that turns it off). */
  | 'operator-even-read-only'
  /** Anyone, same-site, throttled per client (signing in). */
  | 'sign-in'
  /** Same-site; ends the caller's own session. */
  | 'session';

export type Mutation =
  | { kind: 'action'; module: string; exportName: string; guard: MutationGuard }
  | { kind: 'route'; module: string; method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; guard: MutationGuard };

export const MUTATIONS = {
  'sign-in': { kind: 'action', module: 'app/login/actions.ts', exportName: 'signIn', guard: 'sign-in' },
  'sign-out': { kind: 'action', module: 'app/login/actions.ts', exportName: 'signOut', guard: 'session' },
  'read-only': { kind: 'action', module: 'app/login/actions.ts', exportName: 'setReadOnly', guard: 'operator-even-read-only' },
  import: { kind: 'action', module: 'app/import/actions.ts', exportName: 'importFiles', guard: 'operator' },
  'plan-action': { kind: 'action', module: 'app/failures/actions.ts', exportName: 'planAction', guard: 'operator' },
  'execution-action': { kind: 'route', module: 'app/failures/run/route.ts', method: 'POST', path: '/failures/run', guard: 'operator' },
  'settings-change': { kind: 'action', module: 'app/settings/actions.ts', exportName: 'saveThresholds', guard: 'operator' },
  'source-save': { kind: 'action', module: 'app/sources/actions.ts', exportName: 'saveSourceAction', guard: 'operator' },
  'source-delete': { kind: 'action', module: 'app/sources/actions.ts', exportName: 'deleteSourceAction', guard: 'operator' },
  'source-sync': { kind: 'action', module: 'app/sources/actions.ts', exportName: 'syncSourceNowAction', guard: 'operator' },
  'source-test': { kind: 'action', module: 'app/sources/actions.ts', exportName: 'testSavedSourceAction', guard: 'operator' },
  'alert-rule-save': { kind: 'action', module: 'app/alerts/actions.ts', exportName: 'saveAlertRuleAction', guard: 'operator' },
  'alert-rule-delete': { kind: 'action', module: 'app/alerts/actions.ts', exportName: 'deleteAlertRuleAction', guard: 'operator' },
  'alert-mute': { kind: 'action', module: 'app/alerts/actions.ts', exportName: 'muteSubjectAction', guard: 'operator' },
  'budget-save': { kind: 'action', module: 'app/alerts/actions.ts', exportName: 'saveBudgetAction', guard: 'operator' },
} as const satisfies Record<string, Mutation>;

export type MutationName = keyof typeof MUTATIONS;
