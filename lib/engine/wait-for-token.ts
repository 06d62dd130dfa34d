import type { Thread } from './execution-types';
import { PropagatedError } from './propagated-error';
import type { TaskRegistry } from './task-registry';

/**
 * Waits for SendTaskSuccess/Failure on `token` (callback tasks, activities), failing with
 * States.HeartbeatTimeout when no heartbeat comes in time; an outcome accepted before a restart is taken at once.
 */
export function waitForToken(registry: TaskRegistry, thread: Thread, token: string, heartbeatSeconds: number | undefined, activityArn: string | undefined): Promise<unknown> {
  const { clock, tokens } = registry;
  return new Promise<unknown>((resolve, reject) => {
    let beat: AbortController | undefined;
    const cleanup = () => {
      beat?.abort();
      tokens.delete(token);
    };
    const arm = () => {
      beat?.abort();
      if (heartbeatSeconds === undefined) return;
      beat = new AbortController();
      clock.sleep(heartbeatSeconds * 1000, beat.signal).then(
        () => {
          cleanup();
          reject(new PropagatedError('States.HeartbeatTimeout', '', true));
        },
        () => undefined,
      );
    };
    tokens.set(token, {
      resolve: (v) => {
        cleanup();
        resolve(v);
      },
      reject: (e) => {
        cleanup();
        reject(e);
      },
      heartbeat: arm,
      activityArn,
    });
    thread.signal.addEventListener('abort', () => {
      cleanup();
      reject(thread.signal.reason);
    }, { once: true });
    arm();
    const accepted = registry.acceptedOutcomes.get(token);
    if (accepted) {
      registry.acceptedOutcomes.delete(token);
      const waiter = tokens.get(token);
      if ('output' in accepted) waiter?.resolve(JSON.parse(accepted.output) as unknown);
      else waiter?.reject(new PropagatedError(accepted.error, accepted.cause, true));
    }
  });
}
