/** pricing.md §2: duration is billed rounded up to the nearest 100 ms. */
export const EXPRESS_DURATION_STEP_MS = 100;
/** pricing.md §2: memory is billed in 64 MB chunks. */
export const EXPRESS_MEMORY_STEP_MB = 64;
/** pricing.md §2 (AWS's estimate, example 4 of the pricing page): 50 MB before the definition and payloads. */
export const EXPRESS_BASE_MEMORY_MB = 50;
/** The pricing page counts 1 MB as 1,000 KB (pricing.md §2), so a byte is 10^-6 MB here. */
const BYTES_PER_MB = 1_000_000;

export function getBilledDurationMs(durationMs: number): number {
  return Math.ceil(Math.max(0, durationMs) / EXPRESS_DURATION_STEP_MS) * EXPRESS_DURATION_STEP_MS;
}

/**
 * AWS's published memory estimate (pricing.md §2): 50 MB + definition size + payload size × number of
 * Parallel/Map steps, rounded up to a multiple of 64 MB. A run without Map or Parallel still holds its
 * payload once.
 */
export function estimateBilledMemoryMb(input: { definitionBytes: number; payloadBytes: number; parallelMapSteps: number }): number {
  const bytes = EXPRESS_BASE_MEMORY_MB * BYTES_PER_MB + input.definitionBytes + input.payloadBytes * Math.max(1, input.parallelMapSteps);
  return Math.ceil(bytes / (EXPRESS_MEMORY_STEP_MB * BYTES_PER_MB)) * EXPRESS_MEMORY_STEP_MB;
}
