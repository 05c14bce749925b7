import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DelayedGitServer {
  /** `http://127.0.0.1:PORT/`: append `OWNER/NAME`. */
  baseUrl: string;
  /** Requests served so far. */
  requests(): number;
  close(): Promise<void>;
}

/**
 * Serves the bare repos under `root` over git's smart HTTP protocol (`git http-backend` as CGI) on 127.0.0.1,
 * answering every request `delayMs` late, like a remote forge at that round-trip time; with `bytesPerSecond`,
 * all responses together are sent no faster than that, like one download link.
 */
export async function startDelayedGitServer(root: string, delayMs: number, bytesPerSecond?: number): Promise<DelayedGitServer> {
  let count = 0;
  const link = createLink(bytesPerSecond);
  const server = createServer((request, response) => {
    count++;
    setTimeout(() => serveWithBackend(root, request, response, link), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** How long to hold back `bytes` so that everything sent keeps to the link's rate (0 without a limit). */
type Link = (bytes: number) => number;

function createLink(bytesPerSecond: number | undefined): Link {
  let freeAt = 0;
  return (bytes) => {
    if (bytesPerSecond === undefined) return 0;
    const now = performance.now();
    freeAt = Math.max(now, freeAt) + (bytes / bytesPerSecond) * 1000;
    return freeAt - now;
  };
}

function serveWithBackend(root: string, request: IncomingMessage, response: ServerResponse, link: Link): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  const backend = spawn('git', ['http-backend'], {
    env: {
      ...process.env,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: header('content-type'),
      HTTP_CONTENT_ENCODING: header('content-encoding'),
      GIT_PROTOCOL: header('git-protocol'),
      REMOTE_ADDR: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  request.pipe(backend.stdin);
  backend.stdin.on('error', () => undefined);
  relayCgiResponse(backend.stdout, response, link);
  backend.on('error', () => response.destroy());
}

/** Turns a CGI response (headers, blank line, body) into the HTTP response. */
function relayCgiResponse(stdout: NodeJS.ReadableStream, response: ServerResponse, link: Link): void {
  let head = Buffer.alloc(0);
  let headerDone = false;
  stdout.on('data', (chunk: Buffer) => {
    if (headerDone) return void sendBody(chunk);
    head = Buffer.concat([head, chunk]);
    const end = findHeaderEnd(head);
    if (end === undefined) return;
    headerDone = true;
    writeCgiHead(head.subarray(0, end.at).toString('latin1'), response);
    sendBody(head.subarray(end.at + end.length));
  });
  // the end waits for the body's last held-back chunk
  let sending = Promise.resolve();
  function sendBody(chunk: Buffer): void {
    const wait = link(chunk.length);
    if (wait <= 0) return void response.write(chunk);
    stdout.pause();
    sending = new Promise((resolve) => setTimeout(() => {
      response.write(chunk);
      stdout.resume();
      resolve();
    }, wait));
  }
  stdout.on('end', () => {
    if (!headerDone) response.writeHead(502);
    void sending.then(() => response.end());
  });
}

function findHeaderEnd(buffer: Buffer): { at: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  return lf >= 0 ? { at: lf, length: 2 } : undefined;
}

function writeCgiHead(text: string, response: ServerResponse): void {
  let status = 200;
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
    else response.setHeader(name, value);
  }
  response.writeHead(status);
}
