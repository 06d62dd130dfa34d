import { isRecord } from '@/lib/asl';
import type { HistoryEvent } from '@/lib/model';

/** A history event without its input, output and parameters (GetExecutionHistory includeExecutionData=false). */
export function stripData(e: HistoryEvent): HistoryEvent {
  const out: Record<string, unknown> = { ...e };
  for (const [k, v] of Object.entries(out)) {
    if (k.endsWith('EventDetails') && isRecord(v)) {
      const { input: _i, output: _o, parameters: _p, ...rest } = v;
      void _i;
      void _o;
      void _p;
      out[k] = rest;
    }
  }
  return out as HistoryEvent;
}
