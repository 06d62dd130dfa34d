/** An execution whose definition the sync wants to know, or already knows (a fixed point of the search). */
export type RevisionCandidate = { arn: string; knownHash: string | null; needsRevision: boolean };

/**
 * Which definition each execution ran, with few DescribeStateMachineForExecution calls (1/s on AWS,
 * quotas.md §4). `candidates` are ordered newest first; `newerHash`/`olderHash` are definitions known to
 * bracket them (the machine's current one, the newest stored execution's). Definitions change over time, so
 * when both ends of a run of executions ran the same definition, everything between ran it too; otherwise
 * the run is split in half and each half checked, so k definition changes cost about k·log₂(n) calls.
 */
export async function findExecutionRevisions(
  candidates: readonly RevisionCandidate[],
  bounds: { newerHash: string | null; olderHash: string | null },
  describe: (arn: string) => Promise<string | null>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const n = candidates.length;
  if (!candidates.some((candidate) => candidate.needsRevision)) return found;
  const hashes: (string | null | undefined)[] = candidates.map((candidate) => candidate.knownHash ?? undefined);
  const hashAt = async (index: number): Promise<string | null> => {
    if (index === -1) return bounds.newerHash;
    if (index === n) return bounds.olderHash;
    if (hashes[index] === undefined) hashes[index] = await describe(candidates[index].arn);
    return hashes[index] ?? null;
  };
  const needsBetween = (lo: number, hi: number) => candidates.slice(lo + 1, hi).some((candidate, i) => candidate.needsRevision && hashes[lo + 1 + i] === undefined);

  const resolve = async (lo: number, hi: number): Promise<void> => {
    if (!needsBetween(lo, hi)) return;
    const [low, high] = [await hashAt(lo), await hashAt(hi)];
    if (low !== null && low === high) {
      for (let i = lo + 1; i < hi; i++) hashes[i] ??= low;
      return;
    }
    if (hi - lo <= 1) return;
    const mid = pickMiddle(hashes, lo, hi);
    await hashAt(mid);
    await resolve(lo, mid);
    await resolve(mid, hi);
  };

  // Without a known bound, the newest and oldest executions are the bounds.
  const lo = bounds.newerHash === null ? 0 : -1;
  const hi = bounds.olderHash === null ? n - 1 : n;
  if (lo === 0) await hashAt(0);
  if (hi === n - 1) await hashAt(n - 1);
  await resolve(lo, hi);

  candidates.forEach((candidate, index) => {
    const hash = hashes[index];
    if (candidate.needsRevision && hash) found.set(candidate.arn, hash);
  });
  return found;
}

/** The middle index, or a nearby one whose definition is already known (no call needed). */
function pickMiddle(hashes: readonly (string | null | undefined)[], lo: number, hi: number): number {
  const mid = Math.floor((lo + hi) / 2);
  const reach = Math.max(1, Math.floor((hi - lo) / 4));
  for (let offset = 0; offset <= reach; offset++) {
    for (const index of [mid - offset, mid + offset]) if (index > lo && index < hi && typeof hashes[index] === 'string') return index;
  }
  return mid;
}
