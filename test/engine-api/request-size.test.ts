import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { ListStateMachinesCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MB = 1024 * 1024;

let child: ChildProcess;
let endpoint: string;

/** The engine's resident memory (Linux), read from outside the process so the client's buffers do not count. */
const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024;

type Answer = { status?: number; body?: string; error?: string; sentBytes: number };

/**
 * POSTs a StartExecution body of `totalBytes` (Infinity: a chunked body that never ends), made as it is
 * sent so the client holds only 64 KiB. Resolves with the answer, or how the connection failed.
 */
function sendHuge(totalBytes: number, declareLength: boolean): Promise<Answer> {
  return new Promise((resolve) => {
    const url = new URL(endpoint);
    const headers: Record<string, string> = { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSStepFunctions.StartExecution' };
    if (declareLength) headers['content-length'] = String(totalBytes);
    const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path: '/', headers });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sentBytes = 0;
    let finished = false;
    const finish = (answer: Omit<Answer, 'sentBytes'>) => {
      if (finished) return;
      finished = true;
      resolve({ ...answer, sentBytes });
      req.destroy();
    };
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => finish({ status: res.statusCode, body }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => finish({ error: err.code ?? err.message }));
    setTimeout(() => finish({ error: 'no answer within 30 s' }), 30_000).unref();
    const pump = () => {
      while (!finished && sentBytes < totalBytes) {
        const n = Math.min(chunk.length, totalBytes - sentBytes);
        sentBytes += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      if (!finished) req.end();
    };
    pump();
  });
}

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/engine.ts', '--memory', '--port', '0'], { env: { ...process.env, NODE_NO_WARNINGS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  endpoint = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const m = /API at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearInterval(poll);
        resolve(m[1]);
      }
    }, 25);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`the engine exited (${code}) before serving:\n${out}`));
    });
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe.skipIf(process.platform !== 'linux')('request bodies over the 1 MB API limit', () => {
  it('refuses a 200 MB body and an endless chunked one without reading them, and keeps serving', { timeout: 120_000 }, async () => {
    const before = rssMb();
    const declared = await sendHuge(200 * MB, true);
    const chunked = await sendHuge(Infinity, false);
    const after = rssMb();

    for (const answer of [declared, chunked]) {
      expect(answer.status, JSON.stringify(answer)).toBe(413);
      expect(JSON.parse(answer.body ?? '{}')).toMatchObject({ __type: 'RequestEntityTooLargeException', message: expect.stringContaining('1048576 bytes') });
      // Cut off near the limit, not read to the end.
      expect(answer.sentBytes).toBeLessThan(50 * MB);
    }
    // Generous: the engine held at most the 1 MB it reads, not the body (old code: +400 MB and no answer at all).
    expect(after - before).toBeLessThan(50);

    const sfn = new SFNClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
    expect(await sfn.send(new ListStateMachinesCommand({}))).toMatchObject({ stateMachines: [] });
    sfn.destroy();
  });
});
