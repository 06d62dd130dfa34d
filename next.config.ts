import type { NextConfig } from 'next';

/*
 * The generated Prisma clients (lib/db/generated/*) are bundled like any source. Bundled, they read their
 * wasm query compiler from <cwd>/lib/db/generated/<provider>/ (Prisma's own fallback for bundlers), so
 * `next start` must run from the project root, as `npm start` does. The build's "tracing of the whole
 * project" warnings come from that file access and only matter for `output: 'standalone'`, unused here.
 */
/** Headers on every response; the Content-Security-Policy, with its per-request nonce, is set in proxy.ts. */
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Execution ARNs and account ids are in our URLs: never send them to another site.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

/** STATESCOPE_MAX_UPLOAD_MB, as lib/auth's getUploadLimits reads it (its server refuses larger bodies first). */
const maxUploadMb = Number(process.env.STATESCOPE_MAX_UPLOAD_MB) > 0 ? Number(process.env.STATESCOPE_MAX_UPLOAD_MB) : 100;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  // NEXT_DIST_DIR lets parallel checkouts or test runs build side by side without clobbering one `.next`.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Native and driver modules load from node_modules at run time instead of being bundled:
  // better-sqlite3 is a native addon, and pg's optional native bindings confuse the bundler.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg'],
  typescript: {
    // The build checks what the app bundles (app/, lib/). Scripts, tests and benches run under tsx and
    // vitest with Node's env typing, not Next's, and `npm run typecheck` covers the whole tree.
    tsconfigPath: 'tsconfig.next.json',
  },
  experimental: {
    serverActions: {
      // History uploads: a 25,000-event history with payloads runs to tens of megabytes.
      bodySizeLimit: `${maxUploadMb}mb`,
    },
  },
};

export default nextConfig;
