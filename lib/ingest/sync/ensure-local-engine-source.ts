import { findSourceByName, saveSource, type Db } from '@/lib/db';
import type { SourceSettings } from '@/lib/model';

export const LOCAL_ENGINE_SOURCE_NAME = 'Local engine';
/** npm start's engine runs demo executions that move every few seconds: sync it often. */
export const LOCAL_ENGINE_SYNC_INTERVAL_SEC = 30;

/**
 * Registers the engine `npm start` runs as the LOCAL source "Local engine", or points the existing one at
 * today's endpoint (the port may have changed). A user's interval and enabled switch are kept.
 */
export async function ensureLocalEngineSource(db: Db, endpoint: string, options: { region?: string; syncIntervalSec?: number } = {}): Promise<SourceSettings> {
  const existing = await findSourceByName(db, LOCAL_ENGINE_SOURCE_NAME);
  if (existing && existing.kind === 'LOCAL' && existing.endpoint === endpoint) return existing;
  return saveSource(
    db,
    {
      kind: 'LOCAL',
      name: LOCAL_ENGINE_SOURCE_NAME,
      region: existing?.region ?? options.region ?? 'us-east-1',
      profile: null,
      roleArn: null,
      endpoint,
      syncIntervalSec: existing ? existing.syncIntervalSec : (options.syncIntervalSec ?? LOCAL_ENGINE_SYNC_INTERVAL_SEC),
      maxRequestsPerSec: existing?.maxRequestsPerSec ?? null,
      enabled: existing?.enabled ?? true,
    },
    existing?.id,
  );
}
