import { MAX_PAYLOAD_BYTES, type FindingExecution, type FindingStateMachine, type HistoryEvent, type PayloadSample } from '@/lib/model';
import type { FindingThresholds } from '../stuck/finding-thresholds';
import type { FindingSeverity, QuotaRisk } from '../stuck/finding-types';
import { getDetails } from '../stuck/get-state-visits';
import { toBytesText } from '../stuck/to-duration-text';
import { toExecutionPageHref, toExecutionReplayHref, toStateMachinePageHref } from '../stuck/to-finding-href';
import { getLargestStatePayloads, getPayloadSizes, type PayloadSize } from './get-payload-sizes';
import { toQuotaRisk } from './to-quota-risk';

const LARGEST_STATES = 3;

/**
 * Payload sizes against 256 KiB (quotas.md §1), naming the largest states: each running or sampled
 * execution near the limit or failed on it, and each machine's largest payloads.
 */
export function detectPayloadRisks(
  running: readonly FindingExecution[],
  samples: readonly PayloadSample[],
  machines: readonly FindingStateMachine[],
  thresholds: FindingThresholds,
): QuotaRisk[] {
  const warnBytes = thresholds.payloadWarnKiB * 1024;
  const risks: QuotaRisk[] = [];
  const byMachine = new Map<string, { sizes: PayloadSize[]; executionArnByEvent: Map<PayloadSize, string> }>();
  const subjects = [
    ...running.map((execution) => ({ arn: execution.arn, name: execution.name, stateMachineArn: execution.stateMachineArn, events: execution.events })),
    ...samples.map((sample) => ({ arn: sample.executionArn, name: sample.executionName, stateMachineArn: sample.stateMachineArn, events: sample.events })),
  ];
  const machineByArn = new Map(machines.map((machine) => [machine.arn, machine]));
  const seen = new Set<string>();

  for (const subject of subjects) {
    if (seen.has(subject.arn)) continue;
    seen.add(subject.arn);
    const sizes = getPayloadSizes(subject.events);
    const entry = byMachine.get(subject.stateMachineArn) ?? { sizes: [] as PayloadSize[], executionArnByEvent: new Map<PayloadSize, string>() };
    for (const size of sizes) {
      entry.sizes.push(size);
      entry.executionArnByEvent.set(size, subject.arn);
    }
    byMachine.set(subject.stateMachineArn, entry);

    const largest = getLargestStatePayloads(sizes, LARGEST_STATES);
    const failedOnLimit = findDataLimitFailure(subject.events);
    const top = largest[0];
    if (!failedOnLimit && (!top || top.bytes < warnBytes)) continue;
    const machine = machineByArn.get(subject.stateMachineArn);
    const severity: FindingSeverity = failedOnLimit || (top && top.bytes >= MAX_PAYLOAD_BYTES) ? 'critical' : 'warning';
    risks.push(
      toQuotaRisk({
        quota: 'payload-size',
        scope: 'execution',
        severity,
        subjectArn: subject.arn,
        subjectName: subject.name,
        stateMachineName: machine?.name ?? null,
        sourceName: machine?.sourceName ?? '',
        value: failedOnLimit ? Math.max(top?.bytes ?? 0, MAX_PAYLOAD_BYTES) : (top?.bytes ?? 0),
        limit: MAX_PAYLOAD_BYTES,
        unit: 'bytes',
        limitSource: 'quotas.md §1 (hard)',
        growthPerHour: null,
        projectedAt: null,
        reason: failedOnLimit
          ? `A state failed with States.DataLimitExceeded in "${failedOnLimit.stateName}".`
          : `"${top?.stateName}" carries ${toBytesText(top?.bytes ?? 0)}, ${toBytesText(MAX_PAYLOAD_BYTES - (top?.bytes ?? 0))} short of the 256 KiB limit.`,
        evidence: largest.map(describeSize),
        action: {
          label: 'Keep large data in S3 and pass its key; trim the state output with ResultSelector, ResultPath or OutputPath.',
          href: toExecutionReplayHref(subject.arn, failedOnLimit?.eventId ?? top?.eventId ?? 1),
        },
        href: toExecutionPageHref(subject.arn),
      }),
    );
  }

  for (const machine of machines) {
    const entry = byMachine.get(machine.arn);
    const largest = entry ? getLargestStatePayloads(entry.sizes, LARGEST_STATES) : [];
    const stateTop = largest[0]?.bytes ?? 0;
    const executionTop = machine.largestExecutionPayload?.bytes ?? 0;
    if (stateTop === 0 && executionTop === 0) continue;
    const value = Math.max(stateTop, executionTop);
    const severity: FindingSeverity = value >= MAX_PAYLOAD_BYTES ? 'critical' : value >= warnBytes ? 'warning' : 'ok';
    const topArn = largest[0] && entry ? entry.executionArnByEvent.get(largest[0]) : undefined;
    risks.push(
      toQuotaRisk({
        quota: 'payload-size',
        scope: 'state-machine',
        severity,
        subjectArn: machine.arn,
        subjectName: machine.name,
        stateMachineName: machine.name,
        sourceName: machine.sourceName,
        value,
        limit: MAX_PAYLOAD_BYTES,
        unit: 'bytes',
        limitSource: 'quotas.md §1 (hard)',
        growthPerHour: null,
        projectedAt: null,
        reason: largest.length
          ? `Largest payloads in ${largest.map((size) => `"${size.stateName}" (${toBytesText(size.bytes)})`).join(', ')}.`
          : `Largest execution ${machine.largestExecutionPayload?.field}: ${toBytesText(executionTop)}.`,
        evidence: [
          ...largest.map(describeSize),
          ...(machine.largestExecutionPayload
            ? [`Largest execution ${machine.largestExecutionPayload.field} in the last 30 days: ${toBytesText(executionTop)}.`]
            : []),
        ],
        action: topArn
          ? { label: 'Open the execution with the largest payload.', href: toExecutionReplayHref(topArn, largest[0].eventId) }
          : { label: 'Open the state machine.', href: toStateMachinePageHref(machine.arn) },
        href: toStateMachinePageHref(machine.arn),
      }),
    );
  }
  return risks;
}

function describeSize(size: PayloadSize): string {
  return `"${size.stateName}" ${size.field} ${toBytesText(size.bytes)} (${size.eventType}, event ${size.eventId}).`;
}

/** The failure event of a States.DataLimitExceeded error, with the state it happened in. */
function findDataLimitFailure(events: readonly HistoryEvent[]): { eventId: number; stateName: string } | null {
  let stateName = '(execution)';
  for (const event of events) {
    const name = event.stateEnteredEventDetails?.name;
    if (name) stateName = name;
    if (getDetails(event).error === 'States.DataLimitExceeded') return { eventId: event.id ?? 0, stateName };
  }
  return null;
}
