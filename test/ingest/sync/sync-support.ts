import { saveSource, type Db } from '@/lib/db';
import type { SyncClock } from '@/lib/ingest';

/** A clock whose sleeps return at once and move time on, recording each pause. */
export function createTestClock(start = Date.UTC(2026, 10, 20, 12, 0, 0)): SyncClock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => (now += ms),
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}

export async function addAwsSource(db: Db, name = 'prod (eu-central-1)', region = 'eu-central-1'): Promise<number> {
  const source = await saveSource(db, {
    kind: 'AWS',
    name,
    region,
    profile: null,
    roleArn: null,
    endpoint: null,
    syncIntervalSec: null,
    maxRequestsPerSec: null,
    enabled: true,
  });
  return source.id;
}

export const ACCOUNT = '111122223333';
export const machineArn = (name: string, region = 'eu-central-1') => `arn:aws:states:${region}:${ACCOUNT}:stateMachine:${name}`;
export const PASS_DEFINITION = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
