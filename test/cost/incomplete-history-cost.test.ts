import { describe, expect, it } from 'vitest';
import { LIST_PRICES, estimateExecutionCost, type StateCostEvent } from '@/lib/cost';

const T0 = Date.UTC(2026, 10, 18, 9, 0, 0);
const e = (id: number, previousEventId: number, type: string, seconds: number, stateName: string | null = null): StateCostEvent => ({
  id,
  previousEventId,
  type,
  stateName,
  timestamp: new Date(T0 + seconds * 1000),
});

describe('cost of an incomplete history', () => {
  // The first page of a history read with a pagination token: two Pass states of many.
  const firstPage = [e(1, 0, 'ExecutionStarted', 0), e(2, 0, 'PassStateEntered', 0, 'A'), e(3, 2, 'PassStateExited', 1, 'A'), e(4, 3, 'PassStateEntered', 1, 'B')];
  const input = (type: string, historyComplete: boolean) => ({
    type,
    region: 'us-east-1',
    status: 'SUCCEEDED',
    durationMs: 60_000,
    inputBytes: 10,
    outputBytes: 10,
    definition: null,
    definitionBytes: 200,
    historyComplete,
    childStarts: 0,
    mapRunsWithoutChildren: 0,
  });

  it.each(['STANDARD', 'EXPRESS'])('says "incomplete" for a %s run and each of its states instead of a cost of the stored events', (type) => {
    const cost = estimateExecutionCost(input(type, false), firstPage, LIST_PRICES);
    for (const item of [cost.own, cost.other, ...cost.states.flatMap((state) => [state.standardCost, state.expressCost])]) {
      expect(item).toMatchObject({ known: false, incomplete: true });
    }
    expect(cost.notes).toContain('The stored history is incomplete: the counts cover the stored events only, and no cost is given until the rest is imported.');
  });

  it('costs the same events when the history is complete', () => {
    const cost = estimateExecutionCost(input('EXPRESS', true), firstPage, LIST_PRICES);
    expect(cost.own.known).toBe(true);
    expect(cost.states.every((state) => state.expressCost.known && state.standardCost.known)).toBe(true);
  });
});
