import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COST_REVIEW_COLUMNS } from '@/lib/cost';
import { createTestDatabase, type TestDatabase } from '@/test/support/test-database';
import { FORMULA_NAMES, NUMBER_CELL, seedFormulaMachines } from '../csv/formula-names';
import { startApp, type RunningApp } from './support';

describe('/costs/export with state machine names that look like formulas', () => {
  let database: TestDatabase;
  let app: RunningApp;
  let month: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    month = await seedFormulaMachines(database.db);
    app = await startApp({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.cleanup();
  });

  it('serves every name as quoted text behind a quote, and the computed numbers as numbers', async () => {
    const response = await fetch(`${app.url}/costs/export?month=${month}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = await response.text();
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    for (const [trigger, name] of FORMULA_NAMES) {
      expect(rows.filter((row) => row.state_machine === `'${name}`), trigger).toHaveLength(1);
    }
    const numberColumns = COST_REVIEW_COLUMNS.filter((column) => column.kind === 'number').map((column) => column.title);
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (numberColumns.includes(column)) expect(value, column).toMatch(NUMBER_CELL);
        else expect(/^[=+\-@]/.test(value.trimStart()) || value.charCodeAt(0) < 0x20, `${column}: ${value}`).toBe(false);
      }
    }
    expect(csv).toMatch(/,-0\.\d{6},(yes|no|unknown),/);
  });
});
