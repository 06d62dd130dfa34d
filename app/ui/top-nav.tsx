import Link from 'next/link';
import { Suspense } from 'react';
import { NavLink } from './nav-link';
import { NavOperator, type NavAccess } from './nav-operator';

/** Sections in menu order; Failures, Stuck, Quotas, Costs and Sources join as they land. */
const SECTIONS = [
  { href: '/executions', label: 'Executions' },
  { href: '/failures', label: 'Failures' },
  { href: '/stuck', label: 'Stuck' },
  { href: '/quotas', label: 'Quotas' },
  { href: '/state-machines', label: 'State machines' },
  { href: '/costs', label: 'Costs' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/sources', label: 'Sources' },
  { href: '/import', label: 'Import' },
  { href: '/audit', label: 'Audit log' },
] as const;

export function TopNav({ access, signOut }: { access: Promise<NavAccess | null>; signOut: () => Promise<void> }) {
  return (
    <header className="topnav">
      <Link href="/" className="topnav-brand" title="Overview">
        <span className="topnav-logo" aria-hidden />
        Statescope
      </Link>
      <nav className="topnav-links" aria-label="Main">
        {SECTIONS.map((section) => (
          <NavLink key={section.href} href={section.href}>
            {section.label}
          </NavLink>
        ))}
      </nav>
      <Suspense fallback={null}>
        <NavOperator access={access} signOut={signOut} />
      </Suspense>
    </header>
  );
}
