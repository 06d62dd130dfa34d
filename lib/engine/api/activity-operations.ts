import { z } from 'zod';
import { SfnApiError } from '@/lib/engine';
import type { ApiState } from './api-state';
import { checkArn } from './check-arn';
import { defineOperation, type SfnOperation } from './define-operation';
import { paginate } from './paginate';
import { putTags } from './tag-operations';
import { wire } from './wire-schemas';

/** Activities, the long poll for their work, and the task-token callbacks (activities and .waitForTaskToken). */
export function createActivityOperations(state: ApiState): Record<string, SfnOperation> {
  const { engine } = state;
  const activityOrThrow = (activityArn: string) => {
    checkArn(activityArn, ['activity']);
    const a = engine.storage.getActivity(activityArn);
    if (!a) throw new SfnApiError('ActivityDoesNotExist', `Activity Does Not Exist: '${activityArn}'`);
    return a;
  };
  return {
    CreateActivity: defineOperation(z.object({ name: wire.name, tags: wire.tags.optional() }), (input) => {
      const out = engine.createActivity({ name: input.name });
      if (input.tags) putTags(state, out.activityArn, input.tags);
      return out;
    }),

    DescribeActivity: defineOperation(z.object({ activityArn: wire.arn }), (input) => {
      const a = activityOrThrow(input.activityArn);
      return { activityArn: a.activityArn, name: a.name, creationDate: new Date(a.creationDate) };
    }),

    ListActivities: defineOperation(z.object({ maxResults: wire.maxResults, nextToken: wire.nextToken }), (input) => {
      const all = engine.listActivities().activities.sort((a, b) => (a.activityArn < b.activityArn ? -1 : 1));
      const { page, nextToken } = paginate(all, {
        scope: 'ListActivities',
        ...input,
        now: engine.clock.now(),
        cursorOf: (a) => a.activityArn,
        isAfter: (a, cursor) => a.activityArn > String(cursor),
      });
      return { activities: page, nextToken };
    }),

    DeleteActivity: defineOperation(z.object({ activityArn: wire.arn }), (input) => {
      checkArn(input.activityArn, ['activity']);
      engine.deleteActivity(input);
      engine.putTags(input.activityArn, {});
      return {};
    }),

    // Long poll (up to 60 s on the engine's clock); `{}` when no work came.
    GetActivityTask: defineOperation(z.object({ activityArn: wire.arn, workerName: wire.workerName.optional() }), (input) => {
      activityOrThrow(input.activityArn);
      return engine.getActivityTask(input);
    }),

    SendTaskSuccess: defineOperation(z.object({ taskToken: wire.taskToken, output: wire.payload }), (input) => {
      engine.sendTaskSuccess(input);
      return {};
    }),

    SendTaskFailure: defineOperation(z.object({ taskToken: wire.taskToken, error: wire.error, cause: wire.cause }), (input) => {
      engine.sendTaskFailure(input);
      return {};
    }),

    SendTaskHeartbeat: defineOperation(z.object({ taskToken: wire.taskToken }), (input) => {
      engine.sendTaskHeartbeat(input);
      return {};
    }),
  };
}
