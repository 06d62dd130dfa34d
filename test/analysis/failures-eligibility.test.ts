import { describe, expect, it } from 'vitest';
import {
  getRedriveEligibility,
  getSendTaskEligibility,
  getStopEligibility,
  summariseEligibility,
  type ActionCandidate,
  type PendingTask,
} from '@/lib/analysis';

const NOW = new Date(Date.UTC(2026, 2, 20, 12));
const DAY = 86_400_000;

const candidate = (overrides: Partial<ActionCandidate> = {}): ActionCandidate => ({
  arn: 'arn:aws:states:us-east-1:123456789012:execution:orders:o-1',
  status: 'FAILED',
  stateMachineType: 'STANDARD',
  sourceKind: 'AWS',
  sourceName: 'prod',
  sourceEnabled: true,
  startDate: new Date(NOW.getTime() - 3 * DAY),
  stopDate: new Date(NOW.getTime() - 2 * DAY),
  eventCount: 40,
  historyComplete: true,
  redriveCount: 0,
  redriveStatus: 'REDRIVABLE',
  redriveStatusReason: null,
  mapRunArn: null,
  ...overrides,
});

describe('redrive eligibility', () => {
  it('allows a failed, timed-out or aborted Standard execution closed within 14 days', () => {
    for (const status of ['FAILED', 'TIMED_OUT', 'ABORTED'] as const) {
      expect(getRedriveEligibility(candidate({ status }), NOW)).toEqual({ eligible: true, warnings: [] });
    }
  });

  it('refuses after the 14-day window and says when it ended', () => {
    const result = getRedriveEligibility(candidate({ stopDate: new Date(NOW.getTime() - 15 * DAY), startDate: new Date(NOW.getTime() - 16 * DAY) }), NOW);
    expect(result).toMatchObject({ eligible: false, reason: 'redrive-window' });
    expect(result.eligible || result.message).toBe('Closed 15 days ago: the 14-day redrive window ended 2026-03-19 12:00 UTC.');
  });

  it('allows the last moment of the window', () => {
    expect(getRedriveEligibility(candidate({ stopDate: new Date(NOW.getTime() - 14 * DAY) }), NOW).eligible).toBe(true);
  });

  it('refuses a history with 24,999 events or more, allows 24,998', () => {
    expect(getRedriveEligibility(candidate({ eventCount: 24_999 }), NOW)).toMatchObject({ eligible: false, reason: 'history-size' });
    expect(getRedriveEligibility(candidate({ eventCount: 24_998 }), NOW).eligible).toBe(true);
  });

  it('refuses Express executions and Map Run children, pointing at the parent', () => {
    expect(getRedriveEligibility(candidate({ stateMachineType: 'EXPRESS' }), NOW)).toMatchObject({ eligible: false, reason: 'express' });
    const child = getRedriveEligibility(candidate({ mapRunArn: 'arn:aws:states:us-east-1:123456789012:mapRun:orders/fan:1', redriveStatus: 'REDRIVABLE_BY_MAP_RUN' }), NOW);
    expect(child).toMatchObject({ eligible: false, reason: 'map-run-child' });
    expect(child.eligible || child.message).toContain('redrive its parent');
  });

  it('refuses running, succeeded and pending executions, naming an earlier redrive', () => {
    expect(getRedriveEligibility(candidate({ status: 'RUNNING', redriveCount: 2, stopDate: null }), NOW)).toEqual({
      eligible: false,
      reason: 'status',
      message: 'Already redriven (2×) and running.',
    });
    expect(getRedriveEligibility(candidate({ status: 'SUCCEEDED' }), NOW)).toMatchObject({ eligible: false, reason: 'status' });
    expect(getRedriveEligibility(candidate({ status: 'PENDING_REDRIVE' }), NOW)).toMatchObject({ eligible: false, reason: 'status' });
  });

  it('refuses executions started before the redrive launch or more than a year ago', () => {
    const old = new Date(Date.UTC(2023, 10, 1));
    expect(getRedriveEligibility(candidate({ startDate: old, stopDate: new Date(NOW.getTime() - DAY) }), NOW)).toMatchObject({ reason: 'before-redrive-launch' });
    expect(getRedriveEligibility(candidate({ startDate: new Date(NOW.getTime() - 400 * DAY), stopDate: new Date(NOW.getTime() - DAY) }), NOW)).toMatchObject({
      reason: 'too-old',
    });
  });

  it('trusts a NOT_REDRIVABLE answer from Step Functions, with its reason', () => {
    const result = getRedriveEligibility(candidate({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded.' }), NOW);
    expect(result).toEqual({ eligible: false, reason: 'not-redrivable', message: 'Step Functions says not redrivable: Execution history event limit exceeded.' });
  });

  it('refuses imported executions and disabled sources', () => {
    expect(getRedriveEligibility(candidate({ sourceKind: 'IMPORT', sourceName: 'Imported files' }), NOW)).toMatchObject({ eligible: false, reason: 'source' });
    expect(getRedriveEligibility(candidate({ sourceEnabled: false }), NOW)).toMatchObject({ eligible: false, reason: 'source' });
  });

  it('warns when only part of the history is stored', () => {
    const result = getRedriveEligibility(candidate({ historyComplete: false }), NOW);
    expect(result.eligible).toBe(true);
    expect(result.eligible && result.warnings[0]).toContain('lower bound');
  });
});

describe('stop eligibility', () => {
  it('allows a running Standard execution only', () => {
    expect(getStopEligibility(candidate({ status: 'RUNNING', stopDate: null })).eligible).toBe(true);
    expect(getStopEligibility(candidate({ status: 'FAILED' }))).toMatchObject({ eligible: false, reason: 'status' });
    expect(getStopEligibility(candidate({ status: 'RUNNING', stateMachineType: 'EXPRESS' }))).toMatchObject({ eligible: false, reason: 'express' });
  });
});

describe('send-task eligibility', () => {
  const running = candidate({ status: 'RUNNING', stopDate: null });
  const callback = (token: string | null): PendingTask => ({
    kind: 'callback',
    stateName: 'Approve',
    scheduledEventId: 4,
    scheduledAt: NOW,
    resource: 'sqs:sendMessage.waitForTaskToken',
    taskToken: token,
  });
  const activity = (started: boolean): PendingTask => ({
    kind: 'activity',
    stateName: 'Review',
    scheduledEventId: 3,
    scheduledAt: NOW,
    activityArn: 'arn:aws:states:us-east-1:123456789012:activity:review',
    input: '{"id":1}',
    workerName: started ? 'reviewer-7' : null,
    started,
  });

  it('answers a callback through the token found in its parameters', () => {
    const result = getSendTaskEligibility(running, [callback('AQB-token')]);
    expect(result).toMatchObject({ eligible: true, route: { via: 'token', taskToken: 'AQB-token' } });
  });

  it('refuses a callback whose token is not in the parameters', () => {
    expect(getSendTaskEligibility(running, [callback(null)])).toMatchObject({ eligible: false, reason: 'token-not-found' });
  });

  it('takes an activity task nobody polled, but not one a worker holds', () => {
    expect(getSendTaskEligibility(running, [activity(false)])).toMatchObject({ eligible: true, route: { via: 'activity-poll', expectedInput: '{"id":1}' } });
    const held = getSendTaskEligibility(running, [activity(true)]);
    expect(held).toMatchObject({ eligible: false, reason: 'task-held-by-worker' });
    expect(held.eligible || held.message).toContain('"reviewer-7"');
  });

  it('refuses an execution that waits on nothing, or is not running', () => {
    expect(getSendTaskEligibility(running, [])).toMatchObject({ eligible: false, reason: 'no-pending-task' });
    expect(getSendTaskEligibility(candidate(), [callback('t')])).toMatchObject({ eligible: false, reason: 'status' });
  });
});

describe('eligibility summary', () => {
  it('counts eligible executions and the refusals by reason', () => {
    const summary = summariseEligibility([
      getRedriveEligibility(candidate(), NOW),
      getRedriveEligibility(candidate({ stateMachineType: 'EXPRESS' }), NOW),
      getRedriveEligibility(candidate({ stateMachineType: 'EXPRESS' }), NOW),
      getRedriveEligibility(candidate({ eventCount: 30_000 }), NOW),
    ]);
    expect(summary).toMatchObject({ eligible: 1, ineligible: 3 });
    expect(summary.reasons.map((reason) => [reason.reason, reason.count])).toEqual([
      ['express', 2],
      ['history-size', 1],
    ]);
  });
});
