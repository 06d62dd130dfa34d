import type { NextConfig } from 'next';

/*
 * The generated Prisma clients (lib/db/generated/*) are bundled like any source. Bundled, they read their
 * wasm query compiler from <cwd>/lib/db/generated/<provider>/ (Prisma's own fallback for bundlers), so
 * `next start` must run from the project root, as `npm start` does. The build's "tracing of the whole
 * project" warnings come from that file access and only matter for `output: 'standalone'`, unused here.
 */
const nextConfig: NextConfig = {
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
      bodySizeLimit: '100mb',
    },
  },
};

export default nextConfig;
