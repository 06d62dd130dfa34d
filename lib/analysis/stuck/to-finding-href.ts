/** Links from a finding into the dashboard. The replay parameters are the execution page's own. */

export function toExecutionPageHref(executionArn: string): string {
  return `/executions/${encodeURIComponent(executionArn)}`;
}

/** The execution's replay, opened at one event (the stuck point). */
export function toExecutionReplayHref(executionArn: string, eventId: number): string {
  return `${toExecutionPageHref(executionArn)}?event=${eventId}`;
}

export function toStateMachinePageHref(stateMachineArn: string): string {
  return `/state-machines/${encodeURIComponent(stateMachineArn)}`;
}

/** The execution list, filtered. */
export function toExecutionListHref(filter: { stateMachineArn?: string; status?: string }): string {
  const query = new URLSearchParams();
  if (filter.stateMachineArn) query.set('machine', filter.stateMachineArn);
  if (filter.status) query.set('status', filter.status);
  const text = query.toString();
  return text ? `/executions?${text}` : '/executions';
}
