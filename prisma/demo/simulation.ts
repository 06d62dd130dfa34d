import type { HistoryBuilder, Thread } from './history-builder';
import type { Prng } from './create-prng';

/** How a simulated execution ended (or that it is still running). */
export type Outcome =
  | { status: 'SUCCEEDED'; output: unknown }
  | { status: 'FAILED'; error: string; cause?: string }
  | { status: 'TIMED_OUT'; afterMs: number }
  | { status: 'ABORTED'; afterMs: number; error: string; cause: string }
  | { status: 'RUNNING' };

export type SimulationResult = Outcome & {
  /** Set when the history holds an ExecutionRedriven (simulators emit it themselves). */
  redrivenAtMs?: number;
};

/** Walks one definition's path for a scenario; ExecutionStarted is already emitted on `thread`. */
export type Simulator<S extends string> = {
  scenarios: readonly { scenario: S; weight: number }[];
  input(prng: Prng, scenario: S, startMs: number): unknown;
  name(input: unknown, prng: Prng, startMs: number): string;
  run(b: HistoryBuilder, thread: Thread, input: unknown, scenario: S): SimulationResult;
};

export const withKey = (input: unknown, key: string, value: unknown): Record<string, unknown> => ({
  ...(input as Record<string, unknown>),
  [key]: value,
});

export const field = <T>(input: unknown, key: string): T => (input as Record<string, T>)[key];
