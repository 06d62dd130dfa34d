import { NextResponse, type NextRequest } from 'next/server';

/**
 * A fresh nonce per page request and the Content-Security-Policy that allows only scripts carrying it
 * (Next adds the nonce to its own inline and bundle scripts when it finds it in the request's CSP header).
 * Inline style attributes stay allowed: React components and the charts set them, and a style cannot run
 * code. The other security headers, the same for every response, are in next.config.ts.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const policy = getContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export function getContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    // React's development build evaluates source maps with eval; the production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const config = {
  // Pages and route handlers; not the hashed static files, which carry no inline script.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
