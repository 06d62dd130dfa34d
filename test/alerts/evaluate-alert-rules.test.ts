import { describe, expect, it } from 'vitest';
import { evaluateAlertRules, type AlertSignals } from '@/lib/alerts';
import type { AlertRule, MachineOutcomes } from '@/lib/db';

const NOW = new Date('2026-03-10T12:00:00Z');
const machineArn = (region: string, account: string, name: string) => `arn:aws:states:${region}:${account}:stateMachine:${name}`;
const outcome = (arn: string, failed: number, closed: number): MachineOutcomes => ({
  stateMachineArn: arn,
  stateMachineName: arn.split(':').at(-1) ?? '',
  accountId: arn.split(':')[4],
  region: arn.split(':')[3],
  closed,
  failed,
});
const signals = (outcomes: MachineOutcomes[]): AlertSignals => ({ stuck: [], risks: [], failureGroups: [], outcomes, anomalies: [], budgets: [], sources: [], mutes: [] });
let nextId = 1;
const rule = (overrides: Partial<AlertRule>): AlertRule => ({
  id: nextId++,
  name: `rule ${nextId}`,
  kind: 'failure-rate',
  accountId: null,
  region: null,
  stateMachineArn: null,
  threshold: 20,
  quietMinutes: 60,
  channelKind: 'webhook',
  channelUrl: 'https://hooks.example.com/',
  channelSecret: null,
  enabled: true,
  origin: 'ui',
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

describe('alert rule scope and threshold', () => {
  const dublin = machineArn('eu-west-1', '111111111111', 'payments');
  const virginia = machineArn('us-east-1', '222222222222', 'payments');
  const data = signals([outcome(dublin, 5, 10), outcome(virginia, 9, 10), outcome(machineArn('us-east-1', '222222222222', 'rare'), 3, 4)]);
  it.each([
    { name: 'everything: both busy machines over 20 % (the one with 4 runs says nothing yet)', scope: {}, subjects: [dublin, virginia] },
    { name: 'one account', scope: { accountId: '111111111111' }, subjects: [dublin] },
    { name: 'one region', scope: { region: 'us-east-1' }, subjects: [virginia] },
    { name: 'one machine', scope: { stateMachineArn: virginia }, subjects: [virginia] },
    { name: 'a threshold only one passes', scope: { threshold: 60 }, subjects: [virginia] },
    { name: 'a rule switched off', scope: { enabled: false }, subjects: [] },
  ])('$name', ({ scope, subjects }) => {
    expect(evaluateAlertRules([rule(scope)], data, NOW).map((candidate) => candidate.subjectKey)).toEqual(subjects);
  });
});
