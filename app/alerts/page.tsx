import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { ALERT_RULE_KIND_FIELDS } from '@/lib/alerts';
import { formatUsd, parseUsd } from '@/lib/cost';
import { ALERT_RULE_KINDS, getDb, listAlertDeliveries, listAlertMutes, listAlertRules, listCostBudgets, type AlertRule } from '@/lib/db';
import { signOut } from '../login/actions';
import { getOperatorAccess } from '../login/get-operator-access';
import { OperatorBar } from '../ui/actions/operator-bar';
import { AlertRuleForm } from '../ui/alerts/alert-rule-form';
import { BudgetForm } from '../ui/alerts/budget-form';
import { DeleteRuleButton } from '../ui/alerts/delete-rule-button';
import { PanelSkeleton } from '../ui/skeletons';
import { TimeAgo } from '../ui/time-ago';
import { deleteAlertRuleAction, saveAlertRuleAction, saveBudgetAction } from './actions';

export const metadata: Metadata = { title: 'Alerts' };

/** Deliveries listed: the newest first. */
const DELIVERIES_SHOWN = 100;

export default async function AlertsPage() {
  await connection();
  const access = await getOperatorAccess();
  const canSave = access.state === 'allowed';
  const kinds = ALERT_RULE_KINDS.map((kind) => ({ value: kind, label: ALERT_RULE_KIND_FIELDS[kind].label, threshold: ALERT_RULE_KIND_FIELDS[kind].threshold }));
  return (
    <>
      <div className="page-header">
        <div className="page-title">
          <h1>Alerts</h1>
          <span className="subtle">
            Rules that tell a webhook or Slack when a failure group appears, a failure rate climbs, a run is stuck, a quota is about to bite, a cost
            jumps or a forecast passes its budget. Changes are audited; muted subjects send nothing.
          </span>
        </div>
      </div>
      <OperatorBar access={access} signOut={signOut} next="/alerts" />
      <Suspense fallback={<PanelSkeleton height={160} />}>
        <RuleList canSave={canSave} />
      </Suspense>
      <h2>Add a rule</h2>
      <AlertRuleForm action={saveAlertRuleAction} canSave={canSave} kinds={kinds} />
      <h2>Deliveries</h2>
      <Suspense fallback={<PanelSkeleton height={240} />}>
        <DeliveryList />
      </Suspense>
      <h2>Budgets</h2>
      <Suspense fallback={<PanelSkeleton height={120} />}>
        <Budgets canSave={canSave} />
      </Suspense>
      <h2>Acknowledged and muted</h2>
      <Suspense fallback={<PanelSkeleton height={120} />}>
        <Mutes />
      </Suspense>
    </>
  );
}

function scopeText(rule: AlertRule): string {
  const parts = [rule.accountId && `account ${rule.accountId}`, rule.region, rule.stateMachineArn && rule.stateMachineArn.split(':').at(-1)].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'everything';
}

async function RuleList({ canSave }: { canSave: boolean }) {
  const rules = await listAlertRules(await getDb());
  if (rules.length === 0) return <p className="empty">No alert rules yet. Add one below, or load a file with STATESCOPE_ALERTS_FILE (see the README).</p>;
  return (
    <div className="panel">
      <table className="table" data-testid="alert-rules">
        <thead>
          <tr>
            <th>Rule</th>
            <th>Alert on</th>
            <th>Scope</th>
            <th className="num">Threshold</th>
            <th className="num">Quiet</th>
            <th>Sent to</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const threshold = ALERT_RULE_KIND_FIELDS[rule.kind].threshold;
            return (
              <tr key={rule.id} data-rule-name={rule.name}>
                <td>
                  <strong>{rule.name}</strong>
                  {rule.origin === 'config' && <span className="tag">from file</span>}
                  {!rule.enabled && <span className="tag">off</span>}
                </td>
                <td>{ALERT_RULE_KIND_FIELDS[rule.kind].label}</td>
                <td>{scopeText(rule)}</td>
                <td className="num">{threshold && rule.threshold !== null ? `${rule.threshold} ${threshold.unit}` : '—'}</td>
                <td className="num">{rule.quietMinutes} min</td>
                {/* Only the host: a Slack incoming-webhook URL is a secret in itself. */}
                <td>
                  {rule.channelKind === 'slack' ? 'Slack' : 'Webhook'} · <span className="mono">{URL.canParse(rule.channelUrl) ? new URL(rule.channelUrl).host : '?'}</span>
                  {rule.channelKind === 'webhook' && <span className="faint">{rule.channelSecret ? ' · signed' : ' · unsigned'}</span>}
                </td>
                <td>
                  <DeleteRuleButton action={deleteAlertRuleAction.bind(null, rule.id)} disabled={!canSave} name={rule.name} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const STATUS_CLASS = { DELIVERED: 'result-ok', FAILED: 'result-failed', PENDING: '', SENDING: '' } as const;

async function DeliveryList() {
  const now = new Date();
  const deliveries = await listAlertDeliveries(await getDb(), { limit: DELIVERIES_SHOWN });
  if (deliveries.length === 0) return <p className="empty">Nothing has been sent yet.</p>;
  return (
    <div className="panel">
      <table className="table" data-testid="alert-deliveries">
        <thead>
          <tr>
            <th>Status</th>
            <th>Alert</th>
            <th>Rule</th>
            <th className="num">Attempts</th>
            <th>Last answer</th>
            <th>Queued</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-status={delivery.status}>
              <td className={STATUS_CLASS[delivery.status]}>
                {delivery.status.toLowerCase()}
                {delivery.status === 'PENDING' && delivery.attempts > 0 && (
                  <div className="faint">
                    retry <TimeAgo date={delivery.nextAttemptAt} now={now} />
                  </div>
                )}
              </td>
              <td className="break">
                <a href={delivery.link}>{delivery.title}</a>
              </td>
              <td>{delivery.ruleName}</td>
              <td className="num">{delivery.attempts}</td>
              <td className="break">
                {delivery.lastStatusCode !== null && <span className="mono">HTTP {delivery.lastStatusCode}</span>}
                {delivery.lastError && <div className="result-failed">{delivery.lastError}</div>}
              </td>
              <td className="nowrap">
                <TimeAgo date={delivery.createdAt} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

async function Budgets({ canSave }: { canSave: boolean }) {
  const budgets = await listCostBudgets(await getDb());
  return (
    <div className="panel panel-body">
      {budgets.length > 0 ? (
        <ul data-testid="budgets">
          {budgets.map((budget) => (
            <li key={`${budget.scope}:${budget.subject}`}>
              {budget.scope === 'account' ? `Account ${budget.subject}` : budget.subject}: {formatUsd(parseUsd(budget.usdPerMonth))} a month
            </li>
          ))}
        </ul>
      ) : (
        <p className="subtle">No budgets. The forecast on <Link href="/costs">Costs</Link> is compared with each one set here.</p>
      )}
      <BudgetForm action={saveBudgetAction} canSave={canSave} />
    </div>
  );
}

async function Mutes() {
  const now = new Date();
  const mutes = await listAlertMutes(await getDb());
  if (mutes.length === 0) return <p className="empty">Nothing is acknowledged or muted. Use “Acknowledge or mute…” on a failure group, stuck run or quota risk.</p>;
  return (
    <div className="panel">
      <table className="table" data-testid="alert-mutes">
        <thead>
          <tr>
            <th>State</th>
            <th>Subject</th>
            <th>Owner</th>
            <th>Note</th>
            <th>By</th>
          </tr>
        </thead>
        <tbody>
          {mutes.map((mute) => (
            <tr key={`${mute.subjectKind}:${mute.subjectKey}`}>
              <td>
                {mute.state === 'acknowledged'
                  ? 'acknowledged'
                  : mute.until && mute.until > now
                    ? `muted until ${mute.until.toISOString().slice(0, 16).replace('T', ' ')} UTC`
                    : 'mute ended'}
              </td>
              <td className="break mono">
                {mute.subjectKind === 'failure-group' ? <Link href={`/failures/${encodeURIComponent(mute.subjectKey)}`}>failure group {mute.subjectKey.slice(0, 12)}</Link> : mute.subjectKey}
              </td>
              <td>{mute.owner}</td>
              <td className="break">{mute.note}</td>
              <td>{mute.actor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
