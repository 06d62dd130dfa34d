import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="panel empty">
      <h2>Not found</h2>
      <p>
        Nothing is stored at this address. <Link href="/executions">Back to executions</Link>
      </p>
    </div>
  );
}
