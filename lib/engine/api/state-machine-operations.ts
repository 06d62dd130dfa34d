import { z } from 'zod';
import { SfnApiError } from '@/lib/engine';
import type { ApiState } from './api-state';
import { checkArn } from './check-arn';
import { checkDefinition } from './check-definition';
import { defineOperation, type SfnOperation } from './define-operation';
import { paginate } from './paginate';
import { putTags } from './tag-operations';
import { wire } from './wire-schemas';

/** The model's cap on diagnostics returned by ValidateStateMachineDefinition. */
const MAX_DIAGNOSTICS = 100;

/** CreateStateMachine, UpdateStateMachine, DescribeStateMachine, ListStateMachines, DeleteStateMachine, ValidateStateMachineDefinition. */
export function createStateMachineOperations(state: ApiState): Record<string, SfnOperation> {
  const { engine } = state;
  return {
    CreateStateMachine: defineOperation(
      z.object({ name: wire.name, definition: wire.definition, roleArn: wire.arn, type: wire.stateMachineType, tags: wire.tags.optional() }),
      (input) => {
        if (!input.roleArn.startsWith('arn:')) throw new SfnApiError('InvalidArn', `Invalid Arn: 'Invalid ARN prefix: ${input.roleArn}'`);
        checkDefinition(input.definition);
        const out = engine.createStateMachine(input);
        if (input.tags) putTags(state, out.stateMachineArn, input.tags);
        return out;
      },
    ),

    UpdateStateMachine: defineOperation(
      z.object({ stateMachineArn: wire.arn, definition: wire.definition.optional(), roleArn: wire.arn.optional(), loggingConfiguration: z.unknown().optional(), tracingConfiguration: z.unknown().optional() }),
      (input) => {
        checkArn(input.stateMachineArn, ['stateMachine']);
        if (input.definition === undefined && input.roleArn === undefined && input.loggingConfiguration === undefined && input.tracingConfiguration === undefined) {
          throw new SfnApiError('MissingRequiredParameter', 'Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified');
        }
        if (input.definition !== undefined) checkDefinition(input.definition);
        return engine.updateStateMachine({ stateMachineArn: input.stateMachineArn, definition: input.definition, roleArn: input.roleArn });
      },
    ),

    DescribeStateMachine: defineOperation(z.object({ stateMachineArn: wire.arn, includedData: wire.includedData }), (input) => {
      checkArn(input.stateMachineArn, ['stateMachine']);
      return engine.describeStateMachine(input);
    }),

    ListStateMachines: defineOperation(z.object({ maxResults: wire.maxResults, nextToken: wire.nextToken }), (input) => {
      const all = engine.listStateMachines().stateMachines.sort((a, b) => (a.stateMachineArn < b.stateMachineArn ? -1 : 1));
      const { page, nextToken } = paginate(all, {
        scope: 'ListStateMachines',
        ...input,
        now: engine.clock.now(),
        cursorOf: (sm) => sm.stateMachineArn,
        isAfter: (sm, cursor) => sm.stateMachineArn > String(cursor),
      });
      return { stateMachines: page, nextToken };
    }),

    DeleteStateMachine: defineOperation(z.object({ stateMachineArn: wire.arn }), (input) => {
      checkArn(input.stateMachineArn, ['stateMachine']);
      engine.deleteStateMachine(input);
      engine.putTags(input.stateMachineArn, {});
      return {};
    }),

    ValidateStateMachineDefinition: defineOperation(
      z.object({ definition: wire.definition, type: wire.stateMachineType, severity: z.enum(['ERROR', 'WARNING']).optional(), maxResults: z.number().int().min(0).max(MAX_DIAGNOSTICS).optional() }),
      (input) => {
        const { result, diagnostics } = engine.validateStateMachineDefinition(input);
        const wanted = input.severity === 'ERROR' ? diagnostics.filter((d) => d.severity === 'ERROR') : diagnostics;
        const max = input.maxResults || MAX_DIAGNOSTICS;
        return { result, diagnostics: wanted.slice(0, max), truncated: wanted.length > max };
      },
    ),
  };
}
