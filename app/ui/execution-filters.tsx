import Link from 'next/link';
import { EXECUTION_STATUSES, EXECUTION_SORTS, type ExecutionSort } from '@/lib/model';
import type { ExecutionSearch } from './execution-search';
import { SelectField } from './select-field';
import { getStatusLabel } from './status-badge';

type MachineOption = { arn: string; name: string };

const SORT_LABELS: Record<ExecutionSort, string> = {
  'startDate:desc': 'Newest first',
  'startDate:asc': 'Oldest first',
  'duration:desc': 'Longest first',
  'duration:asc': 'Shortest first',
};

/** A plain GET form: every filter lives in the URL, so a filtered list can be bookmarked and shared. */
export async function ExecutionFilters({
  search,
  machines,
}: {
  search: ExecutionSearch;
  machines: Promise<MachineOption[]>;
}) {
  const options = await machines;
  const selectedMachine = search.machines[0] ?? '';
  const selectedStatus = search.statuses.length === 1 ? search.statuses[0] : '';
  return (
    <form className="filters" action="/executions" method="get" role="search">
      <SelectField id="filter-machine" name="machine" label="State machine" defaultValue={selectedMachine} anyLabel="All state machines" options={options.map((machine) => ({ value: machine.arn, label: machine.name }))} />
      <SelectField id="filter-status" name="status" label="Status" defaultValue={selectedStatus} anyLabel="Any status" options={EXECUTION_STATUSES.map((status) => ({ value: status, label: getStatusLabel(status) }))} />
      <div className="field">
        <label htmlFor="filter-from">Started from (UTC)</label>
        <input id="filter-from" name="from" type="datetime-local" className="input" defaultValue={search.from} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">to (UTC)</label>
        <input id="filter-to" name="to" type="datetime-local" className="input" defaultValue={search.to} />
      </div>
      <div className="field">
        <label htmlFor="filter-error">Error contains</label>
        <input
          id="filter-error"
          name="error"
          type="search"
          className="input"
          placeholder="e.g. States.Timeout"
          defaultValue={search.error}
        />
      </div>
      <SelectField id="filter-sort" name="sort" label="Sort" defaultValue={search.sort} options={EXECUTION_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))} />
      <button type="submit" className="button button-primary">
        Apply
      </button>
      <Link href="/executions" className="button">
        Reset
      </Link>
    </form>
  );
}
