'use client';

import { useState } from 'react';
import { estimateWhatIf, formatUsd, type Cost, type PriceTable, type WhatIfInput } from '@/lib/cost';
import styles from './costs.module.css';

export type WhatIfPreset = WhatIfInput & { name: string; type: 'STANDARD' | 'EXPRESS' };

const text = (cost: Cost) => (cost.known ? formatUsd(cost.picoUsd) : 'unknown');

/** Prices a workload both ways as you type: executions a month, region, type, payload, shape of a run. */
export function WhatIfPanel({ prices, presets }: { prices: PriceTable; presets: WhatIfPreset[] }) {
  const regions = [...new Set([...Object.keys(prices.standard), ...Object.keys(prices.express)])].sort();
  const [input, setInput] = useState<WhatIfPreset>(
    presets[0] ?? { name: 'custom', type: 'STANDARD', executionsPerMonth: 1_000_000, region: 'us-east-1', transitionsPerExecution: 25, averageDurationMs: 2_350, averagePayloadBytes: 8_000, definitionBytes: 20_000, parallelMapSteps: 10 },
  );
  const result = estimateWhatIf(input, prices);
  const own = input.type === 'STANDARD' ? result.standard : result.express;
  const other = input.type === 'STANDARD' ? result.express : result.standard;
  const saving: Cost = own.known && other.known ? { known: true, picoUsd: own.picoUsd - other.picoUsd } : !own.known ? own : other;
  const number = (key: keyof WhatIfInput, value: string) => setInput({ ...input, name: 'custom', [key]: Math.max(0, Number(value) || 0) });

  return (
    <section className="panel no-print" aria-label="What if" data-testid="what-if">
      <div className="panel-header">
        <h2>What if</h2>
        <span className="subtle">Alone in its account and region, with the whole free tier; {prices.label}.</span>
      </div>
      <div className="panel-body">
        <div className={styles.whatIf}>
          <div className="field">
            <label htmlFor="what-if-preset">Start from</label>
            <select
              id="what-if-preset"
              className="select"
              value={input.name}
              onChange={(event) => {
                const preset = presets.find((candidate) => candidate.name === event.target.value);
                if (preset) setInput(preset);
              }}
            >
              <option value="custom">Custom</option>
              {presets.map((preset) => (
                <option key={preset.name} value={preset.name}>
                  {preset.name}
                </option>
              ))}
            </select>
          </div>
          <Field id="what-if-executions" label="Executions per month" value={input.executionsPerMonth} onChange={(value) => number('executionsPerMonth', value)} />
          <div className="field">
            <label htmlFor="what-if-region">Region</label>
            <select id="what-if-region" className="select" value={input.region} onChange={(event) => setInput({ ...input, name: 'custom', region: event.target.value })}>
              {regions.map((region) => (
                <option key={region} value={region}>
                  {region}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="what-if-type">Runs today as</label>
            <select id="what-if-type" className="select" value={input.type} onChange={(event) => setInput({ ...input, name: 'custom', type: event.target.value === 'EXPRESS' ? 'EXPRESS' : 'STANDARD' })}>
              <option value="STANDARD">Standard</option>
              <option value="EXPRESS">Express</option>
            </select>
          </div>
          <Field id="what-if-payload" label="Average payload (KB)" value={input.averagePayloadBytes / 1_000} step="0.1" onChange={(value) => setInput({ ...input, name: 'custom', averagePayloadBytes: Math.max(0, Number(value) || 0) * 1_000 })} />
          <Field id="what-if-transitions" label="Transitions per run" value={input.transitionsPerExecution} step="0.1" onChange={(value) => number('transitionsPerExecution', value)} />
          <Field id="what-if-duration" label="Duration per run (ms)" value={input.averageDurationMs} onChange={(value) => number('averageDurationMs', value)} />
          <Field id="what-if-steps" label="Map/Parallel steps per run" value={input.parallelMapSteps} step="0.1" onChange={(value) => number('parallelMapSteps', value)} />
        </div>
        <div className={styles.whatIfResult}>
          <Figure label="Standard per month" value={text(result.standard)} note={`${result.billedTransitions.toLocaleString('en-US')} billed transitions`} testId="what-if-standard" title={result.standard.known ? undefined : result.standard.reason} />
          <Figure label="Express per month" value={text(result.express)} note={`${result.billedDurationMs.toLocaleString('en-US')} ms × ${result.billedMemoryMb} MB billed per run`} testId="what-if-express" title={result.express.known ? undefined : result.express.reason} />
          <Figure label={`Switching to ${input.type === 'STANDARD' ? 'Express' : 'Standard'} saves`} value={text(saving)} note="per month (negative: costs more)" testId="what-if-saving" />
          <Figure
            label="Break-even"
            value={result.breakEven.kind === 'volume' ? `${result.breakEven.executionsPerMonth.toLocaleString('en-US')} runs/month` : result.breakEven.kind === 'none' ? 'none' : 'unknown'}
            note={result.breakEven.kind === 'volume' ? 'Express is cheaper above it' : result.breakEven.kind === 'none' ? result.breakEven.reason : result.breakEven.reason}
            testId="what-if-break-even"
          />
        </div>
      </div>
    </section>
  );
}

function Field({ id, label, value, step = '1', onChange }: { id: string; label: string; value: number; step?: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className={styles.input} type="number" min="0" step={step} value={Number.isFinite(value) ? Number(value.toFixed(3)) : 0} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function Figure({ label, value, note, testId, title }: { label: string; value: string; note: string; testId: string; title?: string }) {
  return (
    <div className={styles.card} data-testid={testId} title={title}>
      <span className={styles.cardLabel}>{label}</span>
      <span className={styles.cardValue}>{value}</span>
      <span className={styles.cardNote}>{note}</span>
    </div>
  );
}
