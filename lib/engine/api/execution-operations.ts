import { z } from 'zod';
import { SfnApiError, type DescribeExecutionOutput } from '@/lib/engine';
import type { ApiState } from './api-state';
import { checkArn } from './check-arn';
import { defineOperation, type SfnOperation } from './define-operation';
import { definitionForExecution } from './definition-for-execution';
import { paginate } from './paginate';
import { readHistory } from './read-history';
import { findMapRunOrThrow, findStateDefinition } from './read-map-runs';
import { wire } from './wire-schemas';

/** Express billing: 64 MB minimum, 100 ms increments (pricing.md). */
const BILLED_MEMORY_MB = 64;
const BILLING_INCREMENT_MS = 100;

const NOT_SUPPORTED = 'This operation is not supported by this type of state machine';

/**
 * StartExecution, StartSyncExecution, StopExecution, RedriveExecution, DescribeExecution,
 * ListExecutions, GetExecutionHistory and DescribeStateMachineForExecution.
 */
export function createExecutionOperations(state: ApiState): Record<string, SfnOperation> {
  const { engine } = state;

  const startInput = z.object({ stateMachineArn: wire.arn, name: wire.name.optional(), input: wire.payload.optional(), traceHeader: wire.traceHeader.optional() });
  const machineForStart = (arn: string) => {
    checkArn(arn, ['stateMachine']);
    const base = arn.split('#')[0];
    if (base.slice(base.indexOf(':stateMachine:')).includes('/')) {
      throw new SfnApiError('ValidationException', `Cannot start an execution of a Map Run's state machine: '${base}'`);
    }
    return engine.describeStateMachine({ stateMachineArn: base });
  };
  const describe = (executionArn: string, allowExpressChild: boolean): DescribeExecutionOutput => {
    const type = checkArn(executionArn, allowExpressChild ? ['execution', 'express'] : ['execution']);
    const out = engine.describeExecution({ executionArn });
    if (type === 'express' && !out.mapRunArn) throw new SfnApiError('InvalidArn', "Invalid Arn: 'Resource type not valid in this context: express'");
    return out;
  };

  return {
    StartExecution: defineOperation(startInput, (input) => {
      machineForStart(input.stateMachineArn);
      return engine.startExecution({ stateMachineArn: input.stateMachineArn, name: input.name, input: input.input });
    }),

    StartSyncExecution: defineOperation(startInput.extend({ includedData: wire.includedData }), async (input) => {
      const sm = machineForStart(input.stateMachineArn);
      if (sm.type !== 'EXPRESS') throw new SfnApiError('StateMachineTypeNotSupported', NOT_SUPPORTED);
      const out = await engine.startSyncExecution({ stateMachineArn: input.stateMachineArn, name: input.name, input: input.input });
      const billedMs = Math.max(BILLING_INCREMENT_MS, Math.ceil((out.stopDate.getTime() - out.startDate.getTime()) / BILLING_INCREMENT_MS) * BILLING_INCREMENT_MS);
      const withData = input.includedData !== 'METADATA_ONLY';
      return {
        executionArn: out.executionArn,
        stateMachineArn: out.stateMachineArn,
        name: out.name,
        startDate: out.startDate,
        stopDate: out.stopDate,
        status: out.status,
        error: out.error,
        cause: out.cause,
        input: withData ? out.input : undefined,
        inputDetails: { included: withData },
        output: withData ? out.output : undefined,
        outputDetails: out.output !== undefined ? { included: withData } : undefined,
        billingDetails: { billedMemoryUsedInMB: BILLED_MEMORY_MB, billedDurationInMilliseconds: billedMs },
      };
    }),

    StopExecution: defineOperation(z.object({ executionArn: wire.arn, error: wire.error, cause: wire.cause }), async (input) => {
      checkArn(input.executionArn, ['execution']);
      const out = engine.stopExecution(input);
      // Answer once ExecutionAborted is written (the handler then waits for it to be durable).
      await engine.waitForExecution(input.executionArn);
      return out;
    }),

    // Express executions (Map Run children included) are refused by the engine with ExecutionNotRedrivable.
    RedriveExecution: defineOperation(z.object({ executionArn: wire.arn, clientToken: z.string().min(1).max(64).optional() }), async (input) => {
      checkArn(input.executionArn, ['execution', 'express']);
      return engine.redriveExecution(input);
    }),

    DescribeExecution: defineOperation(z.object({ executionArn: wire.arn, includedData: wire.includedData }), (input) => {
      const out = describe(input.executionArn, true);
      const noData = input.includedData === 'METADATA_ONLY' ? { input: undefined, output: undefined, inputDetails: undefined, outputDetails: undefined } : {};
      return { ...out, ...noData };
    }),

    ListExecutions: defineOperation(
      z.object({
        stateMachineArn: wire.arn.optional(),
        mapRunArn: wire.mapRunArn.optional(),
        statusFilter: wire.executionStatus.optional(),
        redriveFilter: z.enum(['REDRIVEN', 'NOT_REDRIVEN']).optional(),
        maxResults: wire.maxResults,
        nextToken: z.string().min(1).max(3096).optional(),
      }),
      async (input) => {
        if ((input.stateMachineArn === undefined) === (input.mapRunArn === undefined)) {
          throw new SfnApiError('ValidationException', 'Exactly one of stateMachineArn and mapRunArn must be provided');
        }
        if (input.statusFilter === 'PENDING_REDRIVE' && !input.mapRunArn) {
          throw new SfnApiError('ValidationException', 'The PENDING_REDRIVE status filter can only be used together with a mapRunArn');
        }
        if (input.stateMachineArn) {
          checkArn(input.stateMachineArn, ['stateMachine']);
          if (engine.describeStateMachine({ stateMachineArn: input.stateMachineArn }).type === 'EXPRESS') throw new SfnApiError('StateMachineTypeNotSupported', NOT_SUPPORTED);
        }
        if (input.mapRunArn) {
          checkArn(input.mapRunArn, ['mapRun']);
          await findMapRunOrThrow(state, input.mapRunArn);
        }
        const all = engine
          .listExecutions({ stateMachineArn: input.stateMachineArn, mapRunArn: input.mapRunArn, statusFilter: input.statusFilter })
          .executions.filter((e) => !input.redriveFilter || (e.redriveCount > 0) === (input.redriveFilter === 'REDRIVEN'))
          .sort((a, b) => b.startDate.getTime() - a.startDate.getTime() || (a.executionArn < b.executionArn ? 1 : -1));
        const { page, nextToken } = paginate(all, {
          scope: `ListExecutions:${input.stateMachineArn ?? ''}:${input.mapRunArn ?? ''}:${input.statusFilter ?? ''}:${input.redriveFilter ?? ''}`,
          maxResults: input.maxResults,
          nextToken: input.nextToken,
          now: engine.clock.now(),
          cursorOf: (e) => [e.startDate.getTime(), e.executionArn],
          isAfter: (e, cursor) => {
            const [ms, arn] = Array.isArray(cursor) ? cursor : [Number(cursor), ''];
            const t = e.startDate.getTime();
            return t < Number(ms) || (t === Number(ms) && e.executionArn < String(arn));
          },
        });
        const executions = page.map(({ redriveCount, redriveDate, ...e }) => {
          // itemCount: one item per child, the engine does not report batch sizes.
          return { ...e, ...(input.mapRunArn ? { mapRunArn: input.mapRunArn, itemCount: 1 } : {}), ...(redriveCount > 0 ? { redriveCount, redriveDate } : {}) };
        });
        return { executions, nextToken };
      },
    ),

    GetExecutionHistory: defineOperation(
      z.object({ executionArn: wire.arn, maxResults: wire.maxResults, reverseOrder: z.boolean().optional(), nextToken: wire.nextToken, includeExecutionData: z.boolean().optional() }),
      async (input) => {
        checkArn(input.executionArn, ['execution']);
        const reverse = input.reverseOrder === true;
        const includeData = input.includeExecutionData !== false;
        const events = await readHistory(engine, input.executionArn, includeData);
        if (reverse) events.reverse();
        const { page, nextToken } = paginate(events, {
          scope: `GetExecutionHistory:${input.executionArn}:${reverse}:${includeData}`,
          maxResults: input.maxResults,
          nextToken: input.nextToken,
          now: engine.clock.now(),
          cursorOf: (e) => e.id ?? 0,
          isAfter: (e, cursor) => (reverse ? (e.id ?? 0) < Number(cursor) : (e.id ?? 0) > Number(cursor)),
        });
        return { events: page, nextToken };
      },
    ),

    DescribeStateMachineForExecution: defineOperation(z.object({ executionArn: wire.arn, includedData: wire.includedData }), async (input) => {
      const e = describe(input.executionArn, true);
      if (e.mapRunArn) return childMachine(state, e);
      const sm = definitionForExecution(state, e.executionArn);
      if (!sm) throw new SfnApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${e.stateMachineArn}'`);
      return { stateMachineArn: sm.stateMachineArn, name: sm.name, definition: sm.definition, roleArn: sm.roleArn, updateDate: new Date(sm.updateDate), revisionId: sm.revisionId };
    }),
  };
}

/** A Map Run child runs the Map state's ItemProcessor, under the labelled state machine name. */
async function childMachine(state: ApiState, e: DescribeExecutionOutput) {
  const mapRunArn = e.mapRunArn ?? '';
  const run = await findMapRunOrThrow(state, mapRunArn);
  const parent = definitionForExecution(state, run.executionArn);
  let processor: unknown;
  try {
    const mapState = run.stateName && parent ? findStateDefinition(JSON.parse(parent.definition), run.stateName) : undefined;
    processor = mapState ? (mapState.ItemProcessor ?? mapState.Iterator) : undefined;
  } catch {
    processor = undefined;
  }
  if (!parent || processor === undefined) throw new SfnApiError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${e.stateMachineArn}'`);
  const name = e.stateMachineArn.slice(e.stateMachineArn.indexOf(':stateMachine:') + ':stateMachine:'.length);
  return {
    stateMachineArn: e.stateMachineArn,
    name,
    definition: JSON.stringify(processor),
    roleArn: parent.roleArn,
    updateDate: new Date(parent.updateDate),
    mapRunArn,
    label: name.slice(name.indexOf('/') + 1),
    revisionId: parent.revisionId,
  };
}
