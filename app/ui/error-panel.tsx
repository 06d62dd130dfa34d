'use client';

/** What error.tsx files show: the message, a digest to find the server log line, and a retry. */
export function ErrorPanel({
  title,
  error,
  reset,
}: {
  title: string;
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="callout callout-error" role="alert">
      <div className="callout-title">
        <strong>{title}</strong>
      </div>
      <p className="subtle" style={{ margin: '0 0 8px' }}>
        {/* Production builds replace server error messages with a generic one; the digest links to the log. */}
        {error.message || 'Something went wrong.'}
        {error.digest && <span className="faint"> (reference {error.digest})</span>}
      </p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
