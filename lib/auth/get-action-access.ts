import type { Operator } from './operator';

/** Whether the current request may act on executions, and if not, what the page should tell the user. */
export type ActionAccess =
  | { state: 'allowed'; operator: Operator }
  | { state: 'read-only' | 'not-configured' | 'signed-out'; operator: Operator | null; message: string };

export const READ_ONLY_MESSAGE =
  'Statescope is read-only (STATESCOPE_READ_ONLY or the read-only setting): redrive, stop and send-task actions are hidden and refused.';
export const NOT_CONFIGURED_MESSAGE =
  'Actions are disabled: no operator is configured. Set STATESCOPE_ADMIN_PASSWORD (at least 8 characters) or STATESCOPE_ADMIN_TOKEN (at least 16) in the server environment and restart Statescope to enable redrive, stop and send-task actions.';
export const SIGNED_OUT_MESSAGE = 'Sign in as an operator to act: import histories, redrive, stop or answer executions, change sources and settings.';

/** Read-only wins over everything; then an operator must be configured and signed in. */
export function getActionAccess(input: { readOnly: boolean; providerCount: number; operator: Operator | null }): ActionAccess {
  if (input.readOnly) return { state: 'read-only', operator: input.operator, message: READ_ONLY_MESSAGE };
  if (input.providerCount === 0) return { state: 'not-configured', operator: null, message: NOT_CONFIGURED_MESSAGE };
  if (!input.operator) return { state: 'signed-out', operator: null, message: SIGNED_OUT_MESSAGE };
  return { state: 'allowed', operator: input.operator };
}
