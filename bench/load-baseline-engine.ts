/**
 * The engine of another checkout (a `git worktree` of the commit to compare against), loaded beside
 * this one so `npm run bench:engine -- --baseline <dir>` measures old against new in one process, one
 * run, alternating. Its relative imports stay in that checkout; `@/lib/*` (ASL, model, db) resolves
 * to this checkout's, so the table isolates the engine itself.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as EngineModule from '@/lib/engine';

export type EngineLib = Pick<typeof EngineModule, 'createEngine' | 'createVirtualClock' | 'createDurableStorage'>;

export async function loadBaselineEngine(dir: string): Promise<EngineLib> {
  const entry = path.resolve(dir, 'lib', 'engine', 'index.ts');
  if (!existsSync(entry)) throw new Error(`--baseline ${dir}: no lib/engine/index.ts there (make one with git worktree add <dir> <commit>)`);
  const lib = (await import(entry)) as EngineLib;
  return { createEngine: lib.createEngine, createVirtualClock: lib.createVirtualClock, createDurableStorage: lib.createDurableStorage };
}
