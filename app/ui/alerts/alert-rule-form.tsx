'use client';

import { useActionState } from 'react';
import { FormField } from './form-field';
import { INITIAL_FORM_STATE, type AlertFormAction } from './form-state';

export type RuleKindOption = { value: string; label: string; threshold: { label: string; unit: string; default: number } | null };

/** Adds an alert rule: what to watch, where, how bad, how often, and where to send it. */
export function AlertRuleForm({ action, canSave, kinds }: { action: AlertFormAction; canSave: boolean; kinds: RuleKindOption[] }) {
  const [state, submit, pending] = useActionState(action, INITIAL_FORM_STATE);
  const value = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  const invalid = (name: string) => (state.fieldErrors[name] ? { 'aria-invalid': true, 'aria-describedby': `rule-${name}-error` } : {});
  // The form is remounted after a save so it empties; after a refusal it keeps what was typed.
  return (
    <form key={state.ok && state.message ? state.message : 'rule-form'} action={submit} className="panel panel-body" aria-label="Add an alert rule">
      <div className="row" style={{ flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <FormField id="rule-name" label="Name" error={state.fieldErrors.name}>
          <input id="rule-name" name="name" className="input" defaultValue={value('name')} disabled={!canSave} {...invalid('name')} />
        </FormField>
        <FormField id="rule-kind" label="Alert on" error={state.fieldErrors.kind}>
          <select id="rule-kind" name="kind" className="select" defaultValue={value('kind', 'new-failure-group')} disabled={!canSave}>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="rule-threshold"
          label="Threshold"
          error={state.fieldErrors.threshold}
          hint={kinds
            .filter((kind) => kind.threshold)
            .map((kind) => `${kind.value}: ${kind.threshold?.unit} (default ${kind.threshold?.default})`)
            .join(' · ')}
        >
          <input id="rule-threshold" name="threshold" type="number" step="any" className="input" style={{ width: 110 }} defaultValue={value('threshold')} placeholder="default" disabled={!canSave} {...invalid('threshold')} />
        </FormField>
        <FormField id="rule-quiet" label="Quiet period (minutes)" error={state.fieldErrors.quietMinutes}>
          <input id="rule-quiet" name="quietMinutes" type="number" className="input" style={{ width: 110 }} defaultValue={value('quietMinutes', '60')} disabled={!canSave} {...invalid('quietMinutes')} />
        </FormField>
      </div>
      <div className="row" style={{ flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <FormField id="rule-account" label="Account (any when empty)" error={state.fieldErrors.accountId}>
          <input id="rule-account" name="accountId" className="input" style={{ width: 140 }} defaultValue={value('accountId')} disabled={!canSave} {...invalid('accountId')} />
        </FormField>
        <FormField id="rule-region" label="Region" error={state.fieldErrors.region}>
          <input id="rule-region" name="region" className="input" style={{ width: 120 }} defaultValue={value('region')} disabled={!canSave} {...invalid('region')} />
        </FormField>
        <FormField id="rule-machine" label="State machine ARN" error={state.fieldErrors.stateMachineArn}>
          <input id="rule-machine" name="stateMachineArn" className="input" style={{ width: 320 }} defaultValue={value('stateMachineArn')} disabled={!canSave} {...invalid('stateMachineArn')} />
        </FormField>
      </div>
      <div className="row" style={{ flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <FormField id="rule-channel" label="Send to" error={state.fieldErrors.channelKind}>
          <select id="rule-channel" name="channelKind" className="select" defaultValue={value('channelKind', 'webhook')} disabled={!canSave}>
            <option value="webhook">JSON webhook (signed)</option>
            <option value="slack">Slack incoming webhook</option>
          </select>
        </FormField>
        <FormField id="rule-url" label="URL" error={state.fieldErrors.channelUrl}>
          <input id="rule-url" name="channelUrl" type="url" className="input" style={{ width: 360 }} defaultValue={value('channelUrl')} autoComplete="off" disabled={!canSave} {...invalid('channelUrl')} />
        </FormField>
        <FormField id="rule-secret" label="Signing secret (webhook)" error={state.fieldErrors.channelSecret} hint="At least 16 characters; never shown again">
          <input id="rule-secret" name="channelSecret" type="password" className="input" autoComplete="new-password" disabled={!canSave} {...invalid('channelSecret')} />
        </FormField>
      </div>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!canSave || pending}>
          {pending ? 'Saving…' : 'Add rule'}
        </button>
        {state.message && (
          <span className={state.ok ? 'result-ok' : 'result-failed'} role="status" data-testid="rule-result">
            {state.message}
          </span>
        )}
      </div>
    </form>
  );
}
