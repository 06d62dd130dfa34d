import type { CostDrivers, StateCostDriver } from '@/lib/cost';
import { CostText } from './cost-text';

/** States and retries costing the most transitions, and Map fan-out per machine. */
export async function CostDriversPanel({ data }: { data: Promise<CostDrivers> }) {
  const drivers = await data;
  return (
    <section className="panel" aria-label="Top cost drivers" data-testid="cost-drivers">
      <div className="panel-header">
        <h2>Top cost drivers</h2>
        <span className="subtle">Standard transitions by state, from {drivers.sampledRuns.toLocaleString('en-US')} sampled histories scaled to the month; at list price before the free tier.</span>
      </div>
      <div className="grid-2">
        <DriverTable title="States costing the most transitions" rows={drivers.states} testId="cost-drivers-states" empty="No Standard run with a counted history this month." />
        <DriverTable title="Retries and redriven re-runs" rows={drivers.retries} testId="cost-drivers-retries" empty="No retries this month." retries />
      </div>
      <table className="table" data-testid="cost-drivers-fanout">
        <thead>
          <tr>
            <th>Map fan-out</th>
            <th className="num">Stored runs</th>
            <th className="num">Inline iterations / run</th>
            <th className="num">Map Run children</th>
            <th className="num">Children’s cost</th>
          </tr>
        </thead>
        <tbody>
          {drivers.fanOut.length === 0 && (
            <tr>
              <td colSpan={5} className="subtle">
                No Map iterations this month.
              </td>
            </tr>
          )}
          {drivers.fanOut.map((row) => (
            <tr key={row.machineArn}>
              <td>{row.machineName}</td>
              <td className="num">{row.runs.toLocaleString('en-US')}</td>
              <td className="num">{row.mapIterationsPerRun.toLocaleString('en-US', { maximumFractionDigits: 1 })}</td>
              <td className="num">{row.childStarts.toLocaleString('en-US')}</td>
              <td className="num">
                <CostText cost={row.childCost} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DriverTable({ title, rows, testId, empty, retries = false }: { title: string; rows: StateCostDriver[]; testId: string; empty: string; retries?: boolean }) {
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          <th>{title}</th>
          <th className="num">{retries ? 'Retries' : 'Transitions'}</th>
          <th className="num">{retries ? 'Of its transitions' : 'Of the machine'}</th>
          <th className="num">Cost</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={4} className="subtle">
              {empty}
            </td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={`${row.machineArn}|${row.stateName}`} data-driver-state={row.stateName}>
            <td>
              <strong>{row.stateName}</strong> <span className="faint">{row.stateType}</span>
              <div className="faint">{row.machineName}</div>
            </td>
            <td className="num">{(retries ? row.retries + row.redriveReruns : row.transitions).toLocaleString('en-US')}</td>
            <td className="num">{retries ? `${(((row.retries + row.redriveReruns) / Math.max(row.transitions, 1)) * 100).toFixed(1)}%` : `${(row.share * 100).toFixed(1)}%`}</td>
            <td className="num">
              <CostText cost={retries ? row.retryCost : row.cost} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
