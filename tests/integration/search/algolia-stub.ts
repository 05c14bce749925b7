/**
 * A local HTTP server that speaks the few Algolia REST endpoints the indexing calls (settings, batch,
 * copy/move operations, task status) and records every request, so tests can check what was sent.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AlgoliaRequest {
  method: string;
  /** Path without the query string, e.g. `/1/indexes/docs/batch`. */
  path: string;
  body: unknown;
  headers: IncomingMessage['headers'];
}

export interface AlgoliaStub {
  port: number;
  requests: AlgoliaRequest[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text ? JSON.parse(text) : undefined));
    request.on('error', reject);
  });
}

function respond(method: string, path: string, taskID: number): { status: number; body: object } {
  const updatedAt = '2025-01-01T00:00:00.000Z';
  if (method === 'GET' && /\/task\/\d+$/.test(path)) return { status: 200, body: { status: 'published', pendingTask: false } };
  if (method === 'PUT' && path.endsWith('/settings')) return { status: 200, body: { taskID, updatedAt } };
  if (method === 'POST' && path.endsWith('/operation')) return { status: 200, body: { taskID, updatedAt } };
  if (method === 'POST' && path.endsWith('/batch')) return { status: 200, body: { taskID, objectIDs: [] } };
  if (method === 'DELETE') return { status: 200, body: { taskID, deletedAt: updatedAt } };
  return { status: 404, body: { message: `no stub for ${method} ${path}`, status: 404 } };
}

export async function startAlgoliaStub(): Promise<AlgoliaStub> {
  const requests: AlgoliaRequest[] = [];
  let nextTask = 1;
  const server: Server = createServer((request, response) => {
    readBody(request)
      .then((body) => {
        const path = (request.url ?? '/').split('?')[0]!;
        requests.push({ method: request.method ?? 'GET', path, body, headers: request.headers });
        const reply = respond(request.method ?? 'GET', path, nextTask++);
        response.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
      })
      .catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
