'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

/** "Sign in", coming back to the page it was clicked on. */
export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const next = pathname.startsWith('/login') ? null : `${pathname}${search ? `?${search}` : ''}`;
  return (
    <Link href={next ? `/login?next=${encodeURIComponent(next)}` : '/login'} className={className}>
      Sign in
    </Link>
  );
}
