import type { Metadata } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { signOut } from './login/actions';
import { getOperatorAccess } from './login/get-operator-access';
import type { NavAccess } from './ui/nav-operator';
import { TopNav } from './ui/top-nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Statescope', template: '%s · Statescope' },
  description: 'Every Step Functions execution in one place: why it failed, what to do, what it costs.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <TopNav access={loadNavAccess()} signOut={signOut} />
        <main className="page">{children}</main>
      </body>
    </html>
  );
}

/** Who is signed in, per request (shared with the page's own check); the nav streams it in. */
async function loadNavAccess(): Promise<NavAccess | null> {
  try {
    await connection();
    return await getOperatorAccess();
  } catch (error) {
    unstable_rethrow(error);
    // The page itself reports a database that cannot be read; the nav just leaves the operator out.
    console.error('reading the operator for the top nav failed', error);
    return null;
  }
}
