import type { ReplayNodeOutcome, ReplayStatus } from '@/lib/analysis';

export type Swatch = { fill: string; stroke: string; text: string };

/**
 * Colours as attribute values, not classes, so an exported SVG looks the same outside the page.
 * The hues follow globals.css (--succeeded, --failed, --timed-out, --aborted, --running).
 */
export const OUTCOME_SWATCHES: Record<ReplayNodeOutcome, Swatch> = {
  active: { fill: '#e6efff', stroke: '#2563eb', text: '#1e3a8a' },
  failed: { fill: '#fdecec', stroke: '#d1343b', text: '#8f1d22' },
  caught: { fill: '#fff1e0', stroke: '#d9700b', text: '#8a4506' },
  retried: { fill: '#fdf8d8', stroke: '#b7950b', text: '#6b5604' },
  cancelled: { fill: '#eef0f3', stroke: '#6b7280', text: '#374151' },
  succeeded: { fill: '#e3f5ea', stroke: '#1f8a4c', text: '#14532d' },
  'not-reached': { fill: '#ffffff', stroke: '#cdd2da', text: '#8a919c' },
};

export const OUTCOME_LABELS: Record<ReplayNodeOutcome, string> = {
  active: 'Active',
  failed: 'Failed',
  caught: 'Caught',
  retried: 'Retried',
  cancelled: 'Cancelled',
  succeeded: 'Succeeded',
  'not-reached': 'Not reached',
};

export const STATUS_COLORS: Record<ReplayStatus, string> = {
  running: '#2563eb',
  succeeded: '#1f8a4c',
  failed: '#d1343b',
  caught: '#d9700b',
  aborted: '#9ca3af',
};

export const STATUS_LABELS: Record<ReplayStatus, string> = {
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  caught: 'Caught',
  aborted: 'Cancelled',
};

/** "+1.25 s" from the start of the execution. */
export function formatOffset(ms: number): string {
  if (ms < 1_000) return `+${Math.round(ms)} ms`;
  if (ms < 60_000) return `+${(ms / 1_000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1_000);
  if (minutes < 60) return `+${minutes} m ${String(seconds).padStart(2, '0')} s`;
  const hours = Math.floor(minutes / 60);
  return `+${hours} h ${String(minutes % 60).padStart(2, '0')} m`;
}
