'use client';

import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import styles from './overview.module.css';

export type FailureRatePoint = { day: string; total: number; failed: number; failureRatePercent: number | null };

/** Executions started per day (bars) and the share that failed, timed out or was aborted (line). */
export function FailureRateChart({ points }: { points: FailureRatePoint[] }) {
  return (
    <div className={styles.chart} data-testid="failure-rate-chart" role="img" aria-label="Failure rate per day">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e3e6eb" vertical={false} />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(5)} fontSize={11} minTickGap={16} />
          <YAxis yAxisId="count" allowDecimals={false} fontSize={11} />
          <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" fontSize={11} />
          <Tooltip
            formatter={(value, name) => (name === 'Failure rate' ? [`${Number(value).toFixed(1)}%`, name] : [value, name])}
            labelFormatter={(day) => `${String(day)} (UTC)`}
          />
          <Bar yAxisId="count" dataKey="total" name="Started" fill="#cdd2da" isAnimationActive={false} />
          <Bar yAxisId="count" dataKey="failed" name="Failed" fill="#d1343b" isAnimationActive={false} />
          {/* Days without a closed run have no rate: the line breaks there instead of drawing a slope between distant days. */}
          <Line yAxisId="rate" dataKey="failureRatePercent" name="Failure rate" stroke="#d1343b" dot={{ r: 2 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
