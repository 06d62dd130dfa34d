import { cookies, headers } from 'next/headers';
import { CROSS_SITE_MESSAGE, getActionAccess, isCsrfTokenValid, isSameOrigin, type Operator } from '@/lib/auth';
import { AppError, type AppErrorCode } from '@/lib/errors';
import type { MutationName } from '../mutations';
import { getAuthContext, getRequestClient, identifyRequest, SESSION_COOKIE, toAuthRequest } from './get-operator-access';
import { recordRefusal } from './record-refusal';

/**
 * For server actions: the signed-in operator, or an AppError (401 signed out or not configured, 403
 * read-only or cross-site), after auditing the refusal. Next already compares a server action's Origin
 * with its Host; this checks it again against the host our server resolved, which a client cannot forge.
 * `allowReadOnly` is for the read-only switch alone.
 */
export async function requireOperator(mutation: MutationName, options: { allowReadOnly?: boolean } = {}): Promise<Operator> {
  const headerList = await headers();
  return checkOperator(mutation, headerList, (await cookies()).get(SESSION_COOKIE)?.value, { ...options, csrf: false });
}

/**
 * For route handlers that change something: the operator, with CSRF checked — same Origin and the page's
 * `x-csrf-token` for browser sessions; a bearer token needs neither (browsers never send it on their own).
 */
export async function requireRouteOperator(mutation: MutationName, request: Request): Promise<Operator> {
  return checkOperator(mutation, request.headers, (await cookies()).get(SESSION_COOKIE)?.value, { csrf: true });
}

async function checkOperator(
  mutation: MutationName,
  headerList: Headers,
  sessionToken: string | undefined,
  options: { allowReadOnly?: boolean; csrf: boolean },
): Promise<Operator> {
  const context = await getAuthContext();
  const authRequest = toAuthRequest(headerList);
  const client = getRequestClient(headerList);
  const identity = await identifyRequest(context, authRequest, sessionToken);
  const refuse = (code: AppErrorCode, reason: string, message: string): AppError => {
    recordRefusal({ action: mutation, reason, message, client: client.address, actor: identity?.operator.id ?? null });
    return new AppError({ code, message });
  };
  const access = getActionAccess({ readOnly: context.readOnly && !options.allowReadOnly, providerCount: context.providers.length, operator: identity?.operator ?? null });
  if (access.state !== 'allowed') throw refuse(access.state === 'read-only' ? 'forbidden' : 'unauthorized', access.state, access.message);
  if (identity?.viaBearer) return access.operator;
  if (!isSameOrigin(authRequest, client.host)) throw refuse('forbidden', 'cross-site', CROSS_SITE_MESSAGE);
  if (options.csrf && (!identity?.csrfSubject || !isCsrfTokenValid(headerList.get('x-csrf-token'), identity.csrfSubject, context.sessionKey))) {
    throw refuse('forbidden', 'csrf', 'Refused: missing or invalid CSRF token. Reload the page and try again.');
  }
  return access.operator;
}
