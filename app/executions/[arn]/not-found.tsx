import Link from 'next/link';

export default function ExecutionNotFound() {
  return (
    <div className="panel empty" data-testid="execution-not-found">
      <h2>Execution not found</h2>
      <p>
        No stored execution has this ARN. It may not be synced or imported yet. <Link href="/executions">All executions</Link> ·{' '}
        <Link href="/import">Import a history</Link>
      </p>
    </div>
  );
}
