import { FAILURE_RANGE_LABELS, FAILURE_RANGES, type FailureSearch } from './failure-search';

type Option = { value: string; label: string };

/** A GET form: the filters live in the URL, so a view of the failures can be bookmarked and shared. */
export async function FailureFilters({
  search,
  action,
  machines,
  sources,
  statuses = true,
}: {
  search: FailureSearch;
  action: string;
  machines: Promise<Option[]>;
  sources: Promise<Option[]>;
  statuses?: boolean;
}) {
  const [machineOptions, sourceOptions] = await Promise.all([machines, sources]);
  return (
    <form className="filters" action={action} method="get" role="search">
      <div className="field">
        <label htmlFor="failure-range">Failed</label>
        <select id="failure-range" name="range" className="select" defaultValue={search.range}>
          {FAILURE_RANGES.map((range) => (
            <option key={range} value={range}>
              {FAILURE_RANGE_LABELS[range]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="failure-from">From (UTC, custom)</label>
        <input id="failure-from" name="from" type="datetime-local" className="input" defaultValue={search.from} />
      </div>
      <div className="field">
        <label htmlFor="failure-to">To (UTC, custom)</label>
        <input id="failure-to" name="to" type="datetime-local" className="input" defaultValue={search.to} />
      </div>
      <div className="field">
        <label htmlFor="failure-machine">State machine</label>
        <select id="failure-machine" name="machine" className="select" defaultValue={search.machine}>
          <option value="">All state machines</option>
          {machineOptions.map((machine) => (
            <option key={machine.value} value={machine.value}>
              {machine.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="failure-source">Source</label>
        <select id="failure-source" name="source" className="select" defaultValue={search.source}>
          <option value="">All sources</option>
          {sourceOptions.map((source) => (
            <option key={source.value} value={source.value}>
              {source.label}
            </option>
          ))}
        </select>
      </div>
      {statuses ? (
        <div className="field">
          <label htmlFor="failure-status">Status</label>
          <select id="failure-status" name="status" className="select" defaultValue={search.status}>
            <option value="">Failed, timed out or aborted</option>
            <option value="FAILED">Failed</option>
            <option value="TIMED_OUT">Timed out</option>
            <option value="ABORTED">Aborted</option>
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="failure-q">Search error, cause, input</label>
        <input id="failure-q" name="q" type="search" className="input" placeholder="e.g. CardDeclined, order-1004" defaultValue={search.q} />
      </div>
      <button type="submit" className="button button-primary">
        Apply
      </button>
    </form>
  );
}
