import Link from 'next/link';
import styles from './failures.module.css';

/** Failed executions (to redrive) and running ones (to stop or answer) are two views of one page. */
export function FailureTabs({ active, query }: { active: 'failures' | 'running'; query: string }) {
  const tabs = [
    { key: 'failures', href: `/failures${query ? `?${query}` : ''}`, label: 'Failed, timed out, aborted' },
    { key: 'running', href: '/failures/running', label: 'Running and waiting' },
  ] as const;
  return (
    <nav className={styles.tabs} aria-label="Failures views">
      {tabs.map((tab) => (
        <Link key={tab.key} href={tab.href} className={`${styles.tab} ${tab.key === active ? styles.tabActive : ''}`} aria-current={tab.key === active ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
