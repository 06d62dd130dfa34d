import { execFile } from 'node:child_process';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_REVIEW_COLUMNS } from '@/lib/cost';
import { FORMULA_NAMES, NUMBER_CELL, seedFormulaMachines } from '../csv/formula-names';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

describe('npm run costs -- --csv', () => {
  let database: TestDatabase;
  let month: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    month = await seedFormulaMachines(database.db);
    // The CLI migrates first; prisma migrate wants the file to itself (SQLITE_BUSY otherwise).
    await database.db.$disconnect();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  // Asynchronous, so the test worker keeps answering vitest while the CLI runs.
  const costsCsv = () =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(path.join('node_modules', '.bin', 'tsx'), ['scripts/costs.ts', '--csv', '--month', month], { env: { ...process.env, DATABASE_URL: database.url, TZ: 'UTC' } }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  it('writes state machine names that look like formulas as quoted text behind a quote, and keeps computed numbers numbers', async () => {
    const result = await costsCsv();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(FORMULA_NAMES.length + 1);
    const lines = result.stdout.split('\r\n');
    for (const [trigger, name] of FORMULA_NAMES) {
      // Read back, the cell is the name behind a quote (nothing lost); raw, it opens with "' (quoted, escaped).
      expect(rows.filter((row) => row.state_machine === `'${name}`), trigger).toHaveLength(1);
      expect(lines.some((line) => line.startsWith(`${month},"'${name.slice(0, 2).replaceAll('"', '""')}`)), trigger).toBe(true);
    }
    // No text cell of the file opens with anything a spreadsheet would evaluate.
    const numberColumns = COST_REVIEW_COLUMNS.filter((column) => column.kind === 'number').map((column) => column.title);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (numberColumns.includes(column)) expect(value, column).toMatch(NUMBER_CELL);
        else expect(/^[=+\-@]/.test(value.trimStart()) || value.charCodeAt(0) < 0x20, `${column}: ${value}`).toBe(false);
      }
    }
    // The Standard machines would cost more as Express: a negative saving, written as a bare number.
    expect(rows.filter((row) => row.type === 'STANDARD').every((row) => Number(row.saving_if_switched_usd) < 0)).toBe(true);
    expect(result.stdout).toMatch(/,-0\.\d{6},(yes|no|unknown),/);
  });
});
