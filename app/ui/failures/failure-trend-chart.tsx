'use client';

import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import styles from './failures.module.css';

export type TrendPoint = { at: number; count: number };

/** Failures per hour or day: bars, so a quiet period shows as a gap and a burst as a spike. */
export function FailureTrendChart({ points, bucketMs, large = false }: { points: TrendPoint[]; bucketMs: number; large?: boolean }) {
  const label = (at: number) => {
    const iso = new Date(at).toISOString();
    return bucketMs < 86_400_000 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : `${iso.slice(0, 10)} (UTC)`;
  };
  return (
    <div className={large ? styles.bigChart : styles.chart} role="img" aria-label={`Failures per ${bucketMs < 86_400_000 ? 'hour' : 'day'}`} data-testid="failure-trend">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 4, right: 4, bottom: 0, left: large ? -16 : 0 }} barCategoryGap={1}>
          <XAxis dataKey="at" hide={!large} axisLine={{ stroke: '#cdd2da' }} tickFormatter={(at: number) => new Date(at).toISOString().slice(5, bucketMs < 86_400_000 ? 13 : 10).replace('T', ' ')} fontSize={11} minTickGap={24} />
          <YAxis allowDecimals={false} hide={!large} fontSize={11} />
          <Tooltip labelFormatter={(at) => label(Number(at))} formatter={(value) => [value, 'Failures']} />
          <Bar dataKey="count" fill="#d1343b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
