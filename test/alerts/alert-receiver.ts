import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedAlert = { headers: http.IncomingHttpHeaders; body: string; json: Record<string, unknown> };

/** A real HTTP receiver on 127.0.0.1: records every POST and answers with the next queued status (200 when none). */
export async function startAlertReceiver() {
  const received: ReceivedAlert[] = [];
  const statuses: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: request.headers, body, json: JSON.parse(body) as Record<string, unknown> });
      const status = statuses.shift() ?? 200;
      response.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : `receiver says ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/statescope`,
    received,
    /** The next answers, in order (e.g. 500 to make a delivery fail once). */
    answerNext: (...codes: number[]) => statuses.push(...codes),
    clear: () => received.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
