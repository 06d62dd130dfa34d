import { formatUsd, type Cost } from '@/lib/cost';
import styles from './costs.module.css';

/** A cost as money, or "unknown" ("incomplete" for part of a history) with its reason on hover and for screen readers — never $0 for unknown. */
export function CostText({ cost, signed = false }: { cost: Cost; signed?: boolean }) {
  if (!cost.known) {
    return (
      <span className="tag tag-unknown" title={cost.reason} data-cost-unknown={cost.reason}>
        {cost.incomplete ? 'incomplete' : 'unknown'}
        <span className={styles.visuallyHidden}>: {cost.reason}</span>
      </span>
    );
  }
  const text = formatUsd(cost.picoUsd);
  return <span className="num">{signed && cost.picoUsd > 0n ? `+${text}` : text}</span>;
}
