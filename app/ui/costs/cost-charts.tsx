'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import styles from './costs.module.css';

/** One bar group per month, one stacked segment per state machine, in USD. */
export type CostByMonthPoint = { month: string } & Record<string, number | string>;
export type CostByMachinePoint = { name: string; cost: number; otherCost: number | null; otherType: string };

const COLORS = ['#3b5bdb', '#1f8a4c', '#d9700b', '#8b5cf6', '#d1343b', '#0e7490', '#6b7280', '#a16207'];
const usd = (value: unknown) => {
  const amount = Number(value);
  return amount >= 1 ? `$${amount.toFixed(2)}` : `$${amount.toPrecision(3)}`;
};

export function CostByMonthChart({ points, machines }: { points: CostByMonthPoint[]; machines: string[] }) {
  return (
    <div className={styles.chart} data-testid="cost-by-month-chart" role="img" aria-label="Cost by month and state machine">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e3e6eb" vertical={false} />
          <XAxis dataKey="month" fontSize={11} />
          <YAxis fontSize={11} tickFormatter={usd} width={64} />
          <Tooltip formatter={(value, name) => [usd(value), name]} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {machines.map((name, i) => (
            <Bar key={name} dataKey={name} stackId="cost" fill={COLORS[i % COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CostByMachineChart({ points }: { points: CostByMachinePoint[] }) {
  return (
    <div className={styles.chart} data-testid="cost-by-machine-chart" role="img" aria-label="Cost by state machine, as it runs and as the other type">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#e3e6eb" horizontal={false} />
          <XAxis type="number" fontSize={11} tickFormatter={usd} />
          <YAxis type="category" dataKey="name" fontSize={11} width={120} />
          <Tooltip formatter={(value, name) => [value === null ? 'unknown' : usd(value), name]} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="cost" name="As it runs" fill="#3b5bdb" isAnimationActive={false} />
          <Bar dataKey="otherCost" name="As the other type" fill="#cdd2da" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
