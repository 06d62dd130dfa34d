import { z } from 'zod';
import type { EventIdRange } from '@/lib/model';

const rangesSchema = z.array(z.tuple([z.number().int().positive(), z.number().int().positive().nullable()]));

/** The Execution.missingEvents column back into ranges; null when empty or not readable. */
export function toEventIdRanges(text: string | null): EventIdRange[] | null {
  if (!text) return null;
  try {
    const parsed = rangesSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.length > 0 ? parsed.data : null;
  } catch {
    return null;
  }
}
