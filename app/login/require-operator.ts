import { cookies, headers } from 'next/headers';
import { getActionAccess, isCsrfTokenValid, isSameOrigin, type Operator } from '@/lib/auth';
import { AppError } from '@/lib/errors';
import { getAuthContext, getOperatorAccess, identifyRequest, SESSION_COOKIE, toAuthRequest } from './get-operator-access';

/**
 * For server actions: the signed-in operator, or an AppError (401 signed out or not configured, 403
 * read-only or cross-site). Next already compares a server action's Origin with its Host; checking it
 * again here keeps the guard whole if this is called from anywhere else.
 */
export async function requireOperator(): Promise<Operator> {
  const access = await getOperatorAccess();
  if (access.state !== 'allowed') throw new AppError({ code: access.state === 'read-only' ? 'forbidden' : 'unauthorized', message: access.message });
  if (!access.viaBearer && !isSameOrigin(toAuthRequest(await headers()))) {
    throw new AppError({ code: 'forbidden', message: 'Refused: the request did not come from a Statescope page (Origin check).' });
  }
  return access.operator;
}

/**
 * For route handlers that change something: the operator, with CSRF checked — same Origin and the page's
 * `x-csrf-token` for browser sessions; a bearer token needs neither (browsers never send it on their own).
 */
export async function requireRouteOperator(request: Request): Promise<Operator> {
  const context = await getAuthContext();
  const authRequest = toAuthRequest(request.headers);
  const identity = await identifyRequest(context, authRequest, (await cookies()).get(SESSION_COOKIE)?.value);
  const access = getActionAccess({ readOnly: context.readOnly, providerCount: context.providers.length, operator: identity?.operator ?? null });
  if (access.state !== 'allowed') throw new AppError({ code: access.state === 'read-only' ? 'forbidden' : 'unauthorized', message: access.message });
  if (identity?.viaBearer) return access.operator;
  if (!isSameOrigin(authRequest)) throw new AppError({ code: 'forbidden', message: 'Refused: the request did not come from a Statescope page (Origin check).' });
  if (!identity?.csrfSubject || !isCsrfTokenValid(request.headers.get('x-csrf-token'), identity.csrfSubject, context.sessionKey)) {
    throw new AppError({ code: 'forbidden', message: 'Refused: missing or invalid CSRF token. Reload the page and try again.' });
  }
  return access.operator;
}
