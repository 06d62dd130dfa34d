'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, type ReactNode } from 'react';
import type { PlanResponse } from '../../failures/actions';
import type { PlanRequest } from '../../failures/action-request';
import { getConfirmLabel, getConsequence, pluralExecutions, type ActionKind } from './action-kind-text';
import styles from './actions.module.css';
import { getOutputProblem, JsonOutputEditor } from './json-output-editor';

type Plan = Extract<PlanResponse, { ok: true }>;
type ResultLine = { executionArn: string; ok: boolean; message: string; throttled: number };
type ProgressEvent =
  | { type: 'start'; total: number; skipped: number }
  | { type: 'result'; result: ResultLine; done: number; total: number }
  | { type: 'synced'; synced: number; failed: number; message?: string }
  | { type: 'done'; outcome: string; succeeded: number; failed: number; skipped: number; auditEntryId: number }
  | { type: 'error'; message: string };

type Phase =
  | { name: 'closed' }
  | { name: 'planning' }
  | { name: 'planned'; plan: Plan }
  | { name: 'failed'; message: string }
  | { name: 'running'; plan: Plan; total: number; results: ResultLine[]; synced: string | null; done: Extract<ProgressEvent, { type: 'done' }> | null; error: string | null };

/**
 * Plans an action (which executions are eligible, and why the others are not), asks for a confirmation
 * that states exactly what will happen to how many executions, then runs it and shows each execution's
 * result as it comes.
 */
export function ActionDialog({
  kind,
  request,
  plan,
  csrfToken,
  label,
  subject,
  buttonClassName = 'button',
}: {
  kind: ActionKind;
  request: PlanRequest;
  plan: (request: PlanRequest) => Promise<PlanResponse>;
  csrfToken: string;
  label: string;
  subject: string;
  buttonClassName?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ name: 'closed' });
  const [error, setError] = useState(kind === 'stop' ? 'Operator.Stopped' : 'Operator.Rejected');
  const [cause, setCause] = useState('');
  const [output, setOutput] = useState('{\n  "approved": true\n}');

  const open = async () => {
    dialog.current?.showModal();
    setPhase({ name: 'planning' });
    try {
      const response = await plan(request);
      setPhase(response.ok ? { name: 'planned', plan: response } : { name: 'failed', message: response.message });
    } catch {
      setPhase({ name: 'failed', message: 'Could not check which executions are eligible. Reload the page and try again.' });
    }
  };

  const close = () => {
    const ran = phase.name === 'running';
    dialog.current?.close();
    setPhase({ name: 'closed' });
    if (ran) router.refresh();
  };

  const run = async (planned: Plan) => {
    setPhase({ name: 'running', plan: planned, total: planned.eligibleArns.length, results: [], synced: null, done: null, error: null });
    const selection = { arns: planned.eligibleArns, skippedArns: planned.ineligibleArns };
    const body = kind === 'redrive' ? { kind, ...selection } : kind === 'send-task-success' ? { kind, ...selection, output } : { kind, ...selection, error, cause };
    const update = (change: (current: Extract<Phase, { name: 'running' }>) => Extract<Phase, { name: 'running' }>) =>
      setPhase((current) => (current.name === 'running' ? change(current) : current));
    try {
      const response = await fetch('/failures/run', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      if (!response.ok || !response.body) {
        const problem = (await response.json().catch(() => null)) as { message?: string } | null;
        update((current) => ({ ...current, error: problem?.message ?? `The action was refused (HTTP ${response.status}).` }));
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.trim()) continue;
          const event = JSON.parse(line) as ProgressEvent;
          if (event.type === 'start') update((current) => ({ ...current, total: event.total }));
          else if (event.type === 'result') update((current) => ({ ...current, results: [...current.results, event.result] }));
          else if (event.type === 'synced')
            update((current) => ({ ...current, synced: `Re-read ${pluralExecutions(event.synced)} from the source${event.failed ? `; ${event.failed} could not be read${event.message ? ` (${event.message})` : ''}` : ''}.` }));
          else if (event.type === 'done') update((current) => ({ ...current, done: event }));
          else if (event.type === 'error') update((current) => ({ ...current, error: event.message }));
        }
      }
    } catch {
      update((current) => ({ ...current, error: 'Lost the connection while the action ran; it continues on the server. See the audit log for its results.' }));
    }
  };

  const outputProblem = kind === 'send-task-success' ? getOutputProblem(output) : null;

  return (
    <>
      <button type="button" className={buttonClassName} onClick={open} data-action={kind}>
        {label}
      </button>
      <dialog ref={dialog} className={styles.dialog} onCancel={(event) => (phase.name === 'running' && !phase.done ? event.preventDefault() : close())} data-testid="action-dialog">
        {phase.name === 'closed' ? null : (
          <>
            <div className={styles.header}>
              <h2>
                {label.replace(/…$/, '')} · <span className="subtle">{subject}</span>
              </h2>
              <button type="button" className="button button-small" onClick={close} disabled={phase.name === 'running' && !phase.done && !phase.error}>
                Close
              </button>
            </div>
            <div className={styles.body}>
              {phase.name === 'planning' ? <p>Checking which executions are eligible…</p> : null}
              {phase.name === 'failed' ? (
                <p className="result-failed" role="alert">
                  {phase.message}
                </p>
              ) : null}
              {phase.name === 'planned' ? (
                <PlanView
                  plan={phase.plan}
                  kind={kind}
                  inputs={
                    kind === 'send-task-success' ? (
                      <JsonOutputEditor value={output} onChange={setOutput} />
                    ) : kind === 'redrive' ? null : (
                      <div className={styles.fields}>
                        <div className="field">
                          <label htmlFor="action-error">Error</label>
                          <input id="action-error" className="input" maxLength={256} value={error} onChange={(event) => setError(event.target.value)} />
                        </div>
                        <div className="field">
                          <label htmlFor="action-cause">Cause</label>
                          <input id="action-cause" className="input" maxLength={32_768} value={cause} onChange={(event) => setCause(event.target.value)} />
                        </div>
                      </div>
                    )
                  }
                  consequence={getConsequence(kind, phase.plan.eligibleArns.length, { error, cause })}
                />
              ) : null}
              {phase.name === 'running' ? <RunView phase={phase} /> : null}
            </div>
            {phase.name === 'planned' ? (
              <div className={styles.footer}>
                <button type="button" className="button" onClick={close}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  data-testid="action-confirm"
                  disabled={phase.plan.eligibleArns.length === 0 || outputProblem !== null}
                  onClick={() => run(phase.plan)}
                >
                  {getConfirmLabel(kind, phase.plan.eligibleArns.length)}
                </button>
              </div>
            ) : null}
          </>
        )}
      </dialog>
    </>
  );
}

function PlanView({ plan, kind, inputs, consequence }: { plan: Plan; kind: ActionKind; inputs: ReactNode; consequence: string }) {
  const { summary } = plan;
  return (
    <>
      <p style={{ margin: 0 }} data-testid="plan-summary">
        <strong>{summary.eligible.toLocaleString('en-US')}</strong> of {pluralExecutions(plan.total)} selected {summary.eligible === 1 ? 'is' : 'are'} eligible
        {summary.ineligible > 0 ? `; ${summary.ineligible.toLocaleString('en-US')} will be skipped:` : '.'}
      </p>
      {summary.reasons.length > 0 ? (
        <ul className={styles.reasons} data-testid="plan-reasons">
          {summary.reasons.map((reason) => (
            <li key={reason.reason} data-reason={reason.reason}>
              {reason.count} × {reason.example}
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.list}>
        <table>
          <thead>
            <tr>
              <th>Execution</th>
              <th>State machine</th>
              <th>Status</th>
              <th>{kind === 'redrive' ? 'Redrive' : 'Action'}</th>
            </tr>
          </thead>
          <tbody>
            {plan.executions.map((execution) => (
              <tr key={execution.arn} data-testid="plan-execution" data-arn={execution.arn} data-eligible={execution.eligible}>
                <td className="mono">{execution.name}</td>
                <td>{execution.stateMachineName}</td>
                <td>{execution.status}</td>
                <td>
                  <span className={execution.eligible ? styles.ok : styles.notOk}>{execution.eligible ? 'Eligible' : 'Skipped'}</span>
                  {execution.eligible ? null : <> · {execution.message}</>}
                  {execution.warnings.map((warning) => (
                    <div key={warning} className="faint">
                      {warning}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {inputs}
      <p className={styles.confirmation} data-testid="action-consequence">
        {plan.eligibleArns.length === 0 ? 'Nothing to do: none of the selected executions is eligible.' : consequence}
      </p>
    </>
  );
}

function RunView({ phase }: { phase: Extract<Phase, { name: 'running' }> }) {
  const succeeded = phase.results.filter((result) => result.ok).length;
  return (
    <>
      <div aria-live="polite" data-testid="action-progress">
        <progress className={styles.progress} max={Math.max(phase.total, 1)} value={phase.results.length} />
        <p style={{ margin: '4px 0 0' }}>
          {phase.results.length} of {phase.total} done · {succeeded} succeeded · {phase.results.length - succeeded} failed
        </p>
      </div>
      {phase.error ? (
        <p className="result-failed" role="alert" data-testid="action-error">
          {phase.error}
        </p>
      ) : null}
      <div className={styles.list}>
        <table>
          <tbody>
            {phase.results.map((result) => (
              <tr key={result.executionArn} data-testid="action-result" data-arn={result.executionArn} data-ok={result.ok}>
                <td className={result.ok ? styles.ok : styles.notOk}>{result.ok ? '✓' : '✗'}</td>
                <td className="mono">{result.executionArn.split(':').at(-1)}</td>
                <td>
                  {result.message}
                  {result.throttled ? <span className="faint"> · throttled {result.throttled}× and retried</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {phase.synced ? <p className="subtle" style={{ margin: 0 }}>{phase.synced}</p> : null}
      {phase.done ? (
        <p style={{ margin: 0 }} data-testid="action-done" data-outcome={phase.done.outcome}>
          {phase.done.outcome === 'SUCCEEDED' ? 'Done.' : phase.done.outcome === 'PARTIAL' ? 'Done, with failures.' : 'Nothing succeeded.'} {phase.done.succeeded} succeeded,{' '}
          {phase.done.failed} failed, {phase.done.skipped} skipped. <Link href={`/audit?id=${phase.done.auditEntryId}`}>Audit entry #{phase.done.auditEntryId}</Link>
        </p>
      ) : null}
    </>
  );
}
