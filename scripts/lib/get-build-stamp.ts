import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where `next build` writes, as next.config.ts reads it. */
export const NEXT_DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';

const BUILD_INPUTS = ['app', 'lib', 'proxy.ts', 'next.config.ts', 'package.json', 'tsconfig.json', 'tsconfig.next.json'];

/** Changes whenever a file the build reads changes, so `npm start` rebuilds exactly when it must. */
export function getBuildStamp(root: string = process.cwd()): string {
  const hash = createHash('sha256');
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      if (entry.endsWith(`${path.sep}generated`)) return;
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      hash.update(`${entry}\0${stat.size}\0${stat.mtimeMs}\0`);
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest('hex');
}
