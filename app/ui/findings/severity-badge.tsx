import type { FindingSeverity } from '@/lib/analysis';
import styles from './findings.module.css';

const LABELS: Record<FindingSeverity, string> = { critical: 'Critical', warning: 'Warning', ok: 'OK' };

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  return (
    <span className={`${styles.severity} ${styles[severity]}`} data-severity={severity}>
      {LABELS[severity]}
    </span>
  );
}
