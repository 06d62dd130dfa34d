import { getDb, listSyncRuns } from '@/lib/db';

/** The source's newest sync run, for the progress bar to poll while it runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) return Response.json({ message: 'Not a source id.' }, { status: 400 });
  const [run] = await listSyncRuns(await getDb(), id, 1);
  return Response.json({ run: run ?? null }, { headers: { 'cache-control': 'no-store' } });
}
