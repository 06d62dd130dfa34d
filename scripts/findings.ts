// npm run findings [-- --json] [--all] [--fail-on critical|warning] [--now ISO] [--base-url URL] [--alerts]
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  detectFindings,
  FINDING_THRESHOLDS_SETTING,
  toDurationText,
  toFindingThresholds,
  type FindingSeverity,
  type Findings,
  type QuotaRisk,
  type StuckFinding,
} from '@/lib/analysis';
import { loadAlertConfig, runAlerts } from '@/lib/alerts';
import { findSetting, getDatabaseUrl, getDb, listFindingInputs, type Db } from '@/lib/db';

const USAGE = `Usage: npm run findings -- [--json] [--all] [--fail-on critical|warning] [--now ISO-8601] [--base-url URL]
       npm run findings -- --alerts [--now ISO-8601] [--base-url URL]

Prints the stuck runs and quota risks of the database in DATABASE_URL (default ./data/statescope.db).
  --json       one JSON array, one object per finding, for scripts and alerting (warnings go to stderr)
  --all        include quotas measured within their limits (severity "ok")
  --fail-on S  exit 3 when a finding of severity S or worse exists (critical, or warning: warning or critical)
  --now T      judge as of this instant instead of the clock
  --base-url U prefix links with the dashboard's address, e.g. https://statescope.example.com
               (default for --alerts: STATESCOPE_PUBLIC_URL)
  --alerts     evaluate the alert rules once and deliver what is due, for cron (loads STATESCOPE_ALERTS_FILE
               first when set); prints what was queued and sent; exit 4 when a delivery failed for good

Exit status: 0 done, 3 findings at --fail-on severity, 4 an alert could not be delivered, 1 the database could not
be read, 2 bad arguments.`;

/** One finding as scripts read it: the same members whatever its kind. */
export type FindingRecord = {
  kind: 'stuck' | 'quota';
  /** The stuck rule or the quota. */
  type: string;
  severity: FindingSeverity;
  scope: 'execution' | 'state-machine' | 'account';
  /** Execution ARN, state machine ARN, or the source's name for account quotas. */
  arn: string;
  name: string;
  executionArn: string | null;
  stateMachineArn: string | null;
  stateMachineName: string | null;
  stateName: string | null;
  reason: string;
  value: number;
  limit: number;
  unit: string;
  /** When the condition began (stuck) or when the limit will be hit (quota). */
  since: string | null;
  projectedAt: string | null;
  suggestedAction: string;
  actionUrl: string;
  /** The page that shows it: the replay at the stuck point, or the subject's page. */
  url: string;
  evidence: string[];
};

export function toFindingRecords(findings: Findings, baseUrl = ''): FindingRecord[] {
  const link = (href: string) => `${baseUrl.replace(/\/$/, '')}${href}`;
  return [
    ...findings.stuck.map(
      (finding: StuckFinding): FindingRecord => ({
        kind: 'stuck',
        type: finding.rule,
        severity: finding.severity,
        scope: 'execution',
        arn: finding.executionArn,
        name: finding.executionName,
        executionArn: finding.executionArn,
        stateMachineArn: finding.stateMachineArn,
        stateMachineName: finding.stateMachineName,
        stateName: finding.stateName,
        reason: finding.reason,
        value: finding.value,
        limit: finding.limit,
        unit: finding.unit,
        since: finding.since.toISOString(),
        projectedAt: null,
        suggestedAction: finding.action.label,
        actionUrl: link(finding.action.href),
        url: link(finding.replayHref),
        evidence: finding.evidence,
      }),
    ),
    ...findings.risks.map(
      (risk: QuotaRisk): FindingRecord => ({
        kind: 'quota',
        type: risk.quota,
        severity: risk.severity,
        scope: risk.scope,
        arn: risk.subjectArn,
        name: risk.subjectName,
        executionArn: risk.scope === 'execution' ? risk.subjectArn : null,
        stateMachineArn: risk.scope === 'state-machine' ? risk.subjectArn : null,
        stateMachineName: risk.stateMachineName,
        stateName: null,
        reason: risk.reason,
        value: risk.value,
        limit: risk.limit,
        unit: risk.unit,
        since: null,
        projectedAt: risk.projectedAt?.toISOString() ?? null,
        suggestedAction: risk.action.label,
        actionUrl: link(risk.action.href),
        url: link(risk.href),
        evidence: risk.evidence,
      }),
    ),
  ];
}

/** Plain text columns, widths from the content, long cells cut with an ellipsis. */
export function toTable(headers: string[], rows: string[][], maxWidths: number[]): string {
  const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text);
  const cells = [headers, ...rows].map((row) => row.map((cell, index) => cut(cell.replace(/\s+/g, ' '), maxWidths[index] ?? 40)));
  const widths = headers.map((_, index) => Math.max(...cells.map((row) => row[index]?.length ?? 0)));
  return cells.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]))).join('  ').trimEnd()).join('\n');
}

function formatValue(value: number, unit: string): string {
  if (unit === 'ms') return toDurationText(value);
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KiB`;
  if (unit === 'per-second') return `${value}/s`;
  return value.toLocaleString('en-US');
}

export function toFindingsText(findings: Findings, now: Date): string {
  const lines: string[] = [];
  lines.push(`Stuck runs: ${findings.stuck.length}`);
  if (findings.stuck.length) {
    lines.push(
      toTable(
        ['SEVERITY', 'RULE', 'EXECUTION', 'STATE', 'FOR', 'REASON'],
        findings.stuck.map((finding) => [finding.severity, finding.rule, finding.executionName, finding.stateName ?? '', toDurationText(finding.durationMs), finding.reason]),
        [8, 20, 36, 24, 10, 110],
      ),
    );
  }
  lines.push('', `Quota risks: ${findings.risks.length}`);
  if (findings.risks.length) {
    lines.push(
      toTable(
        ['SEVERITY', 'QUOTA', 'SCOPE', 'SUBJECT', 'CURRENT', 'LIMIT', 'USED', 'HITS LIMIT', 'REASON'],
        findings.risks.map((risk) => [
          risk.severity,
          risk.quota,
          risk.scope,
          risk.subjectName,
          formatValue(risk.value, risk.unit),
          formatValue(risk.limit, risk.unit),
          `${risk.usedPercent}%`,
          risk.projectedAt ? (risk.projectedAt <= now ? 'reached' : `in ${toDurationText(risk.projectedAt.getTime() - now.getTime())}`) : '',
          risk.reason,
        ]),
        [8, 22, 13, 36, 14, 14, 7, 14, 90],
      ),
    );
  }
  return lines.join('\n');
}

/** --alerts: the same rules and outbox as the dashboard's background loop, run once. */
async function runAlertsOnce(now: Date | undefined, publicUrl: string): Promise<number> {
  let db: Db | null = null;
  try {
    db = await getDb();
    const file = process.env.STATESCOPE_ALERTS_FILE;
    if (file) {
      const loaded = await loadAlertConfig(db, file);
      console.log(`Alert rules from ${file}: ${loaded.saved} loaded, ${loaded.removed} removed.`);
    }
    const result = await runAlerts(db, { now, publicUrl });
    for (const warning of result.warnings) console.error(`warning: ${warning}`);
    console.log(
      `Alerts: ${result.rules} rule(s) enabled, ${result.candidates} alert(s) found, ${result.queued} queued, ${result.quiet} quiet or already sent; ` +
        `deliveries: ${result.delivery.attempted} attempted, ${result.delivery.delivered} delivered, ${result.delivery.retrying} to retry, ${result.delivery.failed} failed.`,
    );
    return result.delivery.failed > 0 ? 4 : 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(/does not exist|no such table/i.test(message) ? `The database ${getDatabaseUrl()} has no Statescope tables (or lacks the alert tables): run \`npm run db:migrate\` first.` : `Alerts: ${message}`);
    return 1;
  } finally {
    await db?.$disconnect();
  }
}

const SEVERITY_RANK: Record<FindingSeverity, number> = { critical: 0, warning: 1, ok: 2 };

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        'fail-on': { type: 'string' },
        now: { type: 'string' },
        'base-url': { type: 'string' },
        alerts: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'critical' && failOn !== 'warning') {
    console.error(`--fail-on must be critical or warning, not "${failOn}".\n\n${USAGE}`);
    return 2;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    console.error(`--now must be an ISO-8601 instant such as 2026-11-21T06:00:00Z, not "${values.now}".`);
    return 2;
  }

  if (values.alerts) return runAlertsOnce(values.now === undefined ? undefined : now, values['base-url'] ?? process.env.STATESCOPE_PUBLIC_URL ?? 'http://localhost:3000');

  let findings: Findings;
  const db = await getDb();
  try {
    const thresholds = toFindingThresholds(await findSetting(db, FINDING_THRESHOLDS_SETTING));
    const detected = detectFindings(await listFindingInputs(db, { now }), thresholds.value, now);
    findings = { ...detected, warnings: [...thresholds.warnings, ...detected.warnings] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const missingTables = /does not exist|no such table/i.test(message);
    console.error(
      missingTables
        ? `The database ${getDatabaseUrl()} has no Statescope tables: run \`npm run db:migrate\` (or \`npm start\`) first.`
        : `Could not read findings from ${getDatabaseUrl()}: ${message.split('\n').filter(Boolean).at(-1) ?? message}`,
    );
    return 1;
  } finally {
    await db.$disconnect();
  }

  if (!values.all) findings = { ...findings, risks: findings.risks.filter((risk) => risk.severity !== 'ok') };
  for (const warning of findings.warnings) console.error(`warning: ${warning}`);
  if (values.json) console.log(JSON.stringify(toFindingRecords(findings, values['base-url'] ?? ''), null, 2));
  else console.log(toFindingsText(findings, now));

  if (failOn) {
    const limit = SEVERITY_RANK[failOn];
    const hit = [...findings.stuck, ...findings.risks].some((finding) => SEVERITY_RANK[finding.severity] <= limit);
    if (hit) return 3;
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(await main());
