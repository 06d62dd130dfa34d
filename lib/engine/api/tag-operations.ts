import { z } from 'zod';
import { SfnApiError } from '@/lib/engine';
import type { ApiState } from './api-state';
import { checkArn } from './check-arn';
import { defineOperation, type SfnOperation } from './define-operation';
import { wire } from './wire-schemas';

/** Tags per resource: quotas.md (50 per resource). */
const MAX_TAGS = 50;

/** TagResource, UntagResource, ListTagsForResource on state machines and activities. */
export function createTagOperations(state: ApiState): Record<string, SfnOperation> {
  const resourceOrThrow = (arn: string) => {
    const type = checkArn(arn, ['stateMachine', 'activity']);
    const exists = type === 'stateMachine' ? state.engine.storage.getStateMachine(arn) : state.engine.storage.getActivity(arn);
    if (!exists) throw Object.assign(new SfnApiError('ResourceNotFound', `Resource not found: '${arn}'`), { resourceName: arn });
  };
  return {
    TagResource: defineOperation(z.object({ resourceArn: wire.arn, tags: wire.tags }), (input) => {
      resourceOrThrow(input.resourceArn);
      putTags(state, input.resourceArn, input.tags);
      return {};
    }),
    UntagResource: defineOperation(z.object({ resourceArn: wire.arn, tagKeys: z.array(wire.tagKey) }), (input) => {
      resourceOrThrow(input.resourceArn);
      const tags = { ...state.engine.getTags(input.resourceArn) };
      for (const key of input.tagKeys) delete tags[key];
      state.engine.putTags(input.resourceArn, tags);
      return {};
    }),
    ListTagsForResource: defineOperation(z.object({ resourceArn: wire.arn }), (input) => {
      resourceOrThrow(input.resourceArn);
      return { tags: Object.entries(state.engine.getTags(input.resourceArn)).map(([key, value]) => ({ key, value })) };
    }),
  };
}

/** Adds or overwrites tags; refuses to go past the per-resource limit, as AWS does. */
export function putTags(state: ApiState, arn: string, tags: readonly { key: string; value: string }[]): void {
  const next = { ...state.engine.getTags(arn) };
  for (const t of tags) next[t.key] = t.value;
  if (Object.keys(next).length > MAX_TAGS) throw Object.assign(new SfnApiError('TooManyTags', `Too many tags: a resource can have at most ${MAX_TAGS} tags`), { resourceName: arn });
  state.engine.putTags(arn, next);
}
