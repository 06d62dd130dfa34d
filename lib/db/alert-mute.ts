import type { Db } from './client';
import { toStorableText } from './record-audit-entry';

export const ALERT_SUBJECT_KINDS = ['failure-group', 'stuck', 'quota'] as const;
export type AlertSubjectKind = (typeof ALERT_SUBJECT_KINDS)[number];

export type AlertMuteInput = {
  subjectKind: AlertSubjectKind;
  subjectKey: string;
  state: 'acknowledged' | 'muted';
  /** A mute's end; null for an acknowledgement. */
  until: Date | null;
  owner: string;
  note: string;
};

export type AlertMute = AlertMuteInput & { actor: string; updatedAt: Date };

/** Every acknowledgement and mute, including lapsed mutes (the pages say they lapsed). */
export async function listAlertMutes(db: Db, where: { subjectKind?: AlertSubjectKind } = {}): Promise<AlertMute[]> {
  const rows = await db.alertMute.findMany({ where: where.subjectKind ? { subjectKind: where.subjectKind } : {}, orderBy: { updatedAt: 'desc' } });
  return rows.map(toAlertMute);
}

export async function findAlertMute(db: Db, subjectKind: AlertSubjectKind, subjectKey: string): Promise<AlertMute | null> {
  const row = await db.alertMute.findUnique({ where: { subjectKind_subjectKey: { subjectKind, subjectKey: toStorableText(subjectKey) } } });
  return row ? toAlertMute(row) : null;
}

function toAlertMute(row: { subjectKind: string; subjectKey: string; state: string; until: Date | null; owner: string; note: string; actor: string; updatedAt: Date }): AlertMute {
  return {
    subjectKind: row.subjectKind as AlertSubjectKind,
    subjectKey: row.subjectKey,
    state: row.state === 'muted' ? 'muted' : 'acknowledged',
    until: row.until,
    owner: row.owner,
    note: row.note,
    actor: row.actor,
    updatedAt: row.updatedAt,
  };
}

/** Acknowledges or mutes a subject (replacing what was set before). */
export async function saveAlertMute(db: Db, input: AlertMuteInput, actor: string): Promise<void> {
  const data = { state: input.state, until: input.until, owner: toStorableText(input.owner), note: toStorableText(input.note), actor: toStorableText(actor) };
  const subjectKey = toStorableText(input.subjectKey);
  await db.alertMute.upsert({
    where: { subjectKind_subjectKey: { subjectKind: input.subjectKind, subjectKey } },
    create: { subjectKind: input.subjectKind, subjectKey, ...data },
    update: data,
  });
}

export async function deleteAlertMute(db: Db, subjectKind: AlertSubjectKind, subjectKey: string): Promise<boolean> {
  const { count } = await db.alertMute.deleteMany({ where: { subjectKind, subjectKey: toStorableText(subjectKey) } });
  return count === 1;
}
