import { SelectField } from '../select-field';
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
      <SelectField id="failure-range" name="range" label="Failed" defaultValue={search.range} options={FAILURE_RANGES.map((range) => ({ value: range, label: FAILURE_RANGE_LABELS[range] }))} />
      <div className="field">
        <label htmlFor="failure-from">From (UTC, custom)</label>
        <input id="failure-from" name="from" type="datetime-local" className="input" defaultValue={search.from} />
      </div>
      <div className="field">
        <label htmlFor="failure-to">To (UTC, custom)</label>
        <input id="failure-to" name="to" type="datetime-local" className="input" defaultValue={search.to} />
      </div>
      <SelectField id="failure-machine" name="machine" label="State machine" defaultValue={search.machine} anyLabel="All state machines" options={machineOptions} />
      <SelectField id="failure-source" name="source" label="Source" defaultValue={search.source} anyLabel="All sources" options={sourceOptions} />
      {statuses ? (
        <SelectField id="failure-status" name="status" label="Status" defaultValue={search.status} anyLabel="Failed, timed out or aborted" options={[{ value: 'FAILED', label: 'Failed' }, { value: 'TIMED_OUT', label: 'Timed out' }, { value: 'ABORTED', label: 'Aborted' }]} />
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
