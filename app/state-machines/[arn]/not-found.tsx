import Link from 'next/link';

export default function StateMachineNotFound() {
  return (
    <div className="panel empty">
      <h2>State machine not found</h2>
      <p>
        No stored state machine has this ARN. <Link href="/state-machines">All state machines</Link>
      </p>
    </div>
  );
}
