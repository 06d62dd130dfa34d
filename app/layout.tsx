import type { Metadata } from 'next';
import type { ReactNode } from 'react';
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
        <TopNav />
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
