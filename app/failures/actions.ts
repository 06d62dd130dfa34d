'use server';

import { getDb } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { requireOperator } from '../login/require-operator';
import { parseFailureSearch } from '../ui/failures/failure-search';
import { planRequestSchema, type PlanRequest } from './action-request';
import { planExecutionAction, type PlannedExecution } from './plan-execution-action';
import type { EligibilitySummary } from '@/lib/analysis';

/** Planned executions shown to the operator before confirming (the rest are counted in the summary). */
const MAX_SHOWN_EXECUTIONS = 1_000;

export type PlanResponse =
  | {
      ok: true;
      kind: PlanRequest['kind'];
      summary: EligibilitySummary;
      /** What the confirmation will send back: the executions the operator agrees to act on. */
      eligibleArns: string[];
      /** Selected but not eligible: sent back only so the audit entry records why they were skipped. */
      ineligibleArns: string[];
      executions: PlannedExecution[];
      total: number;
    }
  | { ok: false; message: string };

/** Which of the selected executions an action would touch, and why not the others. Operators only. */
export async function planAction(request: PlanRequest): Promise<PlanResponse> {
  try {
    await requireOperator('plan-action');
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  const parsed = planRequestSchema.safeParse(request);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Bad request.' };
  const now = new Date();
  const selector =
    'arns' in parsed.data
      ? { arns: parsed.data.arns }
      : { groupKey: parsed.data.groupKey, filter: parseFailureSearch(Object.fromEntries(new URLSearchParams(parsed.data.query)), now).filter };
  const plan = await planExecutionAction(await getDb(), parsed.data.kind, selector, now);
  // Eligible ones first: those are what the confirmation is about.
  const executions = [...plan.executions].sort((a, b) => Number(b.eligible) - Number(a.eligible));
  return {
    ok: true,
    kind: plan.kind,
    summary: plan.summary,
    eligibleArns: plan.executions.filter((execution) => execution.eligible).map((execution) => execution.arn),
    ineligibleArns: plan.executions.filter((execution) => !execution.eligible).map((execution) => execution.arn),
    executions: executions.slice(0, MAX_SHOWN_EXECUTIONS),
    total: plan.executions.length,
  };
}
