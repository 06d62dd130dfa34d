import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IncompleteHistoryNotice } from '@/app/ui/incomplete-history-notice';
import type { ExecutionDetail } from '@/lib/model';

const execution = (extra: Partial<ExecutionDetail>): ExecutionDetail => ({
  id: 1,
  arn: 'arn:aws:states:eu-west-1:210987654321:execution:payments:paged-1',
  name: 'paged-1',
  stateMachineArn: 'arn:aws:states:eu-west-1:210987654321:stateMachine:payments',
  stateMachineName: 'payments',
  status: 'RUNNING',
  startDate: new Date('2026-10-01T08:00:00Z'),
  stopDate: null,
  durationMs: null,
  error: null,
  cause: null,
  failedStateName: null,
  redriveCount: 0,
  mapRunArn: null,
  eventCount: 755,
  lastEventAt: null,
  inputBytes: null,
  outputBytes: null,
  historyComplete: false,
  stateMachineType: 'STANDARD',
  sourceName: 'Imported',
  input: null,
  output: null,
  redriveStatus: null,
  redriveStatusReason: null,
  redriveDate: null,
  stateTransitions: null,
  missingEvents: null,
  ...extra,
});
const render = (detail: ExecutionDetail) => renderToStaticMarkup(createElement(IncompleteHistoryNotice, { execution: detail }));

describe('IncompleteHistoryNotice', () => {
  it('names the missing events of an incomplete history', () => {
    const html = render(execution({ missingEvents: [[1, 355], [501, 510], [756, null]] }));
    expect(html).toContain('Incomplete history');
    expect(html).toContain('events 1–355, events 501–510 and every event after 755');
  });

  it('says so even when what is missing is not known, and shows nothing for a complete history', () => {
    expect(render(execution({}))).toContain('some events (which ones is not known)');
    expect(render(execution({ historyComplete: true }))).toBe('');
  });
});
