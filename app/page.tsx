import { redirect } from 'next/navigation';

// The overview page comes in a later issue; until then the execution list is home.
export default function HomePage() {
  redirect('/executions');
}
