const MAP_RUN_ARN = /^arn:([\w-]+):states:([\w-]+):(\d{12}):mapRun:([^/:]+)\/[^:]+:[^:]+$/;

/**
 * The state machine whose Distributed Map started a Map Run, from the Map Run ARN
 * (`…:mapRun:<machine>/<label>:<id>`): each child's start is a transition billed to it (pricing.md §3).
 */
export function toParentStateMachineArn(mapRunArn: string): string | null {
  const match = MAP_RUN_ARN.exec(mapRunArn);
  if (!match) return null;
  const [, partition, region, accountId, machine] = match;
  return `arn:${partition}:states:${region}:${accountId}:stateMachine:${machine}`;
}
