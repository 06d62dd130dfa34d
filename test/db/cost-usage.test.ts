import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_PRICES_SETTING_KEY, LIST_PRICES, estimateExecutionCost, getMonthlyCostReview, getMonthRange, toPriceTable, toUsdText } from '@/lib/cost';
import {
  backfillStateTransitions,
  ensureSource,
  findCostSetting,
  findExecutionCostRows,
  listCostUsage,
  saveCostSetting,
  saveExecution,
  saveStateMachine,
  type Db,
} from '@/lib/db';
import { createEngine, createSequentialIdGenerator, createVirtualClock } from '@/lib/engine';
import type { ExecutionRecord } from '@/lib/model';
import { seedDemoData } from '@/prisma/seed';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('cost reads on the demo data', () => {
  let testDb: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    db = testDb.db;
    await seedDemoData(db, NOW);
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  it('reviews a month: every machine with its stored transitions, Express billed from run durations, the free tier once', async () => {
    const { start, end } = getMonthRange('2026-10');
    const review = getMonthlyCostReview(await listCostUsage(db, { from: start, to: end }), { month: '2026-10', now: NOW, prices: LIST_PRICES });
    const stored = await db.execution.groupBy({ by: ['stateMachineId'], where: { startDate: { gte: start, lt: end } }, _sum: { stateTransitions: true }, _count: { _all: true } });
    expect(review.machines).toHaveLength(stored.length);
    for (const group of stored) {
      const row = review.machines.find((machine) => machine.usage.machine.id === group.stateMachineId);
      expect(row?.usage.executions).toBe(group._count._all);
      expect(row?.usage.transitions).toBe(group._sum.stateTransitions);
    }
    const express = review.machines.find((row) => row.usage.type === 'EXPRESS');
    expect(express?.usage.machine.name).toBe('user-onboarding');
    expect(express?.usage.mbMsSource).toBe('histories');
    expect(express?.cost.known && express.cost.picoUsd > 0n).toBe(true);
    const standardTotal = review.machines.filter((row) => row.usage.type === 'STANDARD').reduce((sum, row) => sum + (row.usage.billableTransitions ?? 0), 0);
    expect(review.scopes[0].standardTransitions).toBe(standardTotal);
    expect(review.scopes[0].freeTransitions).toBe(Math.min(standardTotal, 4_000));
    expect(review.total.complete).toBe(true);
  });

  it('keeps callback and activity workflows on Standard, saying why', async () => {
    const { start, end } = getMonthRange('2026-11');
    const review = getMonthlyCostReview(await listCostUsage(db, { from: start, to: end }), { month: '2026-11', now: NOW, prices: LIST_PRICES });
    const blockers = (name: string) => review.machines.find((row) => row.usage.machine.name === name)?.eligibility.blockers.join(' ') ?? '';
    expect(blockers('order-processing')).toContain('.waitForTaskToken');
    expect(blockers('nightly-backup')).toContain('activities');
    expect(review.forecast?.monthToDatePicoUsd).toBe(review.total.picoUsd);
  });

  it('splits every stored run’s transitions over its states, retries and redrives included, matching the stored count', async () => {
    const runs = await db.execution.findMany({ where: { historyComplete: true }, select: { arn: true, stateTransitions: true } });
    let retries = 0;
    let redrives = 0;
    for (const run of runs) {
      const rows = await findExecutionCostRows(db, run.arn);
      if (!rows) throw new Error(`no cost rows for ${run.arn}`);
      const cost = estimateExecutionCost(rows.execution, rows.events, LIST_PRICES);
      expect(cost.transitions).toBe(run.stateTransitions);
      expect(cost.states.reduce((sum, state) => sum + state.transitions, 0) + cost.redrives).toBe(cost.transitions);
      retries += cost.states.reduce((sum, state) => sum + state.retries, 0);
      redrives += cost.redrives;
    }
    expect(retries).toBeGreaterThan(0);
    // The demo's two runs an operator redrove.
    expect(redrives).toBe(2);
    expect(await findExecutionCostRows(db, `${runs[0].arn}-missing`)).toBeNull();
  });

  it('counts the transitions of histories stored before counting existed', async () => {
    const before = await db.execution.findMany({ select: { id: true, stateTransitions: true }, orderBy: { id: 'asc' } });
    await db.execution.updateMany({ data: { stateTransitions: null } });
    const complete = await db.execution.count({ where: { historyComplete: true } });
    expect(await backfillStateTransitions(db)).toBe(complete);
    const after = await db.execution.findMany({ select: { id: true, stateTransitions: true }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before);
  });

  it('stores a negotiated rate with an audit record, and prices with it', async () => {
    await saveCostSetting(db, { key: COST_PRICES_SETTING_KEY, value: { label: 'EDP', discountPercent: 5 }, actor: 'test' });
    const prices = toPriceTable(await findCostSetting(db, COST_PRICES_SETTING_KEY));
    expect(prices.value.label).toBe('EDP');
    expect(prices.value.discountBasisPoints).toBe(500);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'cost-setting-change' } });
    expect(audit.actor).toBe('test');
    await saveCostSetting(db, { key: COST_PRICES_SETTING_KEY, value: null, actor: 'test' });
    expect(await findCostSetting(db, COST_PRICES_SETTING_KEY)).toBeNull();
  });
});

describe('cost reads on imported Distributed Map runs', () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  it('bills each stored child execution’s start to the parent, per execution and per month', async () => {
    const { db } = testDb;
    const clock = createVirtualClock({ autoAdvance: true, start: Date.UTC(2026, 9, 5) });
    const engine = createEngine({ clock, ids: createSequentialIdGenerator(), region: 'us-east-1', account: '123456789012' });
    const definition = JSON.stringify({
      StartAt: 'Fan',
      States: {
        Fan: {
          Type: 'Map',
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', Next: 'Q' }, Q: { Type: 'Pass', End: true } } },
          ItemBatcher: { MaxItemsPerBatch: 10 },
          End: true,
        },
      },
    });
    const { stateMachineArn } = engine.createStateMachine({ name: 'fan', definition });
    const { executionArn } = engine.startExecution({ stateMachineArn, input: JSON.stringify(Array.from({ length: 45 }, (_, id) => ({ id }))) });
    await engine.waitForExecution(executionArn);
    const mapRunArn = engine.readHistory(executionArn).find((event) => event.type === 'MapRunStarted')?.mapRunStartedEventDetails?.mapRunArn ?? '';
    const children = engine.listExecutions({ mapRunArn }).executions;
    expect(children).toHaveLength(5);

    const sourceId = await ensureSource(db, { kind: 'IMPORT', name: 'engine', region: 'us-east-1', accountId: '123456789012' });
    const save = async (arn: string) => {
      const described = engine.describeExecution({ executionArn: arn });
      const events = engine.readHistory(arn);
      const target = await saveStateMachine(db, sourceId, { arn: described.stateMachineArn, name: described.stateMachineArn.split(':').at(-1) ?? '', type: 'STANDARD', definition: described.stateMachineArn === stateMachineArn ? definition : null, revisionId: null, status: null, roleArn: null, logGroupArn: null, createdAt: null });
      const record: ExecutionRecord = {
        arn,
        name: described.name ?? '',
        stateMachineArn: described.stateMachineArn,
        status: described.status,
        startDate: described.startDate,
        stopDate: described.stopDate ?? null,
        input: described.input ?? null,
        output: described.output ?? null,
        error: null,
        cause: null,
        failedStateName: null,
        redriveCount: 0,
        redriveDate: null,
        redriveStatus: null,
        redriveStatusReason: null,
        mapRunArn: described.mapRunArn ?? null,
        events,
        historyComplete: true,
      };
      await saveExecution(db, { sourceId, ...target }, record);
    };
    await save(executionArn);
    for (const child of children) await save(child.executionArn);

    const rows = await findExecutionCostRows(db, executionArn);
    expect(rows?.execution.childStarts).toBe(5);
    const cost = rows ? estimateExecutionCost(rows.execution, rows.events, LIST_PRICES) : null;
    expect(cost?.billableTransitions).toBe(1 + 5);

    const { start, end } = getMonthRange('2026-10');
    const review = getMonthlyCostReview(await listCostUsage(db, { from: start, to: end }), { month: '2026-10', now: NOW, prices: LIST_PRICES });
    const parent = review.machines.find((row) => row.usage.machine.arn === stateMachineArn);
    expect(parent?.usage.childStarts).toBe(5);
    expect(parent?.usage.billableTransitions).toBe(6);
    // Parent 1 + 5 child starts, children 5 × 2 states: 16 transitions, inside the free tier.
    expect(review.scopes[0].standardTransitions).toBe(16);
    expect(toUsdText(review.total.picoUsd, 2)).toBe('0.00');
  });
});
