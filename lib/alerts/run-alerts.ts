import { listAlertRules, queueAlertDelivery, type AlertRuleKind, type Db } from '@/lib/db';
import { deliverAlerts, type DeliverResult } from './deliver-alerts';
import { evaluateAlertRules } from './evaluate-alert-rules';
import { loadAlertSignals } from './load-alert-signals';
import { toAlertBody, toAlertLink } from './to-alert-body';

export type RunAlertsResult = { rules: number; candidates: number; queued: number; quiet: number; delivery: DeliverResult; warnings: string[] };

const NEEDS: Record<AlertRuleKind, 'findings' | 'failures' | 'outcomes' | 'costs'> = {
  'new-failure-group': 'failures',
  'failure-rate': 'outcomes',
  'stuck-critical': 'findings',
  'quota-critical': 'findings',
  'cost-anomaly': 'costs',
  'budget-forecast': 'costs',
};

/**
 * One evaluation: read what the enabled rules need, queue each alert that is not muted and not inside its
 * rule's quiet period for that subject, then send every due outbox row (new ones and retries).
 */
export async function runAlerts(db: Db, options: { now?: Date; publicUrl: string; clock?: () => Date; random?: () => number }): Promise<RunAlertsResult> {
  const now = options.now ?? new Date();
  const rules = await listAlertRules(db, { enabled: true });
  let candidates = 0;
  let queued = 0;
  let warnings: string[] = [];
  if (rules.length > 0) {
    const kinds = new Set(rules.map((rule) => NEEDS[rule.kind]));
    // The cost anomaly rule links to the stuck loop behind it, so it reads findings too.
    const loaded = await loadAlertSignals(db, now, { findings: kinds.has('findings') || kinds.has('costs'), failures: kinds.has('failures'), outcomes: kinds.has('outcomes'), costs: kinds.has('costs') });
    warnings = loaded.warnings;
    const evaluated = evaluateAlertRules(rules, loaded.signals, now);
    candidates = evaluated.length;
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    for (const candidate of evaluated) {
      const rule = byId.get(candidate.ruleId);
      if (!rule) continue;
      const link = toAlertLink(options.publicUrl, candidate.href);
      const id = await queueAlertDelivery(
        db,
        { ruleId: rule.id, subjectKey: candidate.subjectKey, subjectName: candidate.subjectName, title: candidate.title, link, body: toAlertBody(rule.channelKind, candidate, { link, now }) },
        { now, quietMs: candidate.quietMs },
      );
      if (id !== null) queued++;
    }
  }
  const delivery = await deliverAlerts(db, { now: options.clock ?? (options.now ? () => now : undefined), random: options.random });
  return { rules: rules.length, candidates, queued, quiet: candidates - queued, delivery, warnings };
}
