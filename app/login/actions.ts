'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createSession, createSignInThrottle, isSameOrigin, toSessionToken, type Operator, type SignInThrottle } from '@/lib/auth';
import { getDb, recordAuditEntry, saveSetting } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { getAuthContext, getRequestClient, identifyRequest, READ_ONLY_SETTING, SESSION_COOKIE, toAuthRequest } from './get-operator-access';
import { recordRefusal } from './record-refusal';
import { requireOperator } from './require-operator';

export type SignInState = { ok: boolean; message: string };

const shared = globalThis as unknown as { statescopeSignInThrottle?: SignInThrottle };
const throttle = (shared.statescopeSignInThrottle ??= createSignInThrottle());

const signInForm = z.object({
  secret: z.string().min(1, 'Enter the admin password or token.').max(4_096),
  next: z.string().max(2_048).optional(),
});

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInForm.safeParse({ secret: formData.get('secret') ?? '', next: formData.get('next') ?? undefined });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the form.' };
  const headerList = await headers();
  const client = getRequestClient(headerList);
  const refuse = (reason: string, message: string): SignInState => {
    recordRefusal({ action: 'sign-in', reason, message, client: client.address, actor: null });
    return { ok: false, message };
  };
  if (!isSameOrigin(toAuthRequest(headerList), client.host)) return refuse('cross-site', 'Refused: sign in from a Statescope page.');
  const context = await getAuthContext();
  const signable = context.providers.filter((provider) => provider.signInLabel !== null);
  if (signable.length === 0) return { ok: false, message: 'Sign-in is not configured: set STATESCOPE_ADMIN_PASSWORD or STATESCOPE_ADMIN_TOKEN and restart.' };

  // Keyed on the client's address as the socket (and trusted proxies) tell it, never on a header it sets.
  const nowMs = Date.now();
  const verdict = throttle.check(client.address, nowMs);
  if (!verdict.allowed) return refuse('throttled', `Too many wrong guesses from this address; wait ${Math.ceil(verdict.retryAfterMs / 1_000)} s before trying again.`);

  let operator: Operator | null = null;
  for (const provider of signable) operator ??= await provider.signIn({ secret: parsed.data.secret });
  if (!operator) {
    throttle.recordFailure(client.address, nowMs);
    return refuse('wrong-secret', 'Wrong password or token.');
  }
  throttle.recordSuccess(client.address);
  const session = createSession(operator, { nowMs, ttlMs: context.config.sessionTtlMs });
  (await cookies()).set(SESSION_COOKIE, toSessionToken(session, context.sessionKey), {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.STATESCOPE_COOKIE_SECURE === '1' || client.proto === 'https',
    path: '/',
    expires: new Date(session.expiresAtMs),
  });
  await recordAuditEntry(await getDb(), { actor: operator.id, action: 'sign-in', targets: [], params: { client: client.address, provider: operator.provider }, outcome: 'SUCCEEDED' });
  redirect(toSafeNext(parsed.data.next));
}

export async function signOut(): Promise<void> {
  const headerList = await headers();
  const client = getRequestClient(headerList);
  if (!isSameOrigin(toAuthRequest(headerList), client.host)) {
    recordRefusal({ action: 'sign-out', reason: 'cross-site', message: 'Refused: sign out from a Statescope page.', client: client.address, actor: null });
    return;
  }
  const cookieStore = await cookies();
  const identity = await identifyRequest(await getAuthContext(), toAuthRequest(headerList), cookieStore.get(SESSION_COOKIE)?.value);
  cookieStore.delete(SESSION_COOKIE);
  if (identity) await recordAuditEntry(await getDb(), { actor: identity.operator.id, action: 'sign-out', targets: [], outcome: 'SUCCEEDED' });
  redirect('/login');
}

export type ReadOnlyState = { ok: boolean; message: string };

/**
 * Turns the read-only setting on or off. Needs a signed-in operator but not the actions gate (read-only
 * would refuse its own switch); the environment's STATESCOPE_READ_ONLY cannot be overridden from here.
 */
export async function setReadOnly(_previous: ReadOnlyState, formData: FormData): Promise<ReadOnlyState> {
  let operator: Operator;
  try {
    operator = await requireOperator('read-only', { allowReadOnly: true });
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  const context = await getAuthContext();
  if (context.config.readOnly) return { ok: false, message: 'STATESCOPE_READ_ONLY is set in the environment; unset it and restart to allow actions.' };
  const on = formData.get('readOnly') === 'on';
  const db = await getDb();
  await saveSetting(db, READ_ONLY_SETTING, on);
  await recordAuditEntry(db, { actor: operator.id, action: 'read-only', targets: [], params: { readOnly: on }, outcome: 'SUCCEEDED' });
  revalidatePath('/', 'layout');
  return { ok: true, message: on ? 'Read-only is on: actions are hidden and refused.' : 'Read-only is off: signed-in operators can act.' };
}

/**
 * Only a path on this site: `//evil.example`, absolute URLs, backslashes and control characters (browsers
 * drop tabs and newlines, so `/\t/evil.example` would become `//evil.example`) fall back to the failures page.
 */
function toSafeNext(next: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return next && /^\/(?![/\\])[^\\\u0000-\u001f\u007f]*$/.test(next) ? next : '/failures';
}
