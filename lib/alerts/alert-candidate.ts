import type { AlertRuleKind, AlertSubjectKind } from '@/lib/db';

/** Something a rule says should be sent, before the quiet period and the outbox have their say. */
export type AlertCandidate = {
  ruleId: number;
  ruleName: string;
  kind: AlertRuleKind;
  /** Stable per subject: the quiet period and mutes key on it. */
  subjectKey: string;
  subjectName: string;
  severity: 'critical' | 'warning';
  /** One line. */
  title: string;
  /** A few sentences of evidence. */
  text: string;
  facts: { label: string; value: string }[];
  /** The dashboard page, as a path (made absolute with STATESCOPE_PUBLIC_URL). */
  href: string;
  /** Null: once per subject, ever (a failure group is new only once). */
  quietMs: number | null;
};

/** What an acknowledgement or mute is keyed on, per kind of subject. */
export type MuteSubject = { kind: AlertSubjectKind; key: string };
