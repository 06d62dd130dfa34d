import type { AlertMute } from '@/lib/db';
import type { MuteView } from '../ui/alerts/subject-mute-form';

const DAY_MS = 86_400_000;

/** Mutes keyed by subject, as the forms and badges show them: a mute's last day, and whether it still holds. */
export function toMuteViews(mutes: readonly AlertMute[], now: Date): Map<string, MuteView> {
  return new Map(
    mutes.map((mute) => [
      mute.subjectKey,
      {
        state: mute.state,
        // Stored as the midnight it ends; shown as the last day muted.
        until: mute.until ? new Date(mute.until.getTime() - DAY_MS).toISOString().slice(0, 10) : null,
        owner: mute.owner,
        note: mute.note,
        active: mute.state === 'acknowledged' || (mute.until !== null && mute.until > now),
      },
    ]),
  );
}
