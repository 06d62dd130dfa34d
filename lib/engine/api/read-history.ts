import type { Engine } from '@/lib/engine';
import type { HistoryEvent } from '@/lib/model';

/** Every event of an execution, oldest first, wherever the engine's storage keeps it. */
export async function readHistory(engine: Engine, executionArn: string, includeExecutionData = true): Promise<HistoryEvent[]> {
  const events = await engine.loadHistory(executionArn);
  return includeExecutionData ? events : events.map(withoutData);
}

/** `includeExecutionData: false`: details without input, output and parameters. */
function withoutData(e: HistoryEvent): HistoryEvent {
  const out: Record<string, unknown> = { ...e };
  for (const [k, v] of Object.entries(out)) {
    if (k.endsWith('EventDetails') && v !== null && typeof v === 'object') {
      const { input: _i, output: _o, parameters: _p, ...rest } = v as Record<string, unknown>;
      void _i;
      void _o;
      void _p;
      out[k] = rest;
    }
  }
  return out as HistoryEvent;
}
