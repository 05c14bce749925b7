/**
 * A small static file server for the search benchmark: serves a built site the way a static host does
 * (`/a/b` → `a/b/index.html` or `a/b.html`), plus extra in-memory files (the lunr baseline), without
 * compression, so the bytes counted are the bytes of the files.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Bytes of file content sent since the start (or the last reset). */
  readonly bytesSent: number;
  /** URL paths served since the start (or the last reset), in order. */
  readonly pathsSent: readonly string[];
  resetBytesSent(): void;
  close(): Promise<void>;
}

interface Counter {
  bytes: number;
  paths: string[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Candidate files of a URL path inside `root`, or none when the path leaves it. */
export function listCandidateFiles(root: string, urlPath: string): string[] {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return [];
  return [file, join(file, 'index.html'), `${file}.html`];
}

async function findFile(candidates: readonly string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

async function handle(root: string, extra: ReadonlyMap<string, Buffer>, counter: Counter, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  const inMemory = extra.get(path);
  if (inMemory) {
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': inMemory.length });
    counter.bytes += inMemory.length;
    counter.paths.push(path);
    response.end(inMemory);
    return;
  }
  const file = await findFile(listCandidateFiles(root, path));
  if (!file) {
    response.writeHead(404).end('not found');
    return;
  }
  const { size } = await stat(file);
  counter.bytes += size;
  counter.paths.push(path);
  response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
  createReadStream(file).pipe(response);
}

/** Serves `root` (absolute) and the `extra` files (by URL path) on a free port of 127.0.0.1. */
export async function serveStatic(root: string, extra: ReadonlyMap<string, Buffer> = new Map()): Promise<StaticServer> {
  const counter: Counter = { bytes: 0, paths: [] };
  const server = createServer((request, response) => {
    handle(root, extra, counter, request, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get bytesSent() {
      return counter.bytes;
    },
    get pathsSent() {
      return counter.paths;
    },
    resetBytesSent: () => {
      counter.bytes = 0;
      counter.paths = [];
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
