import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '@/lib/engine';

describe('createVirtualClock', () => {
  it('fires sleeps only when advanced, in due order', async () => {
    const clock = createVirtualClock({ start: 0 });
    const fired: string[] = [];
    void clock.sleep(2_000).then(() => fired.push('b'));
    void clock.sleep(1_000).then(() => fired.push('a'));
    await clock.advance(500);
    expect(fired).toEqual([]);
    await clock.advance(2_000);
    expect(fired).toEqual(['a', 'b']);
    expect(clock.now()).toBe(2_500);
  });

  it('jumps straight to the next timer when auto-advancing', async () => {
    const clock = createVirtualClock({ start: 0, autoAdvance: true });
    await clock.sleep(86_400_000);
    expect(clock.now()).toBe(86_400_000);
  });

  it('rejects an aborted sleep and drops its timer', async () => {
    const clock = createVirtualClock({ start: 0 });
    const ctrl = new AbortController();
    const p = clock.sleep(1_000, ctrl.signal);
    ctrl.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
    expect(clock.pending()).toBe(0);
  });
});
