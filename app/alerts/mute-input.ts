import { z } from 'zod';
import { ALERT_SUBJECT_KINDS } from '@/lib/db';

const DAY_MS = 86_400_000;
/** A mute lasts at most a year: a forgotten mute should not hide a problem for good. */
const MAX_MUTE_DAYS = 366;

const hasControl = (text: string, allowNewlines: boolean) => [...text].some((char) => {
  const code = char.charCodeAt(0);
  if (allowNewlines && (char === '\n' || char === '\r' || char === '\t')) return false;
  return code < 0x20 || code === 0x7f;
});
const text = (label: string, max: number, allowNewlines = false) =>
  z
    .string()
    .trim()
    .max(max, `${label}: at most ${max} characters`)
    .refine((value) => !hasControl(value, allowNewlines), `${label} may not contain control characters`)
    .refine((value) => value.isWellFormed(), `${label} may not contain a lone UTF-16 surrogate`);

/**
 * The acknowledge/mute form: a subject, who owns it, a note and, for a mute, the last day (UTC) it is muted
 * through. `now` bounds the date: not in the past, at most a year ahead.
 */
export function toMuteInputSchema(now: Date) {
  return z
    .object({
      subjectKind: z.enum(ALERT_SUBJECT_KINDS, { error: 'Unknown kind of subject' }),
      subjectKey: text('Subject', 2_048).min(1, 'No subject was given'),
      state: z.enum(['acknowledged', 'muted', 'clear'], { error: 'Choose acknowledge or mute' }),
      owner: text('Owner', 100),
      note: text('Note', 1_000, true),
      until: z.string().trim(),
    })
    .superRefine((input, context) => {
      if (input.state !== 'clear' && input.owner === '') context.addIssue({ code: 'custom', path: ['owner'], message: 'Say who owns it' });
      if (input.state !== 'muted') return;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input.until) || Number.isNaN(Date.parse(`${input.until}T00:00:00Z`))) {
        context.addIssue({ code: 'custom', path: ['until'], message: 'Choose the last day to mute (YYYY-MM-DD)' });
        return;
      }
      const end = Date.parse(`${input.until}T00:00:00Z`) + DAY_MS;
      if (end <= now.getTime()) context.addIssue({ code: 'custom', path: ['until'], message: 'That day has passed' });
      if (end - now.getTime() > MAX_MUTE_DAYS * DAY_MS) context.addIssue({ code: 'custom', path: ['until'], message: 'At most a year ahead' });
    })
    .transform((input) => ({
      ...input,
      // Muted through the chosen UTC day: it ends at the next midnight.
      until: input.state === 'muted' ? new Date(Date.parse(`${input.until}T00:00:00Z`) + DAY_MS) : null,
    }));
}
