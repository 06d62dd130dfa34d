import { describe, expect, it } from 'vitest';
import { runDemoHistory } from '@/prisma/demo/run-demo-history';
import { toDemoExecutionRecords, toDemoStateMachineRecords } from '@/prisma/demo/to-demo-records';

const NOW = new Date('2026-03-03T08:30:00.000Z');

async function snapshot(seed: number): Promise<string> {
  const { engine } = await runDemoHistory({ now: NOW, seed });
  return JSON.stringify({ machines: toDemoStateMachineRecords(engine), executions: toDemoExecutionRecords(engine) });
}

describe('runDemoHistory', () => {
  it('replays the same six weeks for the same seed and now, and other weeks for another seed', async () => {
    const first = await snapshot(11);
    expect(await snapshot(11)).toBe(first);
    expect(await snapshot(12)).not.toBe(first);
  });

  it('ends its virtual clock at now, with the machines created on their creation dates', async () => {
    const { engine } = await runDemoHistory({ now: NOW, seed: 11 });
    expect(engine.clock.now()).toBe(NOW.getTime());
    const created = toDemoStateMachineRecords(engine).map((m) => m.createdAt?.getTime() ?? 0);
    for (const time of created) expect(time).toBeLessThan(NOW.getTime() - 60 * 86_400_000);
  });
});
