import type { Clock } from './clock';
import { SfnApiError } from './errors';
import { ACTIVITY_POLL_SECONDS } from './limits';
import type { EngineStorage } from './storage';
import type { ActivityTask, TaskRegistry } from './task-registry';

type ActivityApiContext = { storage: EngineStorage; registry: TaskRegistry; clock: Clock; region: string; account: string };

/** The engine's activity operations: create, delete, list, and GetActivityTask's long poll. */
export function createActivityApi({ storage, registry, clock, region, account }: ActivityApiContext) {
  return {
  createActivity(input: { name: string }): { activityArn: string; creationDate: Date } {
    const activityArn = `arn:aws:states:${region}:${account}:activity:${input.name}`;
    const existing = storage.getActivity(activityArn);
    const creationDate = existing?.creationDate ?? clock.now();
    if (!existing) storage.putActivity({ activityArn, name: input.name, creationDate });
    return { activityArn, creationDate: new Date(creationDate) };
  },

  deleteActivity(input: { activityArn: string }): void {
    storage.deleteActivity(input.activityArn);
  },

  listActivities() {
    return { activities: storage.listActivities().map((a) => ({ activityArn: a.activityArn, name: a.name, creationDate: new Date(a.creationDate) })) };
  },

  /** Long-polls for up to 60 s (on the engine's clock); an empty answer means no work. */
  getActivityTask(input: { activityArn: string; workerName?: string }): Promise<{ taskToken?: string; input?: string }> {
    if (!storage.getActivity(input.activityArn)) {
      return Promise.reject(new SfnApiError('ActivityDoesNotExist', `Activity Does Not Exist: '${input.activityArn}'`));
    }
    const queue = registry.activityQueues.get(input.activityArn);
    const take = (task: ActivityTask) => {
      task.onStarted(input.workerName);
      return { taskToken: task.taskToken, input: task.input };
    };
    const ready = queue?.shift();
    if (ready) return Promise.resolve(take(ready));
    return new Promise((resolve) => {
      const stop = new AbortController();
      const pollers = registry.activityPollers.get(input.activityArn) ?? [];
      const poller = (task: ActivityTask) => {
        stop.abort();
        resolve(take(task));
      };
      pollers.push(poller);
      registry.activityPollers.set(input.activityArn, pollers);
      clock.sleep(ACTIVITY_POLL_SECONDS * 1000, stop.signal).then(
        () => {
          const list = registry.activityPollers.get(input.activityArn);
          if (list) registry.activityPollers.set(input.activityArn, list.filter((p) => p !== poller));
          resolve({});
        },
        () => undefined,
      );
    });
  },
  };
}
