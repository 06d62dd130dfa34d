import type { MuteView } from './subject-mute-form';

/** "Muted through 2026-12-12 · owner" or "Acknowledged · owner", with the note as a tooltip; nothing when neither. */
export function MuteBadge({ mute }: { mute: MuteView | null }) {
  if (!mute || !mute.active) return null;
  const text = mute.state === 'muted' ? `Muted through ${mute.until ?? '?'} · ${mute.owner}` : `Acknowledged · ${mute.owner}`;
  return (
    <span className="tag" data-testid="mute-badge" data-state={mute.state} title={mute.note || undefined}>
      {text}
    </span>
  );
}
