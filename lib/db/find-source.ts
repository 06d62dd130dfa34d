import type { SourceSettings } from '@/lib/model';
import type { Db } from './client';
import { toSourceSettings } from './to-source-settings';

export async function findSource(db: Db, id: number): Promise<SourceSettings | null> {
  const row = await db.source.findUnique({ where: { id } });
  return row ? toSourceSettings(row) : null;
}

export async function findSourceByName(db: Db, name: string): Promise<SourceSettings | null> {
  const row = await db.source.findUnique({ where: { name } });
  return row ? toSourceSettings(row) : null;
}
