import Link from 'next/link';
import type { LoadedRunningExecution } from '../../failures/running/load-running-executions';
import { ActionDialog } from '../actions/action-dialog';
import { toExecutionHref } from '../execution-search';
import { TimeAgo } from '../time-ago';
import type { RowActions } from './failure-members-table';
import styles from './failures.module.css';

/** Running executions with what each waits on, and stop / send-task actions, per row and for all shown. */
export function RunningExecutionsTable({ executions, total, now, actions }: { executions: LoadedRunningExecution[]; total: number; now: Date; actions: RowActions }) {
  if (total === 0) return <div className="empty panel panel-body">No running executions match these filters.</div>;
  const arns = executions.map((execution) => execution.arn);
  const waitingArns = executions.filter((execution) => execution.waiting.some((task) => task.answerable)).map((execution) => execution.arn);
  return (
    <>
      {actions ? (
        <div className={styles.actions} style={{ marginBottom: 12 }}>
          <ActionDialog kind="stop" request={{ kind: 'stop', arns }} plan={actions.plan} csrfToken={actions.csrfToken} label={`Stop all ${arns.length} shown…`} subject="running executions on this page" />
          {waitingArns.length > 0 ? (
            <>
              <ActionDialog
                kind="send-task-success"
                request={{ kind: 'send-task-success', arns: waitingArns }}
                plan={actions.plan}
                csrfToken={actions.csrfToken}
                label={`Send success to ${waitingArns.length} waiting…`}
                subject="waiting executions on this page"
              />
              <ActionDialog
                kind="send-task-failure"
                request={{ kind: 'send-task-failure', arns: waitingArns }}
                plan={actions.plan}
                csrfToken={actions.csrfToken}
                label={`Send failure to ${waitingArns.length} waiting…`}
                subject="waiting executions on this page"
              />
            </>
          ) : null}
        </div>
      ) : null}
      <section className="panel">
        <table className="table" data-testid="running-executions">
          <thead>
            <tr>
              <th>Execution</th>
              <th>State machine</th>
              <th>Started</th>
              <th>Waiting on</th>
              {actions ? <th aria-label="Actions" /> : null}
            </tr>
          </thead>
          <tbody>
            {executions.map((execution) => (
              <tr key={execution.arn} data-execution-arn={execution.arn} data-waiting={execution.waiting.length > 0}>
                <td>
                  <Link href={toExecutionHref(execution.arn)} className="mono">
                    {execution.name}
                  </Link>
                  {execution.redriveCount > 0 ? <span className="faint"> · redriven {execution.redriveCount}×</span> : null}
                </td>
                <td>
                  {execution.stateMachineName} <span className="faint">· {execution.sourceName}</span>
                </td>
                <td>
                  <TimeAgo date={execution.startDate} now={now} />
                </td>
                <td>
                  {execution.waiting.length === 0 ? (
                    <span className="faint">—</span>
                  ) : (
                    execution.waiting.map((task, index) => (
                      <div key={index} data-testid="waiting-task" data-answerable={task.answerable}>
                        <strong>{task.stateName ?? '?'}</strong> <span className="subtle">{task.note}</span>
                      </div>
                    ))
                  )}
                </td>
                {actions ? (
                  <td className="nowrap">
                    <div className={styles.actions} style={{ marginTop: 0 }}>
                      <ActionDialog kind="stop" request={{ kind: 'stop', arns: [execution.arn] }} plan={actions.plan} csrfToken={actions.csrfToken} label="Stop…" subject={execution.name} buttonClassName="button button-small" />
                      {execution.waiting.some((task) => task.answerable) ? (
                        <>
                          <ActionDialog
                            kind="send-task-success"
                            request={{ kind: 'send-task-success', arns: [execution.arn] }}
                            plan={actions.plan}
                            csrfToken={actions.csrfToken}
                            label="Success…"
                            subject={execution.name}
                            buttonClassName="button button-small"
                          />
                          <ActionDialog
                            kind="send-task-failure"
                            request={{ kind: 'send-task-failure', arns: [execution.arn] }}
                            plan={actions.plan}
                            csrfToken={actions.csrfToken}
                            label="Failure…"
                            subject={execution.name}
                            buttonClassName="button button-small"
                          />
                        </>
                      ) : null}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
