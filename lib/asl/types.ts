/** ASL as written: loose records, narrowed where the compiler reads them. */
export type QueryLanguage = 'JSONPath' | 'JSONata';

export type StateType = 'Pass' | 'Task' | 'Choice' | 'Wait' | 'Parallel' | 'Map' | 'Succeed' | 'Fail';

export type StateDefinition = { Type: StateType } & Record<string, unknown>;

export type StateMachineDefinition = {
  StartAt: string;
  States: Record<string, StateDefinition>;
  QueryLanguage?: QueryLanguage;
  TimeoutSeconds?: number;
  Comment?: string;
  Version?: string;
};

export const STATE_TYPES: readonly StateType[] = ['Pass', 'Task', 'Choice', 'Wait', 'Parallel', 'Map', 'Succeed', 'Fail'];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
