'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createSession, isSameOrigin, toSessionToken, type Operator } from '@/lib/auth';
import { getDb, recordAuditEntry, saveSetting } from '@/lib/db';
import { getAuthContext, identifyRequest, READ_ONLY_SETTING, SESSION_COOKIE, toAuthRequest } from './get-operator-access';

export type SignInState = { ok: boolean; message: string };

/** Failed sign-ins tolerated per client address within the window, before further attempts are refused. */
const MAX_FAILED_SIGN_INS = 5;
const FAILED_SIGN_IN_WINDOW_MS = 15 * 60_000;
const attempts = globalThis as unknown as { statescopeSignInFailures?: Map<string, number[]> };

const signInForm = z.object({
  secret: z.string().min(1, 'Enter the admin password or token.').max(4_096),
  next: z.string().optional(),
});

export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInForm.safeParse({ secret: formData.get('secret') ?? '', next: formData.get('next') ?? undefined });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Check the form.' };
  const headerList = await headers();
  if (!isSameOrigin(toAuthRequest(headerList))) return { ok: false, message: 'Refused: sign in from a Statescope page.' };
  const context = await getAuthContext();
  const signable = context.providers.filter((provider) => provider.signInLabel !== null);
  if (signable.length === 0) return { ok: false, message: 'Sign-in is not configured: set STATESCOPE_ADMIN_PASSWORD or STATESCOPE_ADMIN_TOKEN and restart.' };

  const client = headerList.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
  const nowMs = Date.now();
  const failures = (attempts.statescopeSignInFailures ??= new Map<string, number[]>());
  const recent = (failures.get(client) ?? []).filter((at) => at > nowMs - FAILED_SIGN_IN_WINDOW_MS);
  if (recent.length >= MAX_FAILED_SIGN_INS) {
    return { ok: false, message: `Too many failed sign-ins from this address; try again in ${Math.ceil((recent[0] + FAILED_SIGN_IN_WINDOW_MS - nowMs) / 60_000)} min.` };
  }

  let operator: Operator | null = null;
  for (const provider of signable) operator ??= await provider.signIn({ secret: parsed.data.secret });
  const db = await getDb();
  if (!operator) {
    failures.set(client, [...recent, nowMs]);
    await recordAuditEntry(db, { actor: 'anonymous', action: 'sign-in', targets: [], params: { client }, outcome: 'FAILED', results: [{ target: client, ok: false, message: 'wrong password or token' }] });
    return { ok: false, message: 'Wrong password or token.' };
  }
  failures.delete(client);
  const session = createSession(operator, { nowMs, ttlMs: context.config.sessionTtlMs });
  (await cookies()).set(SESSION_COOKIE, toSessionToken(session, context.sessionKey), {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(headerList),
    path: '/',
    expires: new Date(session.expiresAtMs),
  });
  await recordAuditEntry(db, { actor: operator.id, action: 'sign-in', targets: [], params: { client, provider: operator.provider }, outcome: 'SUCCEEDED' });
  redirect(toSafeNext(parsed.data.next));
}

export async function signOut(): Promise<void> {
  const headerList = await headers();
  if (!isSameOrigin(toAuthRequest(headerList))) return;
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
  const headerList = await headers();
  if (!isSameOrigin(toAuthRequest(headerList))) return { ok: false, message: 'Refused: change settings from a Statescope page.' };
  const context = await getAuthContext();
  const identity = await identifyRequest(context, toAuthRequest(headerList), (await cookies()).get(SESSION_COOKIE)?.value);
  if (!identity) return { ok: false, message: 'Sign in as an operator to change the read-only setting.' };
  if (context.config.readOnly) return { ok: false, message: 'STATESCOPE_READ_ONLY is set in the environment; unset it and restart to allow actions.' };
  const on = formData.get('readOnly') === 'on';
  const db = await getDb();
  await saveSetting(db, READ_ONLY_SETTING, on);
  await recordAuditEntry(db, { actor: identity.operator.id, action: 'read-only', targets: [], params: { readOnly: on }, outcome: 'SUCCEEDED' });
  revalidatePath('/', 'layout');
  return { ok: true, message: on ? 'Read-only is on: actions are hidden and refused.' : 'Read-only is off: signed-in operators can act.' };
}

function isSecureRequest(headerList: Headers): boolean {
  return process.env.STATESCOPE_COOKIE_SECURE === '1' || headerList.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** Only a path on this site: `//evil.example` and absolute URLs fall back to the failures page. */
function toSafeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/failures';
}
