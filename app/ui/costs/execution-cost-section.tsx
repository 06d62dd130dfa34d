import type { ExecutionCost } from '@/lib/cost';
import { CostText } from './cost-text';
import styles from './costs.module.css';

const typeLabel = (type: string) => (type === 'EXPRESS' ? 'Express' : 'Standard');

/**
 * Per-state cost of one execution: transitions per state at the Standard price, each state's share of
 * the Express duration cost, and the run under both types. Nothing when the execution has no cost rows.
 */
export async function ExecutionCostSection({ data }: { data: Promise<{ cost: ExecutionCost; priceLabel: string } | null> }) {
  const loaded = await data;
  if (!loaded) return null;
  const { cost, priceLabel } = loaded;
  return (
    <section className="panel" aria-label="Cost" data-testid="execution-cost">
      <div className="panel-header">
        <h2>Cost</h2>
        <span className="subtle">At {priceLabel}, before the month’s free tier; a {typeLabel(cost.type)} run.</span>
      </div>
      <div className="panel-body">
        <dl className="facts">
          <div>
            <dt>Billed transitions</dt>
            <dd data-testid="execution-cost-transitions">
              {cost.billableTransitions.toLocaleString('en-US')}
              {cost.childStarts > 0 && <span className="faint"> incl. {cost.childStarts} Map Run child starts</span>}
              {cost.redrives > 0 && <span className="faint"> incl. {cost.redrives} redrive(s)</span>}
            </dd>
          </div>
          <div>
            <dt>As {typeLabel(cost.type)} (this run)</dt>
            <dd data-testid="execution-cost-own">
              <CostText cost={cost.own} />
            </dd>
          </div>
          <div>
            <dt>As {typeLabel(cost.type === 'STANDARD' ? 'EXPRESS' : 'STANDARD')}</dt>
            <dd data-testid="execution-cost-other">
              <CostText cost={cost.other} />
              {cost.billedDurationMs !== null && (
                <span className="faint">
                  {' '}
                  {cost.billedDurationMs.toLocaleString('en-US')} ms × {cost.billedMemoryMb} MB
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>Switch to {typeLabel(cost.eligibility.to)}</dt>
            <dd>
              <details>
                <summary className={cost.eligibility.eligible === true ? styles.eligible : cost.eligibility.eligible === false ? styles.blocked : styles.undecided}>
                  {cost.eligibility.eligible === true ? 'possible' : cost.eligibility.eligible === false ? 'not possible' : 'unknown'}
                </summary>
                <ul className={styles.reasons}>
                  {[...cost.eligibility.blockers, ...cost.eligibility.caveats].map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </details>
            </dd>
          </div>
        </dl>
        {cost.notes.length > 0 && (
          <ul className={styles.notes}>
            {cost.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>
      <table className="table" data-testid="execution-cost-states">
        <thead>
          <tr>
            <th>State</th>
            <th className="num">Entries</th>
            <th className="num">Retries</th>
            <th className="num">Redriven</th>
            <th className="num">Transitions</th>
            <th className="num">Standard cost</th>
            <th className="num">Time in state</th>
            <th className="num">Express share</th>
          </tr>
        </thead>
        <tbody>
          {cost.states.map((state) => (
            <tr key={state.stateName} data-cost-state={state.stateName}>
              <td>
                <strong>{state.stateName}</strong> <span className="faint">{state.stateType}</span>
              </td>
              <td className="num">{state.entries.toLocaleString('en-US')}</td>
              <td className="num">{state.retries.toLocaleString('en-US')}</td>
              <td className="num">{state.redriveReruns.toLocaleString('en-US')}</td>
              <td className="num">{state.transitions.toLocaleString('en-US')}</td>
              <td className="num">
                <CostText cost={state.standardCost} />
              </td>
              <td className="num">{(state.activeMs / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s</td>
              <td className="num">
                <CostText cost={state.expressCost} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
