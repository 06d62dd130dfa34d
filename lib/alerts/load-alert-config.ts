import fs from 'node:fs';
import { z } from 'zod';
import { replaceConfigAlertRules, type Db } from '@/lib/db';
import { alertRuleSchema } from './alert-rule-schema';

/** A config file is at most this big: rules, not data. */
const MAX_CONFIG_BYTES = 1_048_576;

const configSchema = z.object({ rules: z.array(z.unknown()).max(1_000, 'At most 1,000 rules') });

/**
 * Rules from a JSON file (STATESCOPE_ALERTS_FILE): `{ "rules": [ { "name", "kind", "quietMinutes",
 * "channelKind", "channelUrl", … } ] }`, each validated like the form. `${ENV_NAME}` in a URL or secret
 * reads that environment variable, so secrets stay out of the file. Any invalid rule refuses the whole
 * file with every problem listed, and the database keeps the rules it had.
 */
export async function loadAlertConfig(db: Db, file: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<{ saved: number; removed: number }> {
  const size = fs.statSync(file).size;
  if (size > MAX_CONFIG_BYTES) throw new Error(`${file} is ${size} bytes; an alerts file may hold at most ${MAX_CONFIG_BYTES}.`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  const parsed = configSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ')}`);
  const problems: string[] = [];
  const rules = parsed.data.rules.flatMap((raw, index) => {
    const rule = typeof raw === 'object' && raw !== null ? { ...(raw as Record<string, unknown>) } : raw;
    if (typeof rule === 'object' && rule !== null) {
      for (const key of ['channelUrl', 'channelSecret'] as const) {
        const value = (rule as Record<string, unknown>)[key];
        if (typeof value === 'string') {
          (rule as Record<string, unknown>)[key] = value.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
            if (env[name] === undefined) problems.push(`rules[${index}].${key}: the environment has no ${name}`);
            return env[name] ?? '';
          });
        }
      }
    }
    const result = alertRuleSchema.safeParse(rule);
    if (!result.success) {
      // Values are not quoted: a URL or secret could be in them.
      problems.push(...result.error.issues.map((issue) => `rules[${index}].${issue.path.join('.')}: ${issue.message}`));
      return [];
    }
    return [result.data];
  });
  const names = rules.map((rule) => rule.name);
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (twice.length) problems.push(`rule names must be unique: ${[...new Set(twice)].join(', ')}`);
  if (problems.length) throw new Error(`${file} was not loaded:\n  ${problems.join('\n  ')}`);
  return replaceConfigAlertRules(db, rules);
}
